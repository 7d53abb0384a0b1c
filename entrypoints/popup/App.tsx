import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BLOCKED_UPGRADE_MESSAGE, damagedRecordMessage, ErrorBoundary } from '@/components/ErrorBoundary';
import { useOpenWait } from '@/components/use-open-wait';
import { HighlightSwitch } from '@/components/HighlightSwitch';
import { Notice } from '@/components/Notice';
import { OpenLogButton } from '@/components/OpenLogButton';
import { SiteSwitch } from '@/components/options/SiteSwitch';
import { ArticlePanel } from '@/components/popup/ArticlePanel';
import { articleView } from '@/lib/store/article-view';
import { findDamagedRecord } from '@/lib/store/damaged-records';
import { openDb } from '@/lib/store/db';
import { askActiveArticle, targetTabId } from './active-article';

const db = openDb();

type Target = { state: 'loading' } | { state: 'none' } | { state: 'article'; url: string; title: string; error?: string };

/** How often the popup asks its tab again what it shows (an unchanged answer changes nothing). */
const REASK_MS = 1500;

function sameTarget(a: Target, b: Target): boolean {
  if (a.state !== 'article' || b.state !== 'article') return a.state === b.state;
  return a.url === b.url && a.title === b.title && a.error === b.error;
}

function openInTab(url: string): void {
  browser.tabs.create({ url }).catch((error: unknown) => console.error('sourcemark popup: cannot open', url, error));
}

/** Failures the error boundary words better than a record check can (storage, not data). */
const STORAGE_FAILURES = new Set(['QuotaExceededError', 'VersionError', 'UpgradeError', 'DatabaseClosedError', 'OpenFailedError', 'InvalidStateError']);

/**
 * The live view of the article: re-renders whenever the database changes. A view that fails on a
 * damaged record says which record; other failures go to the error boundary.
 * While the database does not open, says why (useOpenWait); `failed`: the article was not saved.
 */
function ArticleView({ url, title, failed }: { url: string; title: string; failed: boolean }) {
  const read = useLiveQuery(async () => {
    try {
      return { view: (await articleView(db, url)) ?? null, damaged: undefined };
    } catch (error) {
      if (error instanceof Error && STORAGE_FAILURES.has(error.name)) throw error;
      const damaged = await findDamagedRecord(db, url).catch((check: unknown) => {
        console.error('sourcemark popup: could not check the records', check);
        return undefined;
      });
      if (!damaged) throw error;
      console.error('sourcemark popup: damaged record', damaged, error);
      return { view: undefined, damaged };
    }
  }, [url]);
  const waiting = useOpenWait(db, read === undefined);
  if (read === undefined) return waiting ? <Notice kind="error">{BLOCKED_UPGRADE_MESSAGE}</Notice> : <Notice kind="loading">Reading your log…</Notice>;
  if (read.damaged) return <Notice kind="error">{damagedRecordMessage(read.damaged)}</Notice>;
  // A save that failed was told above: it is not "annotating" any more.
  if (!read.view) return failed ? null : <Notice kind="loading">Annotating “{title}”…</Notice>;
  return <ArticlePanel view={read.view} onOpen={openInTab} />;
}

/** The popup: the active tab's article, its actors, places, attributions and incidents, and where else they were read. */
export function App() {
  const [target, setTarget] = useState<Target>({ state: 'loading' });

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Asked again while the popup is open: the tab's save may fail (a full disk) or its article appear
    // after the popup opened, and the popup must say so rather than wait for ever.
    const ask = async () => {
      const tabId = await targetTabId(location.search);
      const reply = tabId === undefined ? null : await askActiveArticle(tabId);
      if (cancelled) return;
      const next: Target = reply?.url ? { state: 'article', url: reply.url, title: reply.title, error: reply.error } : { state: 'none' };
      setTarget((prev) => (sameTarget(prev, next) ? prev : next));
      timer = setTimeout(() => void ask().catch(lost), REASK_MS);
    };
    const lost = (error: unknown) => {
      console.error('sourcemark popup: could not reach the tab', error);
      if (!cancelled) setTarget((prev) => (prev.state === 'loading' ? { state: 'none' } : prev));
    };
    ask().catch(lost);
    return () => {
      cancelled = true;
      clearTimeout(timer);
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
          <ArticleView url={target.url} title={target.title} failed={Boolean(target.error)} />
        </ErrorBoundary>
      )}
    </main>
  );
}
