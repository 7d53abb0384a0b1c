import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { crossReference } from '../../../lib/store/cross-reference';
import { articleView } from '../../../lib/store/article-view';
import { openDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../../lib/store/db';
import { storedMentions } from '../../support/stored-mentions';

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
    expect(db.verno).toBe(4);
    expect(await db.articles.count()).toBe(1);
    const entities = await db.entities.toArray();
    expect(entities.map((e) => e.key).sort()).toEqual(['actor:hamas', 'place:gaza']);
    const hamas = entities.find((e) => e.name === 'Hamas');
    expect(hamas?.aliases).toEqual(['Islamic Resistance Movement']);
    expect(hamas?.aliasKeys).toContain('actor:islamic resistance movement');
    const mentions = await storedMentions(db);
    expect(mentions).toHaveLength(3);
    expect(mentions.map((m) => m.start)).toEqual([0, 20, 30]);
    expect(new Set(mentions.filter((m) => m.exact === 'Hamas').map((m) => m.entityId))).toEqual(new Set([hamas?.id]));
    const appearances = await db.appearances.toArray();
    expect(appearances).toHaveLength(2);
    expect(appearances.find((a) => a.entityId === hamas?.id)).toMatchObject({ mentionCount: 2, visited: 5, sentence: 'Hamas said' });
    expect(entities.map((e) => e.articleCount)).toEqual([1, 1]);
    await db.delete();
  });
});

describe('upgrade from version 2', () => {
  it('keeps every record (mentions now one record per article), drops the unqueried indexes, and the queries still answer', async () => {
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
    expect(db.verno).toBe(4);
    for (const table of ['articles', 'appearances', 'attributions', 'incidents']) expect(await db.table(table).toArray()).toEqual(before[table]);
    expect(await db.entities.toArray()).toEqual(before.entities?.map((e) => ({ ...e, articleCount: 2 })));
    expect(await db.articleMentions.toArray()).toEqual([1, 2].map((articleId) => ({ articleId, mentions: [{ entityId: 1, ...quote }] })));
    // The indexes IndexedDB itself holds, not the ones Dexie was told about.
    const indexes = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
    expect([...db.backendDB().objectStoreNames]).not.toContain('mentions');
    expect(indexes('articles')).toEqual(['lastVisited', 'site', 'url']);
    expect(indexes('articleMentions')).toEqual([]);
    expect(indexes('attributions')).toEqual(['articleId', 'sourceEntityId']);
    expect(indexes('entities')).not.toContain('kind');
    expect(indexes('incidents')).not.toContain('type');
    const coverage = await crossReference(db, 'u2');
    expect(coverage?.entities.map((e) => [e.name, e.otherArticles])).toEqual([['Hamas', 1]]);
    await db.delete();
  });
});

describe('upgrade from version 3', () => {
  it("puts each article's mentions in one record, in their stored order, and counts each entity's articles", async () => {
    const name = 'upgrade-v3';
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const visit = (id: number) => ({ url: `u${id}`, title: `T${id}`, firstVisited: id, lastVisited: id, visits: [id], textHash: 'h', wordCount: 9, truncated: false });
    await v3.table('articles').bulkAdd([visit(1), visit(2), visit(3)]);
    const entity = (key: string, name: string, kind: string) => ({ key, name, kind, aliases: [], aliasKeys: [key] });
    await v3.table('entities').bulkAdd([entity('actor:hamas', 'Hamas', 'organization'), entity('place:gaza', 'Gaza', 'place'), entity('actor:nobody', 'Nobody', 'person')]);
    const m = (articleId: number, entityId: number, start: number) => ({ articleId, entityId, start, end: start + 4, exact: 'Name', prefix: 'p', suffix: 's' });
    // Interleaved articles, as concurrent tabs leave them.
    const flat = [m(1, 1, 0), m(2, 1, 5), m(1, 2, 10), m(3, 2, 0), m(1, 1, 20), m(2, 2, 30)];
    await v3.table('mentions').bulkAdd(flat);
    const quote = { start: 0, end: 4, exact: 'Name', prefix: 'p', suffix: 's' };
    const appearance = (entityId: number, articleId: number) => ({ entityId, articleId, visited: articleId, mentionCount: 1, sentence: 'Name', quote });
    await v3.table('appearances').bulkAdd([appearance(1, 1), appearance(2, 1), appearance(1, 2), appearance(2, 2), appearance(2, 3)]);
    await v3.table('incidents').add({ key: 'rocket|#2|2026-01-01', type: 'rocket', placeEntityId: 2, date: '2026-01-01', claimedBy: [], deniedBy: [], blamedOn: [], actorEntityIds: [], articleIds: [1, 3], sources: [] });
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    const stored = await storedMentions(db);
    for (const articleId of [1, 2, 3]) {
      const expected = flat.filter((x) => x.articleId === articleId);
      expect(stored.filter((x) => x.articleId === articleId)).toEqual(expected);
    }
    expect((await db.entities.toArray()).map((e) => [e.name, e.articleCount])).toEqual([['Hamas', 2], ['Gaza', 3], ['Nobody', 0]]);
    const view = await articleView(db, 'u3');
    expect(view?.places.map((p) => [p.name, p.otherArticles])).toEqual([['Gaza', 2]]);
    expect(view?.incidents.map((i) => i.incident.key)).toEqual(['rocket|#2|2026-01-01']);
    await db.delete();
  });
});
