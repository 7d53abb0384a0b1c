/**
 * Times the reading log's JSON export and import on the filled database, through lib/export,
 * lib/store/export-snapshot and lib/import. Those modules are being written alongside the benchmark,
 * so they are found with import.meta.glob and their functions checked at run time: when one is missing
 * or has another shape, the row says "not available yet" instead of breaking the build or guessing.
 */
import type { SourcemarkDb } from '../../../lib/store/db';
import type { ExportImportTimings, Optional } from './api';

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

/** Exports everything to JSON, empties the store, imports the file back; timed separately. */
export async function timeExportImport(db: SourcemarkDb): Promise<Optional<ExportImportTimings>> {
  const found = await Promise.all([
    exported('../../../lib/store/export-snapshot.ts', 'readAll'),
    exported('../../../lib/export/json.ts', 'toJsonExport'),
    exported('../../../lib/import/import-file.ts', 'importExport'),
  ]);
  const missing = found.filter((f): f is string => typeof f === 'string');
  if (missing.length > 0) return { available: false, reason: missing.join('; ') };
  const [readAll, toJson, importExport] = found as unknown as [ReadAll, ToJson, ImportExport];
  const exportStart = performance.now();
  const text = toJson(await readAll(db), new Date(), { kind: 'all' });
  const exportMs = performance.now() - exportStart;
  await db.transaction('rw', [db.articles, db.entities, db.mentions, db.appearances, db.attributions, db.incidents], async () => {
    await Promise.all([db.articles, db.entities, db.mentions, db.appearances, db.attributions, db.incidents].map((t) => t.clear()));
  });
  const importStart = performance.now();
  const outcome = await importExport(db, text);
  const importMs = performance.now() - importStart;
  if (!outcome.ok) throw new Error(`the import refused the export it was given: ${JSON.stringify(outcome).slice(0, 500)}`);
  return { available: true, value: { exportMs, exportBytes: text.length, importMs, articlesAfterImport: await db.articles.count() } };
}
