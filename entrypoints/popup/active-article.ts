import { whichArticleReplySchema, type WhichArticleReply } from '@/lib/messages';

/**
 * Which tab the popup is about: the active tab, or the one named by `?tab=` (the popup opened as a page,
 * as tests and the "open in tab" link do).
 */
export async function targetTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the tab's content script which article it shows; null when there is none or no content script. */
export async function askActiveArticle(tabId: number): Promise<WhichArticleReply | null> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { type: 'which-article' });
  } catch (error) {
    // No content script in that tab (a browser page, a PDF, a tab opened before install).
    console.debug('sourcemark popup: no content script in tab', tabId, error);
    return null;
  }
  const parsed = whichArticleReplySchema().safeParse(raw);
  return parsed.success ? parsed.data : null;
}
