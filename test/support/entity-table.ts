/**
 * The entities as tests read and write them, a Dexie-table-like view over entity-store.ts (version 10
 * stores them in pages): tests check records, not how they are packed.
 */
import type { SourcemarkDb } from '../../lib/store/db';
import { allEntities, countEntities, entitiesByAliasKeys, entitiesByKeys, entityById, putEntities, type StoredEntity } from '../../lib/store/entity-store';
import type { EntityRecord } from '../../lib/store/records';

interface Found {
  toArray(): Promise<StoredEntity[]>;
  first(): Promise<StoredEntity | undefined>;
  count(): Promise<number>;
}

function found(read: () => Promise<StoredEntity[]>): Found {
  return { toArray: read, first: async () => (await read())[0], count: async () => (await read()).length };
}

/** Each test's entity table view: run inside a transaction over `db.entityPages`, or alone. */
export function entityTable(db: SourcemarkDb) {
  const write = (record: EntityRecord) => db.transaction('rw', db.entityPages, async () => (await putEntities(db, [record]))[0] as number);
  return {
    toArray: () => allEntities(db),
    count: () => countEntities(db),
    get: (id: number) => entityById(db, id),
    add: write,
    put: write,
    toCollection: () => ({ primaryKeys: async () => (await allEntities(db)).map((e) => e.id) }),
    where: (index: 'key' | 'aliasKeys') => ({
      equals: (v: string) => found(() => (index === 'key' ? entitiesByKeys(db, [v]) : entitiesByAliasKeys(db, [v]))),
      anyOf: (values: string[]) => found(() => (index === 'key' ? entitiesByKeys(db, values) : entitiesByAliasKeys(db, values))),
    }),
  };
}

/** A current store's records of one table as the tables before version 10 held them ('entities': its records). */
export function tableRecords(db: SourcemarkDb, table: string): Promise<unknown[]> {
  return table === 'entities' ? allEntities(db) : db.table(table).toArray();
}
