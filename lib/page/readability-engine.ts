/**
 * Readability (Mozilla's article finder), handed to the article detection rather than imported by it:
 * in the extension it is a content-script file of its own (entrypoints/readability-part.ts, see
 * lib/page/content-parts.ts), so the browser compiles it in its own task instead of inside the main
 * script's; the CLI and the tests import it ({@link bundledReadability} in ./readability-bundled.ts).
 */
import type { isProbablyReaderable, Readability } from '@mozilla/readability';
import { awaitPart, part } from './content-parts';

/** What the detection uses of Readability. */
export interface ReadabilityEngine {
  Readability: typeof Readability;
  isProbablyReaderable: typeof isProbablyReaderable;
}

/** The content-script part that carries Readability. */
export const READABILITY_PART = part<ReadabilityEngine>('readability');

/** How long the main script waits for the part: far longer than any page load takes to inject both. */
export const READABILITY_PART_TIMEOUT_MS = 15_000;

/** Readability, once its part has run in this page (it usually has: its file comes first). */
export function readabilityPart(): Promise<ReadabilityEngine> {
  return awaitPart(READABILITY_PART, READABILITY_PART_TIMEOUT_MS);
}
