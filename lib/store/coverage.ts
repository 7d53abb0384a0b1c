/**
 * Each entity's earlier coverage as the popup shows it (CoverageRecord), kept ready instead of
 * assembled from indexes at every popup opening. These are the pure steps; save, delete, import and
 * the upgrade apply them to the records they touch, so every path keeps the same invariant: an
 * entity's record counts the stored articles that name it and lists the newest COVERAGE_KEEP of them,
 * newest first (by visit time, then by article id).
 */
import { linkQuote } from './text-fragment';
import type { AppearanceRow, ArticleEntitiesRecord, ArticleRecord, CoverageEntity, CoverageRecord, CoverageRow, EntityRecord, IncidentRecord } from './records';

/** How many earlier articles the popup lists per entity (the count covers them all). */
export const EARLIER_LIMIT = 5;

/** Rows kept per entity: the popup's list plus the article being read, which it leaves out. */
export const COVERAGE_KEEP = EARLIER_LIMIT + 1;

/** Newest first: later visit, then higher article id (the order of the entityVisits index, reversed). */
export function newerFirst(a: { visited: number; articleId: number }, b: { visited: number; articleId: number }): number {
  return b.visited - a.visited || b.articleId - a.articleId;
}

/** The row an article contributes to one of its entities' coverage (its quote cut to the link's needs). */
export function coverageRow(article: ArticleRecord & { id: number }, visited: number, row: AppearanceRow): CoverageRow {
  return {
    articleId: article.id,
    visited,
    url: article.url,
    title: article.title,
    site: article.site,
    publishedTime: article.publishedTime,
    sentence: row.sentence,
    quote: linkQuote(row.quote),
  };
}

/**
 * The entity's coverage with this article's row added, or replaced when the article was already
 * counted (a re-save): the count grows only for an article not counted before.
 */
export function withRow(record: CoverageRecord | undefined, entityId: number, row: CoverageRow, alreadyCounted: boolean): CoverageRecord {
  const others = (record?.latest ?? []).filter((r) => r.articleId !== row.articleId);
  const latest = [...others, row].sort(newerFirst).slice(0, COVERAGE_KEEP);
  const before = record?.articleCount ?? 0;
  return { entityId, articleCount: alreadyCounted ? Math.max(before, 1) : before + 1, latest };
}

/**
 * The entity's coverage without these articles, and whether rows must be read again to refill its
 * list (it lost listed rows while more articles than it lists still name the entity).
 */
export function withoutArticles(record: CoverageRecord, removed: ReadonlySet<number>, uncounted: number): { record: CoverageRecord; refill: boolean } {
  const latest = record.latest.filter((r) => !removed.has(r.articleId));
  const articleCount = Math.max(0, record.articleCount - uncounted);
  const refill = latest.length < record.latest.length && latest.length < Math.min(COVERAGE_KEEP, articleCount);
  return { record: { ...record, articleCount, latest }, refill };
}

/**
 * Coverage records built from scratch for every entity the given articles name: for the upgrade, an
 * import into an empty store, and the bench's bulk seeding. Linear in the rows; keeps only the newest
 * COVERAGE_KEEP per entity while it goes.
 */
export function coverageFrom(
  groups: Iterable<ArticleEntitiesRecord>,
  articles: ReadonlyMap<number, ArticleRecord & { id: number }>,
): Map<number, CoverageRecord> {
  const out = new Map<number, CoverageRecord>();
  for (const group of groups) {
    const article = articles.get(group.articleId);
    if (!article) continue;
    for (const row of group.rows) {
      const record = out.get(row.entityId) ?? { entityId: row.entityId, articleCount: 0, latest: [] };
      record.articleCount += 1;
      const candidate = coverageRow(article, group.visited, row);
      const last = record.latest[record.latest.length - 1];
      if (record.latest.length < COVERAGE_KEEP || (last && newerFirst(candidate, last) < 0)) {
        record.latest.push(candidate);
        record.latest.sort(newerFirst);
        if (record.latest.length > COVERAGE_KEEP) record.latest.pop();
      }
      out.set(row.entityId, record);
    }
  }
  return out;
}

