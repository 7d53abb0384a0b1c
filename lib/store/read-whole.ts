/**
 * Reads a whole table in key-ordered runs instead of one getAll. This Chromium hands over one large
 * getAll answer several times slower per record than answers of about 100 kB: 10,000 records of 2 kB
 * read whole took 2.5–3× as long as in runs of 50, and records of 11 kB 4× as long in runs of 250 as in
 * runs of 25 (bench/storage/idb-costs.ts, the "getAll" rows). The runs are all requested at once, so
 * the store serves them back to back.
 */
import type { Table } from 'dexie';

/** Records per request for the store's tables, sized so one answer stays near 100 kB. */
export const PER_READ = {
  /** Article records: metadata, counts and the log's lookup, a few kB each. */
  articles: 40,
  /** Content records: an article's text and its positions, ~10 kB each (25 read fastest in the probe). */
  content: 25,
  /** Coverage records: an entity's newest rows with their sentences, a few kB each. */
  coverage: 40,
  /** Entity pages: 32 entities each, ~10 kB (entity-store.ts). */
  entityPages: 10,
  /** Incident records: under 1 kB each. */
  incidents: 150,
} as const;

/**
 * Every record of `table` (keyed by whole numbers), in key order, read `perRead` at a time. Inside a
 * transaction the keys and the runs agree; outside one, a record added meanwhile may or may not be in.
 */
export async function readWhole<T, K, I>(table: Table<T, K, I>, perRead: number): Promise<T[]> {
  const keys = (await table.toCollection().primaryKeys()).filter((k): k is K & number => typeof k === 'number');
  const reads: Array<Promise<T[]>> = [];
  for (let i = 0; i < keys.length; i += perRead) {
    const from = keys[i] as number;
    const last = keys[Math.min(i + perRead, keys.length) - 1] as number;
    reads.push(table.where(':id').between(from, last, true, true).toArray());
  }
  return (await Promise.all(reads)).flat();
}
