/**
 * Everything the popup shows about one article, read in one transaction: its entities with earlier
 * coverage, its attributions (named and anonymous), and the prior incidents at its places or
 * involving its actors.
 */
import type { SourcemarkDb } from './db';
import { crossReferenceArticle, type EntityCoverage } from './cross-reference';
import { attachReports, priorIncidents, type PriorIncident } from './prior-incidents';
import type { ArticleRecord, AttributionRecord } from './records';

/** The popup's view of an article. */
export interface ArticleView {
  article: ArticleRecord;
  actors: EntityCoverage[];
  places: EntityCoverage[];
  attributions: AttributionRecord[];
  namedCount: number;
  anonymousCount: number;
  /** Incidents this article reports, each with every article that reported it. */
  incidents: PriorIncident[];
  /** Incidents reported by other articles at the same places or involving the same actors. */
  prior: PriorIncident[];
}

/** The view of the article stored under `url`; undefined when it is not stored (yet). */
export async function articleView(db: SourcemarkDb, url: string): Promise<ArticleView | undefined> {
  return db.transaction('r', [db.articles, db.entities, db.appearances, db.attributions, db.incidents], async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (article?.id === undefined) return undefined;
    const articleId = article.id;
    const [entities, attributions, own] = await Promise.all([
      crossReferenceArticle(db, article),
      db.attributions.where('articleId').equals(articleId).sortBy('quote.start'),
      db.incidents.where('articleIds').equals(articleId).toArray(),
    ]);
    const actors = entities.filter((e) => e.kind !== 'place');
    const places = entities.filter((e) => e.kind === 'place');
    const ownIds = new Set(own.map((i) => i.id));
    const prior = (
      await priorIncidents(db, articleId, places.map((p) => p.entityId), actors.map((a) => a.entityId))
    ).filter((p) => !ownIds.has(p.incident.id));
    own.sort((a, b) => (a.sources[0]?.quote.start ?? 0) - (b.sources[0]?.quote.start ?? 0));
    const incidents = await attachReports(db, own.map((incident) => ({ incident, via: 'place' as const })));
    const anonymousCount = attributions.filter((a) => a.anonymous).length;
    return {
      article,
      actors,
      places,
      attributions,
      namedCount: attributions.length - anonymousCount,
      anonymousCount,
      incidents,
      prior,
    };
  });
}
