/**
 * Gives the main thread back to the page between two steps of Sourcemark's work, so that no single
 * task of ours runs long (the page's input and rendering come first). `scheduler.yield()` where the
 * browser has it: the continuation runs ahead of other queued tasks, so the article is not delayed
 * behind the page's timers; else a MessageChannel message, which unlike setTimeout is never clamped.
 */

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** Resolves in a later task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
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
