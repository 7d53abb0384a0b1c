/**
 * Sourcemark's page side. It keeps one article session per URL (a single-page app's navigation
 * starts a new one once the new page has rendered), answers the popup, and holds the one switch that
 * shows or hides every highlight. It must never throw into the page: every entry point catches.
 */
import {
  contentRequestSchema,
  describeInvalid,
  type ContentRequest,
  type HighlightsStateReply,
  type WhichArticleReply,
} from '@/lib/messages';
import { startWhenWanted, type Gate } from '@/lib/page/should-run';
import { startArticleSession, type ArticleSession } from './article-session';
import { detectAhead, type AheadDetection } from '@/lib/page/find-article';
import { readabilityPart } from '@/lib/page/readability-engine';
import { yieldToPage } from '@/lib/page/yield-to-page';
import { observeBatched, whenQuiet } from './mutation-batcher';
import { watchUrl } from './url-watch';
import './style.css';

/** After an in-page navigation, the new page counts as rendered once it has been quiet this long. */
const NAVIGATION_QUIET_MS = 400;
/** ...or after this long, however busy it is. */
const NAVIGATION_MAX_WAIT_MS = 3000;
/** How many batches of page changes may make the gate judge a page again before it gives up. */
const MAX_GATE_RECHECKS = 20;

/** The highlight switch: per tab, for as long as the tab lives (popup toggle and keyboard shortcut). */
let highlightsVisible = true;
let session: ArticleSession | null = null;
let sessionAbort: AbortController | null = null;
let urlWatch: { check(): void } | null = null;
let gate: Gate | null = null;
/** The article detected while the background was asked for the site policy, for the first session. */
let ahead: AheadDetection | undefined;
/** Aborted once a session runs: until then page changes (a client-rendered article) re-ask the gate. */
const waitingForArticle = new AbortController();

/** Starts annotating this page; `asked`: the reader asked for it, so it need not look like an article. */
function startSession(asked = false): void {
  waitingForArticle.abort();
  sessionAbort?.abort();
  const abort = new AbortController();
  sessionAbort = abort;
  session = startArticleSession(document, {
    signal: abort.signal,
    visible: () => highlightsVisible,
    onPageChange: () => urlWatch?.check(),
    asked,
    ...(!asked && ahead ? { ahead } : {}),
  });
  ahead = undefined;
}

function onUrlChange(): void {
  if (!session && !sessionAbort) {
    // Nothing ran here yet: let the gate judge the new page once it has rendered.
    whenQuiet(document.documentElement, NAVIGATION_QUIET_MS, NAVIGATION_MAX_WAIT_MS, waitingForArticle.signal)
      .then(() => gate?.recheck())
      .catch((error: unknown) => console.debug('sourcemark: navigation handling failed', error));
    return;
  }
  sessionAbort?.abort();
  session = null;
  const abort = new AbortController();
  sessionAbort = abort;
  whenQuiet(document.documentElement, NAVIGATION_QUIET_MS, NAVIGATION_MAX_WAIT_MS, abort.signal)
    .then(() => {
      if (!abort.signal.aborted) startSession();
    })
    .catch((error: unknown) => console.debug('sourcemark: navigation handling failed', error));
}

function handle(request: ContentRequest): WhichArticleReply | HighlightsStateReply | { ok: true } {
  switch (request.type) {
    case 'which-article': {
      const info = session?.info() ?? { url: null, title: document.title };
      return { ok: true, ...info, highlightsVisible };
    }
    case 'set-highlights':
      highlightsVisible = request.visible ?? !highlightsVisible;
      session?.refresh();
      return { ok: true, visible: highlightsVisible };
    case 'cycle-mention':
      session?.cycle(request.direction);
      return { ok: true };
  }
}

function listenToExtension(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    try {
      if (sender.id !== browser.runtime.id) return false;
      const parsed = contentRequestSchema().safeParse(raw);
      sendResponse(parsed.success ? handle(parsed.data) : { ok: false, error: describeInvalid(parsed.error) });
    } catch (error) {
      console.debug('sourcemark: message handling failed', error);
      sendResponse({ ok: false, error: 'content script failure' });
    }
    return false;
  });
}

function start(): void {
  try {
    listenToExtension();
    // Where Sourcemark runs (article pages on sites the reader left on, or any page when asked): lib/page/should-run.ts.
    // The URL watch lives as long as the tab: its signal is never aborted.
    urlWatch = watchUrl(onUrlChange, new AbortController().signal);
    gate = startWhenWanted(async (reason) => startSession(reason === 'asked'), {
      whileAsking: () => {
        ahead = detectAhead(document, readabilityPart());
      },
    });
    let rechecks = 0;
    observeBatched(
      document.documentElement,
      () => {
        urlWatch?.check();
        if (++rechecks >= MAX_GATE_RECHECKS) waitingForArticle.abort();
        else gate?.recheck();
      },
      waitingForArticle.signal,
    );
  } catch (error) {
    console.debug('sourcemark: content script failed', error);
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_end: the DOM is complete, and the first highlight does not wait for the page to go idle.
  runAt: 'document_end',
  // WXT tells an older copy of this script to stop with a DOM event; its extra window.postMessage
  // would reach the page's own message listeners (and cost the page a task): the page sees nothing.
  noScriptStartedPostMessage: true,
  main() {
    // The task that injects this script also parses and runs it: everything else starts in a task of
    // its own, so no single task of Sourcemark's holds the page's main thread long.
    yieldToPage()
      .then(start)
      .catch((error: unknown) => console.debug('sourcemark: content script failed', error));
  },
});
