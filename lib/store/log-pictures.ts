/**
 * The numbers behind the log's pictures, for the articles the filters show: articles read per week,
 * the incidents they report (by date, type and place), and the actors and places they name most.
 * Reads kept counts wherever it can (each entity's coverage count for the whole log) so the pictures
 * of 10,000 articles are computed in a fraction of a second, after the list has painted.
 */
import type { IncidentType } from '../annotate/types';
import { rowEntityIds } from './article-content';
import { readCoverage } from './coverage-upkeep';
import type { SourcemarkDb } from './db';
import { allEntityIds, entitiesByIds, entitiesInOrder } from './entity-store';
import type { EntityRecord, IncidentRecord } from './records';
import { PER_READ, readWhole } from './read-whole';

const WEEK = 7 * 86_400_000;

/** Monday 00:00 local time of the week holding `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
  return d.getTime();
}

/** Articles read per week, every week from the first to the last (empty weeks included, as zeros). */
export function weeklyCounts(times: Iterable<number>): Array<{ week: number; count: number }> {
  const counts = new Map<number, number>();
  for (const t of times) {
    const w = weekStart(t);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const weeks = [...counts.keys()].sort((a, b) => a - b);
  const out: Array<{ week: number; count: number }> = [];
  // Step by calendar week (not 7×24 h) so daylight-saving changes do not shift the buckets.
  for (let w = weeks[0] as number; w <= (weeks.at(-1) as number); w = weekStart(w + WEEK + 3_600_000 * 12)) {
    out.push({ week: w, count: counts.get(w) ?? 0 });
  }
  return out;
}

/** An incident placed on the timeline. */
export interface TimelineIncident {
  id: number;
  type: IncidentType;
  date: string;
  place: string;
  killed?: number;
  reports: number;
}

/** Dated incidents reported by any of the articles, each with the place name it is grouped under. */
export async function timelineIncidents(db: SourcemarkDb, articleIds: ReadonlySet<number>): Promise<TimelineIncident[]> {
  // Sorted here by date, then id (the order the `date` index kept: version 11 dropped it, for this one read).
  const incidents = (await readWhole(db.incidents, PER_READ.incidents))
    .filter((i): i is IncidentRecord & { id: number; date: string } => i.id !== undefined && i.date !== undefined && i.articleIds.some((a) => articleIds.has(a)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const placeIds = [...new Set(incidents.flatMap((i) => (i.placeEntityId === undefined ? [] : [i.placeEntityId])))];
  const places = new Map([...(await entitiesByIds(db, placeIds))].map(([id, e]) => [id, e.name] as const));
  return incidents.map((i) => ({
    id: i.id,
    type: i.type,
    date: i.date,
    place: (i.placeEntityId !== undefined ? places.get(i.placeEntityId) : undefined) ?? i.location ?? 'Unknown place',
    killed: i.killed,
    reports: i.articleIds.filter((a) => articleIds.has(a)).length,
  }));
}

/** An entity with the number of the shown articles that name it. */
export interface EntityFrequency {
  entity: EntityRecord & { id: number };
  articles: number;
}

/** Above this many entities without a coverage record, they are counted from every article's rows at once. */
const DERIVE_LIMIT = 200;

/**
 * The actors and places named in most of the articles, `limit` of each. When the articles are the
 * whole log, each entity's kept coverage count is its number (one read of the coverage table; the
 * entities an import left without one, version 8, counted from the articles); for a
 * selection, the selected articles' entity records are read (one bulkGet) and counted.
 */
export async function topEntities(
  db: SourcemarkDb,
  articleIds: ReadonlySet<number>,
  limit = 10,
): Promise<{ actors: EntityFrequency[]; places: EntityFrequency[] }> {
  const counts = new Map<number, number>();
  const stored = await db.articles.count();
  if (articleIds.size >= stored) {
    const [coverage, entityIds] = await Promise.all([readWhole(db.coverage, PER_READ.coverage), allEntityIds(db)]);
    for (const c of coverage) if (c.articleCount > 0) counts.set(c.entityId, c.articleCount);
    // Entities without a record: none named by an article, or (version 8) left underived by an import.
    const covered = new Set(coverage.map((c) => c.entityId));
    const missing = new Set(entityIds.filter((id) => !covered.has(id)));
    if (missing.size > DERIVE_LIMIT) {
      for (const c of await readWhole(db.articleContent, PER_READ.content)) {
        for (const id of rowEntityIds(c)) if (missing.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    } else if (missing.size) {
      for (const r of (await readCoverage(db, [...missing])).records) if (r && r.articleCount > 0) counts.set(r.entityId, r.articleCount);
    }
  } else {
    for (const c of await db.articleContent.bulkGet([...articleIds])) {
      for (const id of c ? rowEntityIds(c) : []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  // Read only the head of the ranking: enough to fill both lists in all but freak cases.
  const head = ranked.slice(0, limit * 20);
  const entities = await entitiesInOrder(db, head.map(([id]) => id));
  const actors: EntityFrequency[] = [];
  const places: EntityFrequency[] = [];
  head.forEach(([, n], i) => {
    const entity = entities[i];
    if (entity?.id === undefined) return;
    const list = entity.kind === 'place' ? places : actors;
    if (list.length < limit) list.push({ entity: entity as EntityRecord & { id: number }, articles: n });
  });
  return { actors, places };
}
