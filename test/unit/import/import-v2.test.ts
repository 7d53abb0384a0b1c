/**
 * Export format version 2: articles with their text travel as the store keeps them (text once,
 * positions into it), articles stored without their text (before the store's version 6) one record
 * at a time; the import reads both, and version 1 files still.
 */
import 'fake-indexeddb/auto';
import { tableRecords } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedArticle } from '../../../bench/generate/stored-article';
import { toJsonExport, toJsonExportParts } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles } from '../../../lib/store/delete';
import { readAll, readArticles, readPacked } from '../../../lib/store/export-snapshot';
import { articlesOfEntity } from '../../../lib/store/queries-log';
import { saveArticle } from '../../../lib/store/save-article';
import { keepWithoutText, storedTexts } from '../../support/article-parts';
import { clearStore } from '../../support/clear-store';
import { coverageAsRead, expectDerivedRight } from '../../support/derived-check';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`import-v2-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const WHEN = new Date('2026-04-07T10:00:00Z');
const ALL = { kind: 'all' } as const;
const TABLES = ['articles', 'entities', 'articleContent', 'incidents'] as const;

/**
 * Every table, as JSON would carry it (properties set to undefined dropped); coverage as readers see
 * it, counts and rows only (an import leaves it to be derived, version 8, without what describes it).
 */
async function tables(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = JSON.parse(JSON.stringify(await tableRecords(db, t))) as unknown[];
  // Content records without how they are found (version 11: an import lists them under their entities,
  // a save indexes them), and what finds them: the articles naming each entity.
  out.articleContent = (await db.articleContent.toArray()).map(({ entityVisits: _indexed, posted: _listed, ...rest }) => JSON.parse(JSON.stringify(rest)) as unknown);
  const entityIds = (await tableRecords(db, 'entities')).map((e) => (e as { id: number }).id);
  out.named = await Promise.all(entityIds.map(async (id) => [id, [...(await articlesOfEntity(db, id))].sort((a, b) => a - b)]));
  out.coverage = JSON.parse(JSON.stringify((await coverageAsRead(db)).map(({ entityId, articleCount, latest }) => ({ entityId, articleCount, latest })))) as unknown[];
  return out;
}

async function fill(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await saveArticle(db, storedArticle(i));
}

/** Turns an article back into the form a store before version 6 keeps it in (no text, whole mentions). */
async function withoutText(articleId: number): Promise<void> {
  await keepWithoutText(db, articleId);
}

describe('JSON export version 2', () => {
  it('writes each article once with its text, and restores every record identically', async () => {
    await fill(8);
    const before = await tables();
    const file = toJsonExport(await readPacked(db), WHEN, ALL);
    const json = JSON.parse(file) as Record<string, unknown[]>;
    expect(json).toMatchObject({ version: 2, mentions: [], appearances: [], attributions: [] });
    expect(json.texts).toHaveLength(8);
    await clearStore(db);
    const outcome = await importExport(db, file);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.summary.added.mentions).toBe((before.articleContent as Array<{ mentions: number[] }>).reduce((k, t) => k + t.mentions.length / 3, 0));
    expect(await tables()).toEqual(before);
    // The same file again: merged, nothing duplicated.
    expect((await importExport(db, file)).ok).toBe(true);
    expect(await tables()).toEqual(before);
    await expectDerivedRight(db, true);
  }, 30_000);

  it('carries articles stored without their text one record at a time, and restores both kinds', async () => {
    await fill(8);
    await withoutText(3);
    await withoutText(5);
    const before = await tables();
    const flat = await readAll(db);
    const packed = await readPacked(db);
    expect(packed.texts.map((t) => t.articleId)).toEqual([1, 2, 4, 6, 7, 8]);
    expect(new Set(packed.mentions.map((m) => m.articleId))).toEqual(new Set([3, 5]));
    await clearStore(db);
    expect((await importExport(db, toJsonExport(packed, WHEN, ALL))).ok).toBe(true);
    expect(await tables()).toEqual(before);
    // What the CSV, Markdown and W3C exports read is the same whichever way an article is kept.
    expect(await readAll(db)).toEqual(flat);
  });

  it('merges into stored articles: packed when the text still holds every quote', async () => {
    await fill(6);
    const file = toJsonExport(await readPacked(db), WHEN, ALL);
    // The store keeps articles 1-3 without their text; the file has them with it.
    await deleteArticles(db, [4, 5, 6]);
    for (const id of [1, 2, 3]) await withoutText(id);
    expect((await importExport(db, file)).ok).toBe(true);
    expect((await storedTexts(db)).map((t) => t.articleId)).toEqual([1, 2, 3, 4, 5, 6]);
    await expectDerivedRight(db, true);
  });

  it('still reads version 1 files (every record one by one)', async () => {
    await fill(5);
    const flat = await readAll(db);
    const v1 = JSON.parse(toJsonExport(flat, WHEN, ALL)) as Record<string, unknown>;
    v1.version = 1;
    delete v1.texts;
    await clearStore(db);
    expect((await importExport(db, JSON.stringify(v1))).ok).toBe(true);
    expect(await readAll(db)).toEqual(JSON.parse(JSON.stringify(flat)));
    await expectDerivedRight(db, true);
  });

  it('refuses a text whose positions leave the text or whose entities are not in the file, naming it', async () => {
    await fill(3);
    const base = JSON.parse(toJsonExport(await readPacked(db), WHEN, ALL)) as { texts: Array<{ articleId: number; text: string; mentions: number[]; attributions: unknown[][] }>; entities: unknown[] };
    const before = await tables();
    const cases: Array<[(f: typeof base) => void, RegExp]> = [
      [(f) => { f.texts[1]!.mentions[2] = f.texts[1]!.text.length + 1; }, /mentions/],
      [(f) => { f.texts[1]!.mentions[0] = 999_999; }, /entity/],
      [(f) => { f.texts[1]!.mentions.push(1); }, /triples/],
      [(f) => { f.texts[1]!.attributions[0]![5] = 'x'; }, /attributions/],
    ];
    for (const [mutate, message] of cases) {
      const f = structuredClone(base);
      mutate(f);
      const outcome = await importExport(db, JSON.stringify(f));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.problem.where).toBe(`texts #2 (article ${base.texts[1]!.articleId})`);
        expect(`${outcome.problem.message}`).toMatch(message);
      }
      expect(await tables()).toEqual(before);
    }
  });

  it('exports what the filters show: those articles with exactly what they reference, importable alone', async () => {
    await fill(6);
    await withoutText(4);
    const shown = [2, 4, 5];
    const file = toJsonExport(await readPacked(db, shown), WHEN, { kind: 'filtered', description: 'three' });
    // Compared table by table in id order (a filtered read lists entities in the order it found them).
    const sorted = (x: object) =>
      Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(x)) as Record<string, Array<{ id?: number }>>).map(([t, rows]) => [t, [...rows].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))]));
    const expected = sorted(await readArticles(db, shown));
    const other = openDb(`import-v2-filtered-${n}`);
    try {
      expect((await importExport(other, file)).ok).toBe(true);
      expect(sorted(await readAll(other))).toEqual(expected);
    } finally {
      await other.delete();
    }
  }, 30_000);

  it('builds the same file in parts as in one string', async () => {
    await fill(3);
    const packed = await readPacked(db);
    const parts = toJsonExportParts(packed, WHEN, ALL, []);
    expect(parts.length).toBeGreaterThan(3);
    expect(JSON.parse(parts.join(''))).toEqual(JSON.parse(JSON.stringify({ format: 'sourcemark-export', version: 2, exportedAt: WHEN.toISOString(), scope: ALL, readerKnowledge: [], ...packed })));
  });
});
