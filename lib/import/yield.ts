import { yieldToPage } from '../page/yield-to-page';

/**
 * Lets the browser paint and handle input between chunks of a long import, so the page never freezes:
 * the same hand-back as the content script's between its steps.
 */
export const yieldToBrowser: () => Promise<void> = yieldToPage;

/** Records handled between two yields: small enough for a frame, large enough to stay fast. */
export const CHUNK = 2000;

/** Records per bulk write: large batches amortize IndexedDB's per-call cost; progress still moves ~30 times for 10,000 articles. */
export const WRITE_CHUNK = 10_000;
