import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Entity, Incident } from '../../../lib/annotate/types';
import { COVERAGE_KEEP } from '../../../lib/store/coverage';
import { crossReference, EARLIER_LIMIT } from '../../../lib/store/cross-reference';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles } from '../../../lib/store/delete';
import { saveArticle } from '../../../lib/store/save-article';
import { expectDerivedRight, recomputedCoverage } from '../../support/derived-check';

const TEXT = 'Kaja Kallas met NATO, Europol and UNICEF officials in Tallinn, Riga, Vilnius and Oslo on Friday.';
const POOL: Array<[string, Entity['kind']]> = [
  ['Kaja Kallas', 'person'],
  ['NATO', 'organization'],
  ['Europol', 'organization'],
  ['UNICEF', 'organization'],
  ['Tallinn', 'place'],
  ['Riga', 'place'],
  ['Vilnius', 'place'],
  ['Oslo', 'place'],
];
/** More articles than a coverage record lists, so lists fill, lose rows and are refilled. */
const URLS = COVERAGE_KEEP + 3;

function entity(i: number): Entity {
  const [name, kind] = POOL[i]!;
  const start = TEXT.indexOf(name);
  return { id: `e${i}`, name, kind, aliases: [], mentions: [{ start, end: start + name.length, text: name }] };
}

type Op =
  | { kind: 'save'; url: number; left: number[]; now: number; source?: number; incidentAt?: number }
  | { kind: 'delete'; urls: number[] };

const saveOp = fc.record(
  {
    kind: fc.constant('save' as const),
    url: fc.integer({ min: 0, max: URLS - 1 }),
    // Most of the pool, so entities are named by more articles than their lists hold.
    left: fc.uniqueArray(fc.integer({ min: 0, max: POOL.length - 1 }), { maxLength: 4 }),
    // Visit times repeat and go back: rows move both ways in the lists, and ties are broken by id.
    now: fc.integer({ min: 0, max: 12 }),
    source: fc.integer({ min: 0, max: POOL.length - 1 }),
    incidentAt: fc.integer({ min: 4, max: 7 }),
  },
  { requiredKeys: ['kind', 'url', 'left', 'now'] },
);
const deleteOp = fc.record({ kind: fc.constant('delete' as const), urls: fc.uniqueArray(fc.integer({ min: 0, max: URLS - 1 }), { minLength: 1, maxLength: 3 }) });

async function apply(db: SourcemarkDb, op: Op): Promise<void> {
  if (op.kind === 'delete') {
    const ids = await Promise.all(op.urls.map((u) => db.articles.where('url').equals(`u${u}`).primaryKeys()));
    await deleteArticles(db, ids.flat().filter((id): id is number => id !== undefined));
    return;
  }
  const kept = POOL.map((_, i) => i).filter((i) => !op.left.includes(i));
  const entities = kept.map(entity);
  const named = (i: number | undefined) => (i !== undefined && kept.includes(i) ? i : undefined);
  const source = named(op.source);
  const place = named(op.incidentAt);
  const incidents: Incident[] = place === undefined ? [] : [{
    type: 'drone', location: POOL[place]![0], locationEntityId: `e${place}`, mentions: [{ start: 0, end: 20 }], date: `2026-01-0${(op.now % 3) + 1}`,
    claimedBy: [], deniedBy: [], blamedOn: [],
  }];
  const annotation: Annotation = {
    version: 1,
    sentences: [{ start: 0, end: TEXT.length }],
    entities,
    attributions: source === undefined ? [] : [{ start: 0, end: 20, source: POOL[source]![0], sourceEntityId: `e${source}`, cue: 'said', anonymous: false }],
    incidents,
    wordCount: 15,
    truncated: false,
  };
  await saveArticle(db, { url: `u${op.url}`, title: `T${op.url}.${op.now}`, meta: {}, text: TEXT, annotation, now: op.now });
}

let n = 0;

describe('kept coverage, against a model recomputed from scratch', () => {
  it('equals the recomputed coverage after any sequence of saves, re-saves with other entities, and deletions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof({ arbitrary: saveOp, weight: 4 }, { arbitrary: deleteOp, weight: 1 }), { minLength: 1, maxLength: 40, size: 'max' }), async (ops) => {
        const db = openDb(`coverage-model-${++n}`);
        try {
          for (const op of ops) {
            await apply(db, op);
            // Coverage, with no record for an entity no article names, and every article's counts.
            await expectDerivedRight(db);
          }
          // What the popup shows follows from it: the count of the others and the newest of them.
          const expected = new Map((await recomputedCoverage(db)).map((c) => [c.entityId, c]));
          for (const article of await db.articles.toArray()) {
            const view = await crossReference(db, article.url);
            for (const e of view?.entities ?? []) {
              const c = expected.get(e.entityId);
              expect(e.otherArticles).toBe((c?.articleCount ?? 0) - 1);
              expect(e.earlier.map((r) => r.articleId)).toEqual((c?.latest ?? []).map((r) => r.articleId).filter((id) => id !== article.id).slice(0, EARLIER_LIMIT));
            }
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});

describe('kept coverage, in the cases a model may rarely draw', () => {
  it('a listed article re-saved with an earlier visit than an unlisted one gives its place up', async () => {
    const db = openDb(`coverage-model-${++n}`);
    try {
      const save = (url: number, now: number) => apply(db, { kind: 'save', url, left: [], now });
      for (let i = 1; i <= COVERAGE_KEEP + 1; i++) await save(i, i);
      await save(COVERAGE_KEEP + 1, 0);
      await expectDerivedRight(db);
      const [first] = await db.coverage.toArray();
      expect(first?.latest.map((r) => r.visited)).toEqual([6, 5, 4, 3, 2, 1].slice(0, COVERAGE_KEEP));
    } finally {
      await db.delete();
    }
  });
});
