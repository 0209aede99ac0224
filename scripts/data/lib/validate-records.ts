/**
 * Checks records one by one (schema, dates, sources, aliases) and across records (duplicate ids,
 * unknown ids referenced by facts). Every problem names the file, the line and the record id.
 */
import { CorrectionRecordSchema, EntityRecordSchema, PARTIAL_DATE_RE, type CorrectionRecord } from '../../../core/kb/schema';
import type { EntityRecord, Fact } from '../../../core/types';
import type { Issue } from './issues';
import type { Located, LocatedRecord } from './read-layers';
import { isCommonWord } from './words';

export interface ValidateOptions {
  /** Source keys known to data/sources.yaml. */
  sourceKeys: Set<string>;
  /** Dates after this are "in the future" (YYYY-MM-DD). */
  today: string;
}

/** Looks like an entity id rather than free text ('Q889', 'geonames:1138958', 'bs:panjshir-valley'). */
export function isEntityId(s: string): boolean {
  return /^Q\d+$/.test(s) || /^[a-z][a-z0-9-]*:[^\s]+$/.test(s);
}

function dateParts(d: string): number[] {
  const neg = d.startsWith('-');
  const parts = (neg ? d.slice(1) : d).split('-').map(Number);
  if (neg) parts[0] = -parts[0];
  return parts;
}

/** -1 if a is surely before b, 1 if surely after, 0 if equal or overlapping at the common precision. */
export function compareDates(a: string, b: string): number {
  const pa = dateParts(a);
  const pb = dateParts(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}

function factLabel(f: Partial<Fact>, i: number): string {
  return `fact #${i + 1} (${f.kind ?? '?'}${f.role ? ` ${f.role}` : ''})`;
}

/** "best- selling": a hyphen, a space, a letter; "pre- and post-war" is a suspended hyphen. */
const BROKEN_WORD = /\p{L}+- (?!and |or |to )\p{L}+/u;

function checkRecord(rec: EntityRecord | CorrectionRecord, opts: ValidateOptions, push: (msg: string, level?: Issue['level']) => void) {
  const knownSource = (s: string) => opts.sourceKeys.has(s) || /^https?:\/\//.test(s);
  for (const s of rec.sources ?? []) if (!knownSource(s.source)) push(`unknown source '${s.source}' (not in data/sources.yaml and not a URL)`);

  // A word broken at a line's end in a folded YAML block reads "best- selling" on a card.
  for (const [field, text] of [['description', rec.description], ['summary', rec.summary]] as const) {
    const m = text && BROKEN_WORD.exec(text);
    if (m) push(`${field}: "${m[0]}" looks like a word broken at a line's end (join it: a folded YAML line turns the break into a space)`);
  }

  const facts = rec.facts ?? [];
  const born = facts.find((f) => f.kind === 'born')?.date;
  const died = facts.find((f) => f.kind === 'died')?.date;
  if (born && died && compareDates(died, born) < 0) push(`death (${died}) is before birth (${born})`);
  facts.forEach((f, i) => {
    const label = factLabel(f, i);
    if (!knownSource(f.source.source)) push(`${label}: unknown source '${f.source.source}'`);
    if (f.start && f.end && compareDates(f.end, f.start) < 0) push(`${label}: end (${f.end}) is before start (${f.start})`);
    for (const k of ['date', 'start', 'end'] as const) {
      const d = f[k];
      if (d && compareDates(d, opts.today) > 0) push(`${label}: ${k} ${d} is in the future`);
    }
    if (f.source.asOf && compareDates(f.source.asOf, opts.today) > 0) push(`${label}: source asOf ${f.source.asOf} is in the future`);
    if (born && f.kind === 'position' && f.start && compareDates(f.start, born) < 0) push(`${label}: starts (${f.start}) before birth (${born})`);
    if (died && f.kind === 'position' && f.start && compareDates(f.start, died) > 0) push(`${label}: starts (${f.start}) after death (${died})`);
  });

  for (const a of rec.aliases ?? []) {
    // A lower-case alias that is an ordinary word would match running text ('reading', 'nice').
    if (a === a.toLowerCase() && /\p{L}/u.test(a) && isCommonWord(a)) {
      push(`alias '${a}' is a common English word written in lower case; write it as the name is capitalised or drop it`);
    }
  }
  if (rec.type === 'person' && rec.name && isCommonWord(rec.name) && rec.name === rec.name.toLowerCase()) {
    push(`name '${rec.name}' is a common English word in lower case`);
  }
}

/** Schema + per-record checks. Returns the records that parsed, plus issues. */
export function validateRecords(located: Located[], opts: ValidateOptions, issues: Issue[]): LocatedRecord[] {
  const ok: LocatedRecord[] = [];
  const idOf = (raw: unknown) => (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined);
  // A curated record for one of these ids is a correction: its id and the fields it changes suffice.
  const importedIds = new Set(located.filter((l) => l.layer === 'imported').map((l) => idOf(l.raw)));
  for (const loc of located) {
    const raw = loc.raw as Record<string, unknown> | null;
    const id = idOf(raw);
    const correction = loc.layer === 'curated' && id !== undefined && importedIds.has(id);
    const push = (message: string, level: Issue['level'] = 'error') => issues.push({ level, file: loc.file, line: loc.line, id, message });
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      push('a record must be an object');
      continue;
    }
    // Say "has no source" plainly rather than through the schema's generic message.
    let missingSource = false;
    if (Array.isArray(raw.facts)) {
      raw.facts.forEach((f: unknown, i: number) => {
        if (f && typeof f === 'object' && !(f as { source?: unknown }).source) {
          push(`${factLabel(f as Partial<Fact>, i)} has no source`);
          missingSource = true;
        }
      });
    }
    if (correction ? Array.isArray(raw.sources) && raw.sources.length === 0 : !raw.sources || (Array.isArray(raw.sources) && raw.sources.length === 0)) {
      push('record has no sources');
      missingSource = true;
    }
    if (!correction && loc.layer === 'curated' && (raw.type === undefined || raw.name === undefined)) {
      push(`no imported record has this id, so it is a new entity and needs type, name and sources (a correction needs only the id and the fields it changes)`);
    }
    const parsed = (correction ? CorrectionRecordSchema : EntityRecordSchema).safeParse(raw);
    if (!parsed.success) {
      for (const iss of parsed.error.issues) {
        const p = iss.path;
        if (missingSource && (p[p.length - 1] === 'source' || p[0] === 'sources')) continue;
        const where = p.length ? `${p.map((x, i) => (typeof x === 'number' ? `[${x}]` : i ? `.${String(x)}` : String(x))).join('')}: ` : '';
        push(`${where}${iss.message}`);
      }
      continue;
    }
    if (missingSource) continue;
    checkRecord(parsed.data, opts, push);
    ok.push({ ...loc, record: parsed.data });
  }
  return ok;
}

