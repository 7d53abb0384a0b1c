/**
 * Upgrade from version 9: every entity record moves, as it is, into its page (EntityPageRecord, slot
 * id − page × ENTITY_PAGE), so every id stored elsewhere keeps naming the same entity and nothing else
 * is rewritten. Runs inside Dexie's upgrade transaction (the old `entities` table is still readable
 * there and is deleted after): if anything throws, nothing changes.
 */
import type { Transaction } from 'dexie';
import { pagesOf, type StoredEntity } from './entity-store';
import type { EntityPageRecord, EntityRecord } from './records';

/** The Dexie upgrade function for version 10. */
export async function upgradeToV10(tx: Transaction): Promise<void> {
  const entities = await tx.table<EntityRecord, number>('entities').toArray();
  const pages = pagesOf(entities.filter((e): e is StoredEntity => e.id !== undefined));
  if (pages.length) await tx.table<EntityPageRecord, number>('entityPages').bulkPut(pages);
}
