import 'fake-indexeddb/auto';
import { entityTable, tableRecords } from '../../support/entity-table';
import { readAllMentionGroups } from '../../../lib/store/article-mentions';
import { keepWithoutText, storedAttributionGroup, storedAttributionGroups, storedGroup, storedGroups, v8ArticleTables } from '../../support/article-parts';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { COVERAGE_KEEP } from '../../../lib/store/coverage';
import { crossReference } from '../../../lib/store/cross-reference';
import { articleView } from '../../../lib/store/article-view';
import { openDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11 } from '../../../lib/store/db';
import type { CoverageRecord } from '../../../lib/store/records';
import { deleteArticles } from '../../../lib/store/delete';
import { allEntities, ENTITY_PAGE } from '../../../lib/store/entity-store';
import { toJsonExport } from '../../../lib/export/json';
import { readPacked } from '../../../lib/store/export-snapshot';
import { articlesOfEntity, entityList } from '../../../lib/store/queries-log';
import { saveArticle } from '../../../lib/store/save-article';
import { storedArticle } from '../../../bench/generate/stored-article';
import { readAll } from '../../../lib/store/export-snapshot';
import { expectCoverageDescribed, expectDerivedRight } from '../../support/derived-check';
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
    expect(db.verno).toBe(12);
    // Version 7: every coverage record describes its entity and says whether incidents name it.
    await expectCoverageDescribed(db, undefined, true);
    expect(await db.articles.count()).toBe(1);
    const entities = await entityTable(db).toArray();
    expect(entities.map((e) => e.key).sort()).toEqual(['actor:hamas', 'place:gaza']);
    const hamas = entities.find((e) => e.name === 'Hamas');
    expect(hamas?.aliases).toEqual(['Islamic Resistance Movement']);
    expect(hamas?.aliasKeys).toContain('actor:islamic resistance movement');
    const mentions = await storedMentions(db);
    expect(mentions).toHaveLength(3);
    expect(mentions.map((m) => m.start)).toEqual([0, 20, 30]);
    expect(new Set(mentions.filter((m) => m.exact === 'Hamas').map((m) => m.entityId))).toEqual(new Set([hamas?.id]));
    const [group] = await storedGroups(db);
    expect(group?.rows).toHaveLength(2);
    expect(group?.rows.find((r) => r.entityId === hamas?.id)).toMatchObject({ mentionCount: 2, sentence: 'Hamas said' });
    expect(group).toMatchObject({ articleId: 1, visited: 5 });
    expect(entities.some((e) => 'articleCount' in e)).toBe(false);
    expect((await db.coverage.toArray()).map((c) => c.articleCount)).toEqual([1, 1]);
    await expectDerivedRight(db);
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
    expect(db.verno).toBe(12);
    // Version 7: every coverage record describes its entity and says whether incidents name it.
    await expectCoverageDescribed(db, undefined, true);
    expect(await db.incidents.toArray()).toEqual(before.incidents);
    expect(await entityTable(db).toArray()).toEqual(before.entities);
    expect(await storedGroups(db)).toEqual(
      [1, 2].map((articleId) => ({ articleId, visited: articleId, entityVisits: [[1, articleId]], rows: [{ entityId: 1, mentionCount: 1, sentence: 'Hamas said', quote }] })),
    );
    expect((await storedAttributionGroups(db)).filter((g) => g.attributions.length > 0)).toEqual([
      { articleId: 2, sourceEntityIds: [1], attributions: [{ source: 'Hamas', sourceEntityId: 1, cue: 'said', anonymous: false, quote }] },
    ]);
    await expectDerivedRight(db);
    expect(await readAllMentionGroups(db)).toEqual([1, 2].map((articleId) => ({ articleId, mentions: [{ entityId: 1, ...quote }] })));
    // The indexes IndexedDB itself holds, not the ones Dexie was told about.
    const indexes = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
    expect([...db.backendDB().objectStoreNames]).not.toContain('mentions');
    expect(indexes('articles')).toEqual(['lastVisited', 'site', 'url']);
    // Version 9: an article's records are one content record; the tables that held them are gone.
    for (const gone of ['articleMentions', 'articleTexts', 'articleAttributions', 'articleEntities']) expect([...db.backendDB().objectStoreNames]).not.toContain(gone);
    expect(indexes('articleContent')).toEqual(['entityVisits', 'sourceEntityIds']);
    expect([...db.backendDB().objectStoreNames]).not.toContain('appearances');
    expect([...db.backendDB().objectStoreNames]).not.toContain('attributions');
    // Version 10: entities live in pages, found by their keys and alias keys.
    expect([...db.backendDB().objectStoreNames]).not.toContain('entities');
    expect(indexes('entityPages')).toEqual(['aliasKeys', 'keys']);
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
    expect(db.verno).toBe(12);
    // Version 7: every coverage record describes its entity and says whether incidents name it.
    await expectCoverageDescribed(db, undefined, true);
    const stored = await storedMentions(db);
    for (const articleId of [1, 2, 3]) {
      const expected = flat.filter((x) => x.articleId === articleId);
      expect(stored.filter((x) => x.articleId === articleId)).toEqual(expected);
    }
    const coverage = await db.coverage.toArray();
    expect(coverage.map((c) => [c.entityId, c.articleCount])).toEqual([[1, 2], [2, 3]]);
    expect(await db.articleContent.get(1)).toMatchObject({ entityVisits: [[1, 1], [2, 1]] });
    await expectDerivedRight(db);
    const view = await articleView(db, 'u3');
    expect(view?.places.map((p) => [p.name, p.otherArticles])).toEqual([['Gaza', 2]]);
    expect(view?.incidents.map((i) => i.incident.key)).toEqual(['rocket|#2|2026-01-01']);
    await db.delete();
  });
});

