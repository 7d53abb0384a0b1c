/**
 * A seeded pseudo-random generator (mulberry32): generated benchmark data must be identical on every
 * run so figures from different runs compare the same work.
 */

/** A function returning floats in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/** A generator for `seed`. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** An index in [0, n) skewed towards 0 (a few names are in many stories, most in few), like news. */
export function skewedIndex(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(n * random() ** 3));
}
