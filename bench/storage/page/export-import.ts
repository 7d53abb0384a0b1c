/**
 * Times the reading log's JSON export and import on the filled database, through the log's own code:
 * export = the log's export worker reading everything and writing the file as it reads (exportJsonFile),
 * up to the Blob the download hands the browser; import = read and validate (parseExport) + write
 * (writeImport), into a fresh database (the new browser issue #6 moves the log to) or into the store
 * emptied by the log's own delete everything (deleteEverything), then import. Each step's time is kept too (`phases`), so a
 * slow total says where it went (the import's; the export's reading and writing overlap in its worker,
 * so it has none).
 */
import { exportJsonFile } from '../../../components/log/json-export';
import { parseExport } from '../../../lib/import/parse-export';
import { IMPORT_TABLES, writeImport } from '../../../lib/import/write-import';
import type { Table } from 'dexie';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteEverything } from '../../../lib/store/delete';
import Dexie from 'dexie';
import type { ExportTiming, ImportTarget, ImportTiming, Optional } from './api';

let exportedFile: Blob | undefined;

/**
 * Exports everything to JSON, as the log page's export does up to the download; `inMemory` builds the
 * file as Blobs, as a browser without a private file system does (export-file.ts).
 */
export async function timeExport(db: SourcemarkDb, inMemory = false): Promise<Optional<ExportTiming>> {
  const start = performance.now();
  const { file } = await exportJsonFile({ dbName: db.name, exportedAt: new Date(), scope: { kind: 'all' }, inMemory });
  const end = performance.now();
  exportedFile = file;
  return { available: true, value: { exportMs: end - start, exportBytes: file.size } };
}

/**
 * Imports the file timeExport made: 'fresh' into a new database of the same schema (a new browser;
 * the filled store stays as it was, deleted afterwards), 'emptied' into the filled store after the
 * log's delete everything (the restore of issue #6's e2e). They differed while delete everything cleared
 * the tables (IndexedDB's reads walked the cleared records until the browser compacted them); it
 * deletes the database now, and this row says whether they still do.
 */
export async function timeImport(db: SourcemarkDb, into: ImportTarget): Promise<Optional<ImportTiming>> {
  if (exportedFile === undefined) return { available: false, reason: 'no export to import' };
  if (into === 'emptied') {
    await deleteEverything(db);
    return importInto(db, exportedFile);
  }
  return importIntoThrowaway(openDb(`${db.name}-fresh-import`), exportedFile);
}

/** Imports `file` into the new database `fresh`, which is deleted after. */
async function importIntoThrowaway(fresh: SourcemarkDb, file: Blob): Promise<Optional<ImportTiming>> {
  await fresh.open();
  try {
    return await importInto(fresh, file);
  } finally {
    fresh.close();
    await Dexie.delete(fresh.name);
  }
}

/** The export kept for timeImport, as text (a driver saves it, to import it in another build). */
export async function exportText(): Promise<string> {
  return exportedFile === undefined ? '' : exportedFile.text();
}

/** Makes `text` the export timeImport imports (a file saved by another run: no fill needed). */
export function setExportText(text: string): void {
  exportedFile = new Blob([text], { type: 'application/json' });
}

/**
 * Imports the kept export into a fresh database whose tables' indexes are `stores` (same tables,
 * version 1): what each index costs the import, bounded by leaving it out. Only for tables and
 * indexes the import itself does not query.
 */
export async function timeImportWith(dbName: string, stores: Record<string, string>): Promise<Optional<ImportTiming>> {
  if (exportedFile === undefined) return { available: false, reason: 'no export to import' };
  const fresh = new Dexie(`${dbName}-variant-import`) as SourcemarkDb;
  fresh.version(1).stores(stores);
  return importIntoThrowaway(fresh, exportedFile);
}

/** Reads, validates and writes `file` into `db`, timing each step. */
async function importInto(db: SourcemarkDb, file: Blob): Promise<Optional<ImportTiming>> {
  // The log page reads the chosen file's text (File.text()) before importing it.
  const fileText = await file.text();
  // JSON.parse alone, timed apart (parseExport parses again): how much of the check is the parse.
  const parseStart = performance.now();
  JSON.parse(fileText);
  const jsonParseMs = performance.now() - parseStart;
  const start = performance.now();
  const parsed = await parseExport(fileText);
  const checked = performance.now();
  if (!parsed.ok) throw new Error(`the import refused the export it was given: ${JSON.stringify(parsed.problem).slice(0, 500)}`);
  await writeImport(db, parsed.file);
  const end = performance.now();
  const articles = await db.articles.count();
  return {
    available: true,
    value: {
      importMs: end - start,
      articlesAfterImport: articles,
      phases: { jsonParseMs, parseAndValidateMs: checked - start, writeMs: end - checked, ...(articles <= PROBE_UP_TO ? await probeTables(db) : {}) },
    },
  };
}

/** The table probe runs on small stores only (--quick): it is not a product figure, and on a full store it outlasts the step's time limit. */
const PROBE_UP_TO = 2_000;

/**
 * Each table read whole, then written back whole in its own transaction, timed apart: which table's
 * records cost the export's reads and the import's writes (the import overlaps its writes, so its own
 * timing cannot tell).
 */
async function probeTables(db: SourcemarkDb): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of IMPORT_TABLES(db) as unknown as Table[]) {
    const t0 = performance.now();
    const rows = await table.toArray();
    const t1 = performance.now();
    await db.transaction('rw', table, async () => {
      await table.clear();
      await table.bulkPut(rows);
    });
    out[`read.${table.name}`] = Math.round(t1 - t0);
    out[`write.${table.name}`] = Math.round(performance.now() - t1);
  }
  return out;
}
