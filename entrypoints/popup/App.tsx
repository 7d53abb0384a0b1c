import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ArticleCoverageView } from '@/components/ArticleCoverageView';
import { Notice } from '@/components/Notice';
import { crossReference } from '@/lib/store/cross-reference';
import { openDb } from '@/lib/store/db';
import { askActiveArticle, targetTabId } from './active-article';

const db = openDb();

type Target = { state: 'loading' } | { state: 'none' } | { state: 'article'; url: string; title: string };

/** The popup: the active tab's article, its actors and places, and where else they were read. */
export function App() {
  const [target, setTarget] = useState<Target>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tabId = await targetTabId(location.search);
      const reply = tabId === undefined ? null : await askActiveArticle(tabId);
      if (cancelled) return;
      setTarget(reply?.url ? { state: 'article', url: reply.url, title: reply.title } : { state: 'none' });
    })().catch((error: unknown) => {
      console.error('sourcemark popup: could not reach the tab', error);
      if (!cancelled) setTarget({ state: 'none' });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const url = target.state === 'article' ? target.url : null;
  const coverage = useLiveQuery(async () => (url ? ((await crossReference(db, url)) ?? null) : null), [url]);

  return (
    <main className="popup">
      <header className="popup__header">
        <h1>Sourcemark</h1>
      </header>
      {target.state === 'loading' && <Notice kind="loading">Looking at this tab…</Notice>}
      {target.state === 'none' && (
        <Notice kind="empty">No news article found on this page. Sourcemark marks articles as you read them.</Notice>
      )}
      {target.state === 'article' && coverage === undefined && <Notice kind="loading">Reading your log…</Notice>}
      {target.state === 'article' && coverage === null && (
        <Notice kind="loading">Annotating “{target.title}”…</Notice>
      )}
      {target.state === 'article' && coverage && <ArticleCoverageView coverage={coverage} />}
    </main>
  );
}
