/**
 * The import as the log page runs it: read and validate the whole file first (records and the reader's
 * knowledge alike), write only if everything passed. The reader gets either a summary or the one
 * record that stopped it, and why.
 */
import type { SourcemarkDb } from '../store/db';
import { importReaderKnowledge } from '../store/reader-knowledge';
import type { SettingsDb } from '../store/settings-db';
import { parseExport } from './parse-export';
import type { ImportProblem, ImportProgress } from './problem';
import { writeImport, type ImportSummary } from './write-import';

/** What became of the reader's knowledge the file carried (see writeKnowledge). */
export interface KnowledgeOutcome {
  inFile: number;
  /** Entries added or replacing an older one; an entry the reader already has in a newer form is kept. */
  written: number;
  /** Set when the settings database refused the write after the reading log was imported. */
  failed?: string;
}

/** The outcome the log page shows. */
export type ImportOutcome = { ok: true; summary: ImportSummary; readerKnowledge: KnowledgeOutcome } | { ok: false; problem: ImportProblem };

/**
 * The reader's knowledge lives in its own database, so it cannot share the log's transaction: it is
 * written after the log committed (a log that fails to write leaves the knowledge untouched too). It
 * was validated with the rest, so only the database itself can refuse it; that is reported, not hidden.
 */
async function writeKnowledge(settings: SettingsDb | undefined, entries: readonly unknown[] | undefined): Promise<KnowledgeOutcome> {
  const inFile = entries?.length ?? 0;
  if (!settings || !entries || inFile === 0) return { inFile, written: 0 };
  try {
    return { inFile, written: await importReaderKnowledge(settings, entries) };
  } catch (error) {
    console.error('sourcemark import: the reader knowledge could not be written', error);
    return { inFile, written: 0, failed: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Validates then writes `text` (a JSON export of any version); all or nothing. The reader's knowledge
 * in the file is written into `settings` (the log page passes its settings database; without one, as
 * in tests of the log alone, it is validated but not written).
 */
export async function importExport(
  db: SourcemarkDb,
  text: string,
  report: (p: ImportProgress) => void = () => {},
  settings?: SettingsDb,
): Promise<ImportOutcome> {
  const parsed = await parseExport(text, report);
  if (!parsed.ok) return parsed;
  const summary = await writeImport(db, parsed.file, report);
  return { ok: true, summary, readerKnowledge: await writeKnowledge(settings, parsed.file.readerKnowledge) };
}
