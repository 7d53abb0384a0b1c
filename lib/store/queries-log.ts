/**
 * The reading log's queries. Built to stay fast with 10,000 articles: the list's order and every filter
 * come from index keys only (no records are read to decide what is shown), and the rows on screen read
 * their articles alone, which carry their counts.
 */
import type { EntityKind } from '../annotate/types';
import type { SourcemarkDb } from './db';
import { allEntities, entitiesByIds } from './entity-store';
import { readCoverage } from './coverage-upkeep';
import { articlesNaming } from './entity-articles';
import { articleCounts } from './article-counts';
import { attributionsOf, rowEntityIds } from './article-content';
import type { ArticleCounts, ArticleRecord, EntityRecord } from './records';
import { PER_READ, readWhole } from './read-whole';

/** What the reader narrowed the log to. Days are local YYYY-MM-DD, inclusive. */
export interface LogFilters {
  from?: string;
  to?: string;
  site?: string;
  entityId?: number;
  kind?: EntityKind;
  search?: string;
}

/** Every article id, newest first: the base every filter narrows. */
export interface ArticleOrder {
  ids: number[];
}

/** Local midnight of a YYYY-MM-DD day, in ms; NaN when the day is not a valid date. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? NaN, (m ?? NaN) - 1, d ?? NaN).getTime();
}

/**
 * All article ids newest first. Read FORWARD through the lastVisited index as primary keys only (one
 * getAllKeys request) and reversed here: a reverse read, or reading the index's own keys, makes Dexie
 * walk a cursor, one round trip per article, which took seconds with 10,000 articles.
 */
export async function articleOrder(db: SourcemarkDb): Promise<ArticleOrder> {
  const ids = (await db.articles.orderBy('lastVisited').primaryKeys()) as number[];
  return { ids: ids.reverse() };
}

/**
 * The newest `limit` article ids, newest first: the first screen of the list. One request backwards
 * over the lastVisited index where IndexedDB reads in both directions (Chromium), else a cursor of
 * `limit` steps: its cost does not grow with the log, whereas reading every id (articleOrder) took
 * 60–170 ms with 10,000 articles, which the first rows need not wait for.
 */
export async function newestArticleIds(db: SourcemarkDb, limit: number): Promise<number[]> {
  return (await db.articles.orderBy('lastVisited').reverse().limit(limit).primaryKeys()) as number[];
}

/** Each article's reading time, for the weekly picture (one getAll; not on the first-paint path). */
export async function visitTimes(db: SourcemarkDb): Promise<Map<number, number>> {
  const articles = await readWhole(db.articles, PER_READ.articles);
  return new Map(articles.flatMap((a) => (a.id === undefined ? [] : [[a.id, a.lastVisited] as const])));
}

/**
 * Ids of the articles that name the entity: the primary keys of its range of the multi-entry
 * entityVisits index ([entityId, visited] per saved article's row), one getAllKeys request, and the
 * articles imports listed under it (version 11: entity-articles.ts), one get of its page.
 */
export async function articlesOfEntity(db: SourcemarkDb, entityId: number): Promise<Set<number>> {
  const [ids] = await articlesNaming(db, [entityId]);
  return ids ?? new Set();
}

/** The ids of `order` that pass the date, site and entity filters (each one indexed read), newest first. */
export async function filterArticles(db: SourcemarkDb, order: ArticleOrder, f: LogFilters, matching?: Set<number>): Promise<number[]> {
  const from = f.from ? dayStart(f.from) : -Infinity;
  const to = f.to ? dayStart(f.to) + 86_400_000 : Infinity;
  const keys = (c: { primaryKeys(): Promise<unknown[]> }) => c.primaryKeys().then((k) => new Set(k as number[]));
  const [dated, site, entity] = await Promise.all([
    f.from || f.to ? keys(db.articles.where('lastVisited').between(from, to, true, false)) : undefined,
    f.site ? keys(db.articles.where('site').equals(f.site)) : undefined,
    f.entityId !== undefined ? articlesOfEntity(db, f.entityId) : undefined,
  ]);
  if (!dated && !site && !entity && !matching) return order.ids;
  return order.ids.filter((id) => (!dated || dated.has(id)) && (!site || site.has(id)) && (!entity || entity.has(id)) && (!matching || matching.has(id)));
}

