import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { readWhole } from '../../../lib/store/read-whole';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`read-whole-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const article = (i: number) => ({ url: `u${i}`, title: `T${i}`, firstVisited: i, lastVisited: 100 - i, visits: [i], textHash: 'h', wordCount: 1, truncated: false });

describe('readWhole', () => {
  it('reads every record once, in key order, across runs and gaps in the keys', async () => {
    await db.articles.bulkAdd(Array.from({ length: 23 }, (_, i) => article(i + 1)));
    // Gaps: a run boundary falls on a deleted key, and the last record is gone.
    await db.articles.bulkDelete([3, 4, 7, 23]);
    const whole = await readWhole(db.articles, 3);
    expect(whole.map((a) => a.id)).toEqual((await db.articles.toArray()).map((a) => a.id));
    expect(whole.map((a) => a.id)).toEqual([1, 2, 5, 6, ...Array.from({ length: 15 }, (_, i) => i + 8)]);
    expect(whole.find((a) => a.id === 9)?.title).toBe('T9');
  });

  it('reads a run size larger than the table, one record, and an empty table', async () => {
    expect(await readWhole(db.articles, 40)).toEqual([]);
    await db.articles.add(article(1));
    expect((await readWhole(db.articles, 1)).map((a) => a.title)).toEqual(['T1']);
    await db.articles.bulkAdd([article(2), article(3)]);
    expect((await readWhole(db.articles, 40)).map((a) => a.title)).toEqual(['T1', 'T2', 'T3']);
  });

  it('reads a table keyed by article id (content records) the same way', async () => {
    const content = (articleId: number) => ({ articleId, text: `text ${articleId}`, visited: articleId, mentions: [], rows: [], attributions: [], entityVisits: [], sourceEntityIds: [] });
    await db.articleContent.bulkPut([content(5), content(2), content(9), content(7)]);
    expect((await readWhole(db.articleContent, 2)).map((c) => c.articleId)).toEqual([2, 5, 7, 9]);
  });
});
