/**
 * What the reader meets in the page: the hover card (pointer and keyboard), the one switch for all
 * highlights (popup and shortcut), and a page left exactly as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, EXTENSION_DIR, openPopup, tabIdOf, test, waitForHighlights } from './fixtures';
import { highlightCount, probe, sendToTab } from './page-helpers';

interface Rect { left: number; top: number; right: number; bottom: number }

/** The viewport rectangle of the first highlighted range whose text is `text`. */
async function rangeRect(page: Page, text: string): Promise<Rect> {
  const rect = await page.evaluate((t) => {
    for (const [, h] of CSS.highlights) {
      for (const r of h as Iterable<AbstractRange>) {
        if ((r as Range).toString() === t) {
          const b = (r as Range).getClientRects()[0];
          if (b) return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
        }
      }
    }
    return null;
  }, text);
  if (!rect) throw new Error(`no highlight of "${text}"`);
  return rect;
}

async function cardRect(page: Page): Promise<Rect | null> {
  return page.evaluate(() => {
    const b = document.querySelector('sourcemark-card')?.getBoundingClientRect();
    return b ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
  });
}

/** Text of the page's accessibility tree: it reaches into the card's closed shadow root, as screen readers do. */
async function accessibleText(context: BrowserContext, page: Page): Promise<string> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: { value?: unknown } }> };
  await cdp.detach();
  return nodes.map((n) => (typeof n.name?.value === 'string' ? n.name.value : '')).join(' | ');
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

test('hovering a mention shows its card beside the text, in a closed shadow root; leaving hides it', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/port-drone-strike.html`);
  await waitForHighlights(page);
  const name = await rangeRect(page, 'Volodymyr Zelenskiy');
  await page.mouse.move((name.left + name.right) / 2, (name.top + name.bottom) / 2);
  await expect(page.locator('sourcemark-card')).toHaveCount(1);
  const card = await cardRect(page);
  expect(card).not.toBeNull();
  expect(overlaps(card as Rect, name)).toBe(false);
  expect(await page.evaluate(() => document.querySelector('sourcemark-card')?.shadowRoot ?? null)).toBeNull();
  await expect.poll(() => accessibleText(context, page)).toMatch(/Volodymyr Zelenskiy \| Person/i);
  expect(await accessibleText(context, page)).toContain('First time in your reading log');

  await page.mouse.move(5, 5);
  await expect(page.locator('sourcemark-card')).toHaveCount(0);
  // An attribution's card says who the source is and whether it is named.
  const attribution = await rangeRect(page, 'According to the Ukrainian Grain Association');
  await page.mouse.move(attribution.left + 4, (attribution.top + attribution.bottom) / 2);
  await expect.poll(() => accessibleText(context, page)).toMatch(/Attribution \| Ukrainian Grain Association \| Named source/i);
  expect((await probe(page)).errors).toEqual([]);
});

test('the card of an actor read about before lists the earlier article', async ({ context, server }) => {
  const first = await context.newPage();
  await first.goto(`${server.origin}/port-drone-strike.html`);
  await waitForHighlights(first);
  const second = await context.newPage();
  await second.goto(`${server.origin}/grain-corridor-talks.html`);
  await waitForHighlights(second);
  const name = await rangeRect(second, 'Volodymyr Zelenskiy');
  await second.mouse.move((name.left + name.right) / 2, (name.top + name.bottom) / 2);
  await expect.poll(() => accessibleText(context, second)).toContain('Seen in 1 earlier article');
  expect(await accessibleText(context, second)).toContain('Drones hit grain terminal in Odesa as Kyiv seeks more air defence');
});

test('keyboard: the next-mention shortcut walks the mentions with a focus mark and card; Escape closes', async ({ context, server, serviceWorker }) => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { commands?: Record<string, unknown> };
  expect(Object.keys(manifest.commands ?? {})).toEqual(expect.arrayContaining(['toggle-highlights', 'next-mention', 'previous-mention']));

  const page = await context.newPage();
  await page.goto(`${server.origin}/port-drone-strike.html`);
  await waitForHighlights(page);
  const tabId = await tabIdOf(serviceWorker, page);
  const focused = () => page.evaluate(() => Array.from((CSS.highlights.get('sourcemark-focus') ?? []) as Iterable<AbstractRange>, (r) => (r as Range).toString()));
  await sendToTab(serviceWorker, tabId, { type: 'cycle-mention', direction: 'next' });
  await expect.poll(focused).toEqual(['ODESA']);
  await expect(page.locator('sourcemark-card')).toHaveCount(1);
  await sendToTab(serviceWorker, tabId, { type: 'cycle-mention', direction: 'next' });
  await expect.poll(focused).not.toEqual(['ODESA']);
  await sendToTab(serviceWorker, tabId, { type: 'cycle-mention', direction: 'previous' });
  await expect.poll(focused).toEqual(['ODESA']);
  await page.keyboard.press('Escape');
  await expect(page.locator('sourcemark-card')).toHaveCount(0);
  expect(await focused()).toEqual([]);
});

test('one switch hides and shows every highlight: the popup toggle and the shortcut message', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/port-drone-strike.html`);
  await waitForHighlights(page);
  const shown = await highlightCount(page);
  expect(shown).toBeGreaterThan(5);
  const tabId = await tabIdOf(serviceWorker, page);

  const popup = await openPopup(context, extensionId, tabId);
  const toggle = popup.getByRole('switch', { name: /Show highlights on this page/ });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect.poll(() => highlightCount(page)).toBe(0);
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect.poll(() => highlightCount(page)).toBe(shown);

  expect(await sendToTab(serviceWorker, tabId, { type: 'set-highlights' })).toEqual({ ok: true, visible: false });
  expect(await highlightCount(page)).toBe(0);
  expect(await sendToTab(serviceWorker, tabId, { type: 'set-highlights' })).toEqual({ ok: true, visible: true });
  expect(await highlightCount(page)).toBe(shown);
  // Hidden highlights open no card.
  await sendToTab(serviceWorker, tabId, { type: 'set-highlights', visible: false });
  await page.mouse.move(300, 300);
  await page.mouse.move(310, 320);
  await expect(page.locator('sourcemark-card')).toHaveCount(0);
  // A malformed request is refused, not obeyed.
  expect(await sendToTab(serviceWorker, tabId, { type: 'set-highlights', visible: 'yes' })).toMatchObject({ ok: false });
  expect((await probe(page)).mutations).toBe(0);
});

test('highlights read on a dark page as on a light one (screenshots for review)', async ({ context, server }) => {
  for (const name of ['dark', 'port-drone-strike']) {
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: 700 });
    await page.goto(`${server.origin}/${name}.html`);
    await waitForHighlights(page);
    const shot = await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
    expect(shot.byteLength).toBeGreaterThan(1000);
    expect(await probe(page).catch(() => ({ mutations: 0, errors: [] }))).toMatchObject({ errors: [] });
  }
});
