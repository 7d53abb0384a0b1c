/**
 * Sourcemark's page side. It keeps one article session per URL (a single-page app's navigation
 * starts a new one once the new page has rendered), answers the popup, and holds the one switch that
 * shows or hides every highlight. It must never throw into the page: every entry point catches.
 */
import {
  ContentRequestSchema,
  describeInvalid,
  type ContentRequest,
  type HighlightsStateReply,
  type WhichArticleReply,
} from '@/lib/messages';
import { startWhenWanted } from '@/lib/page/should-run';
import { startArticleSession, type ArticleSession } from './article-session';
import { whenQuiet } from './mutation-batcher';
import { watchUrl } from './url-watch';
import './style.css';

/** After an in-page navigation, the new page counts as rendered once it has been quiet this long. */
const NAVIGATION_QUIET_MS = 400;
/** ...or after this long, however busy it is. */
const NAVIGATION_MAX_WAIT_MS = 3000;

/** The highlight switch: per tab, for as long as the tab lives (popup toggle and keyboard shortcut). */
let highlightsVisible = true;
let session: ArticleSession | null = null;
let sessionAbort: AbortController | null = null;
let urlWatch: { check(): void } | null = null;

function startSession(): void {
  sessionAbort?.abort();
  const abort = new AbortController();
  sessionAbort = abort;
  session = startArticleSession(document, {
    signal: abort.signal,
    visible: () => highlightsVisible,
    onPageChange: () => urlWatch?.check(),
  });
}

function onUrlChange(): void {
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
      const parsed = ContentRequestSchema.safeParse(raw);
      sendResponse(parsed.success ? handle(parsed.data) : { ok: false, error: describeInvalid(parsed.error) });
    } catch (error) {
      console.debug('sourcemark: message handling failed', error);
      sendResponse({ ok: false, error: 'content script failure' });
    }
    return false;
  });
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    try {
      listenToExtension();
      // Where Sourcemark runs (article pages on sites the reader left on, or any page when asked): lib/page/should-run.ts.
      startWhenWanted(async () => {
        urlWatch ??= watchUrl(onUrlChange, new AbortController().signal);
        startSession();
      });
    } catch (error) {
      console.debug('sourcemark: content script failed', error);
    }
  },
});
