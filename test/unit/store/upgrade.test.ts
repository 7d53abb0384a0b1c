import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { crossReference } from '../../../lib/store/cross-reference';
import { openDb, SCHEMA_V1, SCHEMA_V2 } from '../../../lib/store/db';

describe('upgrade from version 1', () => {
  it('keeps every article and mention, merges entities whose keys now collide, builds appearances', async () => {
    const name = 'upgrade-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('articles').add({ url: 'u1', title: 'One', firstVisited: 1, lastVisited: 5, visits: [1, 5], textHash: 'h', wordCount: 9, truncated: false });
    await v1.table('entities').bulkAdd([
      { key: 'person:hamas', name: 'Hamas', kind: 'person', aliases: [] },
      { key: 'organization:hamas', name: 'Hamas', kind: 'organization', aliases: ['Islamic Resistance Movement'] },
      { key: 'place:gaza', name: 'Gaza', kind: 'place', aliases: [] },
    ]);
    await v1.table('mentions').bulkAdd([
      { articleId: 1, entityId: 1, start: 0, end: 5, exact: 'Hamas', prefix: '', suffix: ' said' },
      { articleId: 1, entityId: 2, start: 20, end: 25, exact: 'Hamas', prefix: 'x ', suffix: '' },
      { articleId: 1, entityId: 3, start: 30, end: 34, exact: 'Gaza', prefix: 'in ', suffix: '.' },
    ]);
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.articles.count()).toBe(1);
    const entities = await db.entities.toArray();
    expect(entities.map((e) => e.key).sort()).toEqual(['actor:hamas', 'place:gaza']);
    const hamas = entities.find((e) => e.name === 'Hamas');
    expect(hamas?.aliases).toEqual(['Islamic Resistance Movement']);
    expect(hamas?.aliasKeys).toContain('actor:islamic resistance movement');
    const mentions = await db.mentions.toArray();
    expect(mentions).toHaveLength(3);
    expect(new Set(mentions.filter((m) => m.exact === 'Hamas').map((m) => m.entityId))).toEqual(new Set([hamas?.id]));
    const appearances = await db.appearances.toArray();
    expect(appearances).toHaveLength(2);
    expect(appearances.find((a) => a.entityId === hamas?.id)).toMatchObject({ mentionCount: 2, visited: 5, sentence: 'Hamas said' });
    await db.delete();
  });
});

describe('upgrade from version 2', () => {
  it('keeps every record as it was, drops the unqueried indexes, and the queries still answer', async () => {
    const name = 'upgrade-v2';
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const quote = { start: 0, end: 5, exact: 'Hamas', prefix: '', suffix: ' said' };
    const visit = (id: number) => ({ url: `u${id}`, title: `T${id}`, publishedTime: '2026-01-01', firstVisited: id, lastVisited: id, visits: [id], textHash: 'h', wordCount: 9, truncated: false });
    await v2.table('articles').bulkAdd([visit(1), visit(2)]);
    await v2.table('entities').add({ key: 'actor:hamas', name: 'Hamas', kind: 'organization', aliases: [], aliasKeys: ['actor:hamas'] });
    await v2.table('mentions').bulkAdd([1, 2].map((articleId) => ({ articleId, entityId: 1, ...quote })));
    await v2.table('appearances').bulkAdd([1, 2].map((articleId) => ({ entityId: 1, articleId, visited: articleId, mentionCount: 1, sentence: 'Hamas said', quote })));
    await v2.table('attributions').add({ articleId: 2, source: 'Hamas', sourceEntityId: 1, cue: 'said', anonymous: false, quote });
    await v2.table('incidents').add({ key: 'rocket|?|2026-01-01', type: 'rocket', date: '2026-01-01', claimedBy: [], deniedBy: [], blamedOn: [], actorEntityIds: [1], articleIds: [1, 2], sources: [] });
    const before = Object.fromEntries(await Promise.all(v2.tables.map(async (t) => [t.name, await t.toArray()] as const)));
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    for (const table of db.tables) expect(await table.toArray()).toEqual(before[table.name]);
    // The indexes IndexedDB itself holds, not the ones Dexie was told about.
    const indexes = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
    expect(indexes('articles')).toEqual(['lastVisited', 'site', 'url']);
    expect(indexes('mentions')).toEqual(['articleId', 'entityId']);
    expect(indexes('attributions')).toEqual(['articleId', 'sourceEntityId']);
    expect(indexes('entities')).not.toContain('kind');
    expect(indexes('incidents')).not.toContain('type');
    const coverage = await crossReference(db, 'u2');
    expect(coverage?.entities.map((e) => [e.name, e.otherArticles])).toEqual([['Hamas', 1]]);
    await db.delete();
  });
});
