/**
 * Sourcemark in a REAL Firefox (Debian's ESR, driven over WebDriver BiDi): an article page gets its
 * highlights, the article lands in the extension's IndexedDB, the popup shows it, the options page
 * works, and a non-article page is left alone.
 */
import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '../support/static-server';
import { launchFirefox, openExtensionPage, until, type FirefoxSession } from './firefox';

let firefox: FirefoxSession;
let server: StaticServer;

test.beforeAll(async () => {
  server = await startStaticServer({ '/': resolve('test/fixtures/pages'), '/trust/': resolve('test/fixtures/trust') });
  firefox = await launchFirefox();
});

test.afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const HIGHLIGHT_NAMES = ['sourcemark-person', 'sourcemark-organization', 'sourcemark-place', 'sourcemark-attribution'];

test('highlights an article, stores it, and the popup and options page work', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/port-drone-strike.html`);
  const texts = await until(() =>
    page.evaluate((names) => {
      const all = names.flatMap((n) => Array.from((CSS.highlights.get(n) ?? []) as Iterable<AbstractRange>, (r) => (r as Range).toString()));
      return all.length ? all : null;
    }, HIGHLIGHT_NAMES),
  );
  expect(texts).toEqual(expect.arrayContaining(['Volodymyr Zelenskiy', 'Odesa']));
  const untouched = await page.evaluate(() => {
    const probe = (window as unknown as { __probe: { mutations: number; errors: string[] } }).__probe;
    return { mutations: probe.mutations, errors: probe.errors };
  });
  expect(untouched).toEqual({ mutations: 0, errors: [] });

  // Storage: the article is in the EXTENSION's IndexedDB, read from one of its pages.
  const options = await openExtensionPage(firefox, 'options.html');
  const stored = await until(() =>
    options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('sourcemark');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const rows = await new Promise<Array<{ url: string; title: string }>>((ok, fail) => {
        const req = db.transaction('articles').objectStore('articles').getAll();
        req.onsuccess = () => ok(req.result as Array<{ url: string; title: string }>);
        req.onerror = () => fail(req.error);
      });
      db.close();
      return rows.length ? rows : null;
    }),
  );
  // Stored under the page's canonical URL.
  expect(stored.map((r) => r.url)).toEqual(['http://127.0.0.1/world/odesa-grain-terminal-drones']);
  // The page itself has no Sourcemark database.
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('sourcemark');

  // The options page: add a site to the list.
  await options.type('input[name="site"]', 'example.org');
  await options.click('form button[type="submit"]');
  await until(() => options.evaluate(() => document.querySelector('tr[data-site="example.org"]') !== null));

  // The popup, about the article's tab (found from an extension page: tab ids need no permission).
  const tabId = await options.evaluate(async () => {
    type Api = { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: object): Promise<{ url?: string | null }> } };
    const api = (globalThis as unknown as { browser: Api }).browser;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      // Tabs without a content script reject: that is how the article's tab is told apart.
      const reply = await api.tabs.sendMessage(tab.id, { type: 'which-article' }).catch((error: unknown) => {
        console.debug('firefox: no content script in tab', tab.id, String(error));
        return null;
      });
      if (reply?.url) return tab.id;
    }
    return undefined;
  });
  expect(tabId).toBeDefined();
  const popup = await openExtensionPage(firefox, `popup.html?tab=${tabId}`);
  const heading = await until(() => popup.evaluate(() => document.querySelector('.panel__title')?.textContent ?? null));
  expect(heading).toContain('Drones hit grain terminal in Odesa');
  const siteSwitch = await until(() => popup.evaluate(() => document.querySelector('.site-switch__toggle')?.textContent ?? null));
  expect(siteSwitch).toContain('127.0.0.1');
});

test('leaves a non-article page alone', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/trust/not-an-article.html`);
  await new Promise((ok) => setTimeout(ok, 2500));
  const count = await page.evaluate((names) => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0), HIGHLIGHT_NAMES);
  expect(count).toBe(0);
});
