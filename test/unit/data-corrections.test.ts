/**
 * Maintainer edits the validator must accept or reject: a correction record (only the id and the
 * fields it changes), and lower-case aliases that are ordinary words in British or American English.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../scripts/data/lib/issues';
import { loadAndValidate } from '../../scripts/data/lib/pipeline';
import { isCommonWord } from '../../scripts/data/lib/words';

const IMPORTED = [
  { id: 'Q200029', type: 'person', name: 'Ahmad Shah Massoud', aliases: ['Massoud'], facts: [{ kind: 'born', date: '1953-09-02', source: { source: 'peppercat' } }], sources: [{ source: 'peppercat' }] },
  { id: 'Q1', type: 'place', name: 'Port Town', sources: [{ source: 'geonames' }] },
];

/** Writes a curated YAML file and the imported records into a temp data folder, then validates it. */
function validate(curatedYaml: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-corr-'));
  fs.mkdirSync(path.join(dir, 'curated'));
  fs.mkdirSync(path.join(dir, 'imported'));
  fs.writeFileSync(path.join(dir, 'curated', 'fix.yaml'), curatedYaml);
  fs.writeFileSync(path.join(dir, 'imported', 'peppercat.jsonl'), IMPORTED.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const out = loadAndValidate({ curatedDir: path.join(dir, 'curated'), importedDir: path.join(dir, 'imported'), today: '2026-11-25' });
  return { ...out, messages: out.issues.map(formatIssue) };
}

describe('correction records', () => {
  it('a curated record for an imported id needs only its id and the fields it changes', () => {
    const { messages, merged } = validate(`- id: Q200029\n  facts:\n    - {kind: born, date: '1953-09-01', source: {source: curated}}\n`);
    expect(messages).toEqual([]);
    const rec = merged.get('Q200029')!;
    // Type, name and sources come from the imported record; the curated born replaces the imported one.
    expect(rec).toMatchObject({ type: 'person', name: 'Ahmad Shah Massoud', sources: [{ source: 'peppercat' }] });
    expect(rec.facts?.filter((f) => f.kind === 'born')).toEqual([{ kind: 'born', date: '1953-09-01', source: { source: 'curated' } }]);
  });

  it('a correction of aliases alone is valid and unions them', () => {
    const { messages, merged } = validate(`- id: Q200029\n  aliases: [Ahmed Shah Massoud]\n`);
    expect(messages).toEqual([]);
    expect(merged.get('Q200029')!.aliases).toEqual(expect.arrayContaining(['Massoud', 'Ahmed Shah Massoud']));
  });

  it('a correction still gets every other check (fields, dates, sources)', () => {
    const { messages } = validate(`- id: Q200029\n  facts:\n    - {kind: born, date: '2999-01-01', source: {source: nowhere}}\n  sources: []\n  colour: red\n`);
    expect(messages.join('\n')).toMatch(/Unrecognized key.*colour/);
    const dated = validate(`- id: Q200029\n  facts:\n    - {kind: born, date: '2999-01-01', source: {source: nowhere}}\n`).messages.join('\n');
    expect(dated).toMatch(/fact #1 \(born\): date 2999-01-01 is in the future/);
    expect(dated).toMatch(/fact #1 \(born\): unknown source 'nowhere'/);
    expect(validate(`- id: Q200029\n  sources: []\n`).messages.join('\n')).toMatch(/record has no sources/);
  });

  it('a new entity (no imported record with its id) still needs type, name and sources', () => {
    const { messages } = validate(`- id: Q999\n  aliases: [Somewhere]\n`);
    expect(messages.join('\n')).toMatch(/fix\.yaml:1 \[Q999\]: no imported record has this id, so it is a new entity and needs type, name and sources/);
    expect(messages.join('\n')).toMatch(/\[Q999\]: record has no sources/);
  });
});

describe('lower-case aliases that are ordinary words', () => {
  it('knows British and American spellings', () => {
    for (const w of ['harbour', 'harbor', 'defence', 'defense', 'colour', 'color', 'centre', 'center']) expect(isCommonWord(w), w).toBe(true);
    for (const w of ['kabul', 'massoud', 'panjshir']) expect(isCommonWord(w), w).toBe(false);
  });

  it('rejects "harbour" as well as "harbor"; a capitalised alias is fine', () => {
    for (const alias of ['harbour', 'harbor']) {
      const { messages } = validate(`- id: Q1\n  aliases: [${alias}]\n`);
      expect(messages).toEqual([`error: ${messages[0]?.split(' ')[1]} [Q1]: alias '${alias}' is a common English word written in lower case; write it as the name is capitalised or drop it`]);
    }
    expect(validate(`- id: Q1\n  aliases: [Harbour]\n`).messages).toEqual([]);
  });
});
