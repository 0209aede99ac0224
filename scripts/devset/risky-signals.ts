// Which generic signals separate the judged wrong marks from the right ones (issue 12, namesakes)?
// Reads test/devset/judged-marks.jsonl, re-runs the linker on those pages (scripts/devset/risky.ts)
// and counts, per signal, how many right and how many wrong marks carry it.
//   npx tsx scripts/devset/risky-signals.ts [--judged test/devset/judged-marks.jsonl] [--type person] [--rows]
// --rows prints every judged mark with its signals (no article text).
import { fileURLToPath } from 'node:url';
import { loadKb } from '../lib/load-kb';
import { tokenize } from '../../core/linking/matcher';
import { sportsSignal } from '../../core/linking/sports';
import { foldKey } from '../../core/linking/normalize';
import type { CompiledEntity } from '../../core/types';
import { articleBody } from './corpus';
import { readJudged, riskyMarks, type Judged, type RiskyMark } from './risky';

const OFFICE_KINDS = new Set(['politician', 'diplomat', 'official', 'civil-servant', 'judge', 'head-of-state', 'head-of-government']);

const TOPIC_WORDS: Record<string, string[]> = {
  politics: 'senator senate congress congressman congresswoman election elections minister parliament governor lawmaker lawmakers campaign democrats democratic republican republicans impeachment legislature legislative voters ballot administration'.split(' '),
  business: 'shares stock stocks revenue revenues ceo investors earnings profit quarter analyst analysts market markets retailer customers sales startup'.split(' '),
  culture: 'album albums song songs concert concerts tour film films movie movies actor actress singer band theatre theater music show series episode novel'.split(' '),
  science: 'study researchers scientists university professor research cells species nasa spacecraft planet journal'.split(' '),
};

