/** data/sources.yaml: the dataset registry (titles, licences, attribution) and the data version. */
import fs from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const SourceInfoSchema = z
  .object({
    title: z.string().min(1),
    license: z.string().min(1),
    attribution: z.string().min(1),
    url: z.string().url().optional(),
    shareAlike: z.boolean().optional(),
    nonCommercial: z.boolean().optional(),
  })
  .strict();

const SourcesFileSchema = z
  .object({
    version: z.string().regex(/^\d{4}-\d{2}-\d{2}\.\d+$/, "version must look like '2026-11-25.1'"),
    sources: z.record(z.string(), SourceInfoSchema),
  })
  .strict();

export type SourceInfo = z.infer<typeof SourceInfoSchema>;
export type SourcesFile = z.infer<typeof SourcesFileSchema>;

export function readSources(file: string): SourcesFile {
  const raw = parse(fs.readFileSync(file, 'utf8'), { version: '1.2' }) as unknown;
  // yaml parses an unquoted 2026-11-25.1 as a string already; coerce defensively.
  if (raw && typeof raw === 'object' && 'version' in raw) (raw as { version: unknown }).version = String((raw as { version: unknown }).version);
  const parsed = SourcesFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** The version's date as a fixed ISO timestamp: builtAt must not depend on the clock. */
export function builtAtOf(version: string): string {
  return `${version.slice(0, 10)}T00:00:00.000Z`;
}
