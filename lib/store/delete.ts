/**
 * Deleting from the log: one article, every article of a site, or everything. An article goes with
 * what was derived from it (mentions, entity rows, attributions, its reports of incidents); the
 * coverage of its entities is lowered, and entities and incidents no longer referenced by any article
 * go too, so nothing orphaned is left to show up in the entity index or an export. One transaction
 * each (everything: one database deletion): a failure deletes nothing.
 */
import { mentionEntityIdsOf, rowEntityIds } from './article-content';
import { withoutArticles } from './coverage';
import { deriveCoverage, readCoverage, refillLatest, writeCoverage } from './coverage-upkeep';
import type { SourcemarkDb } from './db';
import { unpost } from './entity-articles';
import { countEntities, deleteEntities } from './entity-store';
import type { CoverageRecord } from './records';
import { recreateEmpty } from './recreate-empty';
import { detachArticleFromIncidents } from './save-incidents';

/** What a deletion removed, for the confirmation message. */
export interface DeleteSummary {
  articles: number;
  entities: number;
  incidents: number;
}

const ALL = (db: SourcemarkDb) => [
  db.articles,
  db.entityPages,
  db.articleContent,
  db.entityArticles,
  db.coverage,
  db.incidents,
];

/**
 * Whether anything still names the entity besides articles' entity rows (which its coverage counts):
 * another article's attributions, or an incident. One key at most per index, whatever the entity's fame.
 */
async function isNamedElsewhere(db: SourcemarkDb, entityId: number): Promise<boolean> {
  const found = await Promise.all([
    db.articleContent.where('sourceEntityIds').equals(entityId).limit(1).primaryKeys(),
    db.incidents.where('placeEntityId').equals(entityId).limit(1).primaryKeys(),
    db.incidents.where('actorEntityIds').equals(entityId).limit(1).primaryKeys(),
  ]);
  return found.some((keys) => keys.length > 0);
}

/**
 * The coverage of the entities the deleted articles named, without them: counts lowered, rows removed,
 * lists that lost rows refilled from the articles left (read after the deletions, through the index).
 */
async function lowerCoverage(db: SourcemarkDb, removed: ReadonlyMap<number, number>, ids: ReadonlySet<number>): Promise<CoverageRecord[]> {
  const entityIds = [...removed.keys()];
  const stored = await db.coverage.bulkGet(entityIds);
  // Coverage an import left underived (version 8) is derived from the articles left: the deleted
  // articles' groups are gone already (requests run in the order issued), so nothing is taken off it.
  const underived = new Map((await deriveCoverage(db, entityIds.filter((_, i) => stored[i] === undefined))).map((r) => [r.entityId, r]));
  const refill: CoverageRecord[] = [];
  const lowered = entityIds.map((entityId, i) => {
    const derived = underived.get(entityId);
    if (derived) return derived;
    const { record, refill: again } = withoutArticles(stored[i] ?? { entityId, articleCount: 0, latest: [] }, ids, removed.get(entityId) ?? 0);
    if (again) refill.push(record);
    return record;
  });
  await refillLatest(db, refill);
  return lowered;
}

/** Deletes the articles with these ids and whatever only they referenced. */
export async function deleteArticles(db: SourcemarkDb, articleIds: readonly number[]): Promise<DeleteSummary> {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return { articles: 0, entities: 0, incidents: 0 };
  return db.transaction('rw', ALL(db), async () => {
    const [articles, content, incidents, incidentsBefore] = await Promise.all([
      db.articles.bulkGet(ids),
      db.articleContent.bulkGet(ids),
      db.incidents.where('articleIds').anyOf(ids).distinct().toArray(),
      db.incidents.count(),
    ]);
    const candidates = new Set<number>();
    const removed = new Map<number, number>();
    for (const c of content) {
      if (!c) continue;
      for (const entityId of rowEntityIds(c)) {
        candidates.add(entityId);
        removed.set(entityId, (removed.get(entityId) ?? 0) + 1);
      }
      for (const id of mentionEntityIdsOf(c)) candidates.add(id);
      for (const id of c.sourceEntityIds) candidates.add(id);
    }
    for (const i of incidents) {
      if (i.placeEntityId !== undefined) candidates.add(i.placeEntityId);
      for (const id of i.actorEntityIds) candidates.add(id);
    }
    // Imported articles leave their entities' lists too (version 11), before coverage is derived from them.
    await Promise.all([db.articleContent.bulkDelete(ids), db.articles.bulkDelete(ids), unpost(db, content)]);
    for (const id of ids) await detachArticleFromIncidents(db, id);
    const coverage = await lowerCoverage(db, removed, new Set(ids));
    await writeCoverage(db, coverage);
    // An entity no stored article names (no coverage left) goes unless something else names it.
    const counted = new Map(coverage.map((r) => [r.entityId, r.articleCount]));
    const uncovered = [...candidates].filter((id) => !counted.has(id));
    // Read with readCoverage: a missing record may only be underived (version 8).
    const stillCovered = new Set((await readCoverage(db, uncovered)).records.flatMap((r) => (r && r.articleCount > 0 ? [r.entityId] : [])));
    const orphans: number[] = [];
    for (const id of candidates) {
      if ((counted.get(id) ?? (stillCovered.has(id) ? 1 : 0)) > 0) continue;
      if (!(await isNamedElsewhere(db, id))) orphans.push(id);
    }
    await Promise.all([deleteEntities(db, orphans), db.coverage.bulkDelete(orphans)]);
    return {
      articles: articles.filter((a) => a !== undefined).length,
      entities: orphans.length,
      incidents: incidentsBefore - (await db.incidents.count()),
    };
  });
}

/** Deletes every article of a site (as the log shows it: the site name the page declared). */
export async function deleteSite(db: SourcemarkDb, site: string): Promise<DeleteSummary> {
  const ids = await db.articles.where('site').equals(site).primaryKeys();
  return deleteArticles(db, ids.filter((id): id is number => id !== undefined));
}

/**
 * Deletes everything Sourcemark stored (not the reader's settings, kept in their own database): the
 * database is deleted and created again empty (recreate-empty.ts), so nothing cleared lingers on disk
 * to slow the import that often follows. All or nothing: if another page keeps the database open,
 * nothing is deleted (DeleteBlockedError). The log asks for confirmation first.
 */
export async function deleteEverything(db: SourcemarkDb): Promise<DeleteSummary> {
  const summary = await db.transaction('r', [db.articles, db.entityPages, db.incidents], async () => {
    const [articles, entities, incidents] = await Promise.all([db.articles.count(), countEntities(db), db.incidents.count()]);
    return { articles, entities, incidents };
  });
  await recreateEmpty(db);
  return summary;
}
