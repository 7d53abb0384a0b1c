/**
 * Writes new records while keeping the ids they had in the file whenever those are free, so a backup
 * restored into an empty database comes back with the very same ids; records whose id is taken get a
 * fresh one. Records that keep their id are written first: IndexedDB then moves its key generator past
 * them, so the fresh ids can never collide with a kept one.
 */
import type { EntityTable, InsertType } from 'dexie';
import { WRITE_CHUNK } from './yield';

/** Called after each chunk written, with how many records it held (drives the progress bar). */
export type Tick = (written: number) => void;

/** Adds `records` to `table`; returns the map from each record's id in the file to its stored id. */
export async function addKeepingIds<R extends { id?: number }>(
  table: EntityTable<R, 'id'>,
  records: ReadonlyArray<R & { id: number }>,
  tick: Tick,
): Promise<Map<number, number>> {
  const remap = new Map<number, number>();
  if (records.length === 0) return remap;
  const stored: unknown[] = await table.where(':id').anyOf(records.map((r) => r.id)).primaryKeys();
  const taken = new Set(stored);
  const keep = records.filter((r) => !taken.has(r.id));
  const fresh = records.filter((r) => taken.has(r.id));
  for (let i = 0; i < keep.length; i += WRITE_CHUNK) {
    const chunk = keep.slice(i, i + WRITE_CHUNK);
    await table.bulkAdd(chunk);
    for (const r of chunk) remap.set(r.id, r.id);
    tick(chunk.length);
  }
  for (let i = 0; i < fresh.length; i += WRITE_CHUNK) {
    const chunk = fresh.slice(i, i + WRITE_CHUNK);
    const keys = await table.bulkAdd(
      chunk.map(({ id: _old, ...rest }) => rest as InsertType<R, 'id'>),
      { allKeys: true },
    );
    chunk.forEach((r, j) => remap.set(r.id, keys[j] as number));
    tick(chunk.length);
  }
  return remap;
}
