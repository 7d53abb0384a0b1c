/**
 * "What happened there before?": the stored incidents at the article's places or involving its actors,
 * reported by other articles too, newest first, for the popup's timeline.
 */
import Dexie from 'dexie';
import type { SourcemarkDb } from './db';
import { readByIds } from './read-by-ids';
import type { IncidentRecord } from './records';

/** How many prior incidents the popup's timeline shows. */
export const PRIOR_INCIDENT_LIMIT = 12;

/** An incident with the articles (titles) that reported it, each once. */
export interface PriorIncident {
  incident: IncidentRecord;
  /** Why it is listed: it happened at one of the article's places, or involves one of its actors. */
  via: 'place' | 'actor';
  reports: Array<{ articleId: number; title: string; url: string; evidence: string }>;
}

/** The timeline's order: newest day first, undated last, then the newest stored. */
export function newestFirst(a: IncidentRecord, b: IncidentRecord): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || (b.id ?? 0) - (a.id ?? 0);
}

/**
 * The incidents at one place that can make the timeline: the `limit` newest through the
 * [placeEntityId+date] index (newest date first, then newest id, as the timeline sorts), so a place
 * with thousands of incidents costs a few records. Undated incidents are not in that index and sort
 * last: they are read only when the place has fewer than `limit` dated ones.
 */
async function latestAtPlace(db: SourcemarkDb, placeId: number, limit: number): Promise<IncidentRecord[]> {
  const dated = await db.incidents.where('[placeEntityId+date]').between([placeId, Dexie.minKey], [placeId, Dexie.maxKey]).reverse().limit(limit).toArray();
  if (dated.length === limit) return dated;
  return db.incidents.where('placeEntityId').equals(placeId).toArray();
}

/**
 * The incidents involving the actors that can make the timeline: for each, the `limit` most recently
 * stored (the multi-entry actorEntityIds index holds no date), its keys first, then one batch of the
 * records of all actors together. An actor of a long conflict is in hundreds of incidents, each record
 * carrying all its reports. Each actor's keys are a Dexie query of their own (an anyOf() walks one
 * cursor, a sequential round trip per value), so the popup's live query still sees the ranges it read.
 */
async function latestOfActors(db: SourcemarkDb, actorIds: readonly number[], limit: number): Promise<IncidentRecord[]> {
  if (actorIds.length === 0) return [];
  const lists = await Promise.all(actorIds.map((id) => db.incidents.where('actorEntityIds').equals(id).primaryKeys() as Promise<number[]>));
  const ids = [...new Set(lists.flatMap((keys) => keys.sort((a, b) => b - a).slice(0, limit)))];
  if (ids.length === 0) return [];
  return (await db.incidents.bulkGet(ids)).filter((i): i is IncidentRecord => i !== undefined);
}

/**
 * Incidents linked to the given places or actors, excluding ones reported only by `articleId`.
 * `own` (the incidents the article reports, when the caller has them) says how many of those to skip,
 * so each place's read stays exactly as long as the timeline needs.
 */
export async function priorIncidents(
  db: SourcemarkDb,
  articleId: number,
  placeIds: number[],
  actorIds: number[],
  own?: readonly IncidentRecord[],
): Promise<PriorIncident[]> {
  return attachReports(db, await priorListed(db, articleId, placeIds, actorIds, own));
}

/**
 * priorIncidents without the reports' articles, so a caller that also lists other incidents (the
 * article's own) reads the articles of both in one batch.
 */
export async function priorListed(
  db: SourcemarkDb,
  articleId: number,
  placeIds: number[],
  actorIds: number[],
  own?: readonly IncidentRecord[],
): Promise<Array<{ incident: IncidentRecord; via: 'place' | 'actor' }>> {
  const mine = own ?? (await db.incidents.where('articleIds').equals(articleId).toArray());
  const onlyMine = mine.filter((i) => i.articleIds.every((id) => id === articleId)).length;
  const [atPlaces, withActors] = await Promise.all([
    Promise.all(placeIds.map((id) => latestAtPlace(db, id, PRIOR_INCIDENT_LIMIT + onlyMine))).then((lists) => lists.flat()),
    latestOfActors(db, actorIds, PRIOR_INCIDENT_LIMIT + onlyMine),
  ]);
  const byId = new Map<number, { incident: IncidentRecord; via: 'place' | 'actor' }>();
  for (const incident of atPlaces) if (incident.id !== undefined) byId.set(incident.id, { incident, via: 'place' });
  for (const incident of withActors) {
    if (incident.id !== undefined && !byId.has(incident.id)) byId.set(incident.id, { incident, via: 'actor' });
  }
  return [...byId.values()]
    .filter(({ incident }) => incident.articleIds.some((id) => id !== articleId))
    .sort((a, b) => newestFirst(a.incident, b.incident))
    .slice(0, PRIOR_INCIDENT_LIMIT);
}

function firstPerArticle<T extends { articleId: number }>(sources: readonly T[]): T[] {
  const seen = new Set<number>();
  return sources.filter((s) => !seen.has(s.articleId) && Boolean(seen.add(s.articleId)));
}

/** Adds to each incident the stored articles that reported it, with their evidence sentences. */
export async function attachReports(
  db: SourcemarkDb,
  listed: Array<{ incident: IncidentRecord; via: 'place' | 'actor' }>,
): Promise<PriorIncident[]> {
  const articleIds = [...new Set(listed.flatMap(({ incident }) => incident.articleIds))];
  const articles = await readByIds(db.articles, articleIds);
  return listed.map(({ incident, via }) => ({
    incident,
    via,
    // One report per article: an article that names the incident in several sentences is one source,
    // shown with its first sentence about it.
    reports: firstPerArticle(incident.sources).flatMap((s) => {
      const article = articles.get(s.articleId);
      return article ? [{ articleId: s.articleId, title: article.title, url: article.url, evidence: s.evidence }] : [];
    }),
  }));
}
