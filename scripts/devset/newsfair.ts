// News-Fair v1 (Bast et al. 2023, ELEVANT benchmark; ../shared/corpus/linking/news-fair-v1.jsonl) as a
// second held-out set (issue 12): 40 web news articles the project never tuned on, three paragraphs
// each annotated with Wikidata ids. Scored by QID on people, places and organizations.
//
// How the gold is read (its known gaps, see docs/quality.md):
//  - It labels pronouns and descriptions ("he", "the company", "The actress") with the entity: Backstory
//    marks names only, so recall counts name labels only (a capital letter, not a pronoun, not "the x").
//  - It labels works, events, concepts, numbers and dates too: a mark on one of those is wrong
//    (kind `non-ppo`); a mark on a `<NIL>` label is wrong too (kind `nil`: the gold says no entity we hold).
//  - It leaves some names unlabelled. A mark overlapping no label is counted apart (`unlabelled`): the
//    strict precision counts it wrong, the labelled precision leaves it out.
//  - Teams named after places are labelled as the team ("England" = the rugby team).
// A mark is right when it overlaps a label with the same QID. KB entities keyed by another scheme
// (geonames places) match by name: the gold's name, or a Wikilinker label (Wikidata) with that QID.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES, type CompiledEntity, type EntityType, type KbIndex, type Matcher } from '../../core/types';
import { PAGES_DIR } from './corpus';
import { REGIONS } from '../../core/linking/place-level';

export const NEWS_FAIR = join(PAGES_DIR, '../linking/news-fair-v1.jsonl');
const WIKILINKER = join(PAGES_DIR, '../../data-sources/wikilinker-entities/entities.tsv');

export interface NfLabel { span: [number, number]; entity_id: string; name: string; type: string }
export interface NfDoc { id: number; title: string; text: string; evaluation_span: [number, number]; labels: NfLabel[] }

/** Docs of an ELEVANT-format benchmark file (one JSON doc a line); none when the file is absent. */
export function readBenchmarkDocs(file: string): NfDoc[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as NfDoc);
}

export function newsFairDocs(): NfDoc[] {
  return readBenchmarkDocs(NEWS_FAIR);
}

const TYPE_QIDS: [EntityType, string][] = [['person', 'Q215627'], ['place', 'Q27096213'], ['organization', 'Q43229']];
/** Backstory's type of a gold label (person wins over place over organization), or null when out of scope. */
export function labelType(l: NfLabel): EntityType | null {
  const ts = l.type.split('|');
  for (const [t, q] of TYPE_QIDS) if (ts.includes(q)) return t;
  return null;
}

const PRONOUNS = new Set(
  'i me my mine myself you your yours yourself he him his himself she her hers herself it its itself we us our ours ourselves they them their theirs themselves'.split(' '),
);
/** A name, not a pronoun or a description ("the company", "The actress", "the Duchess"). */
export function isNameLabel(surface: string): boolean {
  if (!/\p{Lu}/u.test(surface) || PRONOUNS.has(surface.toLowerCase())) return false;
  if (/^(?:the|a|an|his|her|its|their|our|my|this|that)\s/.test(surface)) return false;
  if (/^(?:The|A|An|This|That|His|Her|Its|Their)\s+\p{Ll}/u.test(surface)) return false;
  return true;
}

export interface NfPrf { precision: number; recall: number; tp: number; predicted: number; gold: number }
export interface NfError { doc: number; start: number; end: number; kind: 'wrong-id' | 'non-ppo' | 'nil' | 'unlabelled' | 'miss'; text: string; predicted?: string; gold?: string; inKb?: boolean }
export interface NewsFairReport {
  docs: number;
  /** Marks in evaluation spans: right / all (unlabelled counted wrong). */
  strict: NfPrf;
  /** Marks on labelled spans only: right / (right + wrong); unlabelled marks are left out. */
  labelled: NfPrf;
  unlabelled: number;
  /** Right marks of entities without a QID, counted right by name (see qidMatcher): a scorer that reads
   *  ids alone, as outside corpora are scored, counts them wrong. */
  rightByName: number;
  byType: Record<EntityType, NfPrf>;
  /** Share of gold name labels (with a QID) whose entity the KB holds, per type and overall. */
  inKb: Record<EntityType | 'all', { held: number; gold: number }>;
  /** Recall restricted to gold entities the KB holds. */
  kbRecall: NfPrf;
  errors: NfError[];
}

