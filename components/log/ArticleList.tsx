import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteArticles } from '@/lib/store/delete';
import { articleSummaries, type ArticleSummary } from '@/lib/store/queries-log';
import { ConfirmButton } from './ConfirmButton';
import { dayOf, percent, plural } from './format';
import { logDb } from './log-db';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 68;

function Counts({ s }: { s: ArticleSummary }) {
  return (
    <span className="row__counts">
      <span data-count="actors">{plural(s.actors, 'actor')}</span>
      <span data-count="places">{plural(s.places, 'place')}</span>
      <span data-count="attributions">
        {plural(s.attributions, 'attribution')}
        {s.attributions > 0 && <> ({percent(s.anonymous, s.attributions)} anonymous)</>}
      </span>
      <span data-count="incidents">{plural(s.incidents, 'incident')}</span>
    </span>
  );
}

function ArticleRow({ id, summary }: { id: number; summary?: ArticleSummary }) {
  if (!summary) return <div className="row row--loading" data-article-id={id} aria-busy="true">…</div>;
  const { article } = summary;
  return (
    <div className="row" data-article-id={id} data-row-loaded="">
      <span className="row__meta">
        <time dateTime={dayOf(article.lastVisited)}>{dayOf(article.lastVisited)}</time>
        {article.site && <span className="row__site">{article.site}</span>}
      </span>
      <a className="row__title" href={article.url} target="_blank" rel="noreferrer">
        {article.title || article.url}
      </a>
      <Counts s={summary} />
      <span className="row__actions">
        <ConfirmButton
          small
          label="Delete"
          confirmLabel="Delete it"
          warning={<>Delete “{article.title || article.url}”?</>}
          onConfirm={async () => {
            await deleteArticles(logDb, [id]);
          }}
        />
      </span>
    </div>
  );
}

/** The articles the filters show, newest first, virtualized; counts are read for the rows on screen. */
export function ArticleList({ ids }: { ids: number[] }) {
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const onRange = useCallback((first: number, last: number) => {
    setRange((r) => (r[0] === first && r[1] === last ? r : [first, last]));
  }, []);
  const visible = ids.slice(range[0], range[1]);
  const key = visible.join(',');
  // Nothing is read until the list has measured which rows are on screen (its first layout effect).
  const summaries = useLiveQuery(async () => new Map((await articleSummaries(logDb, visible)).map((s) => [s.article.id, s])), [key]);
  if (ids.length === 0) return <p className="notice notice--empty" role="status">No article matches these filters.</p>;
  return (
    <VirtualList
      className="articles"
      label={`Articles, ${ids.length}`}
      count={ids.length}
      rowHeight={ROW_HEIGHT}
      onRange={onRange}
      renderRow={(i) => {
        const id = ids[i] as number;
        return <ArticleRow id={id} summary={summaries?.get(id)} />;
      }}
    />
  );
}
