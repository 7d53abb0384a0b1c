/**
 * Lowers the article counts of entities (EntityRecord.articleCount) when articles stop mentioning
 * them: an article deleted, or a re-saved article that no longer names them. Runs inside the caller's
 * transaction; one read and one write request per batch, not per entity.
 */
import type { Table } from 'dexie';
import type { SourcemarkDb } from './db';
import type { EntityRecord } from './records';

/** Subtracts `removed.get(id)` from each entity's count (never below zero); returns the new counts. */
export async function lowerArticleCounts(db: SourcemarkDb, removed: ReadonlyMap<number, number>): Promise<Map<number, number>> {
  const ids = [...removed.keys()];
  const after = new Map<number, number>();
  if (ids.length === 0) return after;
  const records = (await db.entities.bulkGet(ids)).flatMap((e) => (e?.id === undefined ? [] : [e]));
  const updated = records.map((e) => {
    const articleCount = Math.max(0, (e.articleCount ?? 0) - (removed.get(e.id as number) ?? 0));
    after.set(e.id as number, articleCount);
    return { ...e, articleCount };
  });
  await db.entities.bulkPut(updated);
  return after;
}

/**
 * Sets every entity's article count from the appearances (one per entity and article). For the
 * version 4 upgrade, and for tools that write appearances in bulk; takes tables so it runs in an
 * upgrade transaction too.
 */
export async function recountArticles(appearances: Table<unknown, [number, number]>, entities: Table<EntityRecord, number | undefined>): Promise<void> {
  const counts = new Map<number, number>();
  for (const [entityId] of await appearances.toCollection().primaryKeys()) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  await entities.toCollection().modify((e) => {
    e.articleCount = counts.get(e.id ?? 0) ?? 0;
  });
}
