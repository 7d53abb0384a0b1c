/**
 * Builds the extension for benchmarking into a folder of its own (other engineers' builds in .output
 * and .tmp are left alone), with one extra unlisted page, bench.html, that runs the real lib/store
 * code against the extension's own IndexedDB. The page lives in bench/ and is added only here, through
 * WXT's `entrypoints:found` hook, so the shipped extension never contains it.
 *
 * Run as a child process (`tsx bench/build/build-extension.ts <outDir>`) so Vite's memory never counts
 * in the engine's figures.
 */
import { resolve } from 'node:path';
import { build } from 'wxt';

/** The bench page's HTML entry, added to the build as the unlisted page "bench". */
export const BENCH_PAGE_INPUT = resolve('bench/storage/page/index.html');

/** Builds into `outDir` (the chrome-mv3 folder ends up inside it). */
export async function buildForBench(outDir: string): Promise<void> {
  process.env.WXT_OUT_DIR = outDir;
  await build({
    outDir,
    hooks: {
      'entrypoints:found': (_wxt, infos) => {
        infos.push({ name: 'bench', inputPath: BENCH_PAGE_INPUT, type: 'unlisted-page' });
      },
    },
  });
}

const isMain = process.argv[1] !== undefined && /build-extension\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  const outDir = process.argv[2];
  if (!outDir) {
    process.stderr.write('usage: tsx bench/build/build-extension.ts OUT_DIR\n');
    process.exitCode = 2;
  } else {
    buildForBench(resolve(outDir)).catch((error: unknown) => {
      process.stderr.write(`bench build failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
  }
}
