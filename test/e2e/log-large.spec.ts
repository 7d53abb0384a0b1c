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

    await log.getByRole('tab', { name: /Export/ }).click();
    const [download] = await Promise.all([log.waitForEvent('download'), log.locator('button[data-export="json"]').click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { articles?: unknown[] };
    expect(exported.articles?.length).toBe(N);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
