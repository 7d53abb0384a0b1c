/**
 * Times the reading log's JSON export and import on the filled database, through the log's own code:
 * export = the log's export worker reading everything and writing the file as it reads (exportJsonFile),
 * up to the Blob the download hands the browser; import = read and validate (parseExport) + write
 * (writeImport), into an emptied store. Each step's time is kept too (`phases`), so a slow total says
 * where it went (the import's; the export's reading and writing overlap in its worker, so it has none).
 */
import { exportJsonFile } from '../../../components/log/json-export';
import { parseExport } from '../../../lib/import/parse-export';
import { IMPORT_TABLES, writeImport } from '../../../lib/import/write-import';
import type { Table } from 'dexie';
import type { SourcemarkDb } from '../../../lib/store/db';
import type { ExportTiming, ImportTiming, Optional } from './api';

let exportedFile: Blob | undefined;

/** Exports everything to JSON, as the log page's export does up to the download. */
export async function timeExport(db: SourcemarkDb): Promise<Optional<ExportTiming>> {
  const start = performance.now();
  const { file } = await exportJsonFile({ dbName: db.name, exportedAt: new Date(), scope: { kind: 'all' } });
  const end = performance.now();
  exportedFile = file;
  return { available: true, value: { exportMs: end - start, exportBytes: file.size } };
}

/** Empties the store, then imports the file timeExport made (the restore of issue #6's e2e). */
export async function timeImport(db: SourcemarkDb): Promise<Optional<ImportTiming>> {
  if (exportedFile === undefined) return { available: false, reason: 'no export to import' };
  const tables = IMPORT_TABLES(db);
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => t.clear())));
  // The log page reads the chosen file's text (File.text()) before importing it.
  const fileText = await exportedFile.text();
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
