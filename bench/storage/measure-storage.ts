/**
 * Storage benchmark, driven from Node: fills the extension's IndexedDB (through the bench page) to each
 * level, then times saveArticle, the popup's queries and storage per article there, and finally the
 * export and import of the whole store.
 */
import type { Page } from '@playwright/test';
import { launch } from '../browser/launch';
import { summarize, type Summary } from '../shared/stats';
import { BENCH_GLOBAL, type ExportImportTimings, type Optional, type QueryTimings, type StorageBenchApi } from './page/api';

/** Figures at one number of stored articles. */
export interface StorageLevel {
  articles: number;
  seedMs: number;
  saveMs: Summary;
  articleViewMs: Summary;
  crossReferenceMs: Summary;
  entitiesPerView: number;
  /** Growth of navigator.storage.estimate().usage per article, from empty to this level. */
  bytesPerArticle: number;
}

/** The storage benchmark's result. */
export interface StorageFigures {
  levels: StorageLevel[];
  exportImport: Optional<ExportImportTimings & { articles: number }>;
}

/** How much work to do. */
export interface StorageOptions {
  levels: number[];
  saves: number;
  queries: number;
}

type BenchWindow = Window & { [BENCH_GLOBAL]: StorageBenchApi };

async function call<K extends keyof StorageBenchApi>(page: Page, name: K, ...args: Parameters<StorageBenchApi[K]>): Promise<Awaited<ReturnType<StorageBenchApi[K]>>> {
  const result: unknown = await page.evaluate(
    ([global, method, params]) => {
      const api = (window as unknown as BenchWindow)[global as typeof BENCH_GLOBAL];
      const fn = api[method as keyof StorageBenchApi] as (...a: unknown[]) => Promise<unknown>;
      return fn(...(params as unknown[]));
    },
    [BENCH_GLOBAL, name, args] as const,
  );
  return result as Awaited<ReturnType<StorageBenchApi[K]>>;
}

/** Indexes of `count` stored articles spread over [0, stored). */
function spread(stored: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.floor(((i + 0.5) * stored) / count));
}

/** Runs the storage benchmark in a fresh profile of the built extension at `extensionDir`. */
export async function measureStorage(extensionDir: string, options: StorageOptions, log: (s: string) => void): Promise<StorageFigures> {
  const browser = await launch(extensionDir);
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/bench.html`);
    await page.waitForFunction((g) => g in window, BENCH_GLOBAL);
    await call(page, 'open');
    const emptyUsage = await call(page, 'usage');
    const levels: StorageLevel[] = [];
    // Generated article indexes: seeded ones first, each level's timed saves after them.
    let next = 0;
    let stored = 0;
    for (const level of options.levels) {
      const seedFrom = next;
      const toSeed = level - stored;
      log(`storage: filling to ${level} articles`);
      const seedMs = toSeed > 0 ? await call(page, 'seed', seedFrom, seedFrom + toSeed, 'bulk') : 0;
      next = seedFrom + Math.max(0, toSeed);
      stored = await call(page, 'articleCount');
      const usage = await call(page, 'usage');
      const bytesPerArticle = (usage - emptyUsage) / stored;
      log(`storage: timing ${options.saves} saves and ${options.queries} queries at ${stored} articles`);
      const saves = await call(page, 'timeSaves', next, options.saves);
      next += options.saves;
      stored += options.saves;
      const queries: QueryTimings = await call(page, 'timeQueries', spread(next, options.queries));
      levels.push({
        articles: level,
        seedMs,
        saveMs: summarize(saves),
        articleViewMs: summarize(queries.articleView),
        crossReferenceMs: summarize(queries.crossReference),
        entitiesPerView: Math.min(...queries.entitiesSeen),
        bytesPerArticle,
      });
    }
    log('storage: export and import');
    const articles = await call(page, 'articleCount');
    const timed = await call(page, 'timeExportImport');
    const exportImport: StorageFigures['exportImport'] = timed.available ? { available: true, value: { ...timed.value, articles } } : timed;
    return { levels, exportImport };
  } finally {
    await browser.close();
  }
}
