/**
 * Upgrade from version 4: each article's appearances become one ArticleEntitiesRecord and its
 * attributions one ArticleAttributionsRecord; every entity's coverage record is built from them, every
 * article gets its log counts. Entities are not rewritten: the article count version 4 kept on them is
 * left in place, unread (coverage holds the count now, and the export leaves the field out), because
 * rewriting every entity and its alias index entries was a third of the upgrade's time. Runs inside
 * Dexie's upgrade transaction (the old `appearances` and `attributions` tables are still readable
 * there and are deleted after): if anything throws, nothing changes.
 */
import type { Transaction } from 'dexie';
import type { EntityKind } from '../annotate/types';
import { articleCounts } from './article-counts';
import { coverageFrom } from './coverage';
import type {
  AppearanceRecord,
  ArticleAttribution,
  ArticleAttributionsRecord,
  ArticleEntitiesRecord,
  ArticleMentionsRecord,
  ArticleRecord,
  AttributionRecord,
  CoverageRecord,
  EntityRecord,
  IncidentRecord,
} from './records';

/** An article's appearances as one record, its rows in the order the article first mentions them. */
function groupOf(articleId: number, appearances: readonly AppearanceRecord[], mentions: ArticleMentionsRecord | undefined): ArticleEntitiesRecord {
  const firstAt = new Map<number, number>();
  (mentions?.mentions ?? []).forEach((m, i) => {
    if (!firstAt.has(m.entityId)) firstAt.set(m.entityId, i);
  });
  // Entities the mentions do not name (none, in a store saveArticle wrote) keep primary-key order, last.
  const place = (a: AppearanceRecord) => firstAt.get(a.entityId) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...appearances].sort((a, b) => place(a) - place(b));
  const visited = Math.max(...sorted.map((a) => a.visited));
  return {
    articleId,
    visited,
    entityVisits: sorted.map((a) => [a.entityId, visited]),
    rows: sorted.map(({ entityId, mentionCount, sentence, quote }) => ({ entityId, mentionCount, sentence, quote })),
  };
}

/** An article's attributions as one record, in text order (then the order they were stored). */
function attributionsOf(articleId: number, list: readonly AttributionRecord[]): ArticleAttributionsRecord {
  const sorted = [...list].sort((a, b) => a.quote.start - b.quote.start || (a.id ?? 0) - (b.id ?? 0));
  const attributions: ArticleAttribution[] = sorted.map(({ id: _id, articleId: _article, ...rest }) => rest);
  const sourceEntityIds = [...new Set(sorted.flatMap((a) => (a.sourceEntityId === undefined ? [] : [a.sourceEntityId])))];
  return { articleId, sourceEntityIds, attributions };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** The Dexie upgrade function for version 5. */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const [articles, entities, appearances, attributions, mentions, incidents] = await Promise.all([
    tx.table<ArticleRecord, number>('articles').toArray(),
    tx.table<EntityRecord, number>('entities').toArray(),
    // Primary-key order ([entityId+articleId]), the order rows keep when no mention places them.
    tx.table<AppearanceRecord, [number, number]>('appearances').toArray(),
    tx.table<AttributionRecord, number>('attributions').toArray(),
    tx.table<ArticleMentionsRecord, number>('articleMentions').toArray(),
    tx.table<IncidentRecord, number>('incidents').toArray(),
  ]);
  const mentionsOf = new Map(mentions.map((m) => [m.articleId, m]));
  const groups = [...groupBy(appearances, (a) => a.articleId)].map(([articleId, list]) => groupOf(articleId, list, mentionsOf.get(articleId)));
  const attributionGroups = [...groupBy(attributions, (a) => a.articleId)].map(([articleId, list]) => attributionsOf(articleId, list));

  const byId = new Map(articles.flatMap((a) => (a.id === undefined ? [] : [[a.id, { ...a, id: a.id }] as const])));
  const coverage: CoverageRecord[] = [...coverageFrom(groups, byId).values()];

  const kindOf = new Map<number, EntityKind>(entities.flatMap((e) => (e.id === undefined ? [] : [[e.id, e.kind] as const])));
  const groupOfArticle = new Map(groups.map((g) => [g.articleId, g]));
  const attributionsOfArticle = new Map(attributionGroups.map((g) => [g.articleId, g.attributions]));
  const incidentsOf = new Map<number, number>();
  for (const incident of incidents) for (const id of new Set(incident.articleIds)) incidentsOf.set(id, (incidentsOf.get(id) ?? 0) + 1);
  const counted = [...byId.values()].map((article) => ({
    ...article,
    counts: articleCounts(
      (groupOfArticle.get(article.id)?.rows ?? []).map((r) => kindOf.get(r.entityId)),
      attributionsOfArticle.get(article.id) ?? [],
      incidentsOf.get(article.id) ?? 0,
    ),
  }));

  await Promise.all([
    tx.table<ArticleEntitiesRecord, number>('articleEntities').bulkPut(groups),
    tx.table<ArticleAttributionsRecord, number>('articleAttributions').bulkPut(attributionGroups),
    tx.table<CoverageRecord, number>('coverage').bulkPut(coverage),
    tx.table<ArticleRecord, number>('articles').bulkPut(counted),
  ]);
}
