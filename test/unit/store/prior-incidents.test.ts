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

  it('reads only the most recently stored incidents of a busy actor, newest first by date among them', async () => {
    const records: IncidentRecord[] = [];
    // 30 incidents involving actor 7 (ids 1..30 in this order), two of them reported only by the article 99.
    for (let k = 0; k < 30; k++) {
      records.push({
        key: `a${k}`, type: 'drone', date: `2026-02-${String(k + 1).padStart(2, '0')}`.replace('2026-02-29', '2026-03-01').replace('2026-02-30', '2026-03-02'),
        claimedBy: [], deniedBy: [], blamedOn: [], actorEntityIds: [7], articleIds: k >= 28 ? [99] : [k + 1], sources: [],
      });
    }
    await db.incidents.bulkAdd(records);
    let read = 0;
    db.incidents.hook('reading', (record) => {
      read++;
      return record;
    });
    const got = await priorIncidents(db, 99, [], [7]);
    // The article's own two (read to know how many to skip), then the actor's newest 12 + 2: not its
    // whole history (32 reads before).
    expect(read).toBe(2 + PRIOR_INCIDENT_LIMIT + 2);
    // The article's own two are skipped; the 12 before them, newest first.
    expect(got.map((p) => p.incident.key)).toEqual(Array.from({ length: PRIOR_INCIDENT_LIMIT }, (_, i) => `a${27 - i}`));
    expect(got.every((p) => p.via === 'actor')).toBe(true);
  });
});
