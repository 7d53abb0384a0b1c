/**
 * How many IndexedDB requests one saveArticle issues, by kind (store or index, method): at these
 * sizes a request costs far more than its bytes (bench/storage/idb-costs.ts: 30 gets issued together
 * took 5–6 ms whether they answered 32-entity pages or single records), so the count is what a change
 * to the save's design should move. Fills the bench build's store (`npm run bench` builds it into
 * .tmp/bench-build, or SOURCEMARK_BENCH_BUILD) to ARTICLES generated articles (default 1,000), then
 * counts the requests of SAVES more saves (default 10) by wrapping the page's IndexedDB prototypes:
 * `npx tsx bench/storage/request-counts.ts`. Version 11 issued 96 per save at 10,000 articles (30
 * page lookups by key, 30 coverage gets, 30 coverage puts); version 12, 66.
 */
import { join, resolve } from 'node:path';
import { launch } from '../browser/launch';
import { BENCH_GLOBAL } from './page/api';

/** Wraps the request-issuing methods of IDBObjectStore, IDBIndex and IDBCursor to count calls by kind. */
const COUNTING = `(() => {
  const counts = {};
  window.__requestCounts = counts;
  const wrap = (proto, kind, names) => {
    for (const name of names) {
      const original = proto[name];
      proto[name] = function (...args) {
        const where = this.objectStore ? this.objectStore.name + '.' + this.name : this.source ? String(this.source.name) : this.name;
        const key = kind + '.' + name + ' ' + where;
        counts[key] = (counts[key] || 0) + 1;
        return original.apply(this, args);
      };
    }
  };
  wrap(IDBObjectStore.prototype, 'store', ['get', 'getAll', 'getAllKeys', 'put', 'add', 'delete', 'openCursor', 'openKeyCursor', 'count', 'clear']);
  wrap(IDBIndex.prototype, 'index', ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor', 'count']);
  wrap(IDBCursor.prototype, 'cursor', ['continue', 'advance', 'continuePrimaryKey']);
})()`;

/** Calls a bench page method by name (a string, so nothing of this module's build reaches the page). */
function callScript(method: string, args: readonly unknown[]): string {
  return `window[${JSON.stringify(BENCH_GLOBAL)}][${JSON.stringify(method)}](...${JSON.stringify(args)})`;
}

async function main(): Promise<void> {
  const articles = Number(process.env.ARTICLES ?? 1000);
  const saves = Number(process.env.SAVES ?? 10);
  const build = resolve(process.env.SOURCEMARK_BENCH_BUILD ?? '.tmp/bench-build');
  const browser = await launch(join(build, 'chrome-mv3'));
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/bench.html`);
    await page.waitForFunction((g) => g in window, BENCH_GLOBAL);
    await page.evaluate(callScript('open', []));
    await page.evaluate(callScript('seed', [0, articles, 'bulk']));
    // Two saves first: the counts are those of a warm store, not of the first transaction.
    await page.evaluate(callScript('timeSaves', [articles, 2]));
    await page.evaluate(COUNTING);
    await page.evaluate(callScript('timeSaves', [articles + 2, saves]));
    const counts = (await page.evaluate('window.__requestCounts')) as Record<string, number>;
    let total = 0;
    process.stdout.write(`| requests per save at ${articles} articles | kind |\n|---|---|\n`);
    for (const [kind, n] of Object.entries(counts).sort((x, y) => y[1] - x[1])) {
      total += n;
      process.stdout.write(`| ${(n / saves).toFixed(1)} | ${kind} |\n`);
    }
    process.stdout.write(`| ${(total / saves).toFixed(1)} | all |\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`request-counts: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
