/**
 * Storage benchmark, driven from Node: fills the extension's IndexedDB (through the bench page) to each
 * level, then times saveArticle, the popup's queries and storage per article there, and finally the
 * export and import of the whole store.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../browser/launch';
import { median, summarize, type Summary } from '../shared/stats';
import { logFilters, type LogFilterFigures } from './log-filters';
import { BENCH_GLOBAL, type ExportTiming, type ImportTarget, type ImportTiming, type Optional, type QueryTimings, type StorageBenchApi } from './page/api';

/** A timed step: its figures, absent (with why), or still running when its time limit passed. */
export type Timed<T> = Optional<T> | { available: 'timeout'; limitMs: number };

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
  /** Articles in the store when it was exported. */
  exportedArticles: number;
  export: Timed<ExportTiming>;
  /** Into a fresh database: the new browser the reader moves to (the target's case). */
  import: Timed<ImportTiming>;
  /** Into the filled store after clearing it (delete everything, then import). */
  importAfterClear: Timed<ImportTiming>;
  /**
   * The reading log over the filled store, medians of LOG_OPENS opens: first contentful paint (the
   * page's static header) and, what the reader waits for, the first article row with its counts
   * painted (and inserted); ms from navigation. Each open's figures too, the first one the coldest.
   */
  logFirstPaint: Optional<{ ms: number; firstRowMs: number; firstRowDomMs: number; opens: LogOpen[]; articles: number }>;
  /** The log's entity-type filter alone and a search over the filled store (log-filters.ts). */
  logFilters: Optional<LogFilterFigures & { articles: number }>;
}

/** How much work to do. */
export interface StorageOptions {
  levels: number[];
  saves: number;
  queries: number;
  /** Longest wait for the export, and then for the import, before it is reported as over the limit. */
  exportImportTimeoutMs: number;
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

/**
 * The promise's value, or 'timeout' after `ms` (the caller then closes the browser to stop the work).
 * An abandoned promise that later fails (the browser closed under it) is reported through `onLate`;
 * before the timeout, a failure reaches the caller through the race.
 */
async function withTimeout<T>(promise: Promise<T>, ms: number, onLate: (error: unknown) => void): Promise<T | 'timeout'> {
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((ok) => {
    timer = setTimeout(() => {
      timedOut = true;
      ok('timeout');
    }, ms);
  });
  promise.then(undefined, (error: unknown) => {
    if (timedOut) onLate(error);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Idle time between filling the store and timing it. */
const SETTLE_MS = 3000;

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
      // The bulk fill leaves the database compacting and the page collecting garbage for a while: timed
      // right after, the first saves measured that, not saveArticle (the 1,000-article figure swung).
      await new Promise((done) => setTimeout(done, SETTLE_MS));
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
    const articles = await call(page, 'articleCount');
    let firstPaint: StorageFigures['logFirstPaint'] = { available: false, reason: 'no log.html in the build (entrypoints/log)' };
    let filters: StorageFigures['logFilters'] = firstPaint;
    if (existsSync(join(extensionDir, 'log.html'))) {
      log('storage: reading log first paint');
      firstPaint = { available: true, value: { ...(await logFirstPaint(browser.context, browser.extensionId ?? '')), articles } };
      log('storage: reading log filters');
      // A filter that does not answer is a figure to report, not a reason to lose the export and import.
      filters = await logFilters(browser.context, browser.extensionId ?? '').then(
        (value) => ({ available: true as const, value: { ...value, articles } }),
        (error: unknown) => ({ available: false as const, reason: error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error) }),
      );
    }
    const onLate = (error: unknown) => log(`storage: abandoned step ended: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    const limit = options.exportImportTimeoutMs;
    log('storage: export');
    const exported = await withTimeout(call(page, 'timeExport'), limit, onLate);
    const importInto = async (into: ImportTarget): Promise<StorageFigures['import']> => {
      if (exported === 'timeout' || !exported.available) return { available: false, reason: 'the export did not complete' };
      log(`storage: import (${into})`);
      const result = await withTimeout(call(page, 'timeImport', into), limit, onLate);
      return result === 'timeout' ? { available: 'timeout', limitMs: limit } : result;
    };
    // Fresh first: the emptied import clears the filled store.
    const imported = await importInto('fresh');
    const importedAfterClear = await importInto('emptied');
    const exportFigures: StorageFigures['export'] = exported === 'timeout' ? { available: 'timeout', limitMs: limit } : exported;
    return { levels, exportedArticles: articles, export: exportFigures, import: imported, importAfterClear: importedAfterClear, logFirstPaint: firstPaint, logFilters: filters };
  } finally {
    await browser.close();
  }
}

/** Times the log page is opened: the figure is their median (one open is too noisy on a shared machine). */
export const LOG_OPENS = 5;

/** One open of the log page, ms from navigation. */
export interface LogOpen {
  /** first-contentful-paint: the page's static header. */
  fcpMs: number;
  /** The first article row with its counts inserted into the page (not yet on screen). */
  firstRowDomMs: number;
  /** That row painted: the Element Timing API's render time of its text, what the reader sees. */
  firstRowMs: number;
}

/**
 * The reading log page (log.html) over the filled store, opened `opens` times in new tabs: each open's
 * first contentful paint, and when the first article row with its counts was inserted and then
 * painted. The paint is what the reader waits for: work queued right after the insertion (further
 * reads, loading code) delays it, so the insertion alone said too little.
 */
export async function logFirstPaint(context: BrowserContext, extensionId: string, opens = LOG_OPENS): Promise<{ ms: number; firstRowMs: number; firstRowDomMs: number; opens: LogOpen[] }> {
  const all: LogOpen[] = [];
  for (let i = 0; i < opens; i++) {
    const page = await context.newPage();
    try {
      all.push(await openLog(page, extensionId));
    } finally {
      await page.close();
    }
  }
  const med = (pick: (o: LogOpen) => number) => median(all.map(pick));
  return { ms: med((o) => o.fcpMs), firstRowMs: med((o) => o.firstRowMs), firstRowDomMs: med((o) => o.firstRowDomMs), opens: all };
}

/** One open of log.html in `page`. */
async function openLog(page: Page, extensionId: string): Promise<LogOpen> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstRowDom?: number; __firstRowPaint?: number };
    // Element Timing reports the paint of elements carrying `elementtiming`: the first row's are marked
    // as it is inserted, before the frame that paints it.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { identifier?: string; renderTime?: number }>) {
        if (entry.identifier === 'sourcemark-first-row' && w.__firstRowPaint === undefined) w.__firstRowPaint = entry.renderTime || entry.startTime;
      }
    }).observe({ type: 'element', buffered: true });
    new MutationObserver((_, observer) => {
      const row = document.querySelector('[data-row-loaded]');
      if (!row) return;
      w.__firstRowDom = performance.now();
      for (const el of [row, ...row.querySelectorAll('*')]) el.setAttribute('elementtiming', 'sourcemark-first-row');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${extensionId}/log.html`, { waitUntil: 'load' });
  const fcp = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  const row = await page.waitForFunction(
    () => {
      const w = window as unknown as { __firstRowDom?: number; __firstRowPaint?: number };
      return w.__firstRowDom !== undefined && w.__firstRowPaint !== undefined ? [w.__firstRowDom, w.__firstRowPaint] : 0;
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  const [firstRowDomMs, firstRowMs] = (await row.jsonValue()) as [number, number];
  return { fcpMs: (await fcp.jsonValue()) as number, firstRowDomMs, firstRowMs };
}
