/**
 * Runs `fn` once the browser has painted what is on screen now: a task queued from the next animation
 * frame runs after that frame's paint. Work that can wait (the whole order of a large log, the panels'
 * code) is started here, so it never holds back the frame that shows the first rows. Returns a cancel.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
