/**
 * The JSON export written while the store is read: each run of text records (most of the file) is
 * turned into file text as soon as it arrives, while the store reads the next, instead of reading
 * everything first and writing it all after. `seal` takes each run's records as text (a Blob in the
 * export worker, so their encoding to bytes also overlaps the reads; the text joined in tests). The file is
 * exactly toJsonExport(readPacked(...)).
 */
import type { SourcemarkDb } from '../store/db';
import { readPackedInRuns } from '../store/export-snapshot';
import type { ExportReaderKnowledge, ExportScope } from './format';
import { JSON_EXPORT_END, jsonExportHeadParts, jsonTextsPart } from './json';

/** What to export and how to head the file (see toJsonExportParts). */
export interface JsonExportRequest {
  /** The articles to export with what they reference; all of them when absent. */
  articleIds?: readonly number[];
  exportedAt: Date;
  scope: ExportScope;
  readerKnowledge?: readonly ExportReaderKnowledge[];
}

/** The file's parts in order (strings, and the sealed runs of texts), and how many articles it holds. */
export async function jsonExportInRuns<P>(db: SourcemarkDb, request: JsonExportRequest, seal: (part: string[]) => P): Promise<{ parts: Array<string | P>; articles: number }> {
  const runs: P[] = [];
  const snapshot = await readPackedInRuns(db, request.articleIds, (texts) => {
    const part = jsonTextsPart(texts, runs.length === 0);
    if (part.length) runs.push(seal(part));
  });
  const head = jsonExportHeadParts(snapshot, request.exportedAt, request.scope, request.readerKnowledge);
  return { parts: [...head, ...runs, JSON_EXPORT_END], articles: snapshot.articles.length };
}

/** Characters a coalesced string may reach before the next starts (see coalesceStrings). */
export const COALESCE_CHARS = 1 << 18;

/**
 * The parts with each stretch of neighbouring strings joined into strings of about COALESCE_CHARS
 * (other parts, the sealed runs, kept as they are and in place): a Blob costs per item it is made of,
 * and the file's head is one string per record, tens of thousands at 10,000 articles.
 */
export function coalesceStrings<P>(parts: ReadonlyArray<string | P>): Array<string | P> {
  const out: Array<string | P> = [];
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length) out.push(pending.join(''));
    pending = [];
    size = 0;
  };
  for (const part of parts) {
    if (typeof part !== 'string') {
      flush();
      out.push(part);
      continue;
    }
    pending.push(part);
    size += part.length;
    if (size >= COALESCE_CHARS) flush();
  }
  flush();
  return out;
}