/**
 * The sites the reader has read, most read first, for the site filter: the distinct sites (one cursor
 * step per site, not per article), then one count request each.
 */
export async function siteList(db: SourcemarkDb): Promise<Array<{ site: string; count: number }>> {
  const sites = (await db.articles.orderBy('site').uniqueKeys()) as string[];
  const counts = await Promise.all(sites.map((site) => db.articles.where('site').equals(site).count()));
  return sites.map((site, i) => ({ site, count: counts[i] ?? 0 })).sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
}

/** One row of the article list. */
export interface ArticleSummary {
  article: ArticleRecord & { id: number };
  actors: number;
  places: number;
  attributions: number;
  anonymous: number;
  incidents: number;
}

/**
 * The rows currently on screen (a few dozen at a time): one bulkGet of their articles, which carry
 * their counts (ArticleRecord.counts, kept by every save, import and upgrade). An article without them
 * (written while an upgrade had not finished) is counted from its records instead (countArticles).
 */
export async function articleSummaries(db: SourcemarkDb, ids: readonly number[]): Promise<ArticleSummary[]> {
  if (ids.length === 0) return [];
  const articles = (await db.articles.bulkGet([...ids])).filter((a): a is ArticleRecord & { id: number } => a?.id !== undefined);
  const uncounted = articles.filter((a) => a.counts === undefined).map((a) => a.id);
  const computed = uncounted.length ? await countArticles(db, uncounted) : new Map<number, ArticleCounts>();
  const none: ArticleCounts = { actors: 0, places: 0, attributions: 0, anonymous: 0, incidents: 0 };
  return articles.map((article) => ({ article, ...(article.counts ?? computed.get(article.id) ?? none) }));
}

/**
 * Counts of articles that carry none, from their records: their entities' kinds, their attributions
 * and the incidents naming them. Each read is a single request (bulkGet, or getAllKeys per article),
 * issued together in one transaction.
 */
export async function countArticles(db: SourcemarkDb, ids: readonly number[]): Promise<Map<number, ArticleCounts>> {
  return db.transaction('r', [db.entityPages, db.articleContent, db.incidents], async () => {
    const [content, incidentLists] = await Promise.all([
      db.articleContent.bulkGet([...ids]),
      Promise.all(ids.map((id) => db.incidents.where('articleIds').equals(id).primaryKeys())),
    ]);
    const rowIds = content.map((c) => (c ? rowEntityIds(c) : []));
    const entityIds = [...new Set(rowIds.flat())];
    // Range reads over neighbouring ids: a bulkGet is one request per entity, a few hundred per screen.
    const entities = await entitiesByIds(db, entityIds);
    const out = new Map<number, ArticleCounts>();
    ids.forEach((id, k) => {
      const kinds = (rowIds[k] ?? []).map((entityId) => entities.get(entityId)?.kind);
      const c = content[k];
      // An incident listed twice counts once.
      out.set(id, articleCounts(kinds, c ? attributionsOf(c).attributions : [], new Set(incidentLists[k]).size));
    });
    return out;
  });
}

/**
 * Every entity, sorted by name, for the entity index and the entity filter. Sorted here, in the order
 * the `name` index kept (code units), since version 8 dropped that index: every entity a save or an
 * import wrote paid an entry in it, for this one read.
 */
export async function entityList(db: SourcemarkDb): Promise<Array<EntityRecord & { id: number }>> {
  const all = await allEntities(db);
  return all.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
}

/**
 * How many articles and incidents one entity has (for the rows of the entity index on screen): the
 * article count kept in its coverage record, and the incidents at or involving it.
 */
export async function entityCounts(db: SourcemarkDb, entityId: number): Promise<{ articles: number; incidents: number }> {
  const [articles, atPlace, involving] = await Promise.all([
    // A record an import left underived (version 8) is counted from the articles.
    readCoverage(db, [entityId]).then(({ records }) => records[0]?.articleCount ?? 0),
    db.incidents.where('placeEntityId').equals(entityId).primaryKeys(),
    db.incidents.where('actorEntityIds').equals(entityId).primaryKeys(),
  ]);
  return { articles, incidents: new Set([...atPlace, ...involving]).size };
}
