/**
 * A large reading log in real Chromium on the built extension: an import of thousands of articles shows
 * its progress and lands whole, the log lists them, and the JSON export holds every one. How fast each
 * step is belongs to `npm run bench` (10,000 articles against the targets), not to a timed test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toJsonExport } from '../../lib/export/json';
import { generateArticles } from '../support/generate-articles';
import { expect, extensionRows, test } from './fixtures';

const N = 2_000;

test('a large import shows progress, lands whole, is listed and exports whole', async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(240_000);
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-large-'));
  try {
    const file = join(dir, 'sourcemark-large.json');
    writeFileSync(file, toJsonExport(generateArticles(N), new Date('2026-03-01T00:00:00Z'), { kind: 'all' }));

    const log = await context.newPage();
    await log.goto(`chrome-extension://${extensionId}/log.html`);
    await log.getByRole('tab', { name: /Export/ }).click();
    await log.getByLabel('Import a JSON export').setInputFiles(file);
    // Progress is shown while it runs.
    await expect(log.locator('progress')).toBeVisible();
    await expect(log.locator('[data-import="done"]')).toBeVisible({ timeout: 200_000 });
    expect((await extensionRows(serviceWorker, 'articles')).length).toBe(N);

    await log.reload();
    await expect(log.locator('header [role=status]')).toContainText(`${N.toLocaleString('en-US')} articles read`);
    await expect(log.locator('[data-row-loaded]').first()).toBeVisible();
    // Virtualized: a screenful of rows is drawn, not 2,000; each says where it stands in the whole list.
    const list = log.getByRole('list', { name: `Articles, ${N}` });
    await expect(list).toBeVisible();
    const drawn = await list.getByRole('listitem').count();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(100);
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(N));
    // The keyboard scrolls it: End reaches the oldest article, drawn with its counts.
    await list.focus();
    await log.keyboard.press('End');
    const last = list.locator(`[role=listitem][aria-posinset="${N}"]`);
    await expect(last.locator('[data-row-loaded]')).toBeVisible();
    expect(await list.getByRole('listitem').count()).toBeLessThan(100);

    // The pictures of 2,000 articles: the incident timeline (by date, grouped by place, coloured by
    // type, with a legend) and the weekly and top-entity charts, each with a text alternative.
    await log.getByRole('tab', { name: 'Pictures' }).click();
    const timeline = log.getByRole('img', { name: /^Incident timeline\. [\d,]+ incidents from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} at \d+ places; most at / });
    await expect(timeline).toBeVisible({ timeout: 30_000 });
    const legend = log.getByRole('list', { name: 'Incident types' }).getByRole('listitem');
    expect(await legend.count()).toBeGreaterThan(1);
    // One colour per type: as many distinct dot colours as the legend names types.
    const colours = await timeline.locator('circle').evaluateAll((dots) => new Set(dots.map((d) => d.getAttribute('fill'))).size);
    expect(colours).toBe(await legend.count());
    expect(await timeline.locator('text').count()).toBeGreaterThan(2);
    await expect(log.getByRole('img', { name: /^Articles read per week\. 2,000 articles over \d+ weeks/ })).toBeVisible();
    await expect(log.getByRole('img', { name: /^Most frequent actors: / })).toBeVisible();
    await expect(log.getByRole('img', { name: /^Most frequent places: / })).toBeVisible();
    // Each picture's data is a table that opens from the keyboard.
    const table = log.locator('details.data-table').first();
    await table.locator('summary').focus();
    await log.keyboard.press('Enter');
    await expect(table.locator('tbody tr').first()).toBeVisible();

    await log.getByRole('tab', { name: /Export/ }).click();
    const [download] = await Promise.all([log.waitForEvent('download'), log.locator('button[data-export="json"]').click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { articles?: unknown[] };
    expect(exported.articles?.length).toBe(N);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
