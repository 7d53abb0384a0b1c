import type { ArticleView } from '@/lib/store/article-view';
import { formatDate } from '../format';
import { AttributionSection } from './AttributionSection';
import { EntitySection } from './EntitySection';
import { IncidentTimeline } from './IncidentTimeline';

/** Everything the popup says about one article. */
export function ArticlePanel({ view, onOpen }: { view: ArticleView; onOpen: (url: string) => void }) {
  const { article } = view;
  return (
    <article className="panel">
      <h2 className="panel__title">{article.title || article.url}</h2>
      <p className="panel__meta">{[article.site, formatDate(article.publishedTime)].filter(Boolean).join(' · ')}</p>
      {article.truncated && (
        <p className="notice notice--empty">This article is very long: only its first part was annotated.</p>
      )}
      <EntitySection heading="Actors" entities={view.actors} emptyText="No actors found." onOpen={onOpen} />
      <EntitySection heading="Places" entities={view.places} emptyText="No places found." onOpen={onOpen} />
      <AttributionSection attributions={view.attributions} named={view.namedCount} anonymous={view.anonymousCount} />
      <IncidentTimeline heading="Incidents in this article" incidents={view.incidents} emptyText="No incidents reported here." onOpen={onOpen} />
      <IncidentTimeline
        heading="Prior incidents"
        incidents={view.prior}
        emptyText="No earlier incidents at these places or involving these actors in your reading."
        onOpen={onOpen}
      />
    </article>
  );
}
