/**
 * Entities found with their coverage by key (version 12): a coverage record carries its entity's key
 * (indexed) and whole record, so one request by key answers what a save needs of a stored entity (its
 * id and record, for linking) and of its coverage (to update it). An entity whose coverage holds no
 * record, or none at all, is not found here: the caller looks it up in its page (entity-store.ts).
 */
import Dexie from 'dexie';
import type { SourcemarkDb } from './db';
import type { CoverageRecord, EntityRecord } from './records';

/** A coverage record that carries its entity, with the entity as stored (its id set). */
export interface CoveredEntity {
  entity: EntityRecord & { id: number };
  coverage: CoverageRecord;
}

/**
 * The entities under these keys found through their coverage, by key: one request per key, all issued
 * together. A key answered by more than one record (never written so, but not enforced by the index)
 * or by a record without its entity is left out, for the caller to read from the pages.
 */
export async function coveredByKeys(db: SourcemarkDb, keys: readonly string[]): Promise<Map<string, CoveredEntity>> {
  const unique = [...new Set(keys)];
  const out = new Map<string, CoveredEntity>();
  if (unique.length === 0) return Dexie.Promise.resolve(out);
  const answers = await Promise.all(unique.map((k) => db.coverage.where('key').equals(k).toArray()));
  answers.forEach((records, i) => {
    const key = unique[i] as string;
    const [only] = records;
    if (records.length !== 1 || !only?.entityRecord || only.entityRecord.key !== key) return;
    out.set(key, { entity: { ...only.entityRecord, id: only.entityId }, coverage: only });
  });
  return out;
}
