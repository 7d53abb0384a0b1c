/**
 * Reads what an export holds, in one read transaction so the tables agree with one another: every
 * table for a full export, or the given articles with exactly what they reference for a filtered one
 * (their mentions, appearances, attributions, the entities those name, and the incidents they report,
 * trimmed to their reports) so a filtered file is still complete enough to import on its own.
 */
import type { Snapshot } from '../export/format';
import type { SourcemarkDb } from './db';
import type { IncidentRecord } from './records';

function hasId<T extends { id?: number }>(r: T | undefined): r is T & { id: number } {
  return r?.id !== undefined;
}

const TABLES_OF = (db: SourcemarkDb) => [db.articles, db.entities, db.mentions, db.appearances, db.attributions, db.incidents];

/** Every record of every table. */
export async function readAll(db: SourcemarkDb): Promise<Snapshot> {
  return db.transaction('r', TABLES_OF(db), async () => {
    const [articles, entities, mentions, appearances, attributions, incidents] = await Promise.all([
      db.articles.toArray(),
      db.entities.toArray(),
      db.mentions.toArray(),
      db.appearances.toArray(),
      db.attributions.toArray(),
      db.incidents.toArray(),
    ]);
    return {
      articles: articles.filter(hasId),
      entities: entities.filter(hasId),
      mentions: mentions.filter(hasId),
      appearances,
      attributions: attributions.filter(hasId),
      incidents: incidents.filter(hasId),
    };
  });
}

function trimIncident(incident: IncidentRecord & { id: number }, keep: ReadonlySet<number>): IncidentRecord & { id: number } {
  return {
    ...incident,
    articleIds: incident.articleIds.filter((id) => keep.has(id)),
    sources: incident.sources.filter((s) => keep.has(s.articleId)),
  };
}

/**
 * Above this many articles a filtered export reads whole tables (one getAll each) and filters in memory:
 * anyOf() walks a cursor, one round trip per record, which is slower once the selection is large.
 */
const WHOLE_TABLE_ABOVE = 200;

/** The given articles and everything they reference (see the file comment). */
export async function readArticles(db: SourcemarkDb, articleIds: readonly number[]): Promise<Snapshot> {
  const ids = [...new Set(articleIds)];
  const keep = new Set(ids);
  const whole = ids.length > WHOLE_TABLE_ABOVE;
  const mine = <T extends { articleId: number }>(rows: T[]) => (whole ? rows.filter((r) => keep.has(r.articleId)) : rows);
  return db.transaction('r', TABLES_OF(db), async () => {
    const [articles, mentions, appearances, attributions, incidents] = await Promise.all([
      db.articles.bulkGet(ids),
      (whole ? db.mentions.toArray() : db.mentions.where('articleId').anyOf(ids).toArray()).then(mine),
      (whole ? db.appearances.toArray() : db.appearances.where('articleId').anyOf(ids).toArray()).then(mine),
      (whole ? db.attributions.toArray() : db.attributions.where('articleId').anyOf(ids).toArray()).then(mine),
      (whole ? db.incidents.toArray() : db.incidents.where('articleIds').anyOf(ids).distinct().toArray()).then((rows) =>
        whole ? rows.filter((i) => i.articleIds.some((id) => keep.has(id))) : rows,
      ),
    ]);
    const trimmed = incidents.filter(hasId).map((i) => trimIncident(i, keep));
    const entityIds = new Set<number>();
    for (const m of mentions) entityIds.add(m.entityId);
    for (const a of appearances) entityIds.add(a.entityId);
    for (const a of attributions) if (a.sourceEntityId !== undefined) entityIds.add(a.sourceEntityId);
    for (const i of trimmed) {
      if (i.placeEntityId !== undefined) entityIds.add(i.placeEntityId);
      for (const id of i.actorEntityIds) entityIds.add(id);
    }
    const entities = await db.entities.bulkGet([...entityIds]);
    return {
      articles: articles.filter(hasId),
      entities: entities.filter(hasId),
      mentions: mentions.filter(hasId),
      appearances,
      attributions: attributions.filter(hasId),
      incidents: trimmed,
    };
  });
}
