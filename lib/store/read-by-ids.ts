/**
 * Reads records by id in few requests. Each IndexedDB request has a fixed cost, so ids close to each
 * other (the latest articles, entities first seen together) are read with one range request, the
 * records in the gaps read and dropped; ids far from the others are read one by one.
 */
import type { EntityTable } from 'dexie';

/**
 * Largest gap between two ids still read with one range request (at most GAP - 1 records wasted per
 * gap). A request costs far more than a small record (articles and entities are a few hundred bytes),
 * so a range is worth a dozen records read and dropped.
 */
const GAP = 16;

/** The records with these ids (those that exist), by id. */
export async function readByIds<T extends { id?: number }>(table: EntityTable<T, 'id'>, ids: readonly number[]): Promise<Map<number, T>> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const id of sorted) {
    const last = runs[runs.length - 1];
    if (last && id - last[1] <= GAP) last[1] = id;
    else runs.push([id, id]);
  }
  const wanted = new Set(sorted);
  const singles = runs.filter(([lo, hi]) => lo === hi).map(([lo]) => lo);
  const lists = await Promise.all([
    Promise.all(singles.map((id) => table.where(':id').equals(id).first())),
    ...runs.filter(([lo, hi]) => lo !== hi).map(([lo, hi]) => table.where(':id').between(lo, hi, true, true).toArray()),
  ]);
  const byId = new Map<number, T>();
  for (const list of lists) {
    for (const record of list) if (record?.id !== undefined && wanted.has(record.id)) byId.set(record.id, record);
  }
  return byId;
}
