/**
 * Folds an article's incidents into the stored ones: the same incident from several articles becomes
 * one record with several sources. Runs inside saveArticle's transaction.
 */
import Dexie from 'dexie';
import type { Annotation, Incident } from '../annotate/types';
import type { SourcemarkDb } from './db';
import { incidentKey } from './incident-key';
import { quoteOf } from './quote';
import { foldIncident } from './incident-fold';
import type { IncidentRecord, IncidentSource } from './records';

/**
 * Removes an article's reports from the stored incidents, deleting incidents left without any: the
 * writes are issued together (requests run in the order issued), one round trip whatever their number.
 */
export async function detachArticleFromIncidents(db: SourcemarkDb, articleId: number): Promise<void> {
  const touched = await db.incidents.where('articleIds').equals(articleId).toArray();
  await Promise.all(
    touched.map((incident) => {
      const sources = incident.sources.filter((s) => s.articleId !== articleId);
      if (sources.length === 0 && incident.id !== undefined) return db.incidents.delete(incident.id);
      return db.incidents.put({ ...incident, sources, articleIds: incident.articleIds.filter((id) => id !== articleId) });
    }),
  );
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

/** One of the article's incidents as saveIncidents stores it: its key, place and actors, and its reports. */
interface Report {
  key: string;
  incident: Incident;
  placeEntityId?: number;
  actors: number[];
  sources: IncidentSource[];
}

/** The article's incidents (those with a mention), in order, each with its key, place and actors. */
function placed(articleId: number, annotation: Annotation, entityIds: ReadonlyMap<string, number>): Array<Omit<Report, 'sources'>> {
  const resolve = resolver(annotation, entityIds);
  return annotation.incidents.flatMap((incident) => {
    if (!incident.mentions[0]) return [];
    const { placeEntityId, actors } = resolve(incident);
    const place = placeEntityId !== undefined ? `#${placeEntityId}` : (incident.location ?? '?');
    return [{ key: incidentKey(incident.type, place, incident.date, articleId), incident, placeEntityId, actors }];
  });
}

/** The article's incidents as saveIncidents stores them: placed, with their reports. */
function reportsOf(articleId: number, text: string, annotation: Annotation, entityIds: ReadonlyMap<string, number>): Report[] {
  return placed(articleId, annotation, entityIds).map((p) => ({
    ...p,
    sources: p.incident.mentions.map((m) => ({
      articleId,
      evidence: text.slice(m.start, m.end),
      quote: { start: m.start, end: m.end, ...quoteOf(text, m.start, m.end) },
    })),
  }));
}

/**
 * How many incident records will carry the article's reports once saveIncidents ran: one per distinct
 * key (incidents are stored under a unique key), known before it runs so the article is written beside
 * its incidents instead of after them.
 */
export function incidentCount(articleId: number, annotation: Annotation, entityIds: ReadonlyMap<string, number>): number {
  return new Set(placed(articleId, annotation, entityIds).map((r) => r.key)).size;
}

/** The stored incident (or none) with one more report of the article folded in. */
function folded(stored: IncidentRecord | undefined, { key, incident, placeEntityId, actors, sources }: Report, articleId: number): IncidentRecord {
  return stored
    ? foldIncident(stored, { ...incident, actorEntityIds: actors, articleIds: [articleId], sources })
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
}

/** What saveIncidents wrote. */
export interface SavedIncidents {
  /** How many incident records now carry the article's reports (the count its log row shows). */
  count: number;
}

/**
 * Adds the article's incidents; `entityIds` maps the annotation's entity ids to stored ids. Several of
 * its incidents may fold into one record (in the article's order, as if written one after the
 * other): the stored records under their keys are read together, then written together.
 */
export async function saveIncidents(
  db: SourcemarkDb,
  articleId: number,
  text: string,
  annotation: Annotation,
  entityIds: ReadonlyMap<string, number>,
): Promise<SavedIncidents> {
  const reports = reportsOf(articleId, text, annotation, entityIds);
  const keys = [...new Set(reports.map((r) => r.key))];
  if (keys.length === 0) return Dexie.Promise.resolve({ count: 0 });
  const stored = await Promise.all(keys.map((key) => db.incidents.where('key').equals(key).first()));
  const byKey = new Map<string, IncidentRecord | undefined>(keys.map((key, i) => [key, stored[i]]));
  for (const report of reports) byKey.set(report.key, folded(byKey.get(report.key), report, articleId));
  await db.incidents.bulkPut([...byKey.values()].flatMap((r) => (r ? [r] : [])));
  return { count: keys.length };
}