describe('upgrade from version 4', () => {
  it("groups each article's appearances and attributions, builds every entity's coverage and every article's counts, and leaves entities as they were", async () => {
    const name = 'upgrade-v4';
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    const ARTICLES = 9;
    const visit = (id: number) => ({ url: `u${id}`, title: `T${id}`, site: id % 2 ? 'Odd' : undefined, firstVisited: id, lastVisited: 100 - id * 3, visits: [id], textHash: 'h', wordCount: 9, truncated: false });
    await v4.table('articles').bulkAdd(Array.from({ length: ARTICLES }, (_, i) => visit(i + 1)));
    const entity = (key: string, name: string, kind: string, articleCount: number) => ({ key, name, kind, aliases: [], aliasKeys: [key], articleCount });
    // Counts as version 4 kept them, one of them wrong: coverage is recounted, the entities are not rewritten.
    await v4.table('entities').bulkAdd([
      entity('actor:hamas', 'Hamas', 'organization', 9),
      entity('place:gaza', 'Gaza', 'place', 3),
      entity('actor:jane roe', 'Jane Roe', 'person', 1),
      entity('actor:nobody', 'Nobody', 'person', 0),
    ]);
    const quote = (start: number) => ({ start, end: start + 4, exact: 'Name', prefix: 'p', suffix: 's' });
    // Hamas in every article; Gaza in 1, 2, 3, mentioned before Hamas there; Jane Roe in 1 only.
    const appearances = [];
    const mentions = [];
    for (let articleId = 1; articleId <= ARTICLES; articleId++) {
      const visited = 100 - articleId * 3;
      const own = [];
      if (articleId <= 3) {
        own.push({ entityId: 2, ...quote(0) });
        appearances.push({ entityId: 2, articleId, visited, mentionCount: 1, sentence: `Gaza ${articleId}`, quote: quote(0) });
      }
      own.push({ entityId: 1, ...quote(10) }, { entityId: 1, ...quote(30) });
      appearances.push({ entityId: 1, articleId, visited, mentionCount: 2, sentence: `Hamas ${articleId}`, quote: quote(10) });
      if (articleId === 1) {
        own.push({ entityId: 3, ...quote(20) });
        appearances.push({ entityId: 3, articleId, visited, mentionCount: 1, sentence: 'Roe', quote: quote(20) });
      }
      mentions.push({ articleId, mentions: own });
    }
    await v4.table('appearances').bulkAdd(appearances);
    await v4.table('articleMentions').bulkAdd(mentions);
    // Stored out of text order, with a tie on the start broken by id.
    await v4.table('attributions').bulkAdd([
      { articleId: 1, source: 'Jane Roe', sourceEntityId: 3, cue: 'said', anonymous: false, quote: quote(20) },
      { articleId: 1, source: 'officials', cue: 'said', anonymous: true, quote: quote(5) },
      { articleId: 1, source: 'Hamas', sourceEntityId: 1, cue: 'said', anonymous: false, quote: quote(10) },
      { articleId: 1, source: 'Hamas', sourceEntityId: 1, cue: 'claimed', anonymous: false, quote: quote(10) },
      { articleId: 4, source: 'Nobody', sourceEntityId: 4, cue: 'said', anonymous: false, quote: quote(0) },
    ]);
    const incident = (key: string, articleIds: number[]) => ({ key, type: 'rocket', placeEntityId: 2, date: '2026-01-01', claimedBy: [], deniedBy: [], blamedOn: [], actorEntityIds: [1], articleIds, sources: [] });
    await v4.table('incidents').bulkAdd([incident('a', [1, 2]), incident('b', [1])]);
    v4.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    // Version 7: every coverage record describes its entity and says whether incidents name it.
    await expectCoverageDescribed(db, undefined, true);
    expect(await entityTable(db).toArray()).toEqual([
      { id: 1, ...entity('actor:hamas', 'Hamas', 'organization', 9) },
      { id: 2, ...entity('place:gaza', 'Gaza', 'place', 3) },
      { id: 3, ...entity('actor:jane roe', 'Jane Roe', 'person', 1) },
      { id: 4, ...entity('actor:nobody', 'Nobody', 'person', 0) },
    ]);
    // The stale count is never read: the export leaves it out.
    expect((await readAll(db)).entities.some((e) => 'articleCount' in e)).toBe(false);
    // Rows in the order the article first mentions them (Gaza, Hamas, Jane Roe), not by entity id.
    expect(await storedGroup(db, 1)).toEqual({
      articleId: 1,
      visited: 97,
      entityVisits: [[2, 97], [1, 97], [3, 97]],
      rows: [
        { entityId: 2, mentionCount: 1, sentence: 'Gaza 1', quote: quote(0) },
        { entityId: 1, mentionCount: 2, sentence: 'Hamas 1', quote: quote(10) },
        { entityId: 3, mentionCount: 1, sentence: 'Roe', quote: quote(20) },
      ],
    });
    expect(await db.articleContent.count()).toBe(ARTICLES);
    expect((await storedAttributionGroup(db, 1))?.attributions.map((a) => [a.quote.start, a.cue, a.source])).toEqual([
      [5, 'said', 'officials'],
      [10, 'said', 'Hamas'],
      [10, 'claimed', 'Hamas'],
      [20, 'said', 'Jane Roe'],
    ]);
    expect((await db.articleContent.get(1))?.sourceEntityIds).toEqual([1, 3]);
    expect(await storedAttributionGroup(db, 4)).toEqual({ articleId: 4, sourceEntityIds: [4], attributions: [{ source: 'Nobody', sourceEntityId: 4, cue: 'said', anonymous: false, quote: quote(0) }] });
    expect((await storedAttributionGroups(db)).filter((g) => g.attributions.length > 0)).toHaveLength(2);

    const coverage = await db.coverage.toArray();
    expect(coverage.map((c) => [c.entityId, c.articleCount, c.latest.map((r) => r.articleId)])).toEqual([
      [1, ARTICLES, [1, 2, 3, 4, 5, 6].slice(0, COVERAGE_KEEP)],
      [2, 3, [1, 2, 3]],
      [3, 1, [1]],
    ]);
    expect(coverage[0]?.latest[0]).toEqual({ articleId: 1, visited: 97, url: 'u1', title: 'T1', site: 'Odd', publishedTime: undefined, sentence: 'Hamas 1', quote: { exact: 'Name', prefix: 'p', suffix: 's' } });

    expect((await db.articles.get(1))?.counts).toEqual({ actors: 2, places: 1, attributions: 4, anonymous: 1, incidents: 2 });
    expect((await db.articles.get(2))?.counts).toEqual({ actors: 1, places: 1, attributions: 0, anonymous: 0, incidents: 1 });
    expect((await db.articles.get(4))?.counts).toEqual({ actors: 1, places: 0, attributions: 1, anonymous: 0, incidents: 0 });
    await expectDerivedRight(db);

    const view = await articleView(db, 'u9');
    expect(view?.actors.map((a) => [a.name, a.otherArticles, a.earlier.map((e) => e.title)])).toEqual([['Hamas', ARTICLES - 1, ['T1', 'T2', 'T3', 'T4', 'T5']]]);
    expect((await articleView(db, 'u1'))?.attributions.map((a) => a.source)).toEqual(['officials', 'Hamas', 'Hamas', 'Jane Roe']);
    const indexes = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
    expect(indexes('coverage')).toEqual(['key']);
    await db.delete();
  });
});

