/**
 * Watches the page for changes without reacting to each one: records are collected and handed over
 * in one batch once the page has been quiet for a moment (or a maximum wait has passed), so a page
 * that streams hundreds of small changes costs one re-read, not hundreds.
 */

/** Quiet time after the last change before a batch is handed over. */
export const BATCH_QUIET_MS = 250;
/** A batch is handed over after this long even if the page keeps changing (a ticking live blog). */
export const BATCH_MAX_WAIT_MS = 1000;
/** Above this many records in one batch the page was rebuilt: look for the article again. */
export const HUGE_MUTATION_COUNT = 1000;

/** Called with each batch of the page's own changes. */
export type BatchHandler = (records: MutationRecord[]) => void;

function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName.startsWith('sourcemark-');
}

/** True for records caused by Sourcemark itself (the hover card's host coming and going). */
export function isOwnRecord(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isOwnNode);
}

/** Observes `target`'s subtree until `signal` aborts; returns the observer (to drop its own records). */
export function observeBatched(target: Node, onBatch: BatchHandler, signal: AbortSignal): MutationObserver {
  let pending: MutationRecord[] = [];
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  const flush = () => {
    clearTimeout(quietTimer);
    quietTimer = undefined;
    const batch = pending;
    pending = [];
    if (batch.length && !signal.aborted) onBatch(batch);
  };
  const observer = new MutationObserver((records) => {
    const relevant = records.filter((r) => !isOwnRecord(r));
    if (!relevant.length) return;
    if (!pending.length) firstAt = Date.now();
    pending.push(...relevant);
    clearTimeout(quietTimer);
    const waited = Date.now() - firstAt;
    quietTimer = setTimeout(flush, waited >= BATCH_MAX_WAIT_MS ? 0 : Math.min(BATCH_QUIET_MS, BATCH_MAX_WAIT_MS - waited));
  });
  observer.observe(target, { subtree: true, childList: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    pending = [];
  }, { once: true });
  return observer;
}

/** Resolves once `target` has had no changes for `quietMs` (or after `maxMs`, or on abort). */
export function whenQuiet(target: Node, quietMs: number, maxMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quietMs);
    const cap = setTimeout(done, maxMs);
    const observer = new MutationObserver((records) => {
      if (records.every(isOwnRecord)) return;
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(target, { subtree: true, childList: true, characterData: true });
    signal.addEventListener('abort', done, { once: true });
    function done() {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(cap);
      resolve();
    }
  });
}
