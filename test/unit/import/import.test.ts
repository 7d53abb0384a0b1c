import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotate/types';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { writeImport } from '../../../lib/import/write-import';
import { migrate } from '../../../lib/import/migrate';
import { ImportRejected, type ImportProgress } from '../../../lib/import/problem';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { clearStore } from '../../support/clear-store';
import { readAll } from '../../../lib/store/export-snapshot';
import { saveArticle } from '../../../lib/store/save-article';
import { generateArticles } from '../../support/generate-articles';
import { mentionCount, storedMentions } from '../../support/stored-mentions';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`import-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const ALL = { kind: 'all' } as const;
const WHEN = new Date('2026-04-07T10:00:00Z');

const TEXT = 'Two drones struck Erbil airport on Tuesday, the Kurdish interior ministry said. Officials said more may come.';
function at(s: string) {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length };
}
async function saveReal(url: string, now: number) {
  const annotation: Annotation = {
    version: 1,
    sentences: [{ start: 0, end: TEXT.length }],
    entities: [
      { id: 'p', name: 'Erbil', kind: 'place', aliases: [], mentions: [{ ...at('Erbil'), text: 'Erbil' }] },
      { id: 'o', name: 'Kurdish interior ministry', kind: 'organization', aliases: [], mentions: [{ ...at('Kurdish interior ministry'), text: 'x' }] },
    ],
    attributions: [
      { ...at('the Kurdish interior ministry said'), source: 'Kurdish interior ministry', sourceEntityId: 'o', cue: 'said', anonymous: false },
      { ...at('Officials said'), source: 'Officials', cue: 'said', anonymous: true },
    ],
    incidents: [{ type: 'drone', location: 'Erbil', locationEntityId: 'p', mentions: [at('Two drones struck Erbil airport on Tuesday')], date: '2026-04-07', quantity: 2, claimedBy: [], deniedBy: [], blamedOn: [] }],
    wordCount: 18,
    truncated: false,
  };
  await saveArticle(db, { url, title: `Title ${url}`, meta: { siteName: 'Wire' }, text: TEXT, annotation, now });
}

async function counts() {
  const s = await readAll(db);
  return [s.articles.length, s.entities.length, await mentionCount(db), s.appearances.length, s.attributions.length, s.incidents.length];
}

describe('JSON export → import', () => {
  it('restores saved articles identically, ids included, after deleting everything', async () => {
    await saveReal('https://a.example/1', 1000);
    await saveReal('https://b.example/2', 2000);
    const before = await readAll(db);
    const file = toJsonExport(before, WHEN, ALL);
    await clearStore(db);
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0]);
    const outcome = await importExport(db, file);
    expect(outcome.ok).toBe(true);
    expect(await readAll(db)).toEqual(JSON.parse(JSON.stringify(before)));
  });

  it('merges instead of duplicating when the same data is imported twice', async () => {
    await saveReal('https://a.example/1', 1000);
    const file = toJsonExport(await readAll(db), WHEN, ALL);
    const before = await counts();
    const outcome = await importExport(db, file);
    expect(outcome.ok && outcome.summary.added).toEqual({ articles: 0, entities: 0, mentions: 0, appearances: 0, attributions: 0, incidents: 0 });
    expect(await counts()).toEqual(before);
  });

  it('remaps ids when the records are new but their ids are taken, keeping references right', async () => {
    await saveReal('https://a.example/1', 1000);
    {
      const theirs = generateArticles(3, 4);
      const outcome = await importExport(db, toJsonExport(theirs, WHEN, ALL));
      expect(outcome.ok).toBe(true);
      expect(await db.articles.count()).toBe(4);
      const story = await db.articles.where('url').equals(theirs.articles[0]!.url).first();
      expect(story?.id).not.toBe(theirs.articles[0]!.id);
      const mentions = await storedMentions(db, story!.id!);
      expect(mentions).toHaveLength(theirs.mentions.filter((m) => m.articleId === 1).length);
      for (const m of mentions) expect(await entityTable(db).get(m.entityId)).toBeDefined();
      // An incident of the imported place was rekeyed to the place's new id.
      for (const i of await db.incidents.toArray()) {
        if (i.placeEntityId !== undefined && i.date) expect(i.key).toBe(`${i.type}|#${i.placeEntityId}|${i.date}`);
      }
    }
  });

  it('merges a second visit of a stored article and the same incident from another export', async () => {
    await saveReal('https://a.example/1', 1000);
    const file = JSON.parse(toJsonExport(await readAll(db), WHEN, ALL));
    file.articles[0].visits = [5000];
    file.articles[0].lastVisited = 5000;
    await importExport(db, JSON.stringify(file));
    const [article] = await db.articles.toArray();
    expect(article).toMatchObject({ visits: [1000, 5000], firstVisited: 1000, lastVisited: 5000 });
    expect(await db.incidents.count()).toBe(1);
    expect((await db.incidents.toArray())[0]?.sources).toHaveLength(1);
  });

  it('reports progress up to done', async () => {
    const seen: ImportProgress[] = [];
    await importExport(db, toJsonExport(generateArticles(300, 1), WHEN, ALL), (p) => seen.push(p));
    expect(seen.some((p) => p.phase === 'validating')).toBe(true);
    expect(seen.some((p) => p.phase === 'writing' && p.done < p.total)).toBe(true);
    expect(seen.at(-1)).toMatchObject({ phase: 'done' });
  });
});

