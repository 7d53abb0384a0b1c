/**
 * Deleting from the log: one article, every article of a site, or everything. An article goes with
 * what was derived from it (mentions, appearances, attributions, its reports of incidents); entities
 * and incidents no longer referenced by any article go too, so nothing orphaned is left to show up in
 * the entity index or an export. One transaction each: a failure deletes nothing.
 */
import type { SourcemarkDb } from './db';
import { lowerArticleCounts } from './entity-counts';
import { detachArticleFromIncidents } from './save-incidents';

/** What a deletion removed, for the confirmation message. */
export interface DeleteSummary {
  articles: number;
  entities: number;
  incidents: number;
}

const ALL = (db: SourcemarkDb) => [db.articles, db.entities, db.articleMentions, db.appearances, db.attributions, db.incidents];

/**
 * Whether anything still names the entity besides articles (whose count the entity record keeps:
 * every mention has its article's appearance). One key at most per index, whatever the entity's fame.
 */
async function isNamedElsewhere(db: SourcemarkDb, entityId: number): Promise<boolean> {
  const found = await Promise.all([
    db.attributions.where('sourceEntityId').equals(entityId).limit(1).primaryKeys(),
    db.incidents.where('placeEntityId').equals(entityId).limit(1).primaryKeys(),
    db.incidents.where('actorEntityIds').equals(entityId).limit(1).primaryKeys(),
  ]);
  return found.some((keys) => keys.length > 0);
}

/** Deletes the articles with these ids and whatever only they referenced. */
export async function deleteArticles(db: SourcemarkDb, articleIds: readonly number[]): Promise<DeleteSummary> {
  const ids = [...new Set(articleIds)];
  if (ids.length === 0) return { articles: 0, entities: 0, incidents: 0 };
  return db.transaction('rw', ALL(db), async () => {
    const existing = (await db.articles.bulkGet(ids)).filter((a) => a !== undefined).length;
    const candidates = new Set<number>();
    const removed = new Map<number, number>();
    for (const [entityId] of await db.appearances.where('articleId').anyOf(ids).primaryKeys()) {
      candidates.add(entityId);
      removed.set(entityId, (removed.get(entityId) ?? 0) + 1);
    }
    for (const group of await db.articleMentions.bulkGet(ids)) for (const m of group?.mentions ?? []) candidates.add(m.entityId);
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
      db.articleMentions.bulkDelete(ids),
      db.appearances.where('articleId').anyOf(ids).delete(),
      db.attributions.where('articleId').anyOf(ids).delete(),
    ]);
    for (const id of ids) await detachArticleFromIncidents(db, id);
    await db.articles.bulkDelete(ids);
    await lowerArticleCounts(db, removed);
    // Read after the counts were lowered: what they say now.
    const stored = new Map((await db.entities.bulkGet([...candidates])).flatMap((e) => (e?.id === undefined ? [] : [[e.id, e] as const])));
    const orphans: number[] = [];
    for (const id of candidates) {
      const entity = stored.get(id);
      if (!entity) continue;
      if ((entity.articleCount ?? 1) > 0) continue;
      if (!(await isNamedElsewhere(db, id))) orphans.push(id);
    }
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
