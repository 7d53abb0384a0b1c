import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../lib/annotate/incidents/numbers';

describe('parseCount', () => {
  it('reads digits, words and hedged counts', () => {
    expect(parseCount('7')).toBe(7);
    expect(parseCount('1,250')).toBe(1250);
    expect(parseCount('five')).toBe(5);
    expect(parseCount('at least nine')).toBe(9);
    expect(parseCount('more than 30')).toBe(30);
    expect(parseCount('twenty-two')).toBe(22);
  });

  it('reads dozen, couple and single', () => {
    expect(parseCount('a dozen')).toBe(12);
    expect(parseCount('a couple of')).toBe(2);
    expect(parseCount('a single')).toBe(1);
  });

  it('gives nothing for vague amounts', () => {
    expect(parseCount('several')).toBeUndefined();
    expect(parseCount('many')).toBeUndefined();
  });
});