const REGION_WORD = /\s+(?:province|state|region|department|governorate|prefecture|oblast)$/;

/** KB id → does it denote gold QID `qid` (named `name`)? */
function qidMatcher(index: KbIndex) {
  const ids = new Set(index.entities.map((e) => e.id));
  let wl: Map<string, Set<string>> | null = null;
  const wikilinker = () => {
    if (wl) return wl;
    wl = new Map();
    if (existsSync(WIKILINKER)) {
      for (const line of readFileSync(WIKILINKER, 'utf8').split('\n').slice(1)) {
        const [label, , qid] = line.split('\t');
        if (!label || !qid) continue;
        const k = label.toLowerCase();
        let s = wl.get(k);
        if (!s) wl.set(k, (s = new Set()));
        s.add(qid);
      }
    }
    return wl;
  };
  const fold = (s: string) => s.replace(/\s*\(.*\)$/, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  // A name is ambiguous ("London", Ontario or England): among entities keyed otherwise, a name stands
  // for its most prominent holder of that type, and for namesakes of the same country (Istanbul the
  // city and the province).
  let top: Map<string, { prominence: number; country?: string }> | null = null;
  const canonical = (e: CompiledEntity): boolean => {
    if (!top) {
      top = new Map();
      for (const x of index.entities) {
        if (/^Q\d+$/.test(x.id)) continue;
        const k = `${x.type}|${fold(x.name)}`;
        const t = top.get(k);
        if (!t || x.prominence > t.prominence) top.set(k, { prominence: x.prominence, country: x.country });
      }
    }
    const t = top.get(`${e.type}|${fold(e.name)}`);
    return !!t && (t.prominence === e.prominence || (!!t.country && t.country === e.country));
  };
  const same = (e: CompiledEntity, qid: string, name: string): boolean => {
    if (e.id === qid) return true;
    if (/^Q\d+$/.test(e.id) || !canonical(e)) return false;
    if (fold(e.name) === fold(name)) return true;
    // A region keyed by geonames is named without its kind word: "Entre Rios" is "Entre Ríos Province".
    if (e.type === 'place' && REGIONS.has(e.subtype ?? '') && fold(e.name) === fold(name).replace(REGION_WORD, '')) return true;
    return wikilinker().get(e.name.toLowerCase())?.has(qid) ?? false;
  };
  // Entities keyed otherwise, by folded name and type; and the QIDs their names carry in Wikilinker.
  let other: { byName: Set<string>; qids: Set<string> } | null = null;
  /** The KB holds the gold entity: by id, or (for entities keyed otherwise) by name and type. */
  const held = (qid: string, name: string, type: EntityType): boolean => {
    if (ids.has(qid)) return true;
    if (!other) {
      other = { byName: new Set(), qids: new Set() };
      for (const e of index.entities) {
        if (/^Q\d+$/.test(e.id)) continue;
        other.byName.add(`${e.type}|${fold(e.name)}`);
        for (const q of wikilinker().get(e.name.toLowerCase()) ?? []) other.qids.add(`${e.type}|${q}`);
      }
    }
    return other.byName.has(`${type}|${fold(name)}`) || other.qids.has(`${type}|${qid}`);
  };
  return { same, held };
}

export function scoreNewsFair(index: KbIndex, matcher: Matcher, docs = newsFairDocs()): NewsFairReport {
  const qm = qidMatcher(index);
  const types = ENTITY_TYPES;
  const z = () => ({ tp: 0, predicted: 0, gold: 0 });
  const byType = Object.fromEntries(types.map((t) => [t, z()])) as Record<EntityType, ReturnType<typeof z>>;
  const inKb = Object.fromEntries([...types, 'all'].map((t) => [t, { held: 0, gold: 0 }])) as NewsFairReport['inKb'];
  const foundByType = Object.fromEntries(types.map((t) => [t, 0])) as Record<EntityType, number>;
  let right = 0, rightByName = 0, wrong = 0, unlabelled = 0, kbGold = 0, kbTp = 0, goldN = 0, tpN = 0;
  const errors: NfError[] = [];
  for (const d of docs) {
    const [es, ee] = d.evaluation_span;
    const marks = matcher.find(d.text).filter((m) => m.start >= es && m.end <= ee);
    const labels = d.labels.filter((l) => l.span[0] >= es && l.span[1] <= ee);
    const found = new Set<NfLabel>();
    for (const m of marks) {
      const e = matcher.entity(m.id)!;
      const over = labels.filter((l) => m.start < l.span[1] && l.span[0] < m.end);
      const hit = over.find((l) => l.entity_id !== '<NIL>' && qm.same(e, l.entity_id, l.name));
      if (byType[e.type]) byType[e.type].predicted++;
      if (hit) {
        right++;
        if (!/^Q\d+$/.test(e.id)) rightByName++;
        if (byType[e.type]) byType[e.type].tp++;
        for (const l of over) if (l.entity_id === hit.entity_id) found.add(l);
        continue;
      }
      const text = d.text.slice(m.start, m.end);
      const predicted = `${e.name} (${e.id})`;
      if (over.length === 0) {
        unlabelled++;
        errors.push({ doc: d.id, start: m.start, end: m.end, kind: 'unlabelled', text, predicted });
        continue;
      }
      wrong++;
      const l = over[0];
      // <NO_MAPPING> (other ELEVANT sets): an entity the gold could not map to Wikidata, counted as nil.
      const kind = l.entity_id.startsWith('<') ? 'nil' : labelType(l) ? 'wrong-id' : 'non-ppo';
      errors.push({ doc: d.id, start: m.start, end: m.end, kind, text, predicted, gold: `${l.name} (${l.entity_id})` });
    }
    for (const l of labels) {
      const t = labelType(l);
      const surface = d.text.slice(l.span[0], l.span[1]);
      if (!t || l.entity_id === '<NIL>' || !isNameLabel(surface)) continue;
      const held = qm.held(l.entity_id, l.name, t);
      goldN++;
      byType[t].gold++;
      inKb[t].gold++;
      inKb.all.gold++;
      if (held) { inKb[t].held++; inKb.all.held++; kbGold++; }
      if (found.has(l)) { tpN++; foundByType[t]++; if (held) kbTp++; }
      else errors.push({ doc: d.id, start: l.span[0], end: l.span[1], kind: 'miss', text: surface, gold: `${l.name} (${l.entity_id})`, inKb: held });
    }
  }
  const predicted = right + wrong + unlabelled;
  const p = (tp: number, pred: number, gold: number): NfPrf => ({ precision: pred ? tp / pred : 1, recall: gold ? tp / gold : 1, tp, predicted: pred, gold });
  return {
    docs: docs.length,
    strict: { ...p(right, predicted, goldN), recall: goldN ? tpN / goldN : 1 },
    labelled: { ...p(right, right + wrong, goldN), recall: goldN ? tpN / goldN : 1 },
    unlabelled,
    rightByName,
    // Precision by the marked entity's type; recall by the gold label's type.
    byType: Object.fromEntries(types.map((t) => [t, { ...p(byType[t].tp, byType[t].predicted, byType[t].gold), recall: byType[t].gold ? foundByType[t] / byType[t].gold : 1 }])) as Record<EntityType, NfPrf>,
    inKb,
    kbRecall: p(kbTp, predicted, kbGold),
    errors,
  };
}

/** Precision as a scorer reading ids alone would count it: a right mark of an entity without a QID is wrong there. */
export function idsAlone(r: NewsFairReport): string {
  const right = r.strict.tp - r.rightByName;
  return `by ids alone (${r.rightByName} right marks without a QID count wrong): P ${(100 * (r.strict.predicted ? right / r.strict.predicted : 1)).toFixed(1)} (${right}/${r.strict.predicted})`;
}
