/**
 * The quick checks of the largest tables never accept what zod would refuse or change: whenever a
 * quick check passes a record, the table's schema passes it too and returns it unchanged. Records are
 * valid ones with random edits (values replaced, fields dropped or added), so both outcomes occur.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../../../lib/export/format';
import { QUICK_CHECKS } from '../../../lib/import/quick-checks';
import { generateArticles } from '../../support/generate-articles';

const data = generateArticles(20, 31);
const TABLES = ['mentions', 'appearances', 'attributions'] as const;
const ODD: unknown[] = [null, undefined, true, false, -1, 0, 1, 1.5, 2 ** 53, -0, Number.NaN, Infinity, 8.64e15, 8.64e15 + 1, '', 'x', '12', [], {}, { start: 1 }];

const editArb = fc.oneof(
  fc.record({ op: fc.constant('set' as const), field: fc.nat(), value: fc.oneof(fc.constantFrom(...ODD), fc.integer(), fc.double(), fc.string()) }),
  fc.record({ op: fc.constant('drop' as const), field: fc.nat() }),
  fc.record({ op: fc.constant('add' as const), name: fc.constantFrom('extra', '__proto__', 'id', 'channel', 'content', 'sourceEntityId'), value: fc.constantFrom(...ODD) }),
  fc.record({ op: fc.constant('quote' as const), field: fc.nat(), value: fc.constantFrom(...ODD) }),
);

type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function edit(record: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  const r = structuredClone(record);
  for (const e of edits) {
    const keys = Object.keys(r);
    if (e.op === 'set' && keys.length) r[keys[e.field % keys.length] as string] = e.value;
    else if (e.op === 'drop' && keys.length) delete r[keys[e.field % keys.length] as string];
    else if (e.op === 'add') Object.defineProperty(r, e.name, { value: e.value, enumerable: true, configurable: true, writable: true });
    else if (e.op === 'quote' && r.quote && typeof r.quote === 'object') {
      const q = r.quote as Record<string, unknown>;
      const qk = Object.keys(q);
      if (qk.length) q[qk[e.field % qk.length] as string] = e.value;
    }
  }
  return r;
}

describe('quick record checks', () => {
  it('pass the valid records of a generated export', () => {
    for (const t of TABLES) for (const r of data[t]) expect(QUICK_CHECKS[t]?.(JSON.parse(JSON.stringify(r)))).toBe(true);
  });

  it.each(TABLES)('on %s, pass only what zod passes unchanged', (table) => {
    let quick = 0;
    let zodOnly = 0;
    let neither = 0;
    const records = data[table] as unknown as Array<Record<string, unknown>>;
    fc.assert(
      fc.property(fc.nat(records.length - 1), fc.array(editArb, { minLength: 0, maxLength: 3 }), (i, edits) => {
        const record = edit(JSON.parse(JSON.stringify(records[i])) as Record<string, unknown>, edits);
        const zod = RECORD_SCHEMAS[table].safeParse(record);
        if (QUICK_CHECKS[table]?.(record)) {
          quick++;
          expect(zod.success).toBe(true);
          expect(zod.data).toEqual(record);
        } else if (zod.success) zodOnly++;
        else neither++;
      }),
      { numRuns: 3000, seed: 20261201 },
    );
    expect(quick).toBeGreaterThan(100);
    expect(neither).toBeGreaterThan(500);
    // Records zod passes after stripping an unknown field, which the quick check leaves to it.
    expect(zodOnly).toBeGreaterThan(10);
  });
});
