/**
 * Reads records by id in few requests. Each IndexedDB request has a fixed cost, so ids close to each
 * other (the latest articles, entities first seen together) are read with one range request, the
 * records in the gaps read and dropped; ids far from the others are read one by one, in one bulkGet
 * (plain gets under one promise: a where() per id cost the popup a query's whole overhead each).
 */
import type { EntityTable, IDType } from 'dexie';

/**
 * Largest gap between two ids still read with one range request (at most GAP - 1 records wasted per
 * gap). A request costs far more than a small record (articles and entities are a few hundred bytes),
 * so a range is worth a dozen records read and dropped.
 */
const GAP = 16;

/**
 * Fewest wanted ids a range request is worth: a get in a bulkGet costs little beside a query of its
 * own (Dexie's collection machinery), so two ids near each other are two gets.
 */
const MIN_RANGE = 3;

/** The records with these ids (those that exist), by id. */
export async function readByIds<T extends { id?: number }>(table: EntityTable<T, 'id'>, ids: readonly number[]): Promise<Map<number, T>> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const id of sorted) {
    const last = runs[runs.length - 1];
    if (last && id - (last[last.length - 1] as number) <= GAP) last.push(id);
    else runs.push([id]);
  }
  const wanted = new Set(sorted);
  const ranges = runs.filter((run) => run.length >= MIN_RANGE);
  const singles = runs.filter((run) => run.length < MIN_RANGE).flat();
  const lists = await Promise.all([
    singles.length ? table.bulkGet(singles as Array<IDType<T, 'id'>>) : [],
    ...ranges.map((run) => table.where(':id').between(run[0], run[run.length - 1], true, true).toArray()),
  ]);
  const byId = new Map<number, T>();
  for (const list of lists) {
    for (const record of list) if (record?.id !== undefined && wanted.has(record.id)) byId.set(record.id, record);
  }
  return byId;
}
