/**
 * Where handleAnnotate gets the reader's knowledge from. The background entrypoint sets the source
 * (the settings database); Node tests of the pipeline that set none get no extra knowledge, exactly as
 * before the feature. A failing read never blocks an article: it is reported and the last good
 * entries are used.
 */
import type { KnowledgeEntry } from '../knowledge/schema';

type Source = () => Promise<readonly KnowledgeEntry[]>;

let source: Source | null = null;
let lastGood: readonly KnowledgeEntry[] = [];

/** Sets (or, with null, clears) the source of the reader's knowledge. */
export function setReaderKnowledgeSource(next: Source | null): void {
  source = next;
  lastGood = [];
}

/** The reader's knowledge for the next annotate call (annotate's `options.knowledge`). */
export async function readerKnowledge(): Promise<readonly KnowledgeEntry[]> {
  if (!source) return lastGood;
  try {
    lastGood = await source();
  } catch (error) {
    console.error('sourcemark background: could not read the reader’s knowledge; using the last entries read', error);
  }
  return lastGood;
}
