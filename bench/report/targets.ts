/**
 * The targets set in the issues (engine #3, in-page #4, memory/store #5, reading log #6), in one place,
 * with the numbers the report compares against.
 */
export const TARGETS = {
  /** #3: the pipeline must not be slower than compromise's plain parse (aim: several times faster). */
  engineMinRatio: 1,
  /** #4: content script ≤ 40 kB gzip (kB = 1,000 bytes). */
  contentGzipBytes: 40_000,
  /** #4: DOMContentLoaded → first highlight ≤ 200 ms median on a 1,000-word article. */
  firstHighlight1kMs: 200,
  /** #4: no main-thread task over 50 ms caused by Sourcemark. */
  longTaskMs: 50,
  /** #5: at 10,000 stored articles, cross-reference of a 30-entity article ≤ 10 ms median. */
  crossReferenceMs: 10,
  /** #5: saving an article ≤ 30 ms median. */
  saveMs: 30,
  /** #6: export of 10,000 articles ≤ 5 s, import ≤ 10 s, log first paint ≤ 500 ms. */
  exportMs: 5_000,
  importMs: 10_000,
  logFirstPaintMs: 500,
  /** #5 and #6 state their store targets at this many articles. */
  storeTargetArticles: 10_000,
} as const;
