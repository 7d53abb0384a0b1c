/**
 * Validates the `readerKnowledge` field of an export file (the reader's own actors and places) with
 * the same all-or-nothing rule as the records: the first bad entry refuses the whole file, named by its
 * position and name. Absent in files written before the field existed, which is not an error.
 */
import type { z } from 'zod';
import { ExportReaderKnowledgeSchema, MAX_READER_KNOWLEDGE, type ExportReaderKnowledge } from '../export/format';
import { ImportRejected } from './problem';

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** How an entry is named in a message: its position (from 1) and its name when it has one. */
function entryLabel(index: number, entry: unknown): string {
  const name = entry !== null && typeof entry === 'object' && 'name' in entry && typeof entry.name === 'string' ? ` ("${entry.name.slice(0, 40)}")` : '';
  return `readerKnowledge #${index + 1}${name}`;
}

/** The validated entries, undefined when the file has none; throws ImportRejected naming the first bad one. */
export function parseReaderKnowledge(raw: unknown): ExportReaderKnowledge[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) throw new ImportRejected({ where: 'the file', message: '"readerKnowledge" is not a list' });
  if (raw.length > MAX_READER_KNOWLEDGE) {
    throw new ImportRejected({ where: 'the file', message: `"readerKnowledge" holds ${raw.length} entries (at most ${MAX_READER_KNOWLEDGE})` });
  }
  return raw.map((entry: unknown, i) => {
    const result = ExportReaderKnowledgeSchema.safeParse(entry);
    if (!result.success) throw new ImportRejected({ where: entryLabel(i, entry), message: describe(result.error.issues[0] as z.core.$ZodIssue) });
    return result.data;
  });
}
