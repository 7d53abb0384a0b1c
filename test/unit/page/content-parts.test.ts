import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitPart, part, providePart } from '../../../lib/page/content-parts';

const NUMBERS = part<number[]>('numbers');

describe('content-script parts', () => {
  afterEach(() => vi.useRealTimers());

  it('hands a part that ran first to the main script', async () => {
    const scope = {};
    providePart(NUMBERS, [1, 2], scope);
    expect(await awaitPart(NUMBERS, 1000, scope)).toEqual([1, 2]);
  });

  it('resolves every waiter when the part runs later', async () => {
    const scope = {};
    const first = awaitPart(NUMBERS, 1000, scope);
    const second = awaitPart(NUMBERS, 1000, scope);
    providePart(NUMBERS, [3], scope);
    expect(await first).toEqual([3]);
    expect(await second).toEqual([3]);
  });

  it('keeps parts of different names and scopes apart', async () => {
    const scope = {};
    const other = {};
    providePart(part<string>('words'), 'w', scope);
    providePart(NUMBERS, [4], other);
    vi.useFakeTimers();
    const waiting = awaitPart(NUMBERS, 50, scope);
    vi.advanceTimersByTime(50);
    await expect(waiting).rejects.toThrow(/numbers/);
    expect(await awaitPart(NUMBERS, 50, other)).toEqual([4]);
  });

  it('rejects when the part never arrives', async () => {
    vi.useFakeTimers();
    const waiting = awaitPart(NUMBERS, 15_000, {});
    vi.advanceTimersByTime(15_000);
    await expect(waiting).rejects.toThrow(/never arrived/);
  });
});
