import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { readByIds } from '../../../lib/store/read-by-ids';

const db = openDb('read-by-ids');
afterEach(async () => {
  await db.delete();
});

describe('readByIds', () => {
  it('returns exactly the stored records asked for, whether near each other or far apart', async () => {
    const article = (i: number) => ({ url: `u${i}`, title: `T${i}`, firstVisited: i, lastVisited: i, visits: [i], textHash: 'h', wordCount: 1, truncated: false });
    await db.articles.bulkAdd(Array.from({ length: 40 }, (_, i) => article(i + 1)));
    await db.articles.delete(12);
    const byId = await readByIds(db.articles, [3, 5, 5, 9, 12, 13, 30, 40, 41, 1]);
    expect([...byId.keys()].sort((a, b) => a - b)).toEqual([1, 3, 5, 9, 13, 30, 40]);
    expect(byId.get(13)?.title).toBe('T13');
    // Far apart (or two near each other): plain gets, a deleted one left out.
    expect([...(await readByIds(db.articles, [36, 2, 12, 4])).keys()].sort((a, b) => a - b)).toEqual([2, 4, 36]);
    expect((await readByIds(db.articles, [])).size).toBe(0);
  });
});
