/**
 * The popup's side of the page-control port: asks a tab's content script for its status, or to
 * annotate now. When the tab has no content script (it was open before Sourcemark was installed or
 * updated), "annotate now" injects it first, which the activeTab permission allows for the tab whose
 * toolbar button the reader just clicked. Replies are validated; a silent tab is reported as such.
 */
import { browser } from 'wxt/browser';
import { PAGE_CONTROL_PORT, pageStatusSchema, type PageControlRequest, type PageStatus } from './protocol';

/** How long a status question may take; an annotation of a long article takes longer. */
export const STATUS_TIMEOUT_MS = 2_000;
export const ANNOTATE_TIMEOUT_MS = 60_000;

/** Sends one request over a fresh port; null when no content script answered. */
export function askPage(tabId: number, request: PageControlRequest, timeoutMs: number): Promise<PageStatus | null> {
  return new Promise((resolve) => {
    let port: ReturnType<typeof browser.tabs.connect>;
    try {
      port = browser.tabs.connect(tabId, { name: PAGE_CONTROL_PORT });
    } catch (error) {
      console.debug('sourcemark popup: cannot connect to tab', tabId, error);
      resolve(null);
      return;
    }
    const finish = (status: PageStatus | null) => {
      clearTimeout(timer);
      port.disconnect();
      resolve(status);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    port.onMessage.addListener((raw: unknown) => {
      const parsed = pageStatusSchema().safeParse(raw);
      if (!parsed.success) console.debug('sourcemark popup: malformed page status');
      finish(parsed.success ? parsed.data : null);
    });
    port.onDisconnect.addListener(() => finish(null));
    port.postMessage(request);
  });
}

/**
 * Injects the content script (every file of every entry, in the manifest's order: it comes in parts,
 * lib/page/content-parts.ts) and its style into a tab that has none; false when not allowed.
 */
export async function injectContentScript(tabId: number): Promise<boolean> {
  const entries = browser.runtime.getManifest().content_scripts ?? [];
  const js = entries.flatMap((entry) => entry.js ?? []);
  const css = entries.flatMap((entry) => entry.css ?? []);
  if (!js.length || !browser.scripting) return false;
  try {
    if (css.length) await browser.scripting.insertCSS({ target: { tabId }, files: css });
    await browser.scripting.executeScript({ target: { tabId }, files: js } as Parameters<typeof browser.scripting.executeScript>[0]);
    return true;
  } catch (error) {
    // Browser pages, the web store, PDFs, or no activeTab grant (the popup was opened as a page).
    console.debug('sourcemark popup: cannot inject into tab', tabId, error);
    return false;
  }
}

/** Asks the tab to annotate now, injecting the content script first when it has none. */
export async function annotateNow(tabId: number): Promise<PageStatus | null> {
  const first = await askPage(tabId, { type: 'annotate-now' }, ANNOTATE_TIMEOUT_MS);
  if (first) return first;
  if (!(await injectContentScript(tabId))) return null;
  return askPage(tabId, { type: 'annotate-now' }, ANNOTATE_TIMEOUT_MS);
}
