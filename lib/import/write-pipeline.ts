/**
 * Keeps a few bulk writes of ONE transaction in flight at once: while IndexedDB stores one chunk, the
 * page already serializes the next, so neither side waits for the other. Requests stay pending the
 * whole time, so the transaction never auto-commits between chunks; between two chunks the page's task
 * ends, so the progress bar paints. A failed write is rethrown (by push or drain), which aborts the
 * transaction: all or nothing still holds.
 */

/** Bulk writes queued in one transaction, at most `depth` unfinished at a time. */
export class WritePipeline {
  private readonly pending: Array<PromiseLike<void>> = [];
  private failure: { error: unknown } | undefined;

  constructor(private readonly depth = 2) {}

  /** Starts `write`, calls `done` when it finished, and waits only while too many are unfinished. */
  async push(write: () => PromiseLike<unknown>, done: () => void): Promise<void> {
    this.check();
    // Chained on the database's own promise (not wrapped in a new one), so the continuation stays in
    // the transaction's zone.
    const finished = write().then(done);
    // Recorded so the NEXT push or drain throws it even before this promise is awaited; the promise
    // itself is awaited below or in drain, which rethrows it too.
    finished.then(undefined, (error: unknown) => {
      this.failure ??= { error };
    });
    this.pending.push(finished);
    while (this.pending.length >= this.depth) await this.pending.shift();
    this.check();
  }

  /** Waits for every queued write; throws the first failure. */
  async drain(): Promise<void> {
    while (this.pending.length > 0) await this.pending.shift();
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure.error;
  }
}
