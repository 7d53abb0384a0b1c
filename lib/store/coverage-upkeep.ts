/**
 * Keeps entities' coverage records (CoverageRecord) right where articles are saved, re-saved and
 * deleted, inside the caller's transaction. The pure steps are in coverage.ts; this is their database
 * side: re-reading an entity's newest articles when its kept list lost rows, and writing the records
 * back (an entity no stored article names keeps no record).
 */
import Dexie from 'dexie';
import type { SourcemarkDb } from './db';
import { COVERAGE_KEEP, coverageRow } from './coverage';
import { readByIds } from './read-by-ids';
import type { ArticleRecord, CoverageRecord } from './records';

/**
 * Sets each record's `latest` to the newest COVERAGE_KEEP articles naming its entity, read through the
 * `entityVisits` index (all entities at once, then one batched read of their articles). Call after the
 * article groups were written or deleted: requests run in the order issued, so the index is current.
 * `fresh` stands in for an article whose record is written later in the same transaction.
 */
export async function refillLatest(db: SourcemarkDb, records: readonly CoverageRecord[], fresh?: ArticleRecord & { id: number }): Promise<void> {
  if (records.length === 0) return;
  const groups = await Promise.all(
    records.map((r) =>
      db.articleEntities.where('entityVisits').between([r.entityId, Dexie.minKey], [r.entityId, Dexie.maxKey]).reverse().limit(COVERAGE_KEEP).toArray(),
    ),
  );
  const ids = groups.flat().map((g) => g.articleId).filter((id) => id !== fresh?.id);
  const articles = await readByIds(db.articles, ids);
  if (fresh) articles.set(fresh.id, fresh);
  records.forEach((record, i) => {
    record.latest = (groups[i] ?? []).flatMap((group) => {
      const article = articles.get(group.articleId);
      const row = group.rows.find((r) => r.entityId === record.entityId);
      return article?.id !== undefined && row ? [coverageRow({ ...article, id: article.id }, group.visited, row)] : [];
    });
  });
}

/** Writes the records back: those still counting articles are put, the others deleted. */
export function writeCoverage(db: SourcemarkDb, records: readonly CoverageRecord[]): Promise<unknown> {
  const kept = records.filter((r) => r.articleCount > 0);
  const gone = records.filter((r) => r.articleCount <= 0).map((r) => r.entityId);
  return Promise.all([kept.length ? db.coverage.bulkPut(kept) : undefined, gone.length ? db.coverage.bulkDelete(gone) : undefined]);
}
