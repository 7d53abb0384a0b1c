/**
 * The log's speed targets with 10,000 articles, in real Chromium on the built extension: import ≤ 10 s
 * with progress shown, first paint of the log ≤ 500 ms, export of everything as JSON ≤ 5 s. The times
 * are measured inside the page (performance.now) and printed for the benchmark record.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toJsonExport } from '../../lib/export/json';
import { generateArticles } from '../support/generate-articles';
import { expect, extensionRows, test } from './fixtures';

const N = 10_000;
/**
 * The targets assume a machine to itself. On a shared, loaded one (CI neighbours, load average far above
 * the core count) set SOURCEMARK_SPEED_SLACK to multiply them; the measured times are printed either way.
 */
const SLACK = Number(process.env.SOURCEMARK_SPEED_SLACK ?? 1);

test('10,000 articles: import, first paint and export within their targets', async ({ context, extensionId, serviceWorker }) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-speed-'));
  try {
    const file = join(dir, 'sourcemark-10k.json');
    writeFileSync(file, toJsonExport(generateArticles(N), new Date('2026-03-01T00:00:00Z'), { kind: 'all' }));

    const log = await context.newPage();
    await log.goto(`chrome-extension://${extensionId}/log.html`);
    await log.getByRole('tab', { name: /Export/ }).click();
    await log.getByLabel('Import a JSON export').setInputFiles(file);
    // Progress is shown while it runs.
    await expect(log.locator('progress')).toBeVisible();
    const done = log.locator('[data-import="done"]');
    await expect(done).toBeVisible({ timeout: 170_000 });
    const importMs = Number((await done.textContent())?.match(/in (\d+) ms/)?.[1]);
    expect((await extensionRows(serviceWorker, 'articles')).length).toBe(N);

    // First paint: from navigation start to the first row with its counts on screen.
    // Also when React first rendered and when the article count (first query) showed, to see where time goes.
    await log.addInitScript(() => {
      const w = window as unknown as { __marks: Record<string, number> };
      w.__marks = {};
      new MutationObserver((_, observer) => {
        const m = w.__marks;
        if (m.react === undefined && document.querySelector('h1')) m.react = performance.now();
        if (m.count === undefined && /\d articles read/.test(document.querySelector('header [role=status]')?.textContent ?? '')) m.count = performance.now();
        if (document.querySelector('[data-row-loaded]')) {
          m.row = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    const paints: Array<Record<string, number>> = [];
    for (let i = 0; i < 5; i++) {
      await log.reload();
      await log.waitForFunction(() => (window as unknown as { __marks: { row?: number } }).__marks.row !== undefined);
      paints.push(await log.evaluate(() => {
        const m = (window as unknown as { __marks: Record<string, number> }).__marks;
        return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v)]));
      }));
    }
    const rows = paints.map((p) => p.row as number).sort((a, b) => a - b);
    const firstPaintMs = rows[2] as number; // the median of five
    await expect(log.locator('[data-row-loaded]').first()).toBeVisible();

    await log.getByRole('tab', { name: /Export/ }).click();
    const started = Date.now();
    const [download] = await Promise.all([log.waitForEvent('download'), log.locator('button[data-export="json"]').click()]);
    const exportMs = Date.now() - started;
    await download.path();

    console.log(JSON.stringify({ articles: N, slack: SLACK, load: loadavg()[0], importMs, firstPaintMs, paints, exportMs }));
    expect(importMs).toBeLessThanOrEqual(10_000 * SLACK);
    expect(firstPaintMs).toBeLessThanOrEqual(500 * SLACK);
    expect(exportMs).toBeLessThanOrEqual(5_000 * SLACK);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
