/**
 * Turns the text of a file into a validated export, or into one message for the reader naming the
 * first bad record and why. zod checks every record (chunk by chunk, yielding so the page stays
 * responsive), then the references between records are checked. Nothing here touches the database.
 */
import { z } from 'zod';
import {
  EXPORT_FORMAT,
  ExportHeaderSchema,
  ExportTextSchema,
  RECORD_SCHEMAS,
  TABLES,
  type ExportFile,
  type ExportText,
  type Snapshot,
  type TableName,
} from '../export/format';
import { checkReferences } from './check-references';
import { migrate } from './migrate';
import { parseReaderKnowledge } from './parse-reader-knowledge';
import { ImportRejected, recordLabel, type ImportProblem, type ImportProgress } from './problem';
import { CHUNK, yieldToBrowser } from './yield';

/** The outcome of reading a file: the export, or why it was refused. */
export type ParsedImport = { ok: true; file: ExportFile } | { ok: false; problem: ImportProblem };

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportRejected({ where: 'the file', message: `is not valid JSON (${reason}); was it cut short or edited?` });
  }
}

function readHeader(raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ImportRejected({ where: 'the file', message: 'is not a Sourcemark export (expected a JSON object)' });
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) {
    throw new ImportRejected({ where: 'the file', message: `is not a Sourcemark export (no "format": "${EXPORT_FORMAT}")` });
  }
  const version = z.number().int().positive().safeParse(record.version);
  if (!version.success) throw new ImportRejected({ where: 'the file', message: 'has no valid format version' });
  const migrated = migrate(record, version.data);
  const header = ExportHeaderSchema.safeParse(migrated);
  if (!header.success) {
    throw new ImportRejected({ where: 'the file header', message: describeIssue(header.error.issues[0] as z.core.$ZodIssue) });
  }
  return migrated;
}

type Progress = { done: number; total: number; report: (p: ImportProgress) => void };

async function validateTable<T extends TableName>(table: T, raw: unknown, progress: Progress): Promise<Snapshot[T]> {
  return (await validateList(table, RECORD_SCHEMAS[table], raw, progress)) as Snapshot[T];
}

async function validateList(table: string, schema: z.ZodType, raw: unknown, progress: Progress): Promise<unknown[]> {
  if (!Array.isArray(raw)) throw new ImportRejected({ where: `the file`, message: `"${table}" is missing or not a list` });
  const out: unknown[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const result = schema.safeParse(raw[i]);
    if (!result.success) {
      throw new ImportRejected({ where: recordLabel(table, i, raw[i]), message: describeIssue(result.error.issues[0] as z.core.$ZodIssue) });
    }
    out[i] = result.data;
    if (++progress.done % CHUNK === 0) {
      progress.report({ phase: 'validating', done: progress.done, total: progress.total });
      await yieldToBrowser();
    }
  }
  return out;
}

/** Reads, migrates and validates an export file's text; never throws for a bad file, only reports it. */
export async function parseExport(text: string, report: (p: ImportProgress) => void = () => {}): Promise<ParsedImport> {
  try {
    report({ phase: 'reading', done: 0, total: 1 });
    const raw = readHeader(parseJson(text));
    const header = ExportHeaderSchema.parse(raw);
    const total = [...TABLES, 'texts'].reduce((n, t) => n + (Array.isArray(raw[t]) ? (raw[t] as unknown[]).length : 0), 0);
    const readerKnowledge = parseReaderKnowledge(raw.readerKnowledge);
    const progress = { done: 0, total, report };
    const snapshot = {} as Snapshot;
    for (const table of TABLES) {
      (snapshot as Record<TableName, unknown>)[table] = await validateTable(table, raw[table], progress);
    }
    const texts = (await validateList('texts', ExportTextSchema, raw.texts, progress)) as ExportText[];
    checkReferences(snapshot, texts);
    report({ phase: 'validating', done: total, total });
    return { ok: true, file: { ...header, ...(readerKnowledge ? { readerKnowledge } : {}), ...snapshot, texts } };
  } catch (error) {
    if (error instanceof ImportRejected) return { ok: false, problem: error.problem };
    throw error;
  }
}
