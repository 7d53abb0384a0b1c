/**
 * The content script's gate: Sourcemark annotates a page on its own only when the page looks like an
 * article AND the reader has not switched its site off; it annotates any page when the reader asks
 * (the popup's "Annotate this page"). The content script calls {@link startWhenWanted} once, with the
 * function that annotates; everything else about where Sourcemark runs lives here and in lib/sites/.
 *
 * Non-article pages never talk to the background at all: the article test runs first, in the page.
 */
import { browser } from 'wxt/browser';
import { judgeArticle } from '../sites/article-likeness';
import { siteKey } from '../sites/host';
import {
  PAGE_CONTROL_PORT,
  pageControlRequestSchema,
  SITE_POLICY_PORT,
  sitePolicySchema,
  type AutoReason,
  type PageStatus,
  type SitePolicy,
} from '../sites/protocol';
import { readPageSignals } from './page-signals';

/** Why `run` is called: the page passed the article test, or the reader asked. */
export type RunReason = 'auto' | 'asked';

/** How long to wait for the background's site policy before giving up (not annotating). */
const POLICY_TIMEOUT_MS = 10_000;

/** Asks the background whether this page's site is on, over a port of its own. */
function askSitePolicy(): Promise<SitePolicy> {
  return new Promise((resolve, reject) => {
    const port = browser.runtime.connect({ name: SITE_POLICY_PORT });
    const timer = setTimeout(() => {
      port.disconnect();
      reject(new Error('no site policy from the background'));
    }, POLICY_TIMEOUT_MS);
    port.onMessage.addListener((raw: unknown) => {
      clearTimeout(timer);
      const parsed = sitePolicySchema().safeParse(raw);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error('malformed site policy'));
    });
    port.onDisconnect.addListener(() => {
      clearTimeout(timer);
      reject(new Error('the background closed the site-policy port without answering'));
    });
  });
}

/** The gate's handle: pages that render their article after load (client-side apps) are judged again. */
export interface Gate {
  /** Judges the page again unless it was already started on its own or a judgement is under way. */
  recheck(): void;
}

/** What the gate may start besides `run`. */
export interface GateOptions {
  /**
   * Called once the page passed the article test and the site policy is being asked, before the answer:
   * work worth doing while the background answers (article detection), kept by the caller for `run`.
   */
  whileAsking?: () => void;
}

/**
 * Decides whether to annotate this page on its own, runs `run` if so, and answers the popup's
 * questions and requests. Never throws: every failure is logged at debug level, away from the page.
 */
export function startWhenWanted(run: (reason: RunReason) => Promise<void>, options: GateOptions = {}): Gate {
  const status: PageStatus = { type: 'page-status', site: siteKey(location.href) ?? null, siteEnabled: false, reason: 'not-an-article', state: 'idle' };
  let current: Promise<void> | null = null;

  const start = (reason: RunReason): Promise<void> => {
    if (current) return current;
    status.state = 'running';
    current = run(reason)
      .then(() => void (status.state = 'done'))
      .catch((error: unknown) => {
        status.state = 'failed';
        console.debug('sourcemark: annotation failed', error);
      })
      .finally(() => void (current = null));
    return current;
  };

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PAGE_CONTROL_PORT || port.sender?.id !== browser.runtime.id) return;
    port.onMessage.addListener((raw: unknown) => {
      const request = pageControlRequestSchema().safeParse(raw);
      if (!request.success) {
        console.debug('sourcemark: ignoring a malformed page-control request');
        return;
      }
      const reply = () => port.postMessage({ ...status });
      if (request.data.type === 'annotate-now') start('asked').then(reply, reply);
      else reply();
    });
  });

  let started = false;
  let deciding: Promise<void> | null = null;
  const decide = async (): Promise<void> => {
    const verdict = judgeArticle(readPageSignals(document));
    status.reason = verdict.reason;
    if (!verdict.auto) return;
    started = true;
    const asking = askSitePolicy();
    try {
      options.whileAsking?.();
    } catch (error) {
      console.debug('sourcemark: work ahead of the site policy failed', error);
    }
    const policy = await asking;
    status.siteEnabled = policy.enabled;
    if (!policy.enabled) {
      status.reason = (policy.site === null ? 'not-a-site' : 'site-off') satisfies AutoReason;
      return; // the site's verdict stands for this page: no recheck asks again
    }
    await start('auto');
  };
  const recheck = (): void => {
    if (started || deciding) return;
    deciding = decide()
      .catch((error: unknown) => console.debug('sourcemark: could not decide whether to annotate', error))
      .finally(() => void (deciding = null));
  };
  recheck();
  return { recheck };
}
