import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { PRIOR_INCIDENT_LIMIT, priorIncidents } from '../../../lib/store/prior-incidents';
import type { IncidentRecord } from '../../../lib/store/records';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`prior-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** The timeline as the whole table says it should be: every incident at the places, newest first. */
function expected(all: IncidentRecord[], articleId: number, places: number[]): Array<number | undefined> {
  return all
    .filter((i) => i.placeEntityId !== undefined && places.includes(i.placeEntityId) && i.articleIds.some((id) => id !== articleId))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (b.id ?? 0) - (a.id ?? 0))
    .slice(0, PRIOR_INCIDENT_LIMIT)
    .map((i) => i.id);
}

describe('priorIncidents', () => {
  it('reads only the latest incidents of a busy place and lists the same timeline as the whole table', async () => {
    const incident = (k: number, place: number, date: string | undefined, articleIds: number[]): IncidentRecord => ({
      key: `k${k}`, type: 'rocket', placeEntityId: place, date, claimedBy: [], deniedBy: [], blamedOn: [], actorEntityIds: [], articleIds, sources: [],
    });
    const records: IncidentRecord[] = [];
    // Place 1: busy, with same-day incidents, the article's own incidents among the newest, undated ones.
    for (let k = 0; k < 40; k++) records.push(incident(k, 1, `2026-01-${String((k % 20) + 1).padStart(2, '0')}`, k % 7 === 0 ? [99] : [k + 1]));
    for (let k = 40; k < 45; k++) records.push(incident(k, 1, undefined, [k]));
    records.push(incident(45, 1, '2026-01-31', [99]), incident(46, 1, '2026-01-30', [99, 3]));
    // Place 2: few dated incidents, so its undated ones count too.
    records.push(incident(50, 2, '2025-12-01', [5]), incident(51, 2, undefined, [6]), incident(52, 2, undefined, [99]));
    await db.incidents.bulkAdd(records);
    const all = await db.incidents.toArray();
    for (const places of [[1], [2], [1, 2]]) {
      const got = await priorIncidents(db, 99, places, []);
      expect(got.map((p) => p.incident.id)).toEqual(expected(all, 99, places));
      expect(got.every((p) => p.via === 'place')).toBe(true);
    }
    expect((await priorIncidents(db, 99, [2], [])).map((p) => p.incident.key)).toEqual(['k50', 'k51']);
  });
});
