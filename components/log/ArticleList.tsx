import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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

function ArticleRow({ id, summary, onDeleted }: { id: number; summary?: ArticleSummary; onDeleted: (id: number, title: string) => void }) {
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
            onDeleted(id, article.title || article.url);
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
  const { listRef, deleted, onDeleted } = useFocusAfterDelete(ids);
  const earlyById = useMemo(() => (early ? new Map(early.map((s) => [s.article.id, s])) : undefined), [early]);

  useEffect(() => {
    if (!shown) return;
    // After the frame that shows them: reading the overscan and the whole order must not delay it.
    return afterPaint(() => {
      setWarm(true);
      onFirstRows?.();
    });
  }, [shown, onFirstRows]);
  const told = deleted && (
    <p className="visually-hidden" role="status">
      Deleted “{deleted}”.
    </p>
  );
  if (ids.length === 0) {
    return (
      <div ref={listRef} tabIndex={-1} className="articles-empty">
        <p className="notice notice--empty" role="status">No article matches these filters.</p>
        {told}
      </div>
    );
  }
  return (
    <>
    {told}
    <VirtualList
      listRef={listRef}
      className="articles"
      label={partial ? 'Articles, newest first' : `Articles, ${ids.length}`}
      count={ids.length}
      size={partial ? -1 : ids.length}
      busy={partial}
      rowHeight={ROW_HEIGHT}
      onRange={onRange}
      renderRow={(i) => {
        const id = ids[i] as number;
        return <ArticleRow id={id} summary={summaries?.get(id) ?? earlyById?.get(id)} onDeleted={onDeleted} />;
      }}
    />
    </>
  );
}

/**
 * After a row is deleted its buttons are gone, and the keyboard would fall to the top of the page: it
 * goes to the Delete button of the row that took the deleted one's place (or the one above, if it was
 * the last), or to the emptied list (the log's panel if the log itself is empty), once the list no
 * longer shows the deleted article.
 */
function useFocusAfterDelete(ids: number[]) {
  const listRef = useRef<HTMLDivElement>(null);
  const pending = useRef<{ id: number; index: number } | undefined>(undefined);
  const [deleted, setDeleted] = useState<string>();
  const onDeleted = useCallback(
    (id: number, title: string) => {
      pending.current = { id, index: Math.max(0, ids.indexOf(id)) };
      setDeleted(title);
      // The log's last article: the page replaces the list by its "nothing read" notice, so the
      // keyboard goes to the panel around it, which stays.
      if (ids.length === 1 && ids[0] === id) listRef.current?.closest<HTMLElement>('[role="tabpanel"]')?.focus();
    },
    [ids],
  );
  useLayoutEffect(() => {
    const wanted = pending.current;
    const list = listRef.current;
    if (!wanted || !list || ids.includes(wanted.id)) return;
    if (ids.length === 0) {
      list.focus();
      pending.current = undefined;
      return;
    }
    const position = Math.min(wanted.index, ids.length - 1) + 1;
    const button = list.querySelector<HTMLButtonElement>(`[aria-posinset="${position}"] .row__actions button`);
    // A row still loading has no button yet: the next render (its counts read) tries again.
    if (button) {
      button.focus();
      pending.current = undefined;
    }
  });
  return { listRef, deleted, onDeleted };
}
