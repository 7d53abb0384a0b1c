/**
 * What the popup tells the reader when storage fails, in real Chromium on the built extension: a full
 * disk (the extension's quota made smaller than what it already stores), a stored record damaged
 * behind Sourcemark's back, and an upgrade blocked by an old connection. Each is a clear message, and
 * nothing already stored is lost. The log page explains a blocked upgrade too, and never goes blank.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, extensionRows, openPopup, tabIdOf, test, waitForHighlights } from './fixtures';

const TABLES = ['articles', 'entities', 'articleContent', 'coverage', 'incidents'];

async function read(context: BrowserContext, origin: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/${file}`);
  await waitForHighlights(page);
  return page;
}

async function allRows(worker: Worker): Promise<Record<string, Array<Record<string, unknown>>>> {
  const out: Record<string, Array<Record<string, unknown>>> = {};
  for (const t of TABLES) out[t] = await extensionRows(worker, t);
  return out;
}

/** Waits until `n` articles are stored (each save follows its highlights). */
async function stored(worker: Worker, n: number): Promise<void> {
  await expect.poll(async () => (await extensionRows(worker, 'articles')).length).toBe(n);
}

/** Writes a scratch record in a scratch database of the extension: 'written', or why it failed. */
async function probeWrite(): Promise<string> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('quota-probe', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('probe');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    return await new Promise<string>((ok) => {
      const tx = db.transaction('probe', 'readwrite');
      tx.objectStore('probe').put('x'.repeat(100_000), 1);
      tx.oncomplete = () => ok('written');
      tx.onabort = () => ok(tx.error?.name ?? 'aborted');
    });
  } finally {
    db.close();
  }
}

test('a full disk: the popup says the article was not saved, and what was saved before is intact', async ({ context, server, serviceWorker, extensionId }) => {
  test.setTimeout(150_000);
  const first = await read(context, server.origin, 'harir-rockets-courier.html');
  await stored(serviceWorker, 1);
  const before = await allRows(serviceWorker);

  // The extension's quota, made smaller than what it stores: its next write fails as on a full disk.
  const cdp = await context.newCDPSession(first);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}`, quotaSize: 1 });
  // Chromium trusts the space left it last read for up to 30 s: wait until a scratch write is refused.
  await expect.poll(() => serviceWorker.evaluate(probeWrite), { timeout: 60_000, intervals: [2_000] }).toBe('QuotaExceededError');
  const second = await read(context, server.origin, 'harir-rockets-wire.html');
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, second));
  await expect(popup.getByRole('alert')).toHaveText('Your disk is full: this article was not saved. Everything saved before is intact.');
  // Not "annotating" for ever: the failure is the whole story.
  await expect(popup.getByText(/Annotating/)).toHaveCount(0);
  expect(await allRows(serviceWorker)).toEqual(before);

  // The article saved before still opens in the popup, whole.
  const earlier = await openPopup(context, extensionId, await tabIdOf(serviceWorker, first));
  await expect(earlier.getByRole('region', { name: 'Actors' }).locator('li[data-entity="Masrour Barzani"]')).toBeVisible();
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}` });
});

test('a damaged record: the popup names it instead of going blank, and deletes nothing', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await read(context, server.origin, 'harir-rockets-courier.html');
  await stored(serviceWorker, 1);
  const articleId = (await extensionRows(serviceWorker, 'articles'))[0]?.id as number;
  const other = await read(context, server.origin, 'port-drone-strike.html');
  await stored(serviceWorker, 2);
  // The courier article's attributions (in its content record, version 9), overwritten with something that is not a list.
  await serviceWorker.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('sourcemark');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('articleContent', 'readwrite');
      const store = tx.objectStore('articleContent');
      const read = store.get(id);
      read.onsuccess = () => store.put({ ...(read.result as object), attributions: 'garbled' });
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, articleId);
  const before = await allRows(serviceWorker);

  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.getByRole('alert')).toContainText('A stored record of this article is damaged (its attributions: attributions:');
  await expect(popup.getByRole('alert')).toContainText('Nothing was deleted');
  expect(await allRows(serviceWorker)).toEqual(before);
  // Another article's memory is unharmed.
  const fine = await openPopup(context, extensionId, await tabIdOf(serviceWorker, other));
  await expect(fine.getByRole('region', { name: 'Actors' }).locator('li[data-entity="Oleh Kiper"]')).toBeVisible();
  await expect(fine.getByRole('alert')).toHaveCount(0);
});

/**
 * Opens the database in the extension's worker the way an old page would hold it, and keeps that
 * connection from closing when asked: every newer opening is blocked until releaseOldConnection.
 */
async function holdOldConnection(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(async () => {
    const held = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('sourcemark', 60);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    (globalThis as unknown as { heldDb: IDBDatabase }).heldDb = held;
  });
}

/** Lets the connection holdOldConnection kept go, so the blocked openings proceed. */
async function releaseOldConnection(serviceWorker: Worker): Promise<void> {
  await serviceWorker.evaluate(() => (globalThis as unknown as { heldDb: IDBDatabase }).heldDb.close());
}

test('a blocked upgrade: the popup says what to close, then loads once the old connection goes', async ({ context, server, serviceWorker, extensionId }) => {
  // An old connection (the database at an earlier version, as an old page would hold it) that does
  // not let go when asked: every newer opening is blocked until it closes.
  await holdOldConnection(serviceWorker);
  const page = await context.newPage();
  await page.goto(`${server.origin}/harir-rockets-courier.html`);
  const tab = await tabIdOf(serviceWorker, page);
  const popup = await openPopup(context, extensionId, tab);
  await expect(popup.getByRole('alert')).toHaveText(/not open yet: it is being upgraded, and another Sourcemark page may still have it open/);

  await releaseOldConnection(serviceWorker);
  // Unblocked: the upgrade runs, the article is saved, and the popup shows it.
  await expect(popup.getByRole('region', { name: 'Actors' }).locator('li[data-entity="Masrour Barzani"]')).toBeVisible();
  await expect(popup.getByRole('alert')).toHaveCount(0);
});

test('the log page, too: a blocked upgrade is explained, then the log loads; a failing read is told, not a blank page', async ({ context, server, serviceWorker, extensionId }) => {
  await holdOldConnection(serviceWorker);
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(log.getByRole('alert')).toHaveText(/not open yet: it is being upgraded, and another Sourcemark page may still have it open/);
  await releaseOldConnection(serviceWorker);
  await expect(log.locator('header [role=status]')).toHaveText('0 articles read');
  await expect(log.getByRole('alert')).toHaveCount(0);

  // An article record without its title: the search that reads it fails, and the page says so.
  await (await read(context, server.origin, 'port-drone-strike.html')).close();
  await stored(serviceWorker, 1);
  await serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('sourcemark');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise<void>((ok, fail) => {
      const store = db.transaction('articles', 'readwrite').objectStore('articles');
      const get = store.getAll();
      get.onsuccess = () => {
        const [article] = get.result as Array<Record<string, unknown>>;
        delete article!.title;
        store.put(article).onsuccess = () => ok();
      };
      get.onerror = () => fail(get.error);
    });
    db.close();
  });
  const before = await allRows(serviceWorker);
  await log.reload();
  await expect(log.locator('header [role=status]')).toHaveText('1 article read');
  await log.getByRole('searchbox').fill('Kiper');
  await expect(log.getByRole('alert')).toContainText('Sourcemark could not read its database');
  expect(await allRows(serviceWorker)).toEqual(before);
});
