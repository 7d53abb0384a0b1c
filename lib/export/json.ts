import { EXPORT_FORMAT, EXPORT_VERSION, TABLES, type ExportReaderKnowledge, type ExportScope, type ExportText, type PackedSnapshot, type Snapshot } from './format';

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
    // One string per record, never joined (see jsonTextsPart).
    records.forEach((r, i) => parts.push(i === 0 ? JSON.stringify(r) : `,${JSON.stringify(r)}`));
    parts.push(']');
  }
  parts.push(',"texts":[');
  return parts;
}

/**
 * A run of the `texts` list's records, as written between jsonExportHeadParts and JSON_EXPORT_END, one
 * string per record (comma-led after the list's first): `first` for the run that opens the list. Each
 * record is stringified alone: one JSON.stringify of a whole run, then its brackets sliced off and a
 * comma prepended, built and copied a string of megabytes three times, and measured at twice the cost.
 * (The export worker joins a run's strings, a few hundred kB, into its Blob.) Empty for no records, so
 * an empty run never counts as the first.
 */
export function jsonTextsPart(texts: readonly ExportText[], first: boolean): string[] {
  return texts.map((t, i) => (first && i === 0 ? JSON.stringify(t) : `,${JSON.stringify(t)}`));
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
  parts.push(...jsonTextsPart(texts, true));
  parts.push(JSON_EXPORT_END);
  return parts;
}

/** The JSON export as one string (see toJsonExportParts), for tests and small files. */
export function toJsonExport(snapshot: Snapshot | PackedSnapshot, exportedAt: Date, scope: ExportScope, readerKnowledge?: readonly ExportReaderKnowledge[]): string {
  return toJsonExportParts(snapshot, exportedAt, scope, readerKnowledge).join('');
}
