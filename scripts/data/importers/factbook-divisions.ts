/**
 * What a country calls its first-order divisions, per division, from the CIA World Factbook's
 * "Administrative divisions" (public domain): Maryland is a state, Yunnan a province, Zurich a canton,
 * Delhi a union territory. GeoNames only says "first-order division", which the cards used to read as
 * "Region of the United States". Only the kind words and the names are read.
 *
 * The Factbook writes either
 *   "10 provinces and 3 territories*; Alberta, …, Nunavut*, …"   (stars tie a name to a kind), or
 *   "23 provinces (…), 5 autonomous regions (…) <br><br><strong>provinces:</strong> Anhui, …; <strong>autonomous regions:</strong> …".
 * A text that reads as neither gives nothing: a division with no kind keeps its plain "Region of …".
 */
import { normName } from './util';

const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+/i;

/** 'autonomous regions' → 'autonomous region'; 'municipalities' → 'municipality'. */
export function singularKind(plural: string): string {
  const words = plural.trim().split(/\s+/);
  const last = words.pop()!;
  const one = /ies$/.test(last) ? last.slice(0, -3) + 'y' : /(?:sh|ch|ss|x)es$/.test(last) ? last.slice(0, -2) : /s$/.test(last) ? last.slice(0, -1) : last;
  return [...words, one].join(' ');
}

/** Tags, entities and parentheses gone: '&eacute;' keeps its letter, which normName folds anyway. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&([a-z])[a-z]*;/gi, '$1')
    .replace(/&#?\w+;/g, ' ');
}

/** 'Bayern (Bavaria)', 'Berne/Bern', 'Catalonha (Aranese) [Catalonia]' → every spelling, each folded. */
function spellings(name: string): string[] {
  const inParens = [...name.matchAll(/[([]([^)\]]*)[)\]]/g)].map((m) => m[1]);
  const bare = name.replace(/[([][^)\]]*[)\]]/g, ' ');
  const all = [...bare.split('/'), ...inParens.flatMap((p) => p.split('/'))].map(normName).filter(Boolean);
  return [...new Set([...all, ...all.map(umlautFold)])];
}

/** German spelling without umlauts and with: 'zuerich' and 'zurich' (from 'Zürich') meet. */
function umlautFold(n: string): string {
  return n.replace(/([aou])e/g, '$1');
}

/** The kind of each division the text lists, by folded name (empty when the text reads otherwise). */
export function parseDivisions(html: string): Map<string, string> {
  const out = new Map<string, string>();
  // A spelling listed under two kinds ("Moscow": the oblast and the federal city) tells neither.
  const put = (name: string, kind: string) => {
    for (const s of spellings(name)) out.set(s, out.has(s) && out.get(s) !== kind ? '' : kind);
  };
  if (html.includes('<strong>')) {
    // Headed lists. A capitalized head is a part of the country ("England:"), not a kind: nothing.
    const parts = html.split(/<strong>\s*([^<]+?)\s*:?\s*<\/strong>\s*:?/);
    for (let i = 1; i + 1 < parts.length; i += 2) {
      const head = parts[i].replace(/:$/, '').trim();
      if (!/^[a-z][a-z -]+$/.test(head)) return new Map();
      const kind = singularKind(head);
      for (const name of plainText(parts[i + 1]).split(/[;,]/)) if (name.trim()) put(name.replace(/\*+/g, ''), kind);
    }
    return listed(out);
  }
  const text = plainText(html).replace(/\s+/g, ' ').trim();
  // The head ends at the first ';' or ':' outside parentheses ("(French); intara" is inside).
  let cut = -1;
  for (let i = 0, depth = 0; i < text.length && cut < 0; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ';' || ch === ':') && depth === 0) cut = i;
  }
  if (cut < 0) return out;
  // "10 provinces and 3 territories*": each kind and the stars that mark its names.
  const byStars: string[] = [];
  for (const raw of outsideParens(text.slice(0, cut)).split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const part = raw.trim();
    if (!part) continue;
    if (!NUMBER.test(part)) return new Map();
    const m = /^(.*?)\s*(\*{0,3})\s*(?:with .*)?$/.exec(part.replace(NUMBER, ''))!;
    // "provinces or voivodships": the English word.
    const kind = m[1].trim().toLowerCase().split(' or ')[0];
    if (!/^[a-z][a-z -]*$/.test(kind) || byStars[m[2].length] !== undefined) return new Map();
    byStars[m[2].length] = singularKind(kind);
  }
  if (byStars[0] === undefined) return new Map();
  for (const item of text.slice(cut + 1).split(/[,;]/)) {
    const name = item.replace(/^\s*and\s+/, '').trim();
    if (!name) continue;
    const kind = byStars[(name.match(/\*/g) ?? []).length];
    if (kind) put(name.replace(/\*+/g, ''), kind);
  }
  return listed(out);
}

/** The text with every parenthesis removed, nested ones too. */
function outsideParens(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

function listed(kinds: Map<string, string>): Map<string, string> {
  for (const [name, kind] of kinds) if (!kind) kinds.delete(name);
  return kinds;
}

/** A word GeoNames adds to some division names ("Rivers State", "Niğde Province", "Yaroslavl Oblast"). */
const KIND_TAIL = / (state|province|oblast|region|republic|governorate|prefecture|county|district|department)$/;

/** The kind of division `name` is in `kinds` (a country's parseDivisions), if it is listed. A name
 *  with a kind word at its end must be listed as that kind ("Davao Region" is not the city Davao). */
export function kindOf(kinds: Map<string, string> | undefined, name: string): string | undefined {
  if (!kinds?.size) return undefined;
  const n = normName(name);
  const exact = kinds.get(n) ?? kinds.get(umlautFold(n));
  if (exact) return exact;
  const tail = KIND_TAIL.exec(n);
  const kind = tail ? kinds.get(n.slice(0, tail.index)) ?? kinds.get(umlautFold(n.slice(0, tail.index))) : undefined;
  const last = kind?.split(' ').pop();
  // An oblast is what the Factbook calls a province ("Kyiv Oblast").
  return kind && (last === tail![1] || (tail![1] === 'oblast' && last === 'province')) ? kind : undefined;
}

/** Kinds of division that are one town: its seat is the town itself ("the city of Naftalan", "the locality of Attard"). */
export const TOWN_KINDS = /^(?:(?:urban |rural |special |capital |independent |chartered |metropolitan |special administration )?(?:city|municipality)|locality|commune|borough|town council|island council|town|village|ward|parish)$/;

/**
 * A kind a card can name a division by: at most two words ("union territory", not "ethnically based
 * regional state"), and no claim of who administers it ("Pakistan-administered area").
 */
export function cardKind(kind: string | undefined): string | undefined {
  return kind && kind.split(' ').length <= 2 && !/administered/.test(kind) ? kind : undefined;
}

/**
 * Does the Factbook's list describe the divisions GeoNames has for a country? Where it lists another
 * level (Estonia: 79 municipalities against GeoNames' 15 counties) a few names collide by chance: less
 * than half of them matched, the country gets no kinds.
 */
export function sameLevel(kinds: Map<string, string> | undefined, names: string[]): boolean {
  if (!kinds?.size || !names.length) return false;
  return names.filter((n) => kindOf(kinds, n) !== undefined).length * 2 >= names.length;
}
