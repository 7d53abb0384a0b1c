import type { ArticleCoverage, EntityCoverage } from '@/lib/store/cross-reference';
import { EntityCoverageList } from './EntityCoverageList';

/** One article's actors and places, each with how often it was read about elsewhere. */
export function ArticleCoverageView({ coverage }: { coverage: ArticleCoverage }) {
  const actors: EntityCoverage[] = coverage.entities.filter((e) => e.kind !== 'place');
  const places: EntityCoverage[] = coverage.entities.filter((e) => e.kind === 'place');
  const { article } = coverage;
  return (
    <article className="coverage">
      <h2 className="coverage__title">{article.title || article.url}</h2>
      {article.site && <p className="coverage__site">{article.site}</p>}
      {article.truncated && (
        <p className="notice notice--empty">This article is very long: only its first part was annotated.</p>
      )}
      <EntityCoverageList heading="Actors" entities={actors} emptyText="No actors found." />
      <EntityCoverageList heading="Places" entities={places} emptyText="No places found." />
    </article>
  );
}
