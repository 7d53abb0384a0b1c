import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../bench/args';

describe('npm run bench options', () => {
  it('runs everything at the sizes the targets are stated for by default', () => {
    const o = parseBenchArgs([]);
    expect(o.only).toEqual(['engine', 'in-page', 'storage']);
    expect(o.storeLevels).toEqual([1000, 10000]);
    expect(o.pageSizes).toEqual([1000, 10000]);
    expect(o.out).toBe('bench-results/latest.json');
  });

  it('takes --quick, --only, --out and extra folders', () => {
    const o = parseBenchArgs(['--quick', '--only', 'engine,storage', '--out', 'x.json', 'articles/']);
    expect(o.quick).toBe(true);
    expect(o.storeLevels).toEqual([1000]);
    expect(o.only).toEqual(['engine', 'storage']);
    expect(o.out).toBe('x.json');
    expect(o.dirs).toEqual(['articles/']);
  });

  it('rejects unknown options and parts', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option/);
    expect(() => parseBenchArgs(['--only', 'popup'])).toThrow(/unknown part/);
    expect(() => parseBenchArgs(['--out'])).toThrow(/needs a value/);
  });
});
