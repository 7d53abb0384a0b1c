/**
 * The import as the log page runs it: read and validate the whole file first, write only if every
 * record passed. The reader gets either a summary or the one record that stopped it, and why.
 */
import type { SourcemarkDb } from '../store/db';
import { parseExport } from './parse-export';
import type { ImportProblem, ImportProgress } from './problem';
import { writeImport, type ImportSummary } from './write-import';

/** The outcome the log page shows. */
export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; problem: ImportProblem };

/** Validates then writes `text` (a JSON export of any version); all or nothing. */
export async function importExport(db: SourcemarkDb, text: string, report: (p: ImportProgress) => void = () => {}): Promise<ImportOutcome> {
  const parsed = await parseExport(text, report);
  if (!parsed.ok) return parsed;
  return { ok: true, summary: await writeImport(db, parsed.file, report) };
}
