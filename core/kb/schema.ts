/**
 * zod schemas for the knowledge-base records maintainers edit (data/curated/*.yaml) and importers
 * write (data/imported/*.jsonl). They mirror EntityRecord / Fact in core/types.ts; objects are strict
 * so a misspelt field name is an error rather than silently ignored data.
 */
import { z } from 'zod';
import { isPartialDate } from '../dates';
import { ENTITY_TYPES, type EntityRecord, type Fact, type SourceRef } from '../types';

/**
 * 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', optional leading '-' for BCE years: the data files' stricter
 * form (four-digit years). Reading, comparing and formatting partial dates is core/dates.ts.
 */
export const PARTIAL_DATE_RE = /^-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True when a 'YYYY-MM-DD' date names a real calendar day (rejects 2021-02-30); other shapes pass. */
export function isRealDay(date: string): boolean {
  return !/^-?\d{4}-\d{2}-\d{2}$/.test(date) || isPartialDate(date);
}

export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_RE, "must be a date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'")
  .refine(isRealDay, 'is not a real calendar day');

export const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const FactKindSchema = z.enum([
  'born', 'died', 'position', 'relative', 'founded', 'dissolved', 'headquarters', 'leader',
  'member', 'population', 'capital', 'located-in', 'stance', 'event',
]);

export const SourceRefSchema = z
  .object({
    source: z.string().min(1, 'source must name a dataset key or URL'),
    url: z.string().url().optional(),
    asOf: PartialDateSchema.optional(),
  })
  .strict();

const nonEmpty = z.string().min(1);

export const FactSchema = z
  .object({
    kind: FactKindSchema,
    date: PartialDateSchema.optional(),
    start: PartialDateSchema.optional(),
    end: PartialDateSchema.optional(),
    role: nonEmpty.optional(),
    other: nonEmpty.optional(),
    otherName: nonEmpty.optional(),
    relation: nonEmpty.optional(),
    place: nonEmpty.optional(),
    placeName: nonEmpty.optional(),
    manner: nonEmpty.optional(),
    value: z.union([z.number(), nonEmpty]).optional(),
    text: nonEmpty.optional(),
    about: z.array(nonEmpty).optional(),
    source: SourceRefSchema,
  })
  .strict()
  .superRefine((f, ctx) => {
    // What each kind needs to be shown on a card at all.
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: 'custom', message: `${f.kind} fact: ${message}` });
    };
    switch (f.kind) {
      case 'born':
      case 'founded':
      case 'dissolved':
        need(!!f.date, 'needs a date');
        break;
      case 'died':
        need(!!f.date || !!f.manner, 'needs a date or a manner');
        break;
      case 'position':
        need(!!f.role, 'needs a role');
        break;
      case 'relative':
        need(!!f.relation, 'needs a relation');
        need(!!f.other || !!f.otherName, 'needs other or otherName');
        break;
      case 'leader':
      case 'member':
      case 'located-in':
        need(!!f.other || !!f.otherName, 'needs other or otherName');
        break;
      case 'headquarters':
        need(!!f.place || !!f.placeName, 'needs place or placeName');
        break;
      case 'population':
        need(typeof f.value === 'number' && f.value >= 0, 'needs a numeric value');
        need(!!f.date, 'needs a date (the year the number is for)');
        break;
      case 'capital':
        need(!!f.other || f.value !== undefined, 'needs other or value');
        break;
      case 'stance':
      case 'event':
        need(!!f.text, 'needs text (one sentence in our own words)');
        need(!!f.date, 'needs a date');
        break;
    }
  });

const EntityRecordObject = z
  .object({
    id: z.string().regex(/^(Q\d+|[a-z][a-z0-9-]*:[^\s]+)$/, "must be a Wikidata QID ('Q889') or 'prefix:slug'"),
    type: EntityTypeSchema,
    subtype: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case words joined by -').optional(),
    name: z.string().trim().min(1, 'name is empty'),
    aliases: z.array(z.string().trim().min(1, 'empty alias')).optional(),
    notAliases: z.array(z.string().min(1)).optional(),
    langAliases: z.record(z.string().regex(/^[a-z]{2}$/, 'language must be ISO 639-1 (fr, es, de)'), z.array(z.string().trim().min(1, 'empty alias'))).optional(),
    description: z.string().min(1).max(200, 'description must be one line (≤200 chars)').optional(),
    descriptionSpan: z
      .object({ start: PartialDateSchema.optional(), end: PartialDateSchema.optional() })
      .strict()
      .refine((s) => !!(s.start || s.end), 'descriptionSpan needs a start or an end')
      .refine((s) => !s.start || !s.end || s.start <= s.end, 'descriptionSpan starts after it ends')
      .optional(),
    summary: z.string().min(1).optional(),
    summarySince: PartialDateSchema.optional(),
    prominence: z.number().min(0).max(1).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'country must be ISO 3166-1 alpha-2 (e.g. AF)').optional(),
    facts: z.array(FactSchema).optional(),
    sources: z.array(SourceRefSchema).min(1, 'a record needs at least one source'),
  })
  .strict();

/** A written description with a period must have the description it dates. */
const spanHasDescription = (r: { descriptionSpan?: unknown; description?: string }) => !r.descriptionSpan || !!r.description;
const spanNeedsDescription = () => ({ message: 'descriptionSpan needs a description', path: ['descriptionSpan'] });

/** A date from which the summary holds must have the summary it dates. */
const sinceHasSummary = (r: { summarySince?: unknown; summary?: string }) => !r.summarySince || !!r.summary;

export const EntityRecordSchema = EntityRecordObject.refine(spanHasDescription, spanNeedsDescription()).refine(sinceHasSummary, {
  message: 'summarySince needs a summary',
  path: ['summarySince'],
});

/**
 * A curated record for an id the imported layer already holds: a correction. It needs only its id and
 * the fields it changes; type, name and sources come from the imported record (scripts/data/lib/merge.ts).
 */
export const CorrectionRecordSchema = EntityRecordObject.partial({ type: true, name: true, sources: true }).refine(spanHasDescription, spanNeedsDescription());

/** An EntityRecord whose type, name and sources may be left to the imported record it corrects. */
export type CorrectionRecord = Omit<EntityRecord, 'type' | 'name' | 'sources'> & Partial<Pick<EntityRecord, 'type' | 'name' | 'sources'>>;

// Compile-time check that the schemas stay in step with the shared contracts.
type Assert<T extends true> = T;
export type _SchemaMatchesTypes = [
  Assert<z.infer<typeof SourceRefSchema> extends SourceRef ? true : false>,
  Assert<z.infer<typeof FactSchema> extends Fact ? true : false>,
  Assert<z.infer<typeof EntityRecordSchema> extends EntityRecord ? true : false>,
  Assert<z.infer<typeof CorrectionRecordSchema> extends CorrectionRecord ? true : false>,
];
