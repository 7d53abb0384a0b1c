import { useEffect, useState } from 'react';
import { FIRST_SCREEN_GLOBAL, type StoredArticle } from '@/lib/store/log-first-screen';
import type { ArticleSummary } from '@/lib/store/queries-log';

/** What the head script left: a promise, or nothing (the script did not run). */
function earlyRead(): Promise<StoredArticle[] | undefined> | undefined {
  const value: unknown = (window as unknown as Record<string, unknown>)[FIRST_SCREEN_GLOBAL];
  return value instanceof Promise ? (value as Promise<StoredArticle[] | undefined>) : undefined;
}

/**
 * The list's first rows as the page's head script read them (entrypoints/log-first-screen.ts), as
 * summaries: only articles that carry their counts (the others wait for Dexie's read). Undefined until
 * that read ends, and when it found nothing usable.
 */
export function useEarlyFirstScreen(): ArticleSummary[] | undefined {
  const [rows, setRows] = useState<ArticleSummary[]>();
  useEffect(() => {
    let live = true;
    earlyRead()?.then((articles) => {
      if (!live || !articles?.length) return;
      setRows(articles.flatMap((article) => (article.counts ? [{ article, ...article.counts }] : [])));
    });
    return () => {
      live = false;
    };
  }, []);
  return rows;
}
