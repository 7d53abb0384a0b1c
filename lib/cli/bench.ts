/**
 * `npm run bench`: measures Sourcemark against its baselines and targets in one run (engine vs plain
 * compromise, the built extension in real headless Chromium, the store in real IndexedDB), prints a
 * table and writes the same figures as JSON. Figures are ratios and medians taken in one run because
 * the machines are shared and noisy. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseBenchArgs, USAGE, type BenchOptions, type Part } from '../../bench/args';
import { contentScriptSizes } from '../../bench/browser/bundle-size';
import { measureInPage } from '../../bench/browser/measure-in-page';
import { countWords, loadCorpus } from '../../bench/engine/corpus';
import { measureEngine } from '../../bench/engine/measure-engine';
import { generateArticle } from '../../bench/generate/article-text';
import { engineMemoryRows, engineRows } from '../../bench/report/engine-rows';
import { bundleRows, inPageRows } from '../../bench/report/in-page-rows';
import type { Row } from '../../bench/report/row';
import { storageRows } from '../../bench/report/storage-rows';
import { sourceStamp, staleBuild, writeStamp } from '../../bench/build/source-stamp';
import { renderTable } from '../../bench/report/table';
import { measureStorage } from '../../bench/storage/measure-storage';

/** Where the bench's own build goes; SOURCEMARK_BENCH_BUILD lets two benches run side by side (apart from .output). */
const BUILD_DIR = resolve(process.env.SOURCEMARK_BENCH_BUILD ?? '.tmp/bench-build');
const EXTENSION_DIR = join(BUILD_DIR, 'chrome-mv3');

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

function engine(options: BenchOptions): { rows: Row[]; raw: unknown } {
  const corpus = loadCorpus(options.dirs);
  const words = corpus.reduce((n, t) => n + t.words, 0);
  log(`engine: ${corpus.length} texts, ${words} words (${corpus.map((t) => t.source).join(', ')})`);
  const fixtures = measureEngine(corpus.map((t) => t.text), words, options.engineRuns, options.engineWarmup);
  const long = generateArticle(10000).paragraphs.join('\n\n');
  log('engine: generated 10,000-word article');
  const generated = measureEngine([long], countWords(long), options.engineRuns, options.engineWarmup);
  return {
    rows: [...engineRows(options.dirs.length ? 'fixtures + given dirs' : 'project fixtures', fixtures), ...engineRows('generated 10,000 words', generated), ...engineMemoryRows(fixtures)],
    raw: { corpus: corpus.map((t) => ({ source: t.source, words: t.words })), fixtures, generated },
  };
}

function build(): void {
  log(`building the extension into ${BUILD_DIR}`);
  // Taken before building: a file edited during the build makes the stamp stale, not the figures wrong.
  const stamp = sourceStamp(process.cwd());
  execFileSync(process.execPath, [join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'bench/build/build-extension.ts', BUILD_DIR], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeStamp(BUILD_DIR, stamp);
}

/** With --skip-build, the reason the last build cannot be measured (it is of other sources), if any. */
function reusedBuildProblem(): Error | undefined {
  const stale = staleBuild(BUILD_DIR, sourceStamp(process.cwd()));
  return stale ? new Error(`${stale}: run without --skip-build`) : undefined;
}

async function inPage(options: BenchOptions): Promise<{ rows: Row[]; raw: unknown }> {
  const sizes = contentScriptSizes(EXTENSION_DIR);
  const pages = await measureInPage(EXTENSION_DIR, options.pageSizes, options.pageLoads, log);
  return { rows: [...bundleRows(sizes), ...inPageRows(pages)], raw: { sizes, pages } };
}

async function storage(options: BenchOptions): Promise<{ rows: Row[]; raw: unknown }> {
  const figures = await measureStorage(
    EXTENSION_DIR,
    { levels: options.storeLevels, saves: options.storeSaves, queries: options.storeQueries, exportImportTimeoutMs: options.exportImportTimeoutMs },
    log,
  );
  return { rows: storageRows(figures), raw: figures };
}

function failedRow(part: Part, error: unknown): Row {
  const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
  return { section: part === 'storage' ? 'storage' : part, name: `${part} benchmark`, value: null, unit: '', shown: `FAILED: ${message}`, target: '—', status: 'not met' };
}

/** Runs the benchmark; returns the exit code (1 when a part failed to run, not when a target is missed). */
export async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const started = Date.now();
  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  let failed = false;
  const run = async (part: Part, fn: () => Promise<{ rows: Row[]; raw: unknown }> | { rows: Row[]; raw: unknown }) => {
    if (!options.only.includes(part)) return;
    try {
      const result = await fn();
      rows.push(...result.rows);
      raw[part] = result.raw;
    } catch (error) {
      failed = true;
      process.stderr.write(`bench: the ${part} benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      rows.push(failedRow(part, error));
    }
  };
  // The engine runs first, in this process, before any build or browser competes for the CPU.
  await run('engine', () => engine(options));
  let buildError: unknown;
  if (options.only.some((p) => p !== 'engine')) {
    if (options.skipBuild) buildError = reusedBuildProblem();
    else {
      try {
        build();
      } catch (error) {
        buildError = error; // reported as the failure of each browser part below
      }
    }
  }
  const built = <T>(fn: () => Promise<T>) => () => (buildError === undefined ? fn() : Promise.reject(buildError));
  await run('in-page', built(() => inPage(options)));
  await run('storage', built(() => storage(options)));
  const table = renderTable(rows);
  process.stdout.write(`${table}\n`);
  const report = {
    date: new Date(started).toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: { cpus: cpus().length, loadAverageAtEnd: loadavg(), node: process.version },
    options,
    rows,
    raw,
  };
  mkdirSync(dirname(resolve(options.out)), { recursive: true });
  writeFileSync(resolve(options.out), `${JSON.stringify(report, null, 2)}\n`);
  log(`done in ${report.durationSeconds} s; figures written to ${options.out}`);
  return failed ? 1 : 0;
}

const isMain = process.argv[1] !== undefined && /bench\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
