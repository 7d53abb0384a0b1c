/**
 * Cuts a long run of work (drawing thousands of highlights on a very long article) into tasks of a
 * few milliseconds, so none of Sourcemark's tasks holds the page's main thread long: the work calls
 * `due()` between items and, when the current task has used its budget, awaits `pause()`, which gives
 * the page the main thread and starts a new budget. Short work never yields, so it finishes in the
 * task that started it (a small article's highlights appear as soon as before).
 */
import { yieldToPage } from './yield-to-page';

/** Milliseconds of Sourcemark's work per task: well under the 50 ms of a long task, even with the page's own work. */
export const SLICE_MS = 8;

/** A budget of main-thread time for one task. */
export interface Slicer {
  /** True once the current task has used its budget: time to `pause()`. */
  due(): boolean;
  /** Gives the page the main thread; resolves in a later task with a fresh budget. */
  pause(): Promise<void>;
}

/** Starts a budget now (call it at the start of the task that does the work). */
export function startSlicer(budgetMs = SLICE_MS, now: () => number = () => performance.now(), hand: () => Promise<void> = yieldToPage): Slicer {
  let since = now();
  return {
    due: () => now() - since >= budgetMs,
    pause: async () => {
      await hand();
      since = now();
    },
  };
}

/**
 * Calls `each` on every item, pausing between items whenever the budget is used. Returns false,
 * having stopped early, once `stale()` says the work is no longer wanted (checked after each pause).
 */
export async function sliced<T>(items: readonly T[], slicer: Slicer, stale: () => boolean, each: (item: T, index: number) => void): Promise<boolean> {
  for (let i = 0; i < items.length; i++) {
    if (slicer.due()) {
      await slicer.pause();
      if (stale()) return false;
    }
    each(items[i] as T, i);
  }
  return true;
}
