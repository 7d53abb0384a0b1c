/**
 * Deleting from the log: one article, every article of a site, or everything. An article goes with
 * what was derived from it (mentions, appearances, attributions, its reports of incidents); entities
 * and incidents no longer referenced by any article go too, so nothing orphaned is left to show up in
 * the entity index or an export. One transaction each: a failure deletes nothing.
 */
import Dexie from 'dexie';
import type { SourcemarkDb } from './db';
import { detachArticleFromIncidents } from './save-incidents';

/** What a deletion removed, for the confirmation message. */
export interface DeleteSummary {
  articles: number;
  entities: number;
  incidents: number;
}

const ALL = (db: SourcemarkDb) => [db.articles, db.entities, db.mentions, db.appearances, db.attributions, db.incidents];

async function isReferenced(db: SourcemarkDb, entityId: number): Promise<boolean> {
  const counts = await Promise.all([
    db.appearances.where('[entityId+visited]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]).count(),
    db.mentions.where('entityId').equals(entityId).count(),
    db.attributions.where('sourceEntityId').equals(entityId).count(),
    db.incidents.where('placeEntityId').equals(entityId).count(),
    db.incidents.where('actorEntityIds').equals(entityId).count(),
  ]);
  return counts.some((n) => n > 0);
}

/** Deletes the articles with these ids and whatever only they referenced. */
export async function deleteArticles(db: SourcemarkDb, articleIds: readonly number[]): Promise<DeleteSummary> {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return { articles: 0, entities: 0, incidents: 0 };
  return db.transaction('rw', ALL(db), async () => {
    const existing = (await db.articles.bulkGet(ids)).filter((a) => a !== undefined).length;
    const candidates = new Set<number>();
    for (const a of await db.appearances.where('articleId').anyOf(ids).toArray()) candidates.add(a.entityId);
    for (const m of await db.mentions.where('articleId').anyOf(ids).toArray()) candidates.add(m.entityId);
    for (const a of await db.attributions.where('articleId').anyOf(ids).toArray()) {
      if (a.sourceEntityId !== undefined) candidates.add(a.sourceEntityId);
    }
    const incidents = await db.incidents.where('articleIds').anyOf(ids).distinct().toArray();
    for (const i of incidents) {
      if (i.placeEntityId !== undefined) candidates.add(i.placeEntityId);
      for (const id of i.actorEntityIds) candidates.add(id);
    }
    const incidentsBefore = await db.incidents.count();
    await Promise.all([
      db.mentions.where('articleId').anyOf(ids).delete(),
      db.appearances.where('articleId').anyOf(ids).delete(),
      db.attributions.where('articleId').anyOf(ids).delete(),
    ]);
    for (const id of ids) await detachArticleFromIncidents(db, id);
    await db.articles.bulkDelete(ids);
    const orphans: number[] = [];
    for (const id of candidates) if (!(await isReferenced(db, id))) orphans.push(id);
    await db.entities.bulkDelete(orphans);
    return { articles: existing, entities: orphans.length, incidents: incidentsBefore - (await db.incidents.count()) };
  });
}

/** Deletes every article of a site (as the log shows it: the site name the page declared). */
export async function deleteSite(db: SourcemarkDb, site: string): Promise<DeleteSummary> {
  const ids = await db.articles.where('site').equals(site).primaryKeys();
  return deleteArticles(db, ids.filter((id): id is number => id !== undefined));
}

/** Deletes everything Sourcemark stored. The log asks for confirmation first. */
export async function deleteEverything(db: SourcemarkDb): Promise<DeleteSummary> {
  return db.transaction('rw', ALL(db), async () => {
    const [articles, entities, incidents] = await Promise.all([db.articles.count(), db.entities.count(), db.incidents.count()]);
    await Promise.all(ALL(db).map((t) => t.clear()));
    return { articles, entities, incidents };
  });
}
