/**
 * What stands between two names, read by character codes where the resolver used to slice the text
 * and test a regular expression (a string and a regex run per candidate): the same answers, no
 * allocation.
 */

/** A character that String.prototype.trim removes and a regex's \s matches (WhiteSpace and LineTerminator). */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** text.slice(a, b).trim() === ',': one comma and white space only. */
export function onlyComma(text: string, a: number, b: number): boolean {
  return listJoint(text, a, b) === 1;
}

/**
 * How text[a, b) joins two list items: 1 = a comma alone (/^\s*,\s*$/), 2 = "and" or "or" after white
 * space, with or without a comma (/^\s*,?\s+(?:and|or)\s+$/), 0 = neither.
 */
export function listJoint(text: string, a: number, b: number): 0 | 1 | 2 {
  let i = a;
  while (i < b && isJsSpace(text.charCodeAt(i))) i++;
  const lead = i - a;
  let comma = false;
  if (i < b && text.charCodeAt(i) === 44) {
    comma = true;
    i++;
  }
  const s1 = i;
  while (i < b && isJsSpace(text.charCodeAt(i))) i++;
  if (i === b) return comma ? 1 : 0;
  // White space before the word: after the comma when there is one.
  if (comma ? i === s1 : lead === 0) return 0;
  if (b - i >= 3 && text.startsWith('and', i)) i += 3;
  else if (b - i >= 2 && text.startsWith('or', i)) i += 2;
  else return 0;
  const s2 = i;
  while (i < b && isJsSpace(text.charCodeAt(i))) i++;
  return i === b && i > s2 ? 2 : 0;
}
