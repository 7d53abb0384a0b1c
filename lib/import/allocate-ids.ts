/**
 * Writes new records while keeping the ids they had in the file whenever those are free, so a backup
 * restored into an empty database comes back with the very same ids; records whose id is taken get a
 * fresh one. Records that keep their id are written first: IndexedDB then moves its key generator past
 * them, so the fresh ids can never collide with a kept one.
 */
import type { EntityTable, InsertType } from 'dexie';
import type { WritePipeline } from './write-pipeline';
import { WRITE_CHUNK } from './yield';

/** Called after each chunk written, with how many records it held (drives the progress bar). */
export type Tick = (written: number) => void;

/**
 * The ids among `ids` already stored in `table`. One request for the highest stored id first: every
 * id above it is free, so restoring into an emptied store (or importing a file of newer records) looks
 * nothing else up; only ids at or below it are checked, with one query.
 */
export async function takenIds<R extends { id?: number }>(table: EntityTable<R, 'id'>, ids: readonly number[]): Promise<Set<number>> {
  const [highest] = (await table.orderBy(':id').reverse().limit(1).primaryKeys()) as unknown[];
  if (typeof highest !== 'number') return new Set();
  const maybe = ids.filter((id) => id <= highest);
  if (maybe.length === 0) return new Set();
  return new Set((await table.where(':id').anyOf(maybe).primaryKeys()) as unknown[] as number[]);
}

/**
 * Adds `records` to `table`, given which of their ids are `taken` (see takenIds: look them up before
 * queuing writes, so the lookup does not wait behind them); returns the map from each record's id in
 * the file to its stored id when `remap` is asked for (tables that others refer to), an empty map
 * otherwise. Kept-id chunks go through `pipeline` (nothing waits on their keys); records needing a fresh
 * id are added after them, and their keys awaited only when a map is wanted.
 */
export async function addKeepingIds<R extends { id?: number }>(
  table: EntityTable<R, 'id'>,
  records: ReadonlyArray<R & { id: number }>,
  taken: ReadonlySet<number>,
  tick: Tick,
  pipeline: WritePipeline,
  remap: boolean,
): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  if (records.length === 0) return ids;
  const keep = taken.size === 0 ? records : records.filter((r) => !taken.has(r.id));
  const fresh = taken.size === 0 ? [] : records.filter((r) => taken.has(r.id));
  for (let i = 0; i < keep.length; i += WRITE_CHUNK) {
    const chunk = keep.slice(i, i + WRITE_CHUNK);
    await pipeline.push(() => table.bulkAdd(chunk), () => tick(chunk.length));
  }
  if (remap) for (const r of keep) ids.set(r.id, r.id);
  for (let i = 0; i < fresh.length; i += WRITE_CHUNK) {
    const chunk = fresh.slice(i, i + WRITE_CHUNK);
    const rows = chunk.map(({ id: _old, ...rest }) => rest as InsertType<R, 'id'>);
    if (!remap) {
      await pipeline.push(() => table.bulkAdd(rows), () => tick(chunk.length));
      continue;
    }
    await pipeline.drain();
    const keys = await table.bulkAdd(rows, { allKeys: true });
    chunk.forEach((r, j) => ids.set(r.id, keys[j] as number));
    tick(chunk.length);
  }
  return ids;
}