describe('upgrade from version 7', () => {
  it('keeps every record as it was, drops the entity name index, and the entity index still lists by name', async () => {
    const filled = openDb('upgrade-v7-filled');
    for (let i = 0; i < 10; i++) await saveArticle(filled, storedArticle(i));
    const name = 'upgrade-v7';
    const v7 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7].forEach((schema, k) => v7.version(k + 1).stores(schema));
    await v7.open();
    const tables = ['articles', 'entities', 'coverage', 'incidents'] as const;
    for (const t of tables) await v7.table(t).bulkAdd(await tableRecords(filled, t));
    const old = await v8ArticleTables(filled);
    for (const [t, records] of Object.entries(old)) await v7.table(t).bulkAdd(records);
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v7.table(t).toArray()] as const)));
    const byName = (await v7.table('entities').orderBy('name').toArray()).map((e: { id: number }) => e.id);
    v7.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    for (const t of tables) expect({ t, records: await tableRecords(db, t) }).toEqual({ t, records: before[t] });
    expect(await v8ArticleTables(db)).toEqual(old);
    expect(db.entityPages.schema.idxByName.name).toBeUndefined();
    expect(db.entityPages.schema.idxByName.aliasKeys).toBeDefined();
    expect((await entityList(db)).map((e) => e.id)).toEqual(byName);
    await expectDerivedRight(db);
    await db.delete();
    await filled.delete();
  }, 30_000);
});

