/**
 * Chooses the stored id of each new record of a file before anything is written: the id it had in the
 * file whenever that is free, so a backup restored into an empty database comes back with the very same
 * ids; otherwise a fresh id above every stored id and every id the file keeps. Knowing every id up front
 * lets the import compute all it writes (references, groups, counts, coverage) first, then write each
 * record once, without waiting for IndexedDB to hand out keys.
 */
/** What allocation reads of a table: its primary keys (any Dexie table keyed by number fits). */
interface KeyedTable {
  orderBy(index: ':id'): { reverse(): { limit(n: number): { primaryKeys(): PromiseLike<unknown[]> } } };
  where(index: ':id'): { anyOf(keys: number[]): { primaryKeys(): PromiseLike<unknown[]> } };
}

/** Called after each chunk written, with how many records of the file it held (drives the progress bar). */
export type Tick = (written: number) => void;

/** The highest stored primary key of `table`, 0 when it is empty (one request). */
export async function highestId(table: KeyedTable): Promise<number> {
  const [highest] = (await table.orderBy(':id').reverse().limit(1).primaryKeys()) as unknown[];
  return typeof highest === 'number' ? highest : 0;
}

/**
 * The ids among `ids` already stored in `table`. Every id above the highest stored one is free, so
 * restoring into an emptied store (or importing a file of newer records) looks nothing else up; only
 * ids at or below it are checked, with one query.
 */
export async function takenIds(table: KeyedTable, ids: readonly number[], highest: number): Promise<Set<number>> {
  const maybe = ids.filter((id) => id <= highest);
  if (maybe.length === 0) return new Set();
  return new Set((await table.where(':id').anyOf(maybe).primaryKeys()) as number[]);
}

/** File id → stored id for records about to be added to `table` (see the file comment). */
export async function allocateIds(table: KeyedTable, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (ids.length === 0) return out;
  const highest = await highestId(table);
  const taken = await takenIds(table, ids, highest);
  let next = highest;
  for (const id of ids) if (id > next) next = id;
  for (const id of ids) out.set(id, taken.has(id) ? ++next : id);
  return out;
}
