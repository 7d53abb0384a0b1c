/**
 * Network silence: every request made while Sourcemark annotates several pages, shows its popup,
 * options page and log, and exports, is recorded from both ends (the browser's request events,
 * service worker included, and the page server's own log). None may come from the extension.
 */
import type { Request } from '@playwright/test';
import { openPopup, tabIdOf, waitForHighlights } from './fixtures';
import { expect, openOptions, test } from './trust-fixtures';

test('Sourcemark makes no network request: annotation, popup, options, log and export', async ({ context, pages, serviceWorker, extensionId }) => {
  const seen: Array<{ url: string; from: string; worker: boolean; navigation: boolean }> = [];
  const record = (r: Request) => {
    // A worker's requests have no frame.
    const from = r.serviceWorker() ? 'service worker' : r.frame().url();
    seen.push({ url: r.url(), from, worker: r.serviceWorker() !== null, navigation: r.isNavigationRequest() });
  };
  context.on('request', record);

  // The recorder must see a service worker's request, or this test could not fail: a sentinel.
  await serviceWorker.evaluate(async (url) => {
    await fetch(url); // the server answers 404: a request, not a failure
  }, `${pages.origin}/sentinel-from-worker`);
  await expect.poll(() => seen.some((s) => s.url.endsWith('/sentinel-from-worker') && s.worker)).toBe(true);
  expect(pages.requests).toContain('/sentinel-from-worker');
  seen.length = 0;
  pages.requests.length = 0;

  const visited: string[] = [];
  for (const path of ['/port-drone-strike.html', '/grain-corridor-talks.html', '/erbil-airport-drone.html', '/trust/knowledge-article.html']) {
    const page = await context.newPage();
    await page.goto(pages.origin + path);
    visited.push(path);
    await waitForHighlights(page);
    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
    await popup.getByRole('heading', { name: 'Sourcemark' }).waitFor();
    await popup.close();
  }
  // On-demand annotation of a non-article page.
  const plain = await context.newPage();
  await plain.goto(`${pages.origin}/trust/plain-essay.html`);
  visited.push('/trust/plain-essay.html');
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, plain));
  await popup.getByRole('button', { name: 'Annotate this page' }).click();
  await waitForHighlights(plain);

  const options = await openOptions(context, extensionId);
  await options.getByLabel('Name').fill('Harbourline Ferries');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('tr[data-name="Harbourline Ferries"]')).toBeVisible();

  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html`);
  await log.getByRole('tab', { name: 'Actors & places' }).click();
  await log.getByRole('tab', { name: 'Export, import, delete' }).click();
  for (const kind of ['json', 'markdown', 'csv-mentions', 'csv-tables', 'w3c']) {
    const [download] = await Promise.all([log.waitForEvent('download'), log.locator(`button[data-export="${kind}"]`).click()]);
    expect(await download.failure()).toBeNull();
  }
  await log.waitForTimeout(1000);

  const extensionOrigin = `chrome-extension://${extensionId}/`;
  const offending = seen.filter((s) => {
    if (s.worker) return true;
    if (s.url.startsWith(extensionOrigin) || s.url.startsWith('blob:') || s.url.startsWith('data:')) return false;
    // Anything else must be the test pages fetching their own files, never an extension page asking the network.
    return s.from.startsWith(extensionOrigin) || !s.url.startsWith(pages.origin);
  });
  expect(offending).toEqual([]);
  // The server saw exactly the pages the test opened (and their probe script), each once.
  const pagePaths = pages.requests.filter((p) => p !== '/page-probe.js' && p !== '/favicon.ico');
  expect(pagePaths.sort()).toEqual([...visited].sort());
  console.log(`network silence: ${seen.length} requests recorded, ${seen.filter((s) => !s.url.startsWith(extensionOrigin)).length} to the test server, 0 from Sourcemark`);
});
