/**
 * Playwright fixtures: a fresh Chromium profile with the BUILT extension loaded (from .output), the
 * extension's id and service worker, and a server for the test pages on 127.0.0.1.
 */
import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mentionsOf } from '../../lib/store/article-content';
import type { ArticleContentRecord } from '../../lib/store/records';
import { findChromium, INSTALL_HINT, QUIET_FLAGS } from '../support/chromium-path';
import { sharedDir } from '../support/shared-path';
import { startStaticServer, type StaticServer } from '../support/static-server';

/** The built extension under test; SOURCEMARK_EXTENSION_DIR points elsewhere (a parallel build). */
export const EXTENSION_DIR = resolve(process.env.SOURCEMARK_EXTENSION_DIR ?? '.output/chrome-mv3');
export const PAGES_DIR = resolve('test/fixtures/pages');
/** The real saved news pages shared with the team, read by path (never copied into the project). */
export const SHARED_PAGES_DIR = join(sharedDir() ?? resolve('../shared'), 'pages');

type TestFixtures = { context: BrowserContext; serviceWorker: Worker; extensionId: string };
type WorkerFixtures = { server: StaticServer };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const mounts: Record<string, string> = { '/': PAGES_DIR };
      if (existsSync(SHARED_PAGES_DIR)) mounts['/shared/'] = SHARED_PAGES_DIR;
      const server = await startStaticServer(mounts);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({}, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'sourcemark-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        ...QUIET_FLAGS,
      ],
    });
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export { expect } from '@playwright/test';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

/** The CSS highlight names Sourcemark registers, by kind. */
export const HIGHLIGHTS = {
  person: 'sourcemark-person',
  organization: 'sourcemark-organization',
  place: 'sourcemark-place',
  attribution: 'sourcemark-attribution',
} as const;

/** The text under every range of every Sourcemark highlight, by kind, as the page sees them. */
export async function highlightedTexts(page: Page): Promise<Record<keyof typeof HIGHLIGHTS, string[]>> {
  return page.evaluate((names) => {
    const out: Record<string, string[]> = {};
    for (const [kind, name] of Object.entries(names)) {
      const highlight = CSS.highlights.get(name);
      out[kind] = highlight ? Array.from(highlight as Iterable<AbstractRange>, (r) => (r as Range).toString()) : [];
    }
    return out as Record<keyof typeof names, string[]>;
  }, HIGHLIGHTS);
}

/** Waits until Sourcemark has drawn highlights on the page. */
export async function waitForHighlights(page: Page): Promise<void> {
  await page.waitForFunction(
    (names) => Object.values(names).some((n) => (CSS.highlights.get(n)?.size ?? 0) > 0),
    HIGHLIGHTS,
  );
}

/** The browser's id of the tab showing `page`, read through the extension's service worker. */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  // Without the "tabs" permission the extension cannot read tab URLs, so find the tab by making it
  // the active one.
  await page.bringToFront();
  const id = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`no active tab found for ${page.url()}`);
  return id;
}

/** Opens the popup as a page, about the tab showing `page`. */
export async function openPopup(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/**
 * Rows of a table in the extension's own IndexedDB, read from its service worker. 'entities' reads
 * the entity records out of their pages (version 10 keeps them 32 to a record, in `entityPages`).
 */
export async function extensionRows(serviceWorker: Worker, table: string): Promise<Array<Record<string, unknown>>> {
  if (table === 'entities') {
    const pages = await extensionRows(serviceWorker, 'entityPages');
    return pages.flatMap((p) => (p.slots as Array<Record<string, unknown> | null>).filter((s): s is Record<string, unknown> => s !== null));
  }
  return serviceWorker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('sourcemark');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    try {
      return await new Promise<Array<Record<string, unknown>>>((ok, fail) => {
        const req = db.transaction(name, 'readonly').objectStore(name).getAll();
        req.onsuccess = () => ok(req.result as Array<Record<string, unknown>>);
        req.onerror = () => fail(req.error);
      });
    } finally {
      db.close();
    }
  }, table);
}

/**
 * The stored mentions one by one, with their article id: the store keeps each article's mentions in
 * its content record (version 9), as positions in its text or whole (articles stored before version 6).
 */
export async function extensionMentions(serviceWorker: Worker): Promise<Array<Record<string, unknown>>> {
  const content = (await extensionRows(serviceWorker, 'articleContent')) as unknown as ArticleContentRecord[];
  return content.flatMap((c) => mentionsOf(c).mentions.map((m) => ({ ...m, articleId: c.articleId })));
}
