/**
 * Upgrade from version 6: every coverage record gets what the popup used to read beside it, so an
 * opening reads no entity records and skips the incident queries of entities no incident names
 * (CoverageRecord.entity and .incidents). Indexes are unchanged; the incidents are read through their
 * place and actor indexes' keys only, not whole. Runs inside Dexie's upgrade transaction: if anything
 * throws, nothing changes.
 */
import type { Transaction } from 'dexie';
import { describeCoverage } from './coverage';
import type { CoverageRecord, EntityRecord, IncidentRecord } from './records';

/** The Dexie upgrade function for version 7. */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  const incidents = tx.table<IncidentRecord, number>('incidents');
  const [coverage, entities, places, actors] = await Promise.all([
    tx.table<CoverageRecord, number>('coverage').toArray(),
    tx.table<EntityRecord, number>('entities').toArray(),
    incidents.orderBy('placeEntityId').uniqueKeys(),
    incidents.orderBy('actorEntityIds').uniqueKeys(),
  ]);
  const named = new Set([...places, ...actors].filter((k): k is number => typeof k === 'number'));
  const byId = new Map(entities.flatMap((e) => (e.id === undefined ? [] : [[e.id, e] as const])));
  // Every incident is known here: an entity none names is marked so (false), not left unknown.
  const described = describeCoverage(coverage, { entities: byId, stored: new Map(), inIncidents: named, created: new Set() }).map((r) =>
    r.incidents === undefined ? { ...r, incidents: false } : r,
  );
  await tx.table<CoverageRecord, number>('coverage').bulkPut(described);
}
