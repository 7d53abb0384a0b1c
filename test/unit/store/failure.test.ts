import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../lib/annotate/types';
import { describeFailure } from '../../../lib/background/route-message';
import { openDb } from '../../../lib/store/db';
import { saveArticle } from '../../../lib/store/save-article';


const db = openDb('failure-test');
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const TEXT = 'Ursula von der Leyen spoke in Strasbourg, the commission said.';
const annotation: Annotation = {
  version: 1,
  sentences: [{ start: 0, end: TEXT.length }],
  entities: [{ id: 'e1', name: 'Strasbourg', kind: 'place', aliases: [], mentions: [{ start: 30, end: 40, text: 'Strasbourg' }] }],
  attributions: [{ start: 42, end: 61, source: 'commission', cue: 'said', anonymous: false }],
  incidents: [],
  wordCount: 10,
  truncated: false,
};

describe('a save that fails half way', () => {
  it('writes nothing, keeps what was stored, and is described to the reader', async () => {
    await saveArticle(db, { url: 'old', title: 'Old', meta: {}, text: TEXT, annotation, now: 1 });
    const before = { articles: await db.articles.toArray(), entities: await entityTable(db).toArray(), content: await db.articleContent.toArray(), coverage: await db.coverage.toArray() };

    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.articleContent, 'put').mockRejectedValue(quota);
    const failed = saveArticle(db, { url: 'new', title: 'New', meta: {}, text: TEXT, annotation, now: 2 });
    await expect(failed).rejects.toThrow();
    const error = await failed.catch((e: unknown) => e);
    expect(describeFailure(error)).toMatch(/disk is full/);

    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await entityTable(db).toArray()).toEqual(before.entities);
    expect(await db.articleContent.toArray()).toEqual(before.content);
    expect(await db.coverage.toArray()).toEqual(before.coverage);
    expect(await db.articleContent.count()).toBe(1);
  });
});