describe('upgrade from version 8', () => {
  it("puts each article's text, entity rows, attributions and whole mentions in one content record, unchanged in meaning", async () => {
    const filled = openDb('upgrade-v8-filled');
    for (let i = 0; i < 10; i++) await saveArticle(filled, storedArticle(i));
    // Two articles as a store before version 6 keeps them: no text, their records whole.
    await keepWithoutText(filled, 3);
    await keepWithoutText(filled, 5);
    const name = 'upgrade-v8';
    const v8 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8].forEach((schema, k) => v8.version(k + 1).stores(schema));
    await v8.open();
    const tables = ['articles', 'entities', 'coverage', 'incidents'] as const;
    for (const t of tables) await v8.table(t).bulkAdd(await tableRecords(filled, t));
    const old = await v8ArticleTables(filled);
    expect(old.articleMentions.map((m) => m.articleId)).toEqual([3, 5]);
    expect(old.articleTexts).toHaveLength(8);
    for (const [t, records] of Object.entries(old)) await v8.table(t).bulkAdd(records);
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v8.table(t).toArray()] as const)));
    v8.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    for (const t of tables) expect({ t, records: await tableRecords(db, t) }).toEqual({ t, records: before[t] });
    // The content records are the ones version 9's saves wrote, and read back as the old tables.
    expect(await db.articleContent.toArray()).toEqual(await filled.articleContent.toArray());
    expect(await v8ArticleTables(db)).toEqual(old);
    expect((await db.articleContent.toArray()).filter((c) => c.whole !== undefined).map((c) => c.articleId)).toEqual([3, 5]);
    for (const gone of ['articleMentions', 'articleTexts', 'articleAttributions', 'articleEntities']) expect([...db.backendDB().objectStoreNames]).not.toContain(gone);
    expect(await readAll(db)).toEqual(await readAll(filled));
    expect(await articleView(db, storedArticle(4).url)).toEqual(await articleView(filled, storedArticle(4).url));
    await expectDerivedRight(db);
    await db.delete();
    await filled.delete();
  }, 30_000);
});

