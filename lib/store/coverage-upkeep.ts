/**
 * Keeps entities' coverage records (CoverageRecord) right where articles are saved, re-saved and
 * deleted, inside the caller's transaction. The pure steps are in coverage.ts; this is their database
 * side: re-reading an entity's newest articles when its kept list lost rows, and writing the records
 * back (an entity no stored article names keeps no record). Since version 8 a record may also be missing
 * because it was never derived (an import writes none): deriveCoverage, readCoverage and fillCoverage
 * derive it from the articles when a reader or writer needs it.
 */
import type { SourcemarkDb } from './db';
import { articlesNaming, newestNaming } from './entity-articles';
import { entitiesInOrder } from './entity-store';
import { COVERAGE_KEEP, coverageRow, withEntity } from './coverage';
import { readByIds } from './read-by-ids';
import { entityRowOf } from './article-content';
import type { ArticleRecord, CoverageRecord } from './records';

/**
 * Sets each record's `latest` to the newest COVERAGE_KEEP articles naming its entity, read through the
 * `entityVisits` index and the imports' lists (newestNaming; all entities at once, then one batched
 * read of their articles). Call after the
 * article groups were written or deleted: requests run in the order issued, so the index is current.
 * `fresh` stands in for an article whose record is written later in the same transaction.
 */
export async function refillLatest(db: SourcemarkDb, records: readonly CoverageRecord[], fresh?: ArticleRecord & { id: number }): Promise<void> {
  if (records.length === 0) return;
  const groups = await newestNaming(db, records.map((r) => r.entityId), COVERAGE_KEEP);
  const ids = groups.flat().map((g) => g.articleId).filter((id) => id !== fresh?.id);
  const articles = await readByIds(db.articles, ids);
  if (fresh) articles.set(fresh.id, fresh);
  records.forEach((record, i) => {
    record.latest = (groups[i] ?? []).flatMap((group) => {
      const article = articles.get(group.articleId);
      const row = entityRowOf(group, record.entityId);
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

/**
 * Coverage records derived from the articles themselves (the `entityVisits` index and, since version
 * 11, the imports' lists: entity-articles.ts), for entities whose
 * record is missing: an import leaves coverage to be derived lazily (writing it was a quarter of an
 * import's time), so a missing record means "not derived yet", not "no articles". Two index requests
 * per entity (the ids of the articles naming it, and its newest COVERAGE_KEEP + 1 groups) and one for
 * all their list pages, then one batched read of their articles. `without` leaves one article out: a save derives the state before it. The
 * records carry no `entity` nor `incidents` (unknown: readers then read the entity, query incidents).
 * An entity no article names gets a record counting 0.
 */
export async function deriveCoverage(db: SourcemarkDb, ids: readonly number[], without?: number): Promise<CoverageRecord[]> {
  if (ids.length === 0) return [];
  const [keys, groups] = await Promise.all([articlesNaming(db, ids), newestNaming(db, ids, COVERAGE_KEEP + 1)]);
  const articles = await readByIds(db.articles, groups.flat().map((g) => g.articleId).filter((id) => id !== without));
  return ids.map((entityId, i) => {
    const counted = keys[i] ?? new Set<number>();
    if (without !== undefined) counted.delete(without);
    const latest = (groups[i] ?? [])
      .filter((g) => g.articleId !== without)
      .slice(0, COVERAGE_KEEP)
      .flatMap((group) => {
        const article = articles.get(group.articleId);
        const row = entityRowOf(group, entityId);
        return article?.id !== undefined && row ? [coverageRow({ ...article, id: article.id }, group.visited, row)] : [];
      });
    return { entityId, articleCount: counted.size, latest };
  });
}

/**
 * The coverage records of these entities, in their order: the stored ones, and the missing ones
 * derived (deriveCoverage; undefined when no article names the entity). `derived` lists the ids whose
 * record was derived, for the caller to keep (fillCoverage) once its read transaction is over.
 */
export async function readCoverage(db: SourcemarkDb, ids: readonly number[]): Promise<{ records: Array<CoverageRecord | undefined>; derived: number[] }> {
  const records: Array<CoverageRecord | undefined> = await db.coverage.bulkGet([...ids]);
  const missing = ids.filter((_, i) => records[i] === undefined);
  if (missing.length === 0) return { records, derived: [] };
  const made = new Map((await deriveCoverage(db, missing)).map((r) => [r.entityId, r]));
  const derived: number[] = [];
  ids.forEach((id, i) => {
    const record = made.get(id);
    if (records[i] !== undefined || !record || record.articleCount === 0) return;
    records[i] = record;
    derived.push(id);
  });
  return { records, derived };
}

/**
 * Writes the coverage of these entities where it is still missing, derived again inside its own
 * read-write transaction (so nothing written in between is overwritten or missed), each describing
 * its entity (CoverageRecord.entity). For readers that derived records in a read-only transaction.
 */
export async function fillCoverage(db: SourcemarkDb, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', [db.coverage, db.articleContent, db.entityArticles, db.articles, db.entityPages], async () => {
    const stored = await db.coverage.bulkGet([...ids]);
    const missing = ids.filter((_, i) => stored[i] === undefined);
    const [made, entities] = await Promise.all([deriveCoverage(db, missing), entitiesInOrder(db, missing)]);
    const kept = made.flatMap((record, i) => {
      const entity = entities[i];
      if (record.articleCount === 0) return [];
      return [entity ? withEntity(record, entity) : record];
    });
    if (kept.length) await db.coverage.bulkPut(kept);
  });
}

/**
 * fillCoverage run outside the caller's context (a popup's live query may not write), on a timer; a
 * failure is reported, the reader has its answer already and derives again next time.
 */
export function fillCoverageLater(db: SourcemarkDb, ids: readonly number[]): void {
  if (ids.length === 0) return;
  globalThis.setTimeout(() => {
    fillCoverage(db, ids).catch((error: unknown) => console.warn('Sourcemark: could not keep derived coverage', error));
  }, 0);
}
