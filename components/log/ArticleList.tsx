import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { articleSummaries, type ArticleSummary } from '@/lib/store/queries-log';
import { afterPaint } from './after-paint';
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
            // Deleting's code (coverage upkeep, the records' unpacking) is loaded on the first delete:
            // the list's first screen does not wait for it.
            const { deleteArticles } = await import('@/lib/store/delete');
            await deleteArticles(logDb, [id]);
          }}
        />
      </span>
    </div>
  );
}

/**
 * The articles the filters show, newest first, virtualized; counts are read for the rows on screen.
 * `partial`: `ids` are only the newest articles, the rest still being read (their number is unknown).
 * `onFirstRows` is called once rows with their counts are painted, so slower reads can start then.
 */
export function ArticleList({
  ids,
  partial = false,
  early,
  onFirstRows,
}: {
  ids: number[];
  partial?: boolean;
  /** Rows read before Dexie loaded (early-first-screen.ts): shown until the list's own read is in. */
  early?: ArticleSummary[];
  onFirstRows?: () => void;
}) {
  const [range, setRange] = useState<[number, number, number]>([0, 0, 0]);
  const onRange = useCallback((first: number, last: number, lastInView: number) => {
    setRange((r) => (r[0] === first && r[1] === last && r[2] === lastInView ? r : [first, last, lastInView]));
  }, []);
  // The first read covers only the rows in view, so they come up sooner; the overscan follows.
  const [warm, setWarm] = useState(false);
  const visible = ids.slice(range[0], warm ? range[1] : range[2]);
  const key = visible.join(',');
  // Nothing is read until the list has measured which rows are on screen (its first layout effect).
  // While a new range is read, the rows already read keep their counts (useLiveQuery keeps its last value).
  const summaries = useLiveQuery(async () => new Map((await articleSummaries(logDb, visible)).map((s) => [s.article.id, s])), [key]);
  const shown = summaries !== undefined && visible.length > 0;
  const earlyById = useMemo(() => (early ? new Map(early.map((s) => [s.article.id, s])) : undefined), [early]);

  useEffect(() => {
    if (!shown) return;
    // After the frame that shows them: reading the overscan and the whole order must not delay it.
    return afterPaint(() => {
      setWarm(true);
      onFirstRows?.();
    });
  }, [shown, onFirstRows]);
  if (ids.length === 0) return <p className="notice notice--empty" role="status">No article matches these filters.</p>;
  return (
    <VirtualList
      className="articles"
      label={partial ? 'Articles, newest first' : `Articles, ${ids.length}`}
      count={ids.length}
      size={partial ? -1 : ids.length}
      busy={partial}
      rowHeight={ROW_HEIGHT}
      onRange={onRange}
      renderRow={(i) => {
        const id = ids[i] as number;
        return <ArticleRow id={id} summary={summaries?.get(id) ?? earlyById?.get(id)} />;
      }}
    />
  );
}
