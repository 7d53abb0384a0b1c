/**
 * Version 8: an import writes no coverage (derived data, a quarter of its time); every reader and
 * writer derives a missing record from the articles. These tests import a saved store and check that
 * what the popup, the log and later saves and deletions see is what the saved store had.
 */
import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedArticle } from '../../../bench/generate/stored-article';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { crossReference } from '../../../lib/store/cross-reference';
import { articleView } from '../../../lib/store/article-view';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles } from '../../../lib/store/delete';
import { readPacked } from '../../../lib/store/export-snapshot';
import { topEntities } from '../../../lib/store/log-pictures';
import { entityCounts } from '../../../lib/store/queries-log';
import { saveArticle } from '../../../lib/store/save-article';
import { clearStore } from '../../support/clear-store';
import { coverageAsRead, expectCoverageDescribed, expectDerivedRight } from '../../support/derived-check';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`lazy-coverage-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const WHEN = new Date('2026-04-07T10:00:00Z');
const ALL = { kind: 'all' } as const;
const COUNT = 12;

/** Saves COUNT generated articles, exports them, empties the store and imports the file back. */
async function savedThenImported(): Promise<void> {
  for (let i = 0; i < COUNT; i++) await saveArticle(db, storedArticle(i));
  const file = toJsonExport(await readPacked(db), WHEN, ALL);
  await clearStore(db);
  const outcome = await importExport(db, file);
  expect(outcome.ok).toBe(true);
}

describe('coverage an import left underived (version 8)', () => {
  it('is what the saved store had, for the popup, the entity index and the log pictures', async () => {
    for (let i = 0; i < COUNT; i++) await saveArticle(db, storedArticle(i));
    const urls = [0, 4, 11].map((i) => storedArticle(i).url);
    const popups = await Promise.all(urls.map((url) => crossReference(db, url)));
    const views = await Promise.all(urls.map((url) => articleView(db, url)));
    const coverage = (await db.coverage.toArray()).map(({ entityId, articleCount, latest }) => ({ entityId, articleCount, latest }));
    const someEntity = coverage.find((c) => c.articleCount > 1)?.entityId ?? 0;
    const counts = await entityCounts(db, someEntity);
    const allIds = new Set((await db.articles.toCollection().primaryKeys()) as number[]);
    const top = await topEntities(db, allIds);
    const file = toJsonExport(await readPacked(db), WHEN, ALL);
    await clearStore(db);
    expect((await importExport(db, file)).ok).toBe(true);

    expect(await db.coverage.count()).toBe(0);
    expect((await coverageAsRead(db)).map(({ entityId, articleCount, latest }) => ({ entityId, articleCount, latest }))).toEqual(coverage);
    expect(await entityCounts(db, someEntity)).toEqual(counts);
    expect(await topEntities(db, allIds)).toEqual(top);
    expect(await Promise.all(urls.map((url) => crossReference(db, url)))).toEqual(popups);
    expect(await Promise.all(urls.map((url) => articleView(db, url)))).toEqual(views);
    // The popup keeps what it derived, once its read is over: describing each entity.
    await vi.waitFor(async () => expect(await db.coverage.count()).toBeGreaterThan(0));
    await expectCoverageDescribed(db);
    await expectDerivedRight(db, true);
  }, 30_000);

  it('is counted right by later saves, re-saves (with fewer entities) and deletions', async () => {
    await savedThenImported();
    // A re-save, later, naming only some of its entities (the others lose it), of the article sharing
    // most entities with the others: their records are derived without it, then counted with it again.
    const named = Array.from({ length: COUNT }, (_, i) => storedArticle(i).annotation.entities.map((e) => e.name));
    const names = (i: number) => named[i] ?? [];
    const shared = (i: number) => names(i).filter((name) => Array.from({ length: COUNT }, (_, j) => j).some((j) => j !== i && names(j).includes(name))).length;
    const pick = Array.from({ length: COUNT }, (_, i) => i).sort((a, b) => shared(b) - shared(a))[0] ?? 0;
    expect(shared(pick)).toBeGreaterThan(1);
    const again = storedArticle(pick);
    const elsewhere = new Set(Array.from({ length: COUNT }, (_, j) => j).filter((j) => j !== pick).flatMap(names));
    // Shared entities first; the last shared one is dropped with the unshared.
    const kept = [...again.annotation.entities].sort((a, b) => Number(elsewhere.has(b.name)) - Number(elsewhere.has(a.name))).slice(0, shared(pick) - 1);
    await saveArticle(db, { ...again, now: again.now + 86_400_000 * 400, annotation: { ...again.annotation, entities: kept } });
    await expectDerivedRight(db, true);
    expect(await db.coverage.count()).toBeGreaterThan(0);
    await saveArticle(db, storedArticle(COUNT));
    await expectDerivedRight(db, true);
    await deleteArticles(db, [2, 7]);
    await expectDerivedRight(db, true);
    // And an article whose entities never had a record written.
    await clearStore(db);
    await savedThenImported();
    await deleteArticles(db, [5]);
    await expectDerivedRight(db, true);
    expect(await entityTable(db).count()).toBe((await coverageAsRead(db)).length);
  }, 30_000);

  it('is derived where a second import merges into the first', async () => {
    await savedThenImported();
    const file = toJsonExport(await readPacked(db), WHEN, ALL);
    const extra = storedArticle(COUNT);
    await saveArticle(db, extra);
    await deleteArticles(db, [1]);
    expect((await importExport(db, file)).ok).toBe(true);
    await expectDerivedRight(db, true);
  });
});
