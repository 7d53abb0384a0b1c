import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb, SCHEMA_V1 } from '../../../lib/store/db';

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
    expect(db.verno).toBe(2);
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
