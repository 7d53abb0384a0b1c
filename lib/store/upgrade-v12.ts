/**
 * Upgrade from version 11: every coverage record gets its entity's key and whole record (version 12,
 * CoverageRecord.key and .entityRecord), so the first saves after the upgrade already find their
 * entities with their coverage by key (coverage-by-key.ts) instead of looking each one up in its page
 * and its coverage apart. A record whose entity no longer exists is left as it was. Runs inside
 * Dexie's upgrade transaction: if anything throws, nothing changes.
 */
import type { Transaction } from 'dexie';
import { withEntity } from './coverage';
import { ENTITY_PAGE } from './entity-store';
import { PER_READ, readWhole } from './read-whole';
import type { CoverageRecord, EntityPageRecord, EntityRecord } from './records';

/** The Dexie upgrade function for version 12. */
export async function upgradeToV12(tx: Transaction): Promise<void> {
  const coverageTable = tx.table<CoverageRecord, number>('coverage');
  const [pages, coverage] = await Promise.all([
    readWhole(tx.table<EntityPageRecord, number>('entityPages'), PER_READ.entityPages),
    readWhole(coverageTable, PER_READ.coverage),
  ]);
  const entities = new Map<number, EntityRecord>();
  for (const page of pages) {
    page.slots.forEach((slot, i) => {
      if (slot) entities.set(page.id * ENTITY_PAGE + i, slot);
    });
  }
  const described = coverage.flatMap((record) => {
    const entity = entities.get(record.entityId);
    return entity ? [withEntity(record, entity)] : [];
  });
  if (described.length) await coverageTable.bulkPut(described);
}
