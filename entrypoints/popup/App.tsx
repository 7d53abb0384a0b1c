import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { HighlightSwitch } from '@/components/HighlightSwitch';
import { Notice } from '@/components/Notice';
import { OpenLogButton } from '@/components/OpenLogButton';
import { SiteSwitch } from '@/components/options/SiteSwitch';
import { ArticlePanel } from '@/components/popup/ArticlePanel';
import { articleView } from '@/lib/store/article-view';
import { openDb } from '@/lib/store/db';
import { askActiveArticle, targetTabId } from './active-article';

const db = openDb();

type Target = { state: 'loading' } | { state: 'none' } | { state: 'article'; url: string; title: string; error?: string };

function openInTab(url: string): void {
  browser.tabs.create({ url }).catch((error: unknown) => console.error('sourcemark popup: cannot open', url, error));
}

/** The live view of the article: re-renders whenever the database changes. */
function ArticleView({ url, title }: { url: string; title: string }) {
  const view = useLiveQuery(async () => (await articleView(db, url)) ?? null, [url]);
  if (view === undefined) return <Notice kind="loading">Reading your log…</Notice>;
  if (view === null) return <Notice kind="loading">Annotating “{title}”…</Notice>;
  return <ArticlePanel view={view} onOpen={openInTab} />;
}

/** The popup: the active tab's article, its actors, places, attributions and incidents, and where else they were read. */
export function App() {
  const [target, setTarget] = useState<Target>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tabId = await targetTabId(location.search);
      const reply = tabId === undefined ? null : await askActiveArticle(tabId);
      if (cancelled) return;
      setTarget(reply?.url ? { state: 'article', url: reply.url, title: reply.title, error: reply.error } : { state: 'none' });
    })().catch((error: unknown) => {
      console.error('sourcemark popup: could not reach the tab', error);
      if (!cancelled) setTarget({ state: 'none' });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <main className="popup">
      <header className="popup__header">
        <h1>Sourcemark</h1>
        <OpenLogButton />
      </header>
      <SiteSwitch />
      <HighlightSwitch />
      {target.state === 'loading' && <Notice kind="loading">Looking at this tab…</Notice>}
      {target.state === 'none' && (
        <Notice kind="empty">No news article found on this page. Sourcemark marks articles as you read them.</Notice>
      )}
      {target.state === 'article' && target.error && <Notice kind="error">{target.error}</Notice>}
      {target.state === 'article' && (
        <ErrorBoundary>
          <ArticleView url={target.url} title={target.title} />
        </ErrorBoundary>
      )}
    </main>
  );
}