/** Duplicate ids (within a file, or twice in the curated layer) and references to unknown ids. */
export function validateCrossRefs(records: LocatedRecord[], issues: Issue[]): void {
  const ids = new Set(records.map((r) => r.record.id));
  const firstSeen = new Map<string, LocatedRecord>();
  for (const r of records) {
    // The same id in two imported files is a cross-source merge; within one file, or twice curated, it is a mistake.
    const key = r.layer === 'curated' ? `curated|${r.record.id}` : `${r.file}|${r.record.id}`;
    const prev = firstSeen.get(key);
    if (prev) {
      issues.push({ level: 'error', file: r.file, line: r.line, id: r.record.id, message: `duplicate id (first defined at ${prev.file}:${prev.line})` });
    } else firstSeen.set(key, r);
  }
  // A curated record that changes an imported entity's type is usually a wrong id.
  const importedType = new Map<string, string>();
  for (const r of records) if (r.layer === 'imported' && r.record.type) importedType.set(r.record.id, r.record.type);
  for (const r of records) {
    const t = importedType.get(r.record.id);
    if (r.layer === 'curated' && t && r.record.type && t !== r.record.type) {
      issues.push({ level: 'warning', file: r.file, line: r.line, id: r.record.id, message: `type '${r.record.type}' differs from the imported type '${t}' (is the id right?)` });
    }
  }
  for (const r of records) {
    const push = (message: string) => issues.push({ level: 'error', file: r.file, line: r.line, id: r.record.id, message });
    (r.record.facts ?? []).forEach((f, i) => {
      const label = factLabel(f, i);
      if (f.other && isEntityId(f.other) && !ids.has(f.other)) push(`${label}: unknown id '${f.other}' in other`);
      if (f.other && !isEntityId(f.other)) push(`${label}: other '${f.other}' is not an entity id (use otherName for text)`);
      if (f.place && isEntityId(f.place) && !ids.has(f.place)) push(`${label}: unknown id '${f.place}' in place`);
      for (const a of f.about ?? []) if (!ids.has(a)) push(`${label}: unknown id '${a}' in about`);
      if (f.other === r.record.id) push(`${label}: refers to itself`);
    });
  }
}

export { PARTIAL_DATE_RE };