describe('upgrade from version 9', () => {
  it('moves every entity into its page under the same id, changes nothing else, and exports the very same file', async () => {
    const filled = openDb('upgrade-v9-filled');
    for (let i = 0; i < 12; i++) await saveArticle(filled, storedArticle(i));
    // A gap in the ids (entities only the deleted article named), as a store that deleted keeps them.
    await deleteArticles(filled, [2]);
    const entities = await entityTable(filled).toArray();
    expect(Math.max(...entities.map((e) => e.id))).toBeGreaterThan(2 * ENTITY_PAGE);
    const name = 'upgrade-v9';
    const v9 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9].forEach((schema, k) => v9.version(k + 1).stores(schema));
    await v9.open();
    const tables = ['articles', 'entities', 'coverage', 'incidents', 'articleContent'] as const;
    for (const t of tables) await v9.table(t).bulkAdd(await tableRecords(filled, t));
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v9.table(t).toArray()] as const)));
    v9.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    for (const t of tables) expect({ t, records: await tableRecords(db, t) }).toEqual({ t, records: before[t] });
    expect([...db.backendDB().objectStoreNames]).not.toContain('entities');
    // Each page holds the entities of its ids, found by key and alias key.
    for (const page of await db.entityPages.toArray()) {
      page.slots.forEach((slot, i) => {
        if (slot) expect(slot.id).toBe(page.id * ENTITY_PAGE + i);
      });
    }
    const some = entities[entities.length - 1];
    expect((await entityTable(db).where('key').equals(some?.key ?? '').toArray()).map((e) => e.id)).toEqual([some?.id]);
    const when = new Date('2026-04-07T10:00:00Z');
    expect(toJsonExport(await readPacked(db), when, { kind: 'all' })).toBe(toJsonExport(await readPacked(filled), when, { kind: 'all' }));
    expect(await articleView(db, storedArticle(4).url)).toEqual(await articleView(filled, storedArticle(4).url));
    await expectDerivedRight(db);
    // A save after the upgrade gives new entities ids above every id stored.
    const highest = Math.max(...entities.map((e) => e.id));
    await saveArticle(db, storedArticle(40));
    const added = (await entityTable(db).toArray()).filter((e) => e.id > highest);
    expect(added.length).toBeGreaterThan(0);
    expect(added.map((e) => e.id)).toEqual(added.map((_, i) => highest + 1 + i));
    await db.delete();
    await filled.delete();
  }, 30_000);
});

