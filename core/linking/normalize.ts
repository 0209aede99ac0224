/**
 * Text folding shared by the tokenizer, the alias compiler and fuzzy matching.
 *
 * A "key" is the form two spellings must share to match: lower case, diacritics removed
 * ("Panjshēr" → "panjsher"), a few letters that NFD does not decompose mapped by hand
 * (ß, ø, ł, đ, æ, œ, ı, þ). Keys are computed per token, so they never contain separators.
 */

/** Letters that NFD leaves whole; mapped to their usual Latin transliteration. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h',
};
const SPECIAL_RE = /[ßẞøØłŁđĐðÐæÆœŒıþÞħĦ]/g;
const MARKS_RE = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Invisible characters that may sit inside a word on real pages (soft hyphen, zero-width). */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Fold a single word (no separators) to its matching key. */
export function foldKey(word: string): string {
  // Fast path: plain ASCII is by far the most common token.
  let ascii = true;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return word.toLowerCase();
  return word
    .replace(INVISIBLE_RE, '')
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase();
}

/** True when the character at i is an upper-case letter (any script with case). */
export function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = s[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** True when every cased letter of s is upper case and it has at least one. */
export function isAllCaps(s: string): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    if (ch !== up) return false;
    cased = true;
  }
  return cased;
}

/**
 * Consonant skeleton of a key, used to find transliteration variants cheaply:
 * vowels and 'h' after the first letter dropped, runs of one letter collapsed ("massoud", "masood", "massud" → "msd"; "panjsher" → "pnjsr").
 */
export function skeleton(key: string): string {
  let out = key[0] === 'q' ? 'k' : (key[0] ?? '');
  let prev = out;
  for (let i = 1; i < key.length; i++) {
    let c = key.charCodeAt(i);
    // a e i o u y w h
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121 || c === 119) {
      prev = '';
      continue;
    }
    if (c === 104) continue; // h: Zabihullah / Zabiullah, Panjsher / Panjshir
    if (c === 113) c = 107; // q → k
    const ch = String.fromCharCode(c);
    if (ch === prev) continue;
    out += ch;
    prev = ch;
  }
  return out;
}