describe('rejected files write nothing and say why', () => {
  async function rejected(text: string) {
    await saveReal('https://a.example/1', 1000);
    const before = await readAll(db);
    const outcome = await importExport(db, text);
    expect(await readAll(db)).toEqual(before);
    if (outcome.ok) throw new Error('import should have been refused');
    return outcome.problem;
  }
  const good = () => JSON.parse(toJsonExport(generateArticles(3, 7), WHEN, ALL));

  it('a truncated file', async () => {
    const text = toJsonExport(generateArticles(3, 7), WHEN, ALL);
    expect(await rejected(text.slice(0, text.length / 2))).toMatchObject({ where: 'the file', message: expect.stringMatching(/not valid JSON/) });
  });
  it('a file that is not an export', async () => {
    expect((await rejected('[1,2,3]')).message).toMatch(/not a Sourcemark export/);
  });
  it('one bad record, named with its position, id and field', async () => {
    const f = good();
    f.mentions[4].start = 'twelve';
    expect(await rejected(JSON.stringify(f))).toEqual({ where: `mentions #5 (id ${f.mentions[4].id})`, message: expect.stringMatching(/^start: /) });
  });
  it('a dangling reference', async () => {
    const f = good();
    f.attributions[0].articleId = 999;
    expect((await rejected(JSON.stringify(f))).message).toBe('refers to article 999, which is not in the file');
  });
  it('duplicated ids', async () => {
    const f = good();
    f.entities[1].id = f.entities[0].id;
    expect((await rejected(JSON.stringify(f))).message).toMatch(/^same id as entities #1/);
  });
  it('a file from a newer Sourcemark', async () => {
    const f = good();
    f.version = 99;
    expect((await rejected(JSON.stringify(f))).message).toMatch(/newer Sourcemark/);
  });
});

describe('migrate', () => {
  it('runs each step from an earlier version up to the current one', () => {
    const steps = { 1: (r: Record<string, unknown>) => ({ ...r, a: 1 }), 2: (r: Record<string, unknown>) => ({ ...r, b: 2 }) };
    expect(migrate({ version: 1 }, 1, steps, 3)).toEqual({ version: 3, a: 1, b: 2 });
    expect(() => migrate({}, 1, {}, 2)).toThrow(ImportRejected);
  });
});

describe('writeImport is one transaction', () => {
  it('a write failing late (after mentions were queued) leaves nothing behind', async () => {
    await saveReal('https://a.example/1', 1000);
    const before = await readAll(db);
    const data = generateArticles(40, 9);
    // Not a file the import would accept (validation refuses the reference): forced here to fail a write
    // (NaN is no IndexedDB key) after the articles, entities and mentions were queued.
    data.attributions[data.attributions.length - 1]!.articleId = Number.NaN;
    await expect(writeImport(db, data)).rejects.toThrow();
    expect(await readAll(db)).toEqual(before);
  });
});
