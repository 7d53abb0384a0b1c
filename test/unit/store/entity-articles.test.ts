/**
 * Version 11: an import lists the articles it writes under their entities, one record per entity page
 * (entity-articles.ts), instead of indexing them. These tests check the lists directly, and that the
 * queries across articles read the lists and the index together.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { storedArticle } from '../../../bench/generate/stored-article';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { rowEntityIds } from '../../../lib/store/article-content';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles } from '../../../lib/store/delete';
import { articlesNaming, newestNaming, postedPages, postingsOf, unpost } from '../../../lib/store/entity-articles';
import { ENTITY_PAGE } from '../../../lib/store/entity-store';
import { readPacked } from '../../../lib/store/export-snapshot';
import { articlesOfEntity } from '../../../lib/store/queries-log';
import type { ArticleContentRecord } from '../../../lib/store/records';
import { saveArticle } from '../../../lib/store/save-article';
import { clearStore } from '../../support/clear-store';

const opened: SourcemarkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
let n = 0;
function fresh(): SourcemarkDb {
  const db = openDb(`entity-articles-${++n}`);
  opened.push(db);
  return db;
}

const content = (articleId: number, visited: number, entityIds: number[], posted: boolean): ArticleContentRecord => ({
  articleId,
  visited,
  entityVisits: posted ? [] : entityIds.map((id) => [id, visited]),
  sourceEntityIds: [],
  whole: {
    mentions: [],
    rows: entityIds.map((entityId) => ({ entityId, mentionCount: 1, sentence: `Row ${entityId}.`, quote: { start: 0, end: 3, exact: 'Row', prefix: '', suffix: '' } })),
    attributions: [],
  },
  ...(posted ? { posted: true as const } : {}),
});

/** Writes posted content records and their lists, as an import does. */
async function importContent(db: SourcemarkDb, records: ArticleContentRecord[]): Promise<void> {
  const named = new Map<number, Array<{ articleId: number; visited: number }>>();
  for (const c of records) for (const id of rowEntityIds(c)) named.set(id, [...(named.get(id) ?? []), { articleId: c.articleId, visited: c.visited }]);
  await db.transaction('rw', [db.articleContent, db.entityArticles], async () => {
    await db.entityArticles.bulkPut(await postedPages(db, named));
    await db.articleContent.bulkPut(records);
  });
}

describe('entity article lists (version 11)', () => {
  it('keeps one record per entity page, each entity its articles by id, and a later list adds to an earlier one', async () => {
    const db = fresh();
    const far = 3 * ENTITY_PAGE + 5;
    await importContent(db, [content(4, 40, [1, 2, far], true), content(2, 20, [2], true)]);
    expect((await db.entityArticles.toArray()).map((p) => p.id)).toEqual([0, 3]);
    expect(await db.transaction('r', db.entityArticles, () => postingsOf(db, [2, far, 7]))).toEqual([
      [{ articleId: 2, visited: 20 }, { articleId: 4, visited: 40 }],
      [{ articleId: 4, visited: 40 }],
      [],
    ]);
    // A later import of article 4 (a later visit) replaces its entry; article 9 joins.
    await importContent(db, [content(4, 45, [2], true), content(9, 90, [2], true)]);
    expect(await postingsOf(db, [2, 1])).toEqual([
      [{ articleId: 2, visited: 20 }, { articleId: 4, visited: 45 }, { articleId: 9, visited: 90 }],
      [{ articleId: 4, visited: 40 }],
    ]);
  });

  it('answers the articles naming an entity from the index and the lists together, newest first', async () => {
    const db = fresh();
    await importContent(db, [content(1, 10, [5, 6], true), content(3, 30, [5], true)]);
    // Saved articles are indexed, as before.
    await db.articleContent.bulkPut([content(2, 20, [5], false), content(4, 5, [5, 6], false)]);
    expect(await articlesNaming(db, [5, 6, 7])).toEqual([new Set([2, 4, 1, 3]), new Set([4, 1]), new Set()]);
    expect(await articlesOfEntity(db, 5)).toEqual(new Set([1, 2, 3, 4]));
    const newest = await newestNaming(db, [5, 6], 3);
    expect(newest.map((list) => list.map((c) => c.articleId))).toEqual([[3, 2, 1], [1, 4]]);
  });

  it('takes posted articles off their lists, and leaves saved ones to the index', async () => {
    const db = fresh();
    await importContent(db, [content(1, 10, [5, 6], true), content(3, 30, [5], true)]);
    const saved = content(2, 20, [5], false);
    await db.articleContent.put(saved);
    await db.transaction('rw', [db.entityArticles], () => unpost(db, [content(1, 10, [5, 6], true), saved, undefined]));
    expect(await postingsOf(db, [5, 6])).toEqual([[{ articleId: 3, visited: 30 }], []]);
    expect(await articlesOfEntity(db, 5)).toEqual(new Set([2, 3]));
  });

  it('follows an imported store through re-saves and deletions', async () => {
    const db = fresh();
    for (let i = 0; i < 6; i++) await saveArticle(db, storedArticle(i));
    const before = await Promise.all([1, 2, 3, 40].map((id) => articlesOfEntity(db, id)));
    const file = toJsonExport(await readPacked(db), new Date('2026-04-07T10:00:00Z'), { kind: 'all' });
    await clearStore(db);
    expect((await importExport(db, file)).ok).toBe(true);
    const imported = await db.articleContent.toArray();
    expect(imported.every((c) => c.posted === true && c.entityVisits.length === 0)).toBe(true);
    expect(await db.entityArticles.count()).toBeGreaterThan(0);
    expect(await Promise.all([1, 2, 3, 40].map((id) => articlesOfEntity(db, id)))).toEqual(before);
    // A re-save naming none of its entities: the article leaves every list, and is indexed again.
    const again = storedArticle(0);
    const first = imported.find((c) => c.articleId === 1);
    await saveArticle(db, { ...again, annotation: { ...again.annotation, entities: [], attributions: [], incidents: [] } });
    for (const id of rowEntityIds(first as ArticleContentRecord)) expect((await articlesOfEntity(db, id)).has(1)).toBe(false);
    expect((await db.articleContent.get(1))?.posted).toBeUndefined();
    // A deleted imported article leaves its lists.
    const second = await db.articleContent.get(2);
    await deleteArticles(db, [2]);
    const lists = await postingsOf(db, rowEntityIds(second as ArticleContentRecord));
    expect(lists.flat().some((p) => p.articleId === 2)).toBe(false);
  });
});
