/**
 * What the bench injects into each article page before any of the page's own scripts: a long-task
 * observer, and a watcher that notes when the first Sourcemark highlight appears (checked on every
 * animation frame and every few milliseconds, whichever comes first). Times are performance.now() in
 * the page, so they compare directly with the navigation timing's DOMContentLoaded.
 */

/** What the probe collects, read back with readProbe. */
export interface ProbeState {
  firstHighlight: number;
  longTasks: Array<{ start: number; duration: number }>;
}

/** Collected figures of one load. */
export interface ProbeReading {
  domContentLoaded: number;
  firstHighlight: number;
  longTasks: Array<{ start: number; duration: number }>;
}

/** The highlight names Sourcemark registers (lib/page/highlighter.ts). */
export const HIGHLIGHT_NAMES = ['sourcemark-person', 'sourcemark-organization', 'sourcemark-place', 'sourcemark-attribution'];

/** Installed with page.addInitScript; runs in the page, so it may use only its argument. */
export function installProbe(names: string[]): void {
  const state: ProbeState = { firstHighlight: -1, longTasks: [] };
  Object.assign(window, { __sourcemarkBench: state });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const seen = (): boolean => {
    if (state.firstHighlight >= 0) return true;
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return false;
    for (const name of names) {
      if ((CSS.highlights.get(name)?.size ?? 0) > 0) {
        state.firstHighlight = performance.now();
        return true;
      }
    }
    return false;
  };
  const frame = () => {
    if (!seen()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const deadline = performance.now() + 60_000;
  const timer = setInterval(() => {
    if (seen() || performance.now() > deadline) clearInterval(timer);
  }, 4);
}

/** Reads the probe's state and the page's DOMContentLoaded time; runs in the page. */
export function readProbe(): ProbeReading {
  const state = (window as unknown as { __sourcemarkBench: ProbeState }).__sourcemarkBench;
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return {
    domContentLoaded: nav?.domContentLoadedEventStart ?? -1,
    firstHighlight: state.firstHighlight,
    longTasks: state.longTasks,
  };
}
