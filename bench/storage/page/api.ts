/**
 * The contract between the Node harness and the storage bench page: what the page exposes on
 * `window.sourcemarkBench`, so both sides typecheck against one definition.
 */

/** Timings of the popup's queries, in ms, one per call. */
export interface QueryTimings {
  articleView: number[];
  crossReference: number[];
  /** Entities (actors + places) in each viewed article, to prove the query did the full work. */
  entitiesSeen: number[];
}

/** A timed operation that may not exist yet in this checkout. */
export type Optional<T> = { available: true; value: T } | { available: false; reason: string };

/** Export and import of the whole store. */
export interface ExportImportTimings {
  exportMs: number;
  exportBytes: number;
  importMs: number;
  articlesAfterImport: number;
}

/** What `window.sourcemarkBench` offers. */
export interface StorageBenchApi {
  /** Opens the database; resolves once it is ready. */
  open(): Promise<void>;
  /** Writes generated articles [from, to): 'bulk' batches records, 'save' calls saveArticle per article. */
  seed(from: number, to: number, mode: 'bulk' | 'save'): Promise<number>;
  /** saveArticle latency for generated articles [from, from + count), one new article per call. */
  timeSaves(from: number, count: number): Promise<number[]>;
  /** The popup's queries on the stored generated articles with these indexes. */
  timeQueries(indexes: number[]): Promise<QueryTimings>;
  /** navigator.storage.estimate().usage, in bytes. */
  usage(): Promise<number>;
  /** Number of stored articles. */
  articleCount(): Promise<number>;
  /** Export then import (into an emptied database) of everything, when lib/export and lib/import exist. */
  timeExportImport(): Promise<Optional<ExportImportTimings>>;
}

/** The global the page sets. */
export const BENCH_GLOBAL = 'sourcemarkBench';
