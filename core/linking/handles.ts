/**
 * Social-media handles and e-mail addresses: "(@PFF_Browns)", "@dele_official", "louise_matsakis@wired.com".
 * A name inside one is part of an account's identifier, not a mention of the team, person or place
 * (issue 12): the card belongs to the account's own line, where its name is usually written out.
 * Hashtags ("#Browns") are left alone: they name the thing.
 */

/** A letter, digit or underscore: the characters a handle is made of. */
function handleChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Does text[start, end) sit inside an @handle, an underscore-joined identifier or an e-mail address? */
export function inHandle(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 95 || text.charCodeAt(start - 1) === 95) return true;
  let a = start;
  while (a > 0 && handleChar(text.charCodeAt(a - 1))) a--;
  if (text.charCodeAt(a - 1) === 64) return true;
  // "name@example.com": the local part of an address (letters, digits, dots, underscores before the @).
  let b = end;
  while (b < text.length && (handleChar(text.charCodeAt(b)) || text.charCodeAt(b) === 46)) b++;
  // ".@Cubs" after a sentence ("in Chicago.@Cubs win") is a reply to a handle, not an address.
  return text.charCodeAt(b) === 64 && handleChar(text.charCodeAt(b - 1)) && handleChar(text.charCodeAt(b + 1));
}
