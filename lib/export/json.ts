import { EXPORT_FORMAT, EXPORT_VERSION, TABLES, type ExportReaderKnowledge, type ExportScope, type PackedSnapshot, type Snapshot } from './format';

/** Records stringified into one part: parts of a few hundred kB keep a Blob cheap to assemble. */
const RECORDS_PER_PART = 200;

/**
 * The JSON export as parts of one file, in order: the snapshot with a versioned header, so a later
 * Sourcemark can read it back and migrate it. Compact (no indentation). Built in parts, never as one
 * string: a file of 10,000 articles is tens of megabytes, and one giant string costs seconds more to
 * build and to hand to a Blob than its parts do. The reader's knowledge goes in when given (the
 * complete export gives it, a filtered one does not: see ExportFile). A snapshot without `texts` is
 * written with every article's records one by one.
 */
export function toJsonExportParts(
  snapshot: Snapshot | PackedSnapshot,
  exportedAt: Date,
  scope: ExportScope,
  readerKnowledge?: readonly ExportReaderKnowledge[],
): string[] {
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    scope,
    ...(readerKnowledge ? { readerKnowledge: [...readerKnowledge] } : {}),
  };
  const parts = [JSON.stringify(head).slice(0, -1)];
  const list = (name: string, records: readonly unknown[]) => {
    parts.push(`,${JSON.stringify(name)}:[`);
    for (let i = 0; i < records.length; i += RECORDS_PER_PART) {
      const chunk = JSON.stringify(records.slice(i, i + RECORDS_PER_PART));
      parts.push(i === 0 ? chunk.slice(1, -1) : `,${chunk.slice(1, -1)}`);
    }
    parts.push(']');
  };
  for (const table of TABLES) list(table, snapshot[table]);
  list('texts', 'texts' in snapshot ? snapshot.texts : []);
  parts.push('}');
  return parts;
}

/** The JSON export as one string (see toJsonExportParts), for tests and small files. */
export function toJsonExport(snapshot: Snapshot | PackedSnapshot, exportedAt: Date, scope: ExportScope, readerKnowledge?: readonly ExportReaderKnowledge[]): string {
  return toJsonExportParts(snapshot, exportedAt, scope, readerKnowledge).join('');
}
