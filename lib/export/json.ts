import { EXPORT_FORMAT, EXPORT_VERSION, TABLES, type ExportReaderKnowledge, type ExportScope, type ExportText, type PackedSnapshot, type Snapshot } from './format';

/** Records stringified into one part: parts of a few hundred kB keep a Blob cheap to assemble. */
const RECORDS_PER_PART = 200;

/** What closes the file after its texts (see jsonExportHeadParts). */
export const JSON_EXPORT_END = ']}';

/**
 * The JSON export's parts up to its texts: the versioned head, every one-by-one table, and the
 * opening of the `texts` list, which the file ends with. Apart from the texts so they can be written
 * while they are still being read (jsonTextsPart, then JSON_EXPORT_END); toJsonExportParts writes them
 * all at once. The reader's knowledge goes in when given (the complete export gives it, a filtered one
 * does not: see ExportFile).
 */
export function jsonExportHeadParts(snapshot: Snapshot, exportedAt: Date, scope: ExportScope, readerKnowledge?: readonly ExportReaderKnowledge[]): string[] {
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    scope,
    ...(readerKnowledge ? { readerKnowledge: [...readerKnowledge] } : {}),
  };
  const parts = [JSON.stringify(head).slice(0, -1)];
  for (const table of TABLES) {
    const records: readonly unknown[] = snapshot[table];
    parts.push(`,${JSON.stringify(table)}:[`);
    for (let i = 0; i < records.length; i += RECORDS_PER_PART) {
      const chunk = JSON.stringify(records.slice(i, i + RECORDS_PER_PART));
      parts.push(i === 0 ? chunk.slice(1, -1) : `,${chunk.slice(1, -1)}`);
    }
    parts.push(']');
  }
  parts.push(',"texts":[');
  return parts;
}

/**
 * A run of the `texts` list's records, as written between jsonExportHeadParts and JSON_EXPORT_END:
 * `first` for the run that opens the list (later runs start with a comma). Empty for no records, so
 * an empty run never counts as the first.
 */
export function jsonTextsPart(texts: readonly ExportText[], first: boolean): string {
  if (texts.length === 0) return '';
  const records = JSON.stringify(texts).slice(1, -1);
  return first ? records : `,${records}`;
}

/**
 * The JSON export as parts of one file, in order: the snapshot with a versioned header, so a later
 * Sourcemark can read it back and migrate it. Compact (no indentation). Built in parts, never as one
 * string: a file of 10,000 articles is tens of megabytes, and one giant string costs seconds more to
 * build and to hand to a Blob than its parts do. A snapshot without `texts` is written with every
 * article's records one by one.
 */
export function toJsonExportParts(
  snapshot: Snapshot | PackedSnapshot,
  exportedAt: Date,
  scope: ExportScope,
  readerKnowledge?: readonly ExportReaderKnowledge[],
): string[] {
  const parts = jsonExportHeadParts(snapshot, exportedAt, scope, readerKnowledge);
  const texts = 'texts' in snapshot ? snapshot.texts : [];
  for (let i = 0; i < texts.length; i += RECORDS_PER_PART) parts.push(jsonTextsPart(texts.slice(i, i + RECORDS_PER_PART), i === 0));
  parts.push(JSON_EXPORT_END);
  return parts;
}

/** The JSON export as one string (see toJsonExportParts), for tests and small files. */
export function toJsonExport(snapshot: Snapshot | PackedSnapshot, exportedAt: Date, scope: ExportScope, readerKnowledge?: readonly ExportReaderKnowledge[]): string {
  return toJsonExportParts(snapshot, exportedAt, scope, readerKnowledge).join('');
}
