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

/** Export of the whole store (the file is kept in the page for the import that follows). */
export interface ExportTiming {
  exportMs: number;
  exportBytes: number;
  /** Where the time went (ms per step). */
  phases?: Record<string, number>;
}

/** Import of that file into an emptied store. */
/** Where the bench imports: a new database (a new browser), or the filled store once cleared. */
export type ImportTarget = 'fresh' | 'emptied';

export interface ImportTiming {
  importMs: number;
  articlesAfterImport: number;
  /** Where the time went (ms per step). */
  phases?: Record<string, number>;
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
  /** JSON export of everything (built in memory with `inMemory`); keeps the file for timeImport. */
  timeExport(inMemory?: boolean): Promise<Optional<ExportTiming>>;
  /** Imports the file timeExport made into a fresh database, or into the store after emptying it. */
  timeImport(into: ImportTarget): Promise<Optional<ImportTiming>>;
  /** The kept export's text (to save it and import it in another build without filling again). */
  exportText(): Promise<string>;
  /** Keeps `text` as the export timeImport imports. */
  setExportText(text: string): Promise<void>;
  /** Imports the kept export into a fresh database with these table schemas (Dexie syntax): an index's cost, by leaving it out. */
  timeImportWith(stores: Record<string, string>): Promise<Optional<ImportTiming>>;
}

/** The global the page sets. */
export const BENCH_GLOBAL = 'sourcemarkBench';
