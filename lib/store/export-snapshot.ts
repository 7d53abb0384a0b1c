/**
 * Reads what an export holds, in one read transaction so the tables agree with one another: every
 * table for a full export, or the given articles with exactly what they reference for a filtered one
 * (their mentions, appearances, attributions, the entities those name, and the incidents they report,
 * trimmed to their reports) so a filtered file is still complete enough to import on its own.
 *
 * The file lists mentions one by one, as it always did; the store keeps each article's mentions in one
 * record, so each gets an id made from its article's id and its place there (see mentionId).
 */
import type { ExportEntity, ExportMention, Snapshot } from '../export/format';
import type { SourcemarkDb } from './db';
import type { ArticleMentionsRecord, EntityRecord, IncidentRecord } from './records';

/** Most mentions one article can have and still get distinct ids (far above any article's). */
export const MENTIONS_PER_ARTICLE = 1_000_000;

/**
 * The id a mention carries in an export: unique (an article cannot hold MENTIONS_PER_ARTICLE
 * mentions), the same in a full and a filtered export, and the same until the article is saved again
 * (as before, when a revisit rewrote an article's mention records with new ids).
 */
export function mentionId(articleId: number, index: number): number {
  return articleId * MENTIONS_PER_ARTICLE + index + 1;
}

/** The articles' mention records as the file's flat list, article by article. */
export function flatMentions(groups: readonly ArticleMentionsRecord[]): ExportMention[] {
  const out: ExportMention[] = [];
  for (const { articleId, mentions } of groups) {
    mentions.forEach((m, i) => {
      out.push({ id: mentionId(articleId, i), articleId, entityId: m.entityId, start: m.start, end: m.end, exact: m.exact, prefix: m.prefix, suffix: m.suffix });
    });
  }
  return out;
}

/** The entity as exported: without its article count, which the store derives (and an import rebuilds). */
function exportedEntity(e: EntityRecord & { id: number }): ExportEntity {
  const { articleCount: _derived, ...rest } = e;
  return rest;
}

function hasId<T extends { id?: number }>(r: T | undefined): r is T & { id: number } {
  return r?.id !== undefined;
}

const TABLES_OF = (db: SourcemarkDb) => [db.articles, db.entities, db.articleMentions, db.appearances, db.attributions, db.incidents];

/** Every record of every table. */
export async function readAll(db: SourcemarkDb): Promise<Snapshot> {
  return db.transaction('r', TABLES_OF(db), async () => {
    const [articles, entities, mentions, appearances, attributions, incidents] = await Promise.all([
      db.articles.toArray(),
      db.entities.toArray(),
      db.articleMentions.toArray(),
      db.appearances.toArray(),
      db.attributions.toArray(),
      db.incidents.toArray(),
    ]);
    return {
      articles: articles.filter(hasId),
      entities: entities.filter(hasId).map(exportedEntity),
      mentions: flatMentions(mentions),
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
      (whole ? db.articleMentions.toArray() : db.articleMentions.bulkGet(ids)).then((rows) =>
        rows.filter((r): r is ArticleMentionsRecord => r !== undefined && keep.has(r.articleId)),
      ),
      (whole ? db.appearances.toArray() : db.appearances.where('articleId').anyOf(ids).toArray()).then(mine),
      (whole ? db.attributions.toArray() : db.attributions.where('articleId').anyOf(ids).toArray()).then(mine),
      (whole ? db.incidents.toArray() : db.incidents.where('articleIds').anyOf(ids).distinct().toArray()).then((rows) =>
        whole ? rows.filter((i) => i.articleIds.some((id) => keep.has(id))) : rows,
      ),
    ]);
    const trimmed = incidents.filter(hasId).map((i) => trimIncident(i, keep));
    const entityIds = new Set<number>();
    for (const group of mentions) for (const m of group.mentions) entityIds.add(m.entityId);
    for (const a of appearances) entityIds.add(a.entityId);
    for (const a of attributions) if (a.sourceEntityId !== undefined) entityIds.add(a.sourceEntityId);
    for (const i of trimmed) {
      if (i.placeEntityId !== undefined) entityIds.add(i.placeEntityId);
      for (const id of i.actorEntityIds) entityIds.add(id);
    }
    const entities = await db.entities.bulkGet([...entityIds]);
    return {
      articles: articles.filter(hasId),
      entities: entities.filter(hasId).map(exportedEntity),
      mentions: flatMentions(mentions),
      appearances,
      attributions: attributions.filter(hasId),
      incidents: trimmed,
    };
  });
}
