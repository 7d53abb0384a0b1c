/**
 * In-page benchmark: DOMContentLoaded → first highlight on generated articles, and the longest
 * main-thread task with and without the extension on the same pages. Each load is a fresh tab on a new
 * URL (a new article for the store); the first load of each size is a discarded warm-up (service
 * worker start, the engine's cold import). Then as many loads again under a DevTools trace, which
 * finds the tasks that ran Sourcemark's code (bench/browser/trace-tasks.ts): the Long Tasks API misses
 * some of them. They are separate loads, so the trace's overhead never slows the timed ones.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launch } from './launch';
import { HIGHLIGHT_NAMES, installProbe, readProbe, type ProbeReading } from './page-probe';
import { startPageServer, type PageServer } from './page-server';
import { extensionTasks, startTrace, type ExtensionTask } from './trace-tasks';
import { summarize, type Summary } from '../shared/stats';

/** Figures for one article size. */
export interface InPageSize {
  words: number;
  loads: number;
  /** DOMContentLoaded → first highlight, ms. */
  firstHighlightMs: Summary;
  /** Longest task of each load, ms (0 when none passed the 50 ms long-task threshold). */
  longestTaskWithMs: Summary;
  longestTaskWithoutMs: Summary;
  /** Traced loads: the longest task that ran Sourcemark's code, ms (wall clock, what the page waited). */
  sourcemarkTaskMs: Summary;
  /** Traced loads: the CPU time of that task, ms (less than its wall time on a busy machine). */
  sourcemarkTaskCpuMs: Summary;
  /** Traced loads: the task that injected the content script (compiled and ran its file), ms. */
  injectionTaskMs: Summary;
}

/** Time the page is watched after its first highlight (with) or after load (without), for late tasks. */
const SETTLE_MS = 1000;
/**
 * The first highlight may be a preview of the first screenful; the whole text's highlights come after.
 * The page is watched until the number of highlighted ranges has held still this long (at most
 * HIGHLIGHT_TIMEOUT_MS), so the tasks that draw the whole text are measured too.
 */
const STABLE_MS = 800;
/** Longest wait for a first highlight before the load counts as failed. */
const HIGHLIGHT_TIMEOUT_MS = 60_000;

// tsx compiles with esbuild's keepNames, which wraps functions in __name(); the page has no __name.
const NAME_SHIM = 'var __name = (f) => f;';

/** A load's probe reading, with the tasks that ran Sourcemark when the load was traced. */
type Reading = ProbeReading & { sourcemarkTasks?: ExtensionTask[] };

async function load(context: BrowserContext, url: string, expectHighlight: boolean, traced = false): Promise<Reading> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: `${NAME_SHIM}(${installProbe.toString()})(${JSON.stringify(HIGHLIGHT_NAMES)});` });
    const trace = traced ? await startTrace(context, page) : null;
    await page.goto(url, { waitUntil: 'load' });
    if (expectHighlight) {
      await page.waitForFunction(
        () => (window as unknown as { __sourcemarkBench: { firstHighlight: number } }).__sourcemarkBench.firstHighlight >= 0,
        undefined,
        { timeout: HIGHLIGHT_TIMEOUT_MS, polling: 50 },
      );
      await waitForStableHighlights(page);
    }
    await page.waitForTimeout(SETTLE_MS);
    const reading = await page.evaluate(`${NAME_SHIM}(${readProbe.toString()})()`) as ProbeReading;
    return trace ? { ...reading, sourcemarkTasks: extensionTasks(await trace.stop()) } : reading;
  } finally {
    await page.close();
  }
}

/** Waits until the page's highlighted ranges stop changing in number (the whole text is drawn). */
async function waitForStableHighlights(page: Page): Promise<void> {
  const count = () => page.evaluate((names) => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0), HIGHLIGHT_NAMES);
  const deadline = Date.now() + HIGHLIGHT_TIMEOUT_MS;
  let last = await count();
  let since = Date.now();
  while (Date.now() - since < STABLE_MS && Date.now() < deadline) {
    await page.waitForTimeout(100);
    const now = await count();
    if (now !== last) { last = now; since = Date.now(); }
  }
}

function longest(reading: ProbeReading): number {
  return Math.max(0, ...reading.longTasks.map((t) => t.duration));
}

async function loadsOf(context: BrowserContext, server: PageServer, words: number, loads: number, withExtension: boolean, first: number): Promise<Reading[]> {
  await load(context, server.url(words, first), withExtension); // warm-up, discarded
  const readings: Reading[] = [];
  for (let i = 1; i <= loads; i++) readings.push(await load(context, server.url(words, first + i), withExtension));
  return readings;
}

/** The longest Sourcemark task of each traced load (0 when none ran), by `pick`. */
function longestOf(readings: readonly Reading[], pick: (t: ExtensionTask) => number, only: (t: ExtensionTask) => boolean = () => true): number[] {
  return readings.map((r) => {
    const tasks = (r.sourcemarkTasks ?? []).filter(only);
    const longest = tasks.reduce<ExtensionTask | undefined>((a, t) => (!a || t.durationMs > a.durationMs ? t : a), undefined);
    return longest ? pick(longest) : 0;
  });
}

/** Runs the in-page benchmark for each size with `loads` timed loads, with and without the extension. */
export async function measureInPage(extensionDir: string, sizes: readonly number[], loads: number, log: (s: string) => void): Promise<InPageSize[]> {
  const server = await startPageServer(sizes);
  try {
    const withReadings = new Map<number, Reading[]>();
    const tracedReadings = new Map<number, Reading[]>();
    const withBrowser = await launch(extensionDir);
    try {
      for (const words of sizes) {
        log(`in-page: ${loads} loads of the ${words}-word article with the extension`);
        withReadings.set(words, await loadsOf(withBrowser.context, server, words, loads, true, 0));
      }
      for (const words of sizes) {
        log(`in-page: ${loads} traced loads of the ${words}-word article with the extension`);
        const traced: Reading[] = [];
        for (let i = 1; i <= loads; i++) traced.push(await load(withBrowser.context, server.url(words, 500 + i), true, true));
        tracedReadings.set(words, traced);
      }
    } finally {
      await withBrowser.close();
    }
    const withoutReadings = new Map<number, Reading[]>();
    const bare = await launch();
    try {
      for (const words of sizes) {
        log(`in-page: ${loads} loads of the ${words}-word article without the extension`);
        withoutReadings.set(words, await loadsOf(bare.context, server, words, loads, false, 1000));
      }
    } finally {
      await bare.close();
    }
    return sizes.map((words) => {
      const withExt = withReadings.get(words) ?? [];
      const without = withoutReadings.get(words) ?? [];
      const traced = tracedReadings.get(words) ?? [];
      return {
        words,
        loads,
        firstHighlightMs: summarize(withExt.map((r) => r.firstHighlight - r.domContentLoaded)),
        longestTaskWithMs: summarize(withExt.map(longest)),
        longestTaskWithoutMs: summarize(without.map(longest)),
        sourcemarkTaskMs: summarize(longestOf(traced, (t) => t.durationMs)),
        sourcemarkTaskCpuMs: summarize(longestOf(traced, (t) => t.cpuMs)),
        injectionTaskMs: summarize(longestOf(traced, (t) => t.durationMs, (t) => t.injection)),
      };
    });
  } finally {
    await server.close();
  }
}
