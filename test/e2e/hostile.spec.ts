/**
 * Hostile input, end to end in real Chromium. Names, titles, quotes and links carrying HTML and
 * script never execute in the page, the hover card, the popup, the options page, the log or the
 * exports; pages that throw, break built-ins, hide text in closed shadow roots, frames and editable
 * regions, or are huge, get neither an exception nor a freeze from Sourcemark; and a page can neither
 * read nor write Sourcemark's data nor send it messages that are obeyed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, HIGHLIGHTS, highlightedTexts, openPopup, tabIdOf, waitForHighlights } from './fixtures';
import { probeExecution } from './hostile-support';
import { countAfterSettling, expect, highlightCount, openOptions, storedArticleCount, test } from './trust-fixtures';

const PAYLOAD_NAME = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';

test('names, titles, quotes and links with HTML or script never execute: page, hover card, popup, options, log, exports', async ({ context, pages, serviceWorker, extensionId }) => {
  const dialogs: string[] = [];
  context.on('page', (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch((error: unknown) => dialogs.push(`could not dismiss: ${String(error)}`));
    }),
  );

  // A reader entry whose NAME is markup, with a plain alias the article uses: every view shows it.
  const options = await openOptions(context, extensionId);
  const form = options.getByRole('form', { name: 'Add or correct an actor or place' });
  await form.getByLabel('Name').fill(PAYLOAD_NAME);
  await form.getByLabel('Type').selectOption('organization');
  await form.getByLabel('Also called (comma-separated)').fill('Dunmore Aggregates, javascript:window.__pwned=1');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('.knowledge td').first()).toHaveText(PAYLOAD_NAME);

  const page = await context.newPage();
  await page.goto(`${pages.origin}/hostile/hostile-names.html`);
  await waitForHighlights(page);
  expect((await highlightedTexts(page)).organization).toContain('Dunmore Aggregates');

  // The hover card of the payload-named entity.
  const box = await page.evaluate((name) => {
    for (const r of (CSS.highlights.get(name) ?? []) as Iterable<AbstractRange>) {
      const range = r as Range;
      if (range.toString() === 'Dunmore Aggregates') {
        const b = range.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    return null;
  }, HIGHLIGHTS.organization);
  expect(box).not.toBeNull();
  if (box) await page.mouse.move(box.x, box.y);
  await expect(page.locator('sourcemark-card')).toHaveCount(1);
  await page.mouse.move(2, 2);

  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.getByText(PAYLOAD_NAME).first()).toBeVisible();

  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html`);
  await expect(log.getByText('Quarry talks stall', { exact: false }).first()).toBeVisible();
  await log.getByRole('tab', { name: 'Actors & places' }).click();
  await expect(log.getByText(PAYLOAD_NAME).first()).toBeVisible();

  for (const view of [page, popup, options, log]) {
    const probe = await probeExecution(view);
    expect(probe.pwned, view.url()).toBeUndefined();
    expect(probe.handlerElements, view.url()).toEqual([]);
    expect(probe.scriptLinks, view.url()).toEqual(view === page ? ['javascript:window.__pwned=1'] : []);
  }
  // The stored article's key is the page's http URL, never the page's javascript: canonical link.
  const urls = await serviceWorker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('sourcemark');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const rows = await new Promise<Array<{ url: string }>>((ok) => {
      const req = db.transaction('articles').objectStore('articles').getAll();
      req.onsuccess = () => ok(req.result as Array<{ url: string }>);
    });
    db.close();
    return rows.map((r) => r.url);
  });
  expect(urls).toEqual([`${pages.origin}/hostile/hostile-names.html`]);

  // Exports carry the strings as data: JSON stays parseable, Markdown and CSV never hold live markup.
  await log.getByRole('tab', { name: 'Export, import, delete' }).click();
  for (const kind of ['json', 'markdown', 'csv-mentions', 'w3c']) {
    const [download] = await Promise.all([log.waitForEvent('download'), log.locator(`button[data-export="${kind}"]`).click()]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    if (kind === 'json' || kind === 'w3c') expect(() => JSON.parse(text), kind).not.toThrow();
    if (kind === 'markdown') {
      // Markdown renders `\<` as a literal "<": only an unescaped tag would be live markup.
      expect(text, kind).toContain('onerror');
      expect(text, kind).not.toMatch(/(^|[^\\])<(img|script|svg)/i);
      expect(text, kind).not.toMatch(/\]\(\s*javascript:/i);
    }
    if (kind === 'csv-mentions') expect(text.split('\n').some((line) => /(^|,)"?[=+@-]/.test(line) && /onerror|javascript/.test(line)), kind).toBe(false);
  }
  expect(await probeExecution(log)).toMatchObject({ pwned: undefined, handlerElements: [] });
  expect(dialogs).toEqual([]);
});

test('pages that throw, break built-ins, hide text in closed shadow roots, frames and editable regions', async ({ context, pages }) => {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${pages.origin}/hostile/hostile-page.html`);
  await waitForHighlights(page);
  const texts = await highlightedTexts(page);
  expect(texts.person).toContain('Rowan Tully');

  const state = await page.evaluate(() => {
    const w = window as unknown as { __shadowHtml: string; __own: number };
    return {
      editable: document.getElementById('editable')?.innerHTML,
      shadowUnchanged: typeof w.__shadowHtml === 'string',
      own: w.__own,
      frameText: (document.getElementById('inner') as HTMLIFrameElement).contentDocument?.body.innerHTML,
    };
  });
  expect(state.editable).toBe("<p>Readers' notes: Rowan Tully spoke to the Saltmarsh Bay Herald outside the port gates.</p>");
  expect(state.frameText).toBe('<p>Inner frame: Rowan Tully said the port authority would not talk.</p>');
  // The page's fake chrome.runtime.sendMessage was never called by Sourcemark.
  expect(state.own).toBeGreaterThan(0);
  // Every error the page saw is its own.
  expect(pageErrors.length).toBeGreaterThan(0);
  expect(pageErrors.filter((m) => !m.includes('page-own'))).toEqual([]);
  // Typing in the editable region still works and Sourcemark does not rewrite it.
  await page.locator('#editable p').click();
  await page.keyboard.type(' Edited.');
  await expect(page.locator('#editable')).toContainText('outside the port gates. Edited.');
});

test('a page of 200,000 words and 50,000 elements stays responsive', async ({ context, pages }) => {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${pages.origin}/hostile/huge-page.html`);
  const huge = await page.evaluate(() => (window as unknown as { __huge: { words: number; elements: number } }).__huge);
  expect(huge.words).toBeGreaterThanOrEqual(200_000);
  expect(huge.elements).toBeGreaterThanOrEqual(50_000);
  // Reset the heartbeat after the page's own generation work, then let Sourcemark do its part.
  await page.evaluate(() => {
    const beat = (window as unknown as { __beat: { last: number; maxGap: number } }).__beat;
    beat.maxGap = 0;
    beat.last = performance.now();
  });
  const started = Date.now();
  await waitForHighlights(page);
  const toHighlights = Date.now() - started;
  // A round trip into the page answers quickly while highlights are on.
  const t0 = Date.now();
  await page.evaluate(() => document.title);
  const roundTrip = Date.now() - t0;
  await page.waitForTimeout(1000);
  const maxGap = await page.evaluate(() => (window as unknown as { __beat: { maxGap: number } }).__beat.maxGap);
  console.log(`huge page: highlights after ${toHighlights} ms, longest freeze ${Math.round(maxGap)} ms, round trip ${roundTrip} ms`);
  expect(maxGap).toBeLessThan(HUGE_PAGE_MAX_FREEZE_MS);
  expect(roundTrip).toBeLessThan(500);
  expect(pageErrors).toEqual([]);
});

/** The longest the huge page may freeze at once (measured 143–990 ms on 2 shared, busy cores). */
const HUGE_PAGE_MAX_FREEZE_MS = 2000;

