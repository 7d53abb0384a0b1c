/**
 * Fixtures for the trust and hostile-page suites: the shared extension fixtures plus a recording
 * server for the test pages (the shared pages, test/fixtures/trust and test/fixtures/hostile), so a
 * test can prove what was asked of the network from the server's side too, and helpers for the
 * popup's site switch and the options page.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { HIGHLIGHTS, PAGES_DIR, test as base } from './fixtures';

/** A page server that remembers every path it was asked for. */
export interface RecordingServer {
  origin: string;
  /** The same server under another host name: another site for the site list. */
  otherOrigin: string;
  requests: string[];
  close(): Promise<void>;
}

const MOUNTS: Array<[string, string]> = [
  ['/trust/', resolve('test/fixtures/trust')],
  ['/hostile/', resolve('test/fixtures/hostile')],
  ['/', PAGES_DIR],
];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

async function startRecordingServer(): Promise<RecordingServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const mount = MOUNTS.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end();
    const [prefix, dir] = mount;
    const file = normalize(join(dir, path.slice(prefix.length) || 'index.html'));
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export const test = base.extend<{ pages: RecordingServer }>({
  pages: async ({}, use) => {
    const server = await startRecordingServer();
    await use(server);
    await server.close();
  },
});

export { expect } from '@playwright/test';

/** Number of ranges in all Sourcemark highlights of the page. */
export async function highlightCount(page: Page): Promise<number> {
  return page.evaluate((names) => Object.values(names).reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0), HIGHLIGHTS);
}

/** Waits long enough for an automatic annotation to have happened, then returns the highlight count. */
export async function countAfterSettling(page: Page, ms = 2500): Promise<number> {
  await page.waitForTimeout(ms);
  return highlightCount(page);
}

/** Opens the options page. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Sourcemark settings' }).waitFor();
  return options;
}

/** How many articles the extension stored. */
export async function storedArticleCount(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('sourcemark');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    try {
      if (!db.objectStoreNames.contains('articles')) return 0;
      return await new Promise<number>((ok, fail) => {
        const req = db.transaction('articles', 'readonly').objectStore('articles').count();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    } finally {
      db.close();
    }
  });
}