/**
 * Two coverage records of one entity over disjoint sets of articles, as one: for writers that build
 * coverage batch by batch (the bench's bulk seeding, an import into a store that has articles).
 */
export function mergedCoverage(stored: CoverageRecord | undefined, added: CoverageRecord): CoverageRecord {
  if (!stored) return added;
  const seen = new Set(added.latest.map((r) => r.articleId));
  const latest = [...stored.latest.filter((r) => !seen.has(r.articleId)), ...added.latest].sort(newerFirst).slice(0, COVERAGE_KEEP);
  return { entityId: added.entityId, articleCount: stored.articleCount + added.articleCount, latest };
}

/** The part of an entity record its coverage record carries (CoverageRecord.entity). */
export function coverageEntity(entity: EntityRecord): CoverageEntity {
  const out: CoverageEntity = { name: entity.name, kind: entity.kind, aliases: [...entity.aliases] };
  if (entity.subtype !== undefined) out.subtype = entity.subtype;
  if (entity.role !== undefined) out.role = entity.role;
  return out;
}

/**
 * `record` with its entity's parts set from `entity` as it is stored now: `entity` (what the popup
 * shows), and, since version 12, `key` and `entityRecord` (the whole record, for a save's lookup by key).
 */
export function withEntity(record: CoverageRecord, entity: EntityRecord): CoverageRecord {
  const { id: _id, ...whole } = entity;
  return { ...record, entity: coverageEntity(entity), key: entity.key, entityRecord: whole };
}

/** The entities an incident is at or involves: the ones whose popup lists it. */
export function incidentEntityIds(incident: Pick<IncidentRecord, 'placeEntityId' | 'actorEntityIds'>): number[] {
  return incident.placeEntityId === undefined ? incident.actorEntityIds : [incident.placeEntityId, ...incident.actorEntityIds];
}

/** What a writer knows when it sets coverage records' `entity` and `incidents` (see describeCoverage). */
export interface CoverageFacts {
  /** The entity records as written now, by id: the entity part is copied from them. */
  entities: ReadonlyMap<number, EntityRecord>;
  /** The coverage records as stored before this write, by entity id. */
  stored: ReadonlyMap<number, CoverageRecord>;
  /** Entities an incident written now is at or involves. */
  inIncidents: ReadonlySet<number>;
  /** Entities created by this write: no incident stored before can name them. */
  created: ReadonlySet<number>;
}

/**
 * The records with `entity` and `incidents` set from what the writer knows (the pure steps above drop
 * them, so a record is never left with a stale copy): the entity part (with, since version 12, its key
 * and whole record: withEntity) from the record written now, else kept from the stored coverage only if
 * its entity is not among those written; `incidents` true
 * when an incident written now names the entity, false for an entity created now, else as stored
 * (absent, "unknown", when never known).
 */
export function describeCoverage(records: readonly CoverageRecord[], facts: CoverageFacts): CoverageRecord[] {
  return records.map((record) => {
    const id = record.entityId;
    let out: CoverageRecord = { entityId: id, articleCount: record.articleCount, latest: record.latest };
    const written = facts.entities.get(id);
    const before = facts.stored.get(id);
    if (written) out = withEntity(out, written);
    else if (before) {
      if (before.entity) out.entity = before.entity;
      // The whole record is kept only with its key: the two are one copy (version 12).
      if (before.key !== undefined && before.entityRecord) {
        out.key = before.key;
        out.entityRecord = before.entityRecord;
      }
    }
    const incidents = facts.inIncidents.has(id) ? true : facts.created.has(id) ? false : before?.incidents;
    if (incidents !== undefined) out.incidents = incidents;
    return out;
  });
}