test('a page can neither reach Sourcemark nor be obeyed: no external messaging, no data, forged messages ignored', async ({ context, pages, serviceWorker, extensionId }) => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(JSON.stringify(manifest.content_security_policy ?? {})).not.toMatch(/unsafe-eval|https?:/);

  const page = await context.newPage();
  await page.goto(`${pages.origin}/port-drone-strike.html`);
  await waitForHighlights(page);
  const before = await highlightCount(page);
  const stored = await storedArticleCount(serviceWorker);

  const attempt = await page.evaluate(async (id) => {
    const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } };
    const runtime = w.chrome?.runtime;
    let sendResult = 'no runtime API';
    if (runtime && typeof runtime.sendMessage === 'function') {
      try {
        (runtime.sendMessage as (id: string, m: unknown) => void)(id, { type: 'set-highlights', visible: false });
        sendResult = 'sent';
      } catch (error) {
        sendResult = `refused: ${String(error)}`;
      }
    }
    let fetched = 'blocked';
    try {
      await fetch(`chrome-extension://${id}/manifest.json`);
      fetched = 'read';
    } catch {
      fetched = 'blocked';
    }
    const forged = [
      { type: 'set-highlights', visible: false },
      { type: 'annotate-now' },
      { type: 'annotate-page', url: 'https://evil.example/', title: 'forged', text: 'Forged text about Vladimir Putin.', meta: {} },
      { type: 'site-policy', site: null, enabled: false },
    ];
    for (const m of forged) {
      window.postMessage(m, '*');
      window.dispatchEvent(new MessageEvent('message', { data: m }));
      document.dispatchEvent(new CustomEvent('sourcemark', { detail: m }));
    }
    const dbs = (await indexedDB.databases()).map((d) => d.name);
    return { sendResult, fetched, dbs };
  }, extensionId);
  expect(attempt.sendResult).not.toBe('sent');
  expect(attempt.fetched).toBe('blocked');
  expect(attempt.dbs).not.toContain('sourcemark');
  expect(attempt.dbs).not.toContain('sourcemark-settings');

  expect(await countAfterSettling(page, 1500)).toBe(before);
  expect(await storedArticleCount(serviceWorker)).toBe(stored);
});
