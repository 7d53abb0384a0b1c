/**
 * Helpers of the in-the-page suites: keep real saved pages off the network, talk to a tab's content
 * script through the service worker, and read what the page shows.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';

/** The saved real pages reference ad servers and CDNs: refuse everything not served by the test server. */
export async function offline(context: BrowserContext): Promise<void> {
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
}

declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

/** Sends a message to the content script of tab `tabId`, as the popup and the shortcuts do. */
export async function sendToTab(serviceWorker: Worker, tabId: number, message: unknown): Promise<unknown> {
  return serviceWorker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id as number, msg), [tabId, message] as const);
}

/** How many ranges every Sourcemark highlight holds together. */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('sourcemark-') && name !== 'sourcemark-focus') n += h.size;
    return n;
  });
}

/** True when every highlighted range covers text attached to the live document (not removed nodes). */
export async function allRangesConnected(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcemark-')) continue;
      // A range whose text was removed collapses onto a surviving parent: that counts as detached too.
      for (const r of h as Iterable<AbstractRange>) if (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected) return false;
    }
    return true;
  });
}

/** The page's own record of DOM mutations and errors (test/fixtures/pages/page-probe.js). */
export async function probe(page: Page): Promise<{ mutations: number; errors: string[] }> {
  return page.evaluate(() => {
    const p = (window as unknown as { __probe: { mutations: number; errors: string[] } }).__probe;
    return { mutations: p.mutations, errors: p.errors };
  });
}
