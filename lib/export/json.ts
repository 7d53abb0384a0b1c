import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile, type ExportReaderKnowledge, type ExportScope, type Snapshot } from './format';

/**
 * The JSON export: the snapshot with a versioned header, so a later Sourcemark can read it back and
 * migrate it. Compact (no indentation): 10,000 articles make tens of megabytes already. The reader's
 * knowledge goes in when given (the complete export gives it, a filtered one does not: see ExportFile).
 */
export function toJsonExport(snapshot: Snapshot, exportedAt: Date, scope: ExportScope, readerKnowledge?: readonly ExportReaderKnowledge[]): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    scope,
    ...(readerKnowledge ? { readerKnowledge: [...readerKnowledge] } : {}),
    ...snapshot,
  };
  return JSON.stringify(file);
}
