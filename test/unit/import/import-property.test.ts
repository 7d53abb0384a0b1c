/**
 * Property: whatever is done to an export file (fields dropped, types changed, markup and control
 * characters, huge numbers, duplicated ids, truncation), the import either takes it whole or refuses it
 * whole with a message: never a crash, never a partial write.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, type Snapshot, type TableName } from '../../../lib/export/format';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { writeImport } from '../../../lib/import/write-import';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { clearStore } from '../../support/clear-store';
import { readAll } from '../../../lib/store/export-snapshot';
import { generateArticles } from '../../support/generate-articles';

type Json = Record<string, unknown>;

const WEIRD_STRINGS = ['<script>alert(1)</script>', '\u0000\u0007\u001b[31m', '=cmd|"/C calc"!A0', '', '\u202e\ud83d\ude00', 'a'.repeat(10_000), '"},{"id":1'];
const WEIRD_VALUES: unknown[] = [null, true, -1, 0, 1.5, 1e308, -1e308, 2 ** 53, 2 ** 31, [], {}, [1, 'x'], { nested: { deep: [] } }, '12', ...WEIRD_STRINGS];

/** One edit to the parsed file, chosen by fast-check; `pick` values are reduced modulo what exists. */
const mutationArb = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), table: fc.nat(), record: fc.nat(), field: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), table: fc.nat(), record: fc.nat(), field: fc.nat(), value: fc.oneof(fc.constantFrom(...WEIRD_VALUES), fc.string({ unit: 'binary' }), fc.double(), fc.integer()) }),
  fc.record({ op: fc.constant('string' as const), table: fc.nat(), record: fc.nat(), field: fc.nat(), value: fc.oneof(fc.constantFrom(...WEIRD_STRINGS), fc.string({ unit: 'binary', maxLength: 40 })) }),
  fc.record({ op: fc.constant('duplicate-id' as const), table: fc.nat(), record: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('header' as const), field: fc.constantFrom('format', 'version', 'exportedAt', 'scope', ...TABLES), value: fc.constantFrom(...WEIRD_VALUES, undefined) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function target(file: Json, m: { table: number; record: number }): Json | undefined {
  const table = file[TABLES[m.table % TABLES.length] as TableName] as Json[];
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
      if (!Array.isArray(file[TABLES[m.table % TABLES.length] as string])) continue;
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

function sizes(text: string): Record<TableName, number> {
  const file = JSON.parse(text) as Json;
  return Object.fromEntries(TABLES.map((t) => [t, (file[t] as unknown[]).length])) as Record<TableName, number>;
}

describe('import of mutated exports', () => {
  let db: SourcemarkDb;
  const stored: Snapshot = generateArticles(2, 11);
  const base = toJsonExport(generateArticles(3, 12), new Date('2026-04-07T00:00:00Z'), { kind: 'all' });
  beforeAll(async () => {
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
        for (const t of TABLES) {
          expect(after[t].length - before[t].length).toBe(outcome.summary.added[t]);
          expect(outcome.summary.added[t] + outcome.summary.merged[t]).toBe(inFile[t]);
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
