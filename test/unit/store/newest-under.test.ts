import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { newestKeysUnder } from '../../../lib/store/newest-under';
import type { IncidentRecord } from '../../../lib/store/records';

let n = 0;

function incident(k: number, actorEntityIds: number[]): IncidentRecord {
  return { key: `k${k}`, type: 'drone', claimedBy: [], deniedBy: [], blamedOn: [], actorEntityIds, articleIds: [1], sources: [] };
}

/** What the cursor must find: per asked value, its highest `limit` incident ids. */
function expected(all: IncidentRecord[], values: number[], limit: number): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const v of new Set(values)) {
    const ids = all.filter((i) => i.actorEntityIds.includes(v)).map((i) => i.id ?? 0).sort((a, b) => b - a).slice(0, limit);
    if (ids.length) out.set(v, ids);
  }
  return out;
}

describe('newestKeysUnder', () => {
  it('finds the highest keys under each asked value of a multi-entry index, as a scan of the table does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 5 }),
        async (actorLists, values, limit) => {
          const db = openDb(`newest-under-${++n}`);
          try {
            await db.incidents.bulkAdd(actorLists.map((ids, k) => incident(k, ids)));
            const all = await db.incidents.toArray();
            const want = expected(all, values, limit);
            // Alone (a read transaction of its own) and inside a caller's transaction.
            expect(await newestKeysUnder(db.incidents, 'actorEntityIds', values, limit)).toEqual(want);
            const inside = await db.transaction('r', db.incidents, () => newestKeysUnder(db.incidents, 'actorEntityIds', values, limit));
            expect(inside).toEqual(want);
          } finally {
            await db.delete();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
