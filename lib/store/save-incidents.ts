/**
 * Folds an article's incidents into the stored ones: the same incident from several articles becomes
 * one record with several sources. Runs inside saveArticle's transaction.
 */
import type { Annotation, Incident } from '../annotate/types';
import type { SourcemarkDb } from './db';
import { incidentKey } from './incident-key';
import { quoteOf } from './quote';
import type { IncidentRecord } from './records';

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** Removes an article's reports from the stored incidents, deleting incidents left without any. */
export async function detachArticleFromIncidents(db: SourcemarkDb, articleId: number): Promise<void> {
  const touched = await db.incidents.where('articleIds').equals(articleId).toArray();
  for (const incident of touched) {
    const sources = incident.sources.filter((s) => s.articleId !== articleId);
    if (sources.length === 0 && incident.id !== undefined) await db.incidents.delete(incident.id);
    else await db.incidents.put({ ...incident, sources, articleIds: incident.articleIds.filter((id) => id !== articleId) });
  }
}

/** The stored place and actors of an annotation's incident, by the article's linked entities. */
function resolver(annotation: Annotation, entityIds: ReadonlyMap<string, number>) {
  const idByName = new Map<string, number>();
  for (const e of annotation.entities) {
    const id = entityIds.get(e.id);
    if (id !== undefined) for (const n of [e.name, ...e.aliases]) idByName.set(n, id);
  }
  return (incident: Incident): { placeEntityId?: number; actors: number[] } => ({
    placeEntityId:
      (incident.locationEntityId ? entityIds.get(incident.locationEntityId) : undefined) ??
      (incident.location ? idByName.get(incident.location) : undefined),
    actors: [...incident.claimedBy, ...incident.deniedBy, ...incident.blamedOn].map((n) => idByName.get(n)).filter((id): id is number => id !== undefined),
  });
}

/**
 * The stored entities saveIncidents will make the article's incidents be at or involve, known before
 * it runs, so the save writes its entities' coverage (CoverageRecord.incidents) beside the incidents
 * instead of after them. (An incident it merges into keeps the entities it named: marked already.)
 */
export function entitiesInIncidents(annotation: Annotation, entityIds: ReadonlyMap<string, number>): Set<number> {
  const resolve = resolver(annotation, entityIds);
  const out = new Set<number>();
  for (const incident of annotation.incidents) {
    if (!incident.mentions[0]) continue;
    const { placeEntityId, actors } = resolve(incident);
    for (const id of placeEntityId === undefined ? actors : [placeEntityId, ...actors]) out.add(id);
  }
  return out;
}

/** What saveIncidents wrote. */
export interface SavedIncidents {
  /** How many incident records now carry the article's reports (the count its log row shows). */
  count: number;
}

/**
 * Adds the article's incidents; `entityIds` maps the annotation's entity ids to stored ids. Several of
 * its incidents may fold into one record.
 */
export async function saveIncidents(
  db: SourcemarkDb,
  articleId: number,
  text: string,
  annotation: Annotation,
  entityIds: ReadonlyMap<string, number>,
): Promise<SavedIncidents> {
  const written = new Set<number>();
  const resolve = resolver(annotation, entityIds);
  for (const incident of annotation.incidents) {
    const first = incident.mentions[0];
    if (!first) continue;
    const { placeEntityId, actors } = resolve(incident);
    const place = placeEntityId !== undefined ? `#${placeEntityId}` : (incident.location ?? '?');
    const key = incidentKey(incident.type, place, incident.date, articleId);
    const sources = incident.mentions.map((m) => ({
      articleId,
      evidence: text.slice(m.start, m.end),
      quote: { start: m.start, end: m.end, ...quoteOf(text, m.start, m.end) },
    }));
    const stored = await db.incidents.where('key').equals(key).first();
    const record: IncidentRecord = stored
      ? {
          ...stored,
          quantity: stored.quantity ?? incident.quantity,
          killed: stored.killed ?? incident.killed,
          injured: stored.injured ?? incident.injured,
          claimedBy: union(stored.claimedBy, incident.claimedBy),
          deniedBy: union(stored.deniedBy, incident.deniedBy),
          blamedOn: union(stored.blamedOn, incident.blamedOn),
          actorEntityIds: union(stored.actorEntityIds, actors),
          articleIds: union(stored.articleIds, [articleId]),
          sources: [...stored.sources, ...sources],
        }
      : {
          key,
          type: incident.type,
          location: incident.location,
          placeEntityId,
          date: incident.date,
          quantity: incident.quantity,
          killed: incident.killed,
          injured: incident.injured,
          claimedBy: incident.claimedBy,
          deniedBy: incident.deniedBy,
          blamedOn: incident.blamedOn,
          actorEntityIds: actors,
          articleIds: [articleId],
          sources,
        };
    const id = await db.incidents.put(record);
    if (id !== undefined) written.add(id);
  }
  return { count: written.size };
}
