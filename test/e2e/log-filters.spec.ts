/**
 * The log's filters in real Chromium, on a generated reading log imported through the log page: the
 * date range narrows the list, the pictures and "export what the filters show" (every format) to the
 * articles read in it; the entity type alone keeps the articles naming an entity of that type, and
 * the site filter narrows any of them to one site.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { toJsonExport } from '../../lib/export/json';
import type { Snapshot } from '../../lib/export/format';
import { generateArticles } from '../support/generate-articles';
import { expect, test } from './fixtures';

const N = 40;

/** The local reading day, as the log's date inputs and rows show it. */
function day(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function importLog(context: BrowserContext, extensionId: string, data: Snapshot): Promise<Page> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-filters-'));
  try {
    const file = join(dir, 'sourcemark-generated.json');
    writeFileSync(file, toJsonExport(data, new Date('2026-03-01T00:00:00Z'), { kind: 'all' }));
    const log = await context.newPage();
    await log.goto(`chrome-extension://${extensionId}/log.html`);
    await log.getByRole('tab', { name: /Export/ }).click();
    await log.getByLabel('Import a JSON export').setInputFiles(file);
    await expect(log.locator('[data-import="done"]')).toContainText(`${N} new articles`);
    await log.getByRole('tab', { name: 'Articles' }).click();
    await expect(log.locator('header [role=status]')).toHaveText(`${N} articles read`);
    return log;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function download(log: Page, kind: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([log.waitForEvent('download'), log.locator(`button[data-export="${kind}"]`).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

/** Whether a file names the article's URL as a whole (story/1 is not story/12): a quote, comma, bracket or angle bracket ends it. */
const namesUrl = (text: string, url: string) => new RegExp(`${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[",)>]`).test(text);

test('the date range narrows the list, the pictures and the export of what the filters show', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const data = generateArticles(N, 21);
  const log = await importLog(context, extensionId, data);

  const byTime = [...data.articles].sort((a, b) => a.lastVisited - b.lastVisited);
  const from = day(byTime[14]!.lastVisited);
  const to = day(byTime[23]!.lastVisited);
  const inside = data.articles.filter((a) => day(a.lastVisited) >= from && day(a.lastVisited) <= to);
  const outside = data.articles.filter((a) => !inside.includes(a));
  const shown = new Set(inside.map((a) => a.id));
  expect(inside.length).toBeGreaterThanOrEqual(10);
  expect(inside.length).toBeLessThan(16);

  await log.getByLabel('From').fill(from);
  await log.getByLabel('To').fill(to);
  await expect(log.locator('header [role=status]')).toHaveText(`${N} articles read, ${inside.length} shown`);
  const list = log.getByRole('list', { name: `Articles, ${inside.length}` });
  await expect(list.locator('[data-row-loaded]')).toHaveCount(inside.length);
  const listed = await list.locator('[data-row-loaded]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-article-id'))));
  expect(new Set(listed)).toEqual(shown);
  // Every date shown is inside the range.
  for (const d of await list.locator('time').allTextContents()) expect(d >= from && d <= to, d).toBe(true);

  // The pictures count the articles in the range, their incidents, and the entities they name.
  await log.getByRole('tab', { name: 'Pictures' }).click();
  await expect(log.getByRole('img', { name: new RegExp(`^Articles read per week\\. ${inside.length} articles over`) })).toBeVisible();
  const incidents = data.incidents.filter((i) => i.date && i.articleIds.some((a) => shown.has(a)));
  expect(incidents.length).toBeGreaterThan(0);
  await expect(log.getByRole('img', { name: new RegExp(`^Incident timeline\\. ${incidents.length} incidents? from`) })).toBeVisible();
  const actorsTable = log.locator('details.data-table').filter({ hasText: 'Most frequent actors' });
  await actorsTable.locator('summary').click();
  const rows = await actorsTable.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  expect(rows.length).toBeGreaterThan(0);
  for (const [name, , count] of rows) {
    const entity = data.entities.find((e) => e.name === name)!;
    const naming = new Set(data.appearances.filter((a) => a.entityId === entity.id && shown.has(a.articleId)).map((a) => a.articleId));
    expect(Number(count), name).toBe(naming.size);
  }

  // "What the filters show", in every format: the range's articles, none other; dated, marked filtered.
  await log.getByRole('tab', { name: /Export/ }).click();
  await log.getByLabel(/What the filters show/).check();
  await expect(log.getByText(`What the filters show (${inside.length} articles)`)).toBeVisible();
  const json = await download(log, 'json');
  expect(json.name).toMatch(/^sourcemark-filtered-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(json.text) as { scope: { kind: string; description: string }; articles: Array<{ url: string }> };
  expect(file.scope).toEqual({ kind: 'filtered', description: `Articles read ${from} to ${to}` });
  expect(new Set(file.articles.map((a) => a.url))).toEqual(new Set(inside.map((a) => a.url)));
  for (const kind of ['csv-mentions', 'markdown', 'w3c']) {
    const { name, text } = await download(log, kind);
    expect(name, kind).toMatch(/^sourcemark-filtered-.*\d{4}-\d{2}-\d{2}\.\w+$/);
    for (const a of inside) expect(namesUrl(text, a.url), `${kind} names ${a.url}`).toBe(true);
    for (const a of outside) expect(namesUrl(text, a.url), `${kind} leaves out ${a.url}`).toBe(false);
  }
});

test('the entity type alone keeps the articles naming an entity of that type; the site filter narrows them further', async ({ context, extensionId }) => {
  const data = generateArticles(N, 22);
  const log = await importLog(context, extensionId, data);
  const kindOf = new Map(data.entities.map((e) => [e.id, e.kind]));
  const naming = new Set(data.appearances.filter((a) => kindOf.get(a.entityId) === 'organization').map((a) => a.articleId));
  expect(naming.size).toBeLessThan(N);

  await log.getByLabel('Entity type').selectOption('organization');
  await expect(log.locator('header [role=status]')).toHaveText(`${N} articles read, ${naming.size} shown`);
  await expect(log.getByRole('list', { name: `Articles, ${naming.size}` })).toBeVisible();
  await expect(log.getByRole('tabpanel')).not.toHaveAttribute('aria-busy');
  // Exactly those articles, as the export of what the filters show holds them.
  await log.getByRole('tab', { name: /Export/ }).click();
  await log.getByLabel(/What the filters show/).check();
  const json = await download(log, 'json');
  const file = JSON.parse(json.text) as { scope: { description: string }; articles: Array<{ id: number; url: string }> };
  expect(file.scope.description).toBe('Articles naming organizations');
  const urls = new Map(data.articles.map((a) => [a.url, a.id]));
  expect(new Set(file.articles.map((a) => urls.get(a.url)))).toEqual(naming);
  await log.getByRole('tab', { name: 'Articles' }).click();

  // With a site too: the articles of that site naming an organization.
  const site = data.articles[0]!.site!;
  const both = data.articles.filter((a) => a.site === site && naming.has(a.id));
  await log.getByRole('combobox', { name: 'Site' }).selectOption(site);
  await expect(log.locator('header [role=status]')).toHaveText(`${N} articles read, ${both.length} shown`);
  await expect(log.locator('[data-row-loaded] .row__site')).toHaveText(both.map(() => site));
  await log.getByLabel('Entity type').selectOption('');
  const ofSite = data.articles.filter((a) => a.site === site);
  await expect(log.locator('header [role=status]')).toHaveText(`${N} articles read, ${ofSite.length} shown`);
  await log.getByRole('button', { name: 'Clear filters' }).click();
  await expect(log.locator('header [role=status]')).toHaveText(`${N} articles read`);
});

test('choosing a type keeps the last list on screen, marked busy, until the answer replaces it in place', async ({ context, extensionId }) => {
  const data = generateArticles(N, 23);
  const log = await importLog(context, extensionId, data);
  const kindOf = new Map(data.entities.map((e) => [e.id, e.kind]));
  const naming = new Set(data.appearances.filter((a) => kindOf.get(a.entityId) === 'organization').map((a) => a.articleId));
  await expect(log.getByRole('list', { name: `Articles, ${N}` })).toBeVisible();
  // Watch the panel from now on: the list element must stay the same one, and the panel must never
  // fall back to the loading notice while the filter is answered.
  await log.evaluate(() => {
    const panel = document.querySelector('[role=tabpanel]');
    const list = panel?.querySelector('[role=list]');
    const seen = { flash: false, list };
    (window as unknown as { __watch: typeof seen }).__watch = seen;
    if (!panel) return;
    new MutationObserver(() => {
      if (panel.textContent?.includes('Reading your log')) seen.flash = true;
    }).observe(panel, { childList: true, subtree: true, characterData: true });
  });
  await log.getByLabel('Entity type').selectOption('organization');
  await expect(log.locator('header [role=status]')).toHaveText(`${N} articles read, ${naming.size} shown`);
  await expect(log.getByRole('list', { name: `Articles, ${naming.size}` })).toBeVisible();
  const watched = await log.evaluate(() => {
    const seen = (window as unknown as { __watch: { flash: boolean; list: Element | null | undefined } }).__watch;
    return { flash: seen.flash, sameList: seen.list?.isConnected === true };
  });
  expect(watched).toEqual({ flash: false, sameList: true });
});
