/**
 * Everything the popup shows about one article, read in one transaction: its entities with earlier
 * coverage, its attributions (named and anonymous), and the prior incidents at its places or
 * involving its actors.
 */
import { attributionsOf, entitiesOf } from './article-content';
import { fillCoverageLater, readCoverage } from './coverage-upkeep';
import type { SourcemarkDb } from './db';
import { coverageOf, describedEntities, joinOwn, type EntityCoverage } from './cross-reference';
import { attachReports, newestFirst, PRIOR_INCIDENT_LIMIT, priorListed, type PriorIncident } from './prior-incidents';
import { ownStart, splitRecalled } from './recalled-incidents';
import type { ArticleRecord, AttributionRecord } from './records';

/** The popup's view of an article. */
export interface ArticleView {
  article: ArticleRecord;
  actors: EntityCoverage[];
  places: EntityCoverage[];
  attributions: AttributionRecord[];
  namedCount: number;
  anonymousCount: number;
  /** Incidents this article reports as news, each with every article that reported it. */
  incidents: PriorIncident[];
  /**
   * Incidents reported by other articles at the same places or involving the same actors, and those of
   * the article's own that it recalls as background and another article reported (recalled-incidents.ts).
   */
  prior: PriorIncident[];
}

/**
 * The view of the article stored under `url`; undefined when it is not stored (yet). Reads that do not
 * depend on each other are issued together: the article; its entity rows, attributions and incidents;
 * its entities' kept coverage (which says what each entity is, and whether any incident names it); the
 * incidents at those of its places and actors that incidents name — a few round trips, not one per entity.
 */
export async function articleView(db: SourcemarkDb, url: string): Promise<ArticleView | undefined> {
  return db.transaction('r', [db.articles, db.entityPages, db.articleContent, db.entityArticles, db.coverage, db.incidents], async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (article?.id === undefined) return undefined;
    const articleId = article.id;
    const [content, own] = await Promise.all([
      db.articleContent.get(articleId),
      db.incidents.where('articleIds').equals(articleId).toArray(),
    ]);
    // One record holds the article's rows and attributions (version 9).
    const rows = content ? entitiesOf(content).rows : [];
    const stored = content ? attributionsOf(content) : undefined;
    const ids = rows.map((r) => r.entityId);
    // The coverage records describe the entities too (version 7): entity records are read only for
    // those they do not.
    // Coverage an import left underived (version 8) is derived, and kept once this read is over.
    const { records: coverage, derived } = await readCoverage(db, ids);
    fillCoverageLater(db, derived);
    const entities = await describedEntities(db, ids, coverage);
    // Only the entities an incident may name are looked up (a coverage record says when none does).
    const idsOf = (place: boolean) =>
      ids.filter((_, i) => {
        const entity = entities[i];
        return entity !== undefined && (entity.kind === 'place') === place && coverage[i]?.incidents !== false;
      });
    own.sort((a, b) => ownStart(a, articleId) - ownStart(b, articleId));
    const { news, recalled } = splitRecalled(own, articleId);
    const listedPrior = await priorListed(db, articleId, idsOf(true), idsOf(false), own);
    const ownIds = new Set(own.map((i) => i.id));
    // One batch of report articles for the article's own incidents and the prior ones.
    const reported = await attachReports(db, [
      ...news.map((incident) => ({ incident, via: 'place' as const })),
      ...recalled.map((incident) => ({ incident, via: 'place' as const })),
      ...listedPrior.filter((p) => !ownIds.has(p.incident.id)),
    ]);
    const incidents = reported.slice(0, news.length);
    const prior = reported
      .slice(news.length)
      .sort((a, b) => newestFirst(a.incident, b.incident))
      .slice(0, PRIOR_INCIDENT_LIMIT);
    const listed = coverageOf(articleId, joinOwn(rows, entities, coverage));
    // Stored in text order, without ids (only an export numbers them).
    const attributions: AttributionRecord[] = (stored?.attributions ?? []).map((a) => ({ ...a, articleId }));
    const anonymousCount = attributions.filter((a) => a.anonymous).length;
    return {
      article,
      actors: listed.filter((e) => e.kind !== 'place'),
      places: listed.filter((e) => e.kind === 'place'),
      attributions,
      namedCount: attributions.length - anonymousCount,
      anonymousCount,
      incidents,
      prior,
    };
  });
}
