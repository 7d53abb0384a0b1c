import { canonicalUrl } from '@/lib/page/canonical-url';
import { extractArticle } from '@/lib/page/extract';
import { drawHighlights, highlightsSupported } from '@/lib/page/highlighter';
import { readMetadata, readTitle } from '@/lib/page/metadata';
import {
  AnnotateReplySchema,
  ContentRequestSchema,
  describeInvalid,
  type AnnotatePage,
  type WhichArticleReply,
} from '@/lib/messages';
import { startWhenWanted } from '@/lib/page/should-run';
import './style.css';

/** Fewer words than this is a page, not an article. */
const MIN_ARTICLE_WORDS = 120;

/** What this tab shows, for the popup's "which article?" question. */
let current: { url: string; title: string; error?: string } | null = null;

async function annotatePage(): Promise<void> {
  const article = extractArticle(document);
  if (article.wordCount < MIN_ARTICLE_WORDS) return;
  const url = canonicalUrl(document, location.href);
  const title = readTitle(document);
  current = { url, title };
  const request: AnnotatePage = { type: 'annotate-page', url, title, text: article.text, meta: readMetadata(document) };
  const reply = AnnotateReplySchema.safeParse(await browser.runtime.sendMessage(request));
  if (!reply.success) {
    console.debug('sourcemark: unexpected reply', describeInvalid(reply.error));
    return;
  }
  if (!reply.data.ok) {
    console.debug('sourcemark: background refused the article:', reply.data.error);
    current = { url, title, error: reply.data.error };
    return;
  }
  if (highlightsSupported()) drawHighlights(document, article, reply.data.spans);
}

function listenToPopup(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const parsed = ContentRequestSchema.safeParse(raw);
    if (!parsed.success) {
      sendResponse({ ok: false, error: describeInvalid(parsed.error) });
      return false;
    }
    const reply: WhichArticleReply = {
      ok: true,
      url: current?.url ?? null,
      title: current?.title ?? document.title,
      ...(current?.error ? { error: current.error } : {}),
    };
    sendResponse(reply);
    return false;
  });
}

// The content script must never throw into the page: every failure is caught and logged quietly.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    try {
      listenToPopup();
      // Where Sourcemark runs (article pages on sites the reader left on, or any page when asked): lib/page/should-run.ts.
      startWhenWanted(annotatePage);
    } catch (error) {
      console.debug('sourcemark: content script failed', error);
    }
  },
});
