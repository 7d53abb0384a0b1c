import 'fake-indexeddb/auto';
import { entitiesOf } from '../../../lib/store/article-content';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { damagedRecordMessage } from '../../../components/ErrorBoundary';
import type { Annotation } from '../../../lib/annotate/types';
import { articleView } from '../../../lib/store/article-view';
import { findDamagedRecord } from '../../../lib/store/damaged-records';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { saveArticle } from '../../../lib/store/save-article';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`damaged-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const TEXT = 'Ursula von der Leyen spoke in Strasbourg, the commission said.';
const annotation: Annotation = {
  version: 1,
  sentences: [{ start: 0, end: TEXT.length }],
  entities: [
    { id: 'e1', name: 'Strasbourg', kind: 'place', aliases: [], mentions: [{ start: 30, end: 40, text: 'Strasbourg' }] },
    { id: 'e2', name: 'Ursula von der Leyen', kind: 'person', aliases: [], mentions: [{ start: 0, end: 20, text: 'Ursula von der Leyen' }] },
  ],
  attributions: [{ start: 42, end: 61, source: 'commission', cue: 'said', anonymous: false }],
  incidents: [],
  wordCount: 10,
  truncated: false,
};

async function saved(url: string): Promise<number> {
  await saveArticle(db, { url, title: url, meta: {}, text: TEXT, annotation, now: 1 });
  return (await db.articles.where('url').equals(url).first())?.id as number;
}

describe('findDamagedRecord', () => {
  it('finds nothing wrong with an article as saved, nor with one not stored', async () => {
    await saved('https://a.example/1');
    expect(await findDamagedRecord(db, 'https://a.example/1')).toBeUndefined();
    expect(await findDamagedRecord(db, 'https://a.example/none')).toBeUndefined();
  });

  it('names the damaged record the popup view fails on, and changes nothing', async () => {
    const id = await saved('https://a.example/2');
    // Version 9: the attributions are a part of the article's content record.
    const content = (await db.articleContent.get(id))!;
    await db.articleContent.put({ ...content, attributions: 'garbled' as never });
    await expect(articleView(db, 'https://a.example/2')).rejects.toThrow();
    const before = await db.articleContent.toArray();
    const damaged = await findDamagedRecord(db, 'https://a.example/2');
    expect(damaged).toEqual({ record: 'its attributions', problem: expect.stringMatching(/^attributions: /) });
    expect(await db.articleContent.toArray()).toEqual(before);
    expect(damagedRecordMessage(damaged!)).toMatch(/^A stored record of this article is damaged \(its attributions: attributions: .*\).*Nothing was deleted/);
  });

  it('names a damaged entity list and a damaged coverage record', async () => {
    const id = await saved('https://a.example/3');
    const content = (await db.articleContent.get(id))!;
    const group = entitiesOf(content);
    await db.articleContent.put({ ...content, rows: [-4] });
    expect((await findDamagedRecord(db, 'https://a.example/3'))?.record).toBe('its list of actors and places');
    await db.articleContent.put(content);
    const entityId = group.rows[0]!.entityId;
    const coverage = (await db.coverage.get(entityId))!;
    await db.coverage.put({ ...coverage, articleCount: 'many' as never });
    expect((await findDamagedRecord(db, 'https://a.example/3'))?.record).toBe(`the earlier coverage of entity #${entityId}`);
  });
});
