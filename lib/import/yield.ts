/**
 * Lets the browser paint and handle input between chunks of a long import, so the page never freezes.
 * A MessageChannel round trip is not clamped to 4 ms the way nested setTimeout calls are.
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Records handled between two yields: small enough for a frame, large enough to stay fast. */
export const CHUNK = 2000;

/** Records per bulk write: large batches amortize IndexedDB's per-call cost; progress still moves ~30 times for 10,000 articles. */
export const WRITE_CHUNK = 10_000;
