import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import {
  allEntities,
  allocateEntityIds,
  deleteEntities,
  ENTITY_PAGE,
  entitiesByAliasKeys,
  entitiesByIds,
  entitiesByKeys,
  entitiesWithAnyKey,
  EntityBatch,
  putEntities,
} from '../../../lib/store/entity-store';
import type { EntityRecord } from '../../../lib/store/records';

const opened: SourcemarkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function fresh(name: string): SourcemarkDb {
  const db = openDb(name);
  opened.push(db);
  return db;
}

const record = (name: string, aliases: string[] = []): EntityRecord => ({
  key: `actor:${name.toLowerCase()}`,
  name,
  kind: 'organization',
  aliases,
  aliasKeys: [name, ...aliases].map((n) => `actor:${n.toLowerCase()}`),
});

const put = (db: SourcemarkDb, records: EntityRecord[]) => db.transaction('rw', db.entityPages, () => putEntities(db, records));

describe('entity pages (version 10)', () => {
  it('hands out dense ids from 1, ENTITY_PAGE to a page, and reads them back by id, key and alias key', async () => {
    const db = fresh('entity-store-dense');
    const names = Array.from({ length: ENTITY_PAGE * 2 + 5 }, (_, i) => `Org ${i}`);
    const ids = await put(db, names.map((n) => record(n, [`Alias ${n}`])));
    expect(ids).toEqual(names.map((_, i) => i + 1));
    expect((await db.entityPages.toArray()).map((p) => p.id)).toEqual([0, 1, 2]);
    expect((await entitiesByIds(db, [1, ENTITY_PAGE, 69, 70, 999])).size).toBe(3);
    expect((await entitiesByKeys(db, ['actor:org 40'])).map((e) => [e.id, e.name])).toEqual([[41, 'Org 40']]);
    expect((await entitiesByAliasKeys(db, ['actor:alias org 3'])).map((e) => e.id)).toEqual([4]);
    expect((await entitiesWithAnyKey(db, ['actor:org 0', 'actor:org 68', 'actor:nobody'])).map((e) => e.id).sort((a, b) => a - b)).toEqual([1, 69]);
    expect((await allEntities(db)).map((e) => e.id)).toEqual(ids);
  });

  it('rewrites a stored entity in place, keeping its page lookups current', async () => {
    const db = fresh('entity-store-rewrite');
    const [id] = await put(db, [record('Hamas')]);
    await put(db, [{ ...record('Hamas', ['Islamic Resistance Movement']), id }]);
    expect((await entitiesByAliasKeys(db, ['actor:islamic resistance movement'])).map((e) => e.id)).toEqual([id]);
    await put(db, [{ ...record('Harakat Hamas'), id }]);
    expect(await entitiesByKeys(db, ['actor:hamas'])).toEqual([]);
    expect(await entitiesByAliasKeys(db, ['actor:islamic resistance movement'])).toEqual([]);
    expect(await allEntities(db)).toHaveLength(1);
  });

  it('writes what a batch looked up without reading any page again, new entities after the last page', async () => {
    const db = fresh('entity-store-batch');
    await put(db, Array.from({ length: ENTITY_PAGE + 3 }, (_, i) => record(`Org ${i}`)));
    const reads: string[] = [];
    const count = <T extends (...a: never[]) => unknown>(name: string, f: T): T => ((...a: Parameters<T>) => (reads.push(name), f(...a))) as T;
    const ids = await db.transaction('rw', db.entityPages, async () => {
      const batch = new EntityBatch(db);
      const [found] = await Promise.all([batch.byKeys(['actor:org 2']), batch.readLast()]);
      const stored = found[0] as EntityRecord;
      db.entityPages.bulkGet = count('bulkGet', db.entityPages.bulkGet.bind(db.entityPages));
      db.entityPages.orderBy = count('orderBy', db.entityPages.orderBy.bind(db.entityPages));
      const first = await batch.put([{ ...stored, name: 'Org Two', aliases: ['Org 2'] }, record('New A')]);
      const second = await batch.put([record('New B')]);
      await Promise.all([first.written, second.written]);
      return [...first.ids, ...second.ids];
    });
    expect(reads).toEqual([]);
    expect(ids).toEqual([3, ENTITY_PAGE + 4, ENTITY_PAGE + 5]);
    const all = await allEntities(db);
    expect(all).toHaveLength(ENTITY_PAGE + 5);
    expect(all.find((e) => e.id === 3)).toMatchObject({ name: 'Org Two', aliases: ['Org 2'] });
    expect(all.filter((e) => e.id !== 3).map((e) => e.name)).toEqual([
      ...Array.from({ length: ENTITY_PAGE + 3 }, (_, i) => `Org ${i}`).filter((n) => n !== 'Org 2'),
      'New A',
      'New B',
    ]);
  });

  it('never gives two concurrent saves the same id', async () => {
    const db = fresh('entity-store-concurrent');
    await put(db, [record('First')]);
    const runs = await Promise.all(Array.from({ length: 6 }, (_, k) => put(db, Array.from({ length: 9 }, (_, i) => record(`Run ${k} ${i}`)))));
    const all = runs.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort((a, b) => a - b)).toEqual(Array.from({ length: all.length }, (_, i) => i + 2));
    expect((await allEntities(db)).map((e) => e.name).sort()).toEqual(['First', ...Array.from({ length: 6 }, (_, k) => Array.from({ length: 9 }, (_, i) => `Run ${k} ${i}`)).flat()].sort());
  });

  it('never hands out a deleted id again, and drops pages left empty but the last', async () => {
    const db = fresh('entity-store-delete');
    const ids = await put(db, Array.from({ length: ENTITY_PAGE * 2 }, (_, i) => record(`Org ${i}`)));
    const last = ids[ids.length - 1] as number;
    await db.transaction('rw', db.entityPages, () => deleteEntities(db, ids.slice(0, ENTITY_PAGE - 1)));
    expect((await db.entityPages.toArray()).map((p) => p.id)).toEqual([1, 2]);
    await db.transaction('rw', db.entityPages, () => deleteEntities(db, ids.slice(ENTITY_PAGE - 1)));
    expect((await db.entityPages.toArray()).map((p) => p.id)).toEqual([2]);
    expect(await allEntities(db)).toEqual([]);
    expect(await put(db, [record('Next')])).toEqual([last + 1]);
  });

  it("keeps an import's ids where free and moves the others above every id", async () => {
    const db = fresh('entity-store-allocate');
    await put(db, [record('A'), record('B'), record('C')]);
    await db.transaction('rw', db.entityPages, () => deleteEntities(db, [2]));
    const map = await db.transaction('r', db.entityPages, () => allocateEntityIds(db, [1, 2, 50]));
    expect([...map]).toEqual([
      [1, 51],
      [2, 2],
      [50, 50],
    ]);
  });
});
