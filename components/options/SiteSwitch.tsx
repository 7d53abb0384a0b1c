import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { targetTabId } from '@/entrypoints/popup/active-article';
import { annotateNow, askPage, STATUS_TIMEOUT_MS } from '@/lib/sites/page-control';
import type { PageStatus } from '@/lib/sites/protocol';
import { setSiteEnabled, siteStatus } from '@/lib/sites/site-list';
import { settingsDb } from './settings-db-instance';
import './site-switch.css';

const REASONS: Record<PageStatus['reason'], string> = {
  'declared-article': 'This page is an article: Sourcemark marks it on its own.',
  'article-text': 'This page reads like an article: Sourcemark marks it on its own.',
  'too-little-text': 'Too little article text here to mark it on its own.',
  'not-an-article': 'Not an article: Sourcemark leaves it alone unless you ask.',
  'site-off': 'Sourcemark is off on this site: it marks pages here only when you ask.',
  'not-a-site': 'Sourcemark does not run on this kind of page.',
};

/**
 * The popup's trust controls for the active tab: whether Sourcemark runs on its own on this site (a
 * switch, written to the site list), why it did or did not mark this page, and "Annotate this page"
 * for any page. The popup reloads after an annotation so its article view shows the result.
 */
export function SiteSwitch() {
  const [tabId, setTabId] = useState<number | undefined>();
  const [page, setPage] = useState<PageStatus | null | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const id = await targetTabId(location.search);
      const status = id === undefined ? null : await askPage(id, { type: 'page-status' }, STATUS_TIMEOUT_MS);
      if (!cancelled) {
        setTabId(id);
        setPage(status);
      }
    })().catch((error: unknown) => {
      console.error('sourcemark popup: no page status', error);
      if (!cancelled) setPage(null);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const site = page?.site ?? null;
  const rule = useLiveQuery(async () => (site ? siteStatus(settingsDb, `https://${site}/`) : null), [site]);

  const toggle = (enabled: boolean) => {
    if (!site) return;
    setSiteEnabled(settingsDb, site, enabled, Date.now()).catch((error: unknown) => {
      console.error('sourcemark popup: could not save the site list', error);
      setProblem('Could not save the site list.');
    });
  };

  const annotate = () => {
    if (tabId === undefined) return;
    setBusy(true);
    setProblem(null);
    annotateNow(tabId)
      .then((status) => {
        if (status?.state === 'done') location.reload();
        else setProblem(status ? 'Sourcemark could not annotate this page.' : 'Sourcemark cannot reach this tab. Reload it and try again.');
      })
      .catch((error: unknown) => {
        console.error('sourcemark popup: annotate now failed', error);
        setProblem('Sourcemark could not annotate this page.');
      })
      .finally(() => setBusy(false));
  };

  if (page === undefined) return null;
  return (
    <section className="site-switch" aria-label="Where Sourcemark runs">
      {site && rule && (
        <label className="site-switch__toggle">
          <input type="checkbox" checked={rule.enabled} onChange={(e) => toggle(e.currentTarget.checked)} />
          <span>
            On <strong>{site}</strong>
          </span>
        </label>
      )}
      {page && <p className="site-switch__why">{rule && !rule.enabled ? REASONS['site-off'] : REASONS[page.reason]}</p>}
      <button type="button" className="site-switch__now" disabled={busy || tabId === undefined} onClick={annotate}>
        {busy ? 'Annotating…' : 'Annotate this page'}
      </button>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
