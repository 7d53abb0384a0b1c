/**
 * `npm run bench` options. Defaults are the full run the issues' targets are stated for; --quick is a
 * smaller run for a quick look (its store figures are at 1,000 articles, not 10,000).
 */

/** The parts of the benchmark. */
export const PARTS = ['engine', 'in-page', 'storage'] as const;
export type Part = (typeof PARTS)[number];

/** Parsed options. */
export interface BenchOptions {
  quick: boolean;
  /** Reuse the last bench build instead of building again. */
  skipBuild: boolean;
  only: Part[];
  /** Extra folders of .txt/.html articles for the engine benchmark. */
  dirs: string[];
  out: string;
  engineRuns: number;
  engineWarmup: number;
  pageSizes: number[];
  pageLoads: number;
  storeLevels: number[];
  storeSaves: number;
  storeQueries: number;
  exportImportTimeoutMs: number;
}

export const USAGE = `usage: npm run bench -- [--quick] [--skip-build] [--only engine,in-page,storage] [--out FILE] [DIR...]
  DIR        extra folders of .txt/.html articles for the engine benchmark
  --quick    fewer runs and loads, store filled to 1,000 articles only
  --skip-build  reuse the last bench build (refused when the sources changed since it was made)
  --only     run some parts only (comma-separated)
  --out      JSON output (default bench-results/latest.json)`;

/** Parses argv (without node and script); throws with a message on a bad option. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let quick = false;
  let skipBuild = false;
  let only: Part[] = [...PARTS];
  let out = 'bench-results/latest.json';
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--quick') quick = true;
    else if (a === '--skip-build') skipBuild = true;
    else if (a === '--only' || a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a value`);
      if (a === '--out') out = v;
      else {
        const parts = v.split(',').map((p) => p.trim());
        const bad = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
        if (bad.length) throw new Error(`unknown part ${bad.join(', ')} (parts: ${PARTS.join(', ')})`);
        only = parts as Part[];
      }
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else dirs.push(a);
  }
  return {
    quick,
    skipBuild,
    only,
    dirs,
    out,
    engineRuns: quick ? 3 : 7,
    engineWarmup: quick ? 1 : 2,
    pageSizes: [1000, 10000],
    pageLoads: quick ? 3 : 7,
    storeLevels: quick ? [1000] : [1000, 10000],
    storeSaves: quick ? 5 : 15,
    storeQueries: quick ? 5 : 15,
    exportImportTimeoutMs: quick ? 30_000 : 60_000,
  };
}
