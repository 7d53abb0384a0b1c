import { describe, expect, it } from 'vitest';
import { sliced, startSlicer } from '../../../lib/page/slicer';

/** A clock the test moves by hand, and a hand-back that records each pause. */
function fakeTime() {
  let t = 0;
  const pauses: number[] = [];
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
    hand: async () => {
      pauses.push(t);
    },
    pauses,
  };
}

describe('startSlicer', () => {
  it('is due only once the budget is used, and a pause starts a fresh budget', async () => {
    const time = fakeTime();
    const slicer = startSlicer(8, time.now, time.hand);
    time.advance(7);
    expect(slicer.due()).toBe(false);
    time.advance(1);
    expect(slicer.due()).toBe(true);
    await slicer.pause();
    expect(time.pauses).toEqual([8]);
    expect(slicer.due()).toBe(false);
    time.advance(8);
    expect(slicer.due()).toBe(true);
  });
});

describe('sliced', () => {
  it('handles every item in order, pausing whenever the budget is used', async () => {
    const time = fakeTime();
    const seen: number[] = [];
    const done = await sliced([10, 11, 12, 13, 14], startSlicer(8, time.now, time.hand), () => false, (item, i) => {
      seen.push(item * 100 + i);
      time.advance(3);
    });
    expect(done).toBe(true);
    expect(seen).toEqual([1000, 1101, 1202, 1303, 1404]);
    // 3 ms per item with an 8 ms budget: a pause before the 4th item (after 9 ms), none after it (6 ms).
    expect(time.pauses).toEqual([9]);
  });

  it('never pauses when the work fits in the budget', async () => {
    const time = fakeTime();
    let n = 0;
    const done = sliced([1, 2, 3], startSlicer(8, time.now, time.hand), () => true, () => {
      n++;
      time.advance(1);
    });
    // Finished synchronously: the items were all handled before the promise was even awaited.
    expect(n).toBe(3);
    expect(await done).toBe(true);
    expect(time.pauses).toEqual([]);
  });

  it('stops after a pause once the work is stale', async () => {
    const time = fakeTime();
    let stale = false;
    const seen: number[] = [];
    const done = await sliced([1, 2, 3, 4], startSlicer(8, time.now, time.hand), () => stale, (item) => {
      seen.push(item);
      time.advance(5);
      if (item === 2) stale = true;
    });
    expect(done).toBe(false);
    expect(seen).toEqual([1, 2]);
  });
});
