/**
 * Times the reading log's JSON export and import on the filled database, through lib/export,
 * lib/store/export-snapshot and lib/import. Those modules are being written alongside the benchmark,
 * so they are found with import.meta.glob and their functions checked at run time: when one is missing
 * or has another shape, the row says "not available yet" instead of breaking the build or guessing.
 */
import type { SourcemarkDb } from '../../../lib/store/db';
import type { ExportTiming, ImportTiming, Optional } from './api';

type Loader = () => Promise<unknown>;

const MODULES: Record<string, Loader> = import.meta.glob([
  '../../../lib/store/export-snapshot.ts',
  '../../../lib/export/json.ts',
  '../../../lib/import/import-file.ts',
]);

type ReadAll = (db: SourcemarkDb) => Promise<unknown>;
type ToJson = (snapshot: unknown, at: Date, scope: { kind: 'all' }) => string;
type ImportExport = (db: SourcemarkDb, text: string) => Promise<{ ok: boolean }>;

async function exported(path: string, name: string): Promise<((...args: never[]) => unknown) | string> {
  const load = MODULES[path];
  if (!load) return `${path.replace('../../../', '')} does not exist`;
  const mod = await load();
  const fn = typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>)[name] : undefined;
  return typeof fn === 'function' ? (fn as (...args: never[]) => unknown) : `${path.replace('../../../', '')} has no ${name}()`;
}

let exportedFile: string | undefined;

/** Exports everything to JSON (readAll + toJsonExport, what the log page's export does before download). */
export async function timeExport(db: SourcemarkDb): Promise<Optional<ExportTiming>> {
  const found = await Promise.all([
    exported('../../../lib/store/export-snapshot.ts', 'readAll'),
    exported('../../../lib/export/json.ts', 'toJsonExport'),
  ]);
  const missing = found.filter((f): f is string => typeof f === 'string');
  if (missing.length > 0) return { available: false, reason: missing.join('; ') };
  const [readAll, toJson] = found as unknown as [ReadAll, ToJson];
  const start = performance.now();
  exportedFile = toJson(await readAll(db), new Date(), { kind: 'all' });
  return { available: true, value: { exportMs: performance.now() - start, exportBytes: exportedFile.length } };
}

/** Empties the store, then imports the file timeExport made (the restore of issue #6's e2e). */
export async function timeImport(db: SourcemarkDb): Promise<Optional<ImportTiming>> {
  const found = await exported('../../../lib/import/import-file.ts', 'importExport');
  if (typeof found === 'string') return { available: false, reason: found };
  if (exportedFile === undefined) return { available: false, reason: 'no export to import' };
  const importExport = found as unknown as ImportExport;
  const tables = [db.articles, db.entities, db.articleMentions, db.articleEntities, db.articleAttributions, db.coverage, db.incidents];
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
  const start = performance.now();
  const outcome = await importExport(db, exportedFile);
  const importMs = performance.now() - start;
  if (!outcome.ok) throw new Error(`the import refused the export it was given: ${JSON.stringify(outcome).slice(0, 500)}`);
  return { available: true, value: { importMs, articlesAfterImport: await db.articles.count() } };
}