describe('upgrade from version 10', () => {
  it('adds the entity article lists, drops the incidents’ date index, keeps every record, and exports the very same file', async () => {
    const filled = openDb('upgrade-v10-filled');
    for (let i = 0; i < 10; i++) await saveArticle(filled, storedArticle(i));
    const name = 'upgrade-v10';
    const v10 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10].forEach((schema, k) => v10.version(k + 1).stores(schema));
    await v10.open();
    const tables = ['articles', 'entityPages', 'coverage', 'incidents', 'articleContent'] as const;
    for (const t of tables) await v10.table(t).bulkAdd(await filled.table(t).toArray());
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v10.table(t).toArray()] as const)));
    v10.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    for (const t of tables) expect({ t, records: await db.table(t).toArray() }).toEqual({ t, records: before[t] });
    // Saved articles stay indexed: the new lists start empty, and the queries answer as before.
    expect(await db.entityArticles.count()).toBe(0);
    const indexes = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
    expect(indexes('incidents')).toEqual(['[placeEntityId+date]', 'actorEntityIds', 'articleIds', 'key', 'placeEntityId']);
    expect(indexes('articleContent')).toEqual(['entityVisits', 'sourceEntityIds']);
    const ids = (await allEntities(db)).map((e) => e.id);
    expect(await Promise.all(ids.map((id) => articlesOfEntity(db, id)))).toEqual(await Promise.all(ids.map((id) => articlesOfEntity(filled, id))));
    const when = new Date('2026-04-07T10:00:00Z');
    expect(toJsonExport(await readPacked(db), when, { kind: 'all' })).toBe(toJsonExport(await readPacked(filled), when, { kind: 'all' }));
    expect(await crossReference(db, storedArticle(4).url)).toEqual(await crossReference(filled, storedArticle(4).url));
    await expectDerivedRight(db);
    await db.delete();
    await filled.delete();
  }, 30_000);
});

describe('upgrade from version 11', () => {
  it('gives every coverage record its entity key (indexed) and record, keeps every other record, and saves link as before', async () => {
    const filled = openDb('upgrade-v11-filled');
    for (let i = 0; i < 10; i++) await saveArticle(filled, storedArticle(i));
    const name = 'upgrade-v11';
    const v11 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7, SCHEMA_V8, SCHEMA_V9, SCHEMA_V10, SCHEMA_V11].forEach((schema, k) => v11.version(k + 1).stores(schema));
    await v11.open();
    const tables = ['articles', 'entityPages', 'entityArticles', 'incidents', 'articleContent'] as const;
    for (const t of [...tables, 'coverage'] as const) await v11.table(t).bulkAdd(await filled.table(t).toArray());
    // Version 11's saves wrote no key nor whole record into coverage.
    await v11.table('coverage').toCollection().modify((c: CoverageRecord) => {
      delete c.key;
      delete c.entityRecord;
    });
    const before = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v11.table(t).toArray()] as const)));
    v11.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(12);
    for (const t of tables) expect({ t, records: await db.table(t).toArray() }).toEqual({ t, records: before[t] });
    expect(await db.coverage.toArray()).toEqual(await filled.coverage.toArray());
    const indexes = (table: string) => [...db.backendDB().transaction(table).objectStore(table).indexNames].sort();
    expect(indexes('coverage')).toEqual(['key']);
    const some = (await allEntities(db))[0];
    expect((await db.coverage.where('key').equals(some?.key ?? '').toArray()).map((c) => c.entityId)).toEqual([some?.id]);
    await expectDerivedRight(db);
    // Saves after the upgrade link exactly as in a store that never was at version 11.
    for (let i = 10; i < 14; i++) {
      await saveArticle(db, storedArticle(i));
      await saveArticle(filled, storedArticle(i));
    }
    expect(await allEntities(db)).toEqual(await allEntities(filled));
    const when = new Date('2026-04-07T10:00:00Z');
    expect(toJsonExport(await readPacked(db), when, { kind: 'all' })).toBe(toJsonExport(await readPacked(filled), when, { kind: 'all' }));
    expect(await crossReference(db, storedArticle(12).url)).toEqual(await crossReference(filled, storedArticle(12).url));
    await expectDerivedRight(db);
    await db.delete();
    await filled.delete();
  }, 30_000);
});