/** Role words read in a window around the first mention: political offices, and other jobs. */
const POLITICAL_ROLE = new Set('sen senator rep representative gov governor minister secretary ambassador congressman congresswoman lawmaker lawmakers premier chancellor mayor senate legislator attorney envoy diplomat spokesman'.split(' '));
const OTHER_ROLE = new Set(
  ('coach ceo executive exec chairman professor researcher scientist analyst designer founder player quarterback guard forward striker dl lb ' +
    'singer actor actress director producer manager reporter author writer economist physician doctor dr vice business development ' +
    'manager artist rapper drummer guitarist editor columnist partner investor lawyer student').split(' '),
);
const PARTY_CUE = /\((?:R|D|I)-[A-Z]|\b(?:R|D)-[A-Z][a-z]*\.?|\bRepublican\b|\bDemocrat(?:ic)?\b|\bLabour\b|\bConservative\b|\bParty\b/;

/** Capitalized words of a description that would name a place or body, not a title. */
const DESC_STOP = new Set(
  ('The Of And In From United States Kingdom America American Former Republican Democratic Democrat Representative Senator Governor Lieutenant Attorney General ' +
    'Secretary Minister President Vice Chairman Chair Press Politician Company Founded City Capital Country Retail Chain Bank Utility Airline Healthcare Provider ' +
    'Public Private Research University Member House Commons Party Mayor Deputy Chief Justice Court Judge Ambassador Official Composer Singer Actor Player Team ' +
    'Football Club National Men Women Since Born Died Region State Seat').split(' '),
);

/** The role the article gives a person right at the name: a role noun just before it ("Walt Disney Co.
 *  executive X", "DL X", "Attorney General X", up to four words), or in an appositive after a comma
 *  ("X, vice president of business development at SNC", "X, the president of the ... Bank"). Empty when
 *  no role noun stands there. */
export function rolePhrase(text: string, start: number, end: number): string[] {
  const clean = (ws: string[]) => ws.map((w) => w.toLowerCase().replace(/[^a-z-]/g, '')).filter((w) => w && !ROLE_STOP.has(w));
  const pre = (text.slice(Math.max(0, start - 60), start).split(/[.,;:!?()\[\]"“”—–\n_]|\s-\s/).pop() ?? '').trim().split(/\s+/).filter(Boolean);
  const last = clean(pre.slice(-1))[0];
  const out: string[] = [];
  if (last && ROLE_NOUNS.has(last)) out.push(...clean(pre.slice(-4)));
  else if (!pre.length && /,\s*$/.test(text.slice(Math.max(0, start - 3), start))) {
    // "the Inspector-General of Police, X": the role before a comma.
    const seg = (text.slice(Math.max(0, start - 70), start).replace(/,\s*$/, '').split(/[.,;:!?()\[\]"“”—–\n_]/).pop() ?? '').trim().split(/\s+/).slice(-5);
    const ws = clean(seg);
    if (ws.some((w) => ROLE_NOUNS.has(w))) out.push(...ws);
  }
  const m = /^['’]?s?\s*,\s*([^,.;:()\n]{3,90})/.exec(text.slice(end, end + 100));
  if (m && /^(?:the|a|an|who|now|then|former|[a-z])/.test(m[1]) && !/^[a-z]+ [A-Z]/.test(m[1])) {
    const post = clean(m[1].trim().split(/\s+/).slice(0, 8));
    if (post.some((w) => ROLE_NOUNS.has(w))) out.push(...post);
  }
  return out;
}
const ROLE_NOUNS = new Set(
  ('president vice-president executive exec ceo chief director founder co-founder chairman chairwoman chair coach professor analyst designer ' +
    'dl lb qb quarterback guard forward striker player champion actor actress singer rapper producer author writer novelist journalist reporter ' +
    'editor investor businessman businesswoman lawyer attorney doctor dr physician scientist researcher economist spokesman spokeswoman negotiator ' +
    'administrator secretary senator sen rep representative gov governor minister premier vice-premier ambassador envoy mayor lawmaker congressman ' +
    'congresswoman leader speaker inspector-general general commissioner judge justice adviser advisor manager officer official candidate').split(' '),
);
const ROLE_STOP = new Set('the a an of at in on for and to with by from who was is has had been then now said says his her their its as said former acting new'.split(' '));
const ABBREV: Record<string, string> = { rep: 'representative', sen: 'senator', gov: 'governor', sens: 'senator', reps: 'representative', dr: 'doctor', gen: 'general', congresswoman: 'representative', congressman: 'representative' };

/** Role nouns by the walk of life they say; a noun may say two ("president"). */
const ROLE_CLASS: Record<string, string[]> = {
  politics: 'president vice-president senator sen rep representative gov governor minister premier vice-premier ambassador envoy mayor lawmaker congressman congresswoman speaker secretary administrator commissioner spokesman spokeswoman negotiator leader adviser advisor official candidate inspector-general general judge justice attorney director chairman chief'.split(' '),
  business: 'president vice-president executive exec ceo chief founder co-founder chairman chairwoman chair investor businessman businesswoman analyst manager director officer'.split(' '),
  sports: 'dl lb qb quarterback guard forward striker player champion coach manager'.split(' '),
  arts: 'actor actress singer rapper producer author writer novelist designer director'.split(' '),
  media: 'journalist reporter editor founder co-founder'.split(' '),
  science: 'professor scientist researcher economist physician doctor dr'.split(' '),
};
const SUBTYPE_CLASS: [RegExp, string][] = [
  [/^(politician|diplomat|official|civil-servant|judge|head-of-state|head-of-government|monarch|military-officer|activist)$/, 'politics'],
  [/^(businessperson|inventor)$/, 'business'],
  [/(player|coach|driver|athlete|boxer|wrestler|racer|cyclist|swimmer)/, 'sports'],
  [/^(actor|singer|musician|composer|film-director|writer|novelist|artist|celebrity|comedian|poet)$/, 'arts'],
  [/^(journalist|presenter)$/, 'media'],
  [/^(economist|physician|nobel-laureate|scientist|philosopher)$/, 'science'],
];

const BUSINESS_CONTEXT = new Set('business development marketing sales company corp inc co bank reserve fund firm group holdings capital'.split(' '));

/** Does the role phrase agree with what the KB says the entity is? Its description or offices share a
 *  word with it, or one of its role nouns names the walk of life of the entity's subtype. */
export function roleAgrees(words: string[], e: CompiledEntity, description: string, roles: string[], strictOffice = false): boolean {
  const kb = new Set(`${description} ${roles.join(' ')} ${e.subtype ?? ''}`.toLowerCase().split(/[^a-z-]+/).filter((w) => w.length > 2 && !ROLE_STOP.has(w)));
  if (words.some((w) => kb.has(ABBREV[w] ?? w) || kb.has(w.replace(/s$/, '')))) return true;
  const cls = SUBTYPE_CLASS.find(([re]) => re.test(e.subtype ?? ''))?.[1];
  // The KB lists an office holder's offices: a political role must be one of them ("Inspector-General
  // of Police" is not the governor of that name). A firm's words make "vice president" a business role.
  if (!cls || (strictOffice && cls === 'politics')) return false;
  if (cls !== 'business' && words.some((w) => BUSINESS_CONTEXT.has(w))) return false;
  return words.some((w) => ROLE_CLASS[cls].includes(w));
}

const VENUE_HEAD = /^(?:[\s-]+[A-Z][\w&'’.]*){0,2}[\s-]+(?:Amphitheat(?:re|er)|Cent(?:er|re)|Theat(?:re|er)|Pavilion|Arena|Stadium|Live|Series|Music|Arts|Infirmary|Hospital|Award|Awards|Academy|Bay|Area|News|Post|Casino|High|School|University|College|Institute)\b/;

export interface Signals { [name: string]: boolean }

function topicOf(text: string): string {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const count: Record<string, number> = {};
  for (const [t, ws] of Object.entries(TOPIC_WORDS)) {
    const set = new Set(ws);
    count[t] = words.filter((w) => set.has(w)).length;
  }
  const tk = tokenize(text);
  if (sportsSignal(text, tk).sports) return 'sports';
  const best = Object.entries(count).sort((a, b) => b[1] - a[1])[0];
  return best[1] >= 3 ? best[0] : 'other';
}

function windowWords(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const before = (text.slice(Math.max(0, start - 60), start).toLowerCase().match(/[a-z]+/g) ?? []).slice(-5);
  const after = (text.slice(end, end + 60).toLowerCase().match(/[a-z]+/g) ?? []).slice(0, 6);
  return { before, after };
}

export function signalsOf(m: RiskyMark, text: string, pageMarks: RiskyMark[], e: CompiledEntity, description: string, nameCounts: { first: Map<string, number>; last: Map<string, number> }, topic: string, countryNames: Map<string, string>, detailFacts?: { kind: string; role?: string; otherName?: string }[]): Signals {
  const s: Signals = {};
  s[`type=${m.type}`] = true;
  const p = m.prominence;
  s[`prominence ${p < 0.3 ? '<0.3' : p < 0.5 ? '0.3-0.5' : p < 0.7 ? '0.5-0.7' : '>=0.7'}`] = true;
  s['namesakes in KB (>1 option)'] = m.options > 1;
  s['bulk source only'] = m.reasons.includes('bulk');
  s['office-holder entity'] = OFFICE_KINDS.has(m.subtype);
  s[`article topic=${topic}`] = true;
  s['office holder, article not politics'] = OFFICE_KINDS.has(m.subtype) && topic !== 'politics';
  const others = pageMarks.filter((x) => x.id !== m.id);
  if (m.country) {
    s['country shared by another mark in article'] = others.some((x) => x.country === m.country);
    s['entity country differs from every other mark'] = !others.some((x) => x.country === m.country);
  } else s['entity has no country'] = true;
  const w = windowWords(text, m.start, m.end);
  const near = [...w.before, ...w.after];
  const pol = near.some((x) => POLITICAL_ROLE.has(x));
  const oth = near.some((x) => OTHER_ROLE.has(x));
  s['political role word nearby'] = pol;
  s['non-political role word nearby (coach, CEO, professor...)'] = oth && !pol;
  s['no role word nearby'] = !pol && !oth;
  s['office holder with only a non-political role nearby'] = OFFICE_KINDS.has(m.subtype) && oth && !pol;
  const around = text.slice(Math.max(0, m.start - 80), m.end + 80);
  s['party/state tag near mention ((D-NY), Republican)'] = PARTY_CUE.test(around);
  // The KB description's own proper names (office's state, country) found in the article.
  const own = new Set([...e.name.split(/\s+/), ...(countryNames.get(e.country ?? '') ?? '').split(/\s+/)]);
  const desc = (description.match(/\b[A-Z][a-z]+\b/g) ?? []).filter((x) => !DESC_STOP.has(x) && !own.has(x));
  if (desc.length) s["description's proper names in article"] = desc.some((x) => new RegExp(`\\b${x}\\b`).test(text.slice(0, m.start) + text.slice(m.end)));
  if (m.type === 'person') {
    const words = rolePhrase(text, m.start, m.end);
    const roles = (detailFacts ?? []).filter((f) => f.kind === 'position').map((f) => `${f.role ?? ''} ${f.otherName ?? ''}`);
    if (!words.length) s['person: no role phrase at the name'] = true;
    else if (roleAgrees(words, e, description, roles)) s['person: role phrase at the name agrees with KB (description, office, subtype)'] = true;
    else s['person: role phrase at the name disagrees with KB'] = true;
    const cue = pol || PARTY_CUE.test(around) || !!s["description's proper names in article"] || (words.length > 0 && roleAgrees(words, e, description, roles));
    const contrary = words.length > 0 && !roleAgrees(words, e, description, roles);
    if (OFFICE_KINDS.has(m.subtype) && m.reasons.includes('bulk')) s['bulk-only office holder: political cue (role word, party tag, description name) and no contrary role'] = cue && !contrary;
    if (words.length) s[`person: role phrase ${roleAgrees(words, e, description, roles, true) ? 'agrees' : 'disagrees'} (office holders: only their KB offices count)`] = true;
  }
  s['fuzzy near miss (surface ≠ a KB alias)'] = m.via === 'fuzzy';
  s['named once in article'] = m.count === 1;
  const words = m.surface.split(/\s+/).filter(Boolean);
  s['one-word surface'] = words.length === 1;
  if (m.type === 'person' && words.length > 1) {
    const f = nameCounts.first.get(foldKey(words[0])) ?? 0;
    const l = nameCounts.last.get(foldKey(words[words.length - 1])) ?? 0;
    s['common first name (≥50 KB people)'] = f >= 50;
    s['common surname (≥20 KB people)'] = l >= 20;
    s['common first name and surname'] = f >= 50 && l >= 20;
  }
  // "Braun's", "McDonald's cameo": the word is the surname of a person named in full elsewhere, unlinked.
  if (words.length === 1 && m.type !== 'person') {
    const bare = m.surface.replace(/['’]s$/, '');
    const re = new RegExp(`\\b[A-Z][a-z]+ ${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
    // "Scooter Braun", "Michael McDonald" elsewhere, unlinked; not a sentence's first word ("Rival Lowe's").
    const hit = [...text.matchAll(re)].some((x) => !/(?:^|[.!?:\n]\s*)$/.test(text.slice(Math.max(0, x.index! - 3), x.index!)) && !pageMarks.some((pm) => pm.start <= x.index! && x.index! < pm.end));
    s['one word = surname of a capitalized pair in the article (not sentence-initial, unlinked)'] = hit;
    // "Braun’s Ithaca Holdings", "McDonald’s cameo", "Cohen’s studies", or the surname alone after the full name.
    const poss = /['’]s$/.test(m.surface) || /^['’]s\b/.test(text.slice(m.end, m.end + 2));
    s['one word = surname of an unlinked full name, and possessive'] = hit && poss;
  }
  // A capitalized word right after the mark: "Ameris Bank Amphitheatre", "San Jose Mercury News".
  const next = /^[\s-]+([A-Z][a-z]+)/.exec(text.slice(m.end, m.end + 30));
  s['followed by a capitalized word'] = !!next && !['The', 'A', 'In', 'On', 'And', 'But'].includes(next[1]);
  s['multi-word mark followed by a capitalized word'] = s['followed by a capitalized word'] && words.length > 1;
  // "Ameris Bank Amphitheatre", "Aberdeen Royal Infirmary", "Africa Movie Academy Award": a venue's or
  // institution's head word closes the longer name.
  s['followed (within 3 capitalized words) by a venue/institution head'] = VENUE_HEAD.test(text.slice(m.end, m.end + 40));
  return s;
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  // Signals are read per (page, entity): mention-scoped verdicts are left out.
  const judged = readJudged(opt('--judged') ?? 'test/devset/judged-marks.jsonl').filter((j) => j.scope !== 'mention');
  const onlyType = opt('--type');
  const kb = loadKb(opt('--kb') ?? 'public/kb');
  const pages = [...new Set(judged.map((j) => j.page))].sort();
  const { marks } = riskyMarks(kb, pages, true);
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  for (const e of kb.index.entities) {
    if (e.type !== 'person') continue;
    const ws = e.name.split(/\s+/);
    if (ws.length < 2) continue;
    const f = foldKey(ws[0]), l = foldKey(ws[ws.length - 1]);
    first.set(f, (first.get(f) ?? 0) + 1);
    last.set(l, (last.get(l) ?? 0) + 1);
  }
  const countryNames = new Map<string, string>();
  for (const e of kb.index.entities) if (e.type === 'place' && e.subtype === 'country' && e.country && !countryNames.has(e.country)) countryNames.set(e.country, e.name);
  const entities = new Map<string, CompiledEntity>(kb.index.entities.map((e) => [e.id, e]));
  const byKey = new Map(marks.map((m) => [`${m.page}|${m.id}`, m]));
  const byPage = new Map<string, RiskyMark[]>();
  for (const m of marks) byPage.get(m.page)?.push(m) ?? byPage.set(m.page, [m]);
  const topics = new Map<string, string>();
  const tally = new Map<string, { right: number; wrong: number; unsure: number }>();
  const n = { right: 0, wrong: 0, unsure: 0 };
  const count = (j: Judged, name: string) => {
    const t = tally.get(name) ?? { right: 0, wrong: 0, unsure: 0 };
    t[j.verdict]++;
    tally.set(name, t);
  };
  for (const j of judged) {
    const m = byKey.get(`${j.page}|${j.id}`);
    if (!m || (onlyType && m.type !== onlyType)) continue;
    const text = articleBody(j.page);
    if (!topics.has(j.page)) topics.set(j.page, topicOf(text));
    const ent = entities.get(j.id)!;
    const sig = signalsOf(m, text, byPage.get(j.page) ?? [], ent, kb.detail(j.id)?.description ?? '', { first, last }, topics.get(j.page)!, countryNames, kb.detail(j.id)?.facts as { kind: string; role?: string; otherName?: string }[] | undefined);
    n[j.verdict]++;
    for (const [k, v] of Object.entries(sig)) if (v) count(j, k);
    for (const [k, v] of Object.entries(sig)) if (v === false) count(j, `NOT ${k}`);
    if (args.includes('--rows')) console.log(`${j.verdict.padEnd(6)} ${(j.kind ?? '').padEnd(14)} ${j.page} ${JSON.stringify(j.surface)} ${j.id} [${m.type === 'person' ? rolePhrase(text, m.start, m.end).join(' ') : ''}] | ${Object.entries(sig).filter(([, v]) => v).map(([k]) => k).join('; ')}`);
  }
  console.log(`judged marks found: right ${n.right}, wrong ${n.wrong}, unsure ${n.unsure}${onlyType ? ` (type ${onlyType})` : ''}`);
  console.log(`${'signal'.padEnd(62)} ${'right'.padStart(6)} ${'wrong'.padStart(6)}  wrong share`);
  for (const [k, t] of [...tally].sort((a, b) => a[0].replace(/^NOT /, '').localeCompare(b[0].replace(/^NOT /, '')) || a[0].localeCompare(b[0]))) {
    console.log(`${k.padEnd(62)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)}  ${(t.wrong / Math.max(1, t.right + t.wrong)).toFixed(2)}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
