/**
 * Property: whatever is done to an export file (fields dropped, types changed, markup and control
 * characters, huge numbers, duplicated ids, truncation), the import either takes it whole or refuses it
 * whole with a message: never a crash, never a partial write.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedArticle } from '../../../bench/generate/stored-article';
import { TABLES, type ExportText, type Snapshot, type TableName } from '../../../lib/export/format';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { writeImport } from '../../../lib/import/write-import';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { clearStore } from '../../support/clear-store';
import { readAll, readPacked } from '../../../lib/store/export-snapshot';
import { saveArticle } from '../../../lib/store/save-article';
import { generateArticles } from '../../support/generate-articles';

type Json = Record<string, unknown>;

/** The file's lists mutations reach: every table, and the texts (format version 2). */
const LISTS = [...TABLES, 'texts'] as const;

const WEIRD_STRINGS = ['<script>alert(1)</script>', '\u0000\u0007\u001b[31m', '=cmd|"/C calc"!A0', '', '\u202e\ud83d\ude00', 'a'.repeat(10_000), '"},{"id":1'];
const WEIRD_VALUES: unknown[] = [null, true, -1, 0, 1.5, 1e308, -1e308, 2 ** 53, 2 ** 31, [], {}, [1, 'x'], { nested: { deep: [] } }, '12', ...WEIRD_STRINGS];

/** One edit to the parsed file, chosen by fast-check; `pick` values are reduced modulo what exists. */
const mutationArb = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), table: fc.nat(), record: fc.nat(), field: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), table: fc.nat(), record: fc.nat(), field: fc.nat(), value: fc.oneof(fc.constantFrom(...WEIRD_VALUES), fc.string({ unit: 'binary' }), fc.double(), fc.integer()) }),
  fc.record({ op: fc.constant('string' as const), table: fc.nat(), record: fc.nat(), field: fc.nat(), value: fc.oneof(fc.constantFrom(...WEIRD_STRINGS), fc.string({ unit: 'binary', maxLength: 40 })) }),
  fc.record({ op: fc.constant('duplicate-id' as const), table: fc.nat(), record: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('header' as const), field: fc.constantFrom('format', 'version', 'exportedAt', 'scope', ...LISTS), value: fc.constantFrom(...WEIRD_VALUES, undefined) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function target(file: Json, m: { table: number; record: number }): Json | undefined {
  const table = file[LISTS[m.table % LISTS.length] as string] as Json[];
  if (table.length === 0) return undefined;
  const record = table[m.record % table.length];
  return record !== null && typeof record === 'object' && !Array.isArray(record) ? record : undefined;
}

function fieldOf(record: Json, n: number): string | undefined {
  const keys = Object.keys(record);
  return keys.length ? keys[n % keys.length] : undefined;
}

/** Applies the edits; returns the file's text (truncation cuts the text itself). */
function mutate(base: string, mutations: Mutation[]): string {
  const file = JSON.parse(base) as Json;
  let cut: number | undefined;
  for (const m of mutations) {
    if (m.op === 'truncate') cut = m.at;
    else if (m.op === 'header') file[m.field] = structuredClone(m.value);
    else {
      if (!Array.isArray(file[LISTS[m.table % LISTS.length] as string])) continue;
      const record = target(file, m);
      if (!record) continue;
      if (m.op === 'duplicate-id') {
        const other = target(file, { table: m.table, record: m.other });
        if (other && 'id' in other) record.id = other.id;
        continue;
      }
      const field = fieldOf(record, m.field);
      if (field === undefined) continue;
      if (m.op === 'drop') delete record[field];
      else record[field] = structuredClone(m.value);
    }
  }
  const text = JSON.stringify(file);
  return cut === undefined ? text : text.slice(0, Math.floor(text.length * cut));
}

/** Records per table in the file, the texts' mentions, rows and attributions counted with their tables. */
function sizes(text: string): Record<TableName, number> {
  const file = JSON.parse(text) as Json;
  const out = Object.fromEntries(TABLES.map((t) => [t, (file[t] as unknown[]).length])) as Record<TableName, number>;
  for (const t of (file.texts ?? []) as ExportText[]) {
    out.mentions += t.mentions.length / 3;
    out.appearances += t.rows.length / 6;
    out.attributions += t.attributions.length;
  }
  return out;
}

/** Whether the file lists a mention whose entity has no appearance in its article (the import makes one). */
function madeAppearances(text: string): boolean {
  const file = JSON.parse(text) as Snapshot;
  const have = new Set(file.appearances.map((a) => `${a.articleId}:${a.entityId}`));
  return file.mentions.some((m) => !have.has(`${m.articleId}:${m.entityId}`));
}

describe('import of mutated exports', () => {
  let db: SourcemarkDb;
  const stored: Snapshot = generateArticles(2, 11);
  // A version 2 file: three articles listed one by one (stored without their text), two with their text.
  let base = '';
  beforeAll(async () => {
    const source = openDb('import-property-source');
    await writeImport(source, generateArticles(3, 12));
    for (const i of [50, 51]) await saveArticle(source, storedArticle(i));
    base = toJsonExport(await readPacked(source), new Date('2026-04-07T00:00:00Z'), { kind: 'all' });
    await source.delete();
    db = openDb('import-property');
    await writeImport(db, stored);
  });
  afterAll(async () => {
    await db.delete();
  });

  it('imports each whole or refuses it whole, 1,000 times', async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const text = mutate(base, mutations);
        const before = await readAll(db);
        const outcome = await importExport(db, text);
        const after = await readAll(db);
        if (!outcome.ok) {
          refused++;
          expect(outcome.problem.where.length).toBeGreaterThan(0);
          expect(outcome.problem.message.length).toBeGreaterThan(0);
          expect(after).toEqual(before);
          return;
        }
        accepted++;
        const inFile = sizes(text);
        const made = madeAppearances(text);
        for (const t of TABLES) {
          expect(after[t].length - before[t].length).toBe(outcome.summary.added[t]);
          // Appearances the import makes for bare mentions are written (and counted) beyond the file's.
          if (t === 'appearances' && made) expect(outcome.summary.added[t] + outcome.summary.merged[t]).toBeGreaterThan(inFile[t]);
          else expect(outcome.summary.added[t] + outcome.summary.merged[t]).toBe(inFile[t]);
        }
        const urls = new Set(after.articles.map((a) => a.url));
        for (const a of (JSON.parse(text) as Snapshot).articles) expect(urls.has(a.url)).toBe(true);
        await clearStore(db);
        await writeImport(db, stored);
      }),
      { numRuns: 1000, seed: 20260407 },
    );
    // Both outcomes must really occur, or the property proves nothing.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(300);
  }, 240_000);
});
