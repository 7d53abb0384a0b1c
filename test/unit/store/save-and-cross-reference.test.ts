import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { storedGroup } from '../../support/article-parts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../../lib/annotate/types';
import { crossReference } from '../../../lib/store/cross-reference';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { saveArticle } from '../../../lib/store/save-article';
import { mentionCount, storedMentions } from '../../support/stored-mentions';

function entity(id: string, name: string, kind: Entity['kind'], text: string, surface = name): Entity {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} not in text`);
  return { id, name, kind, aliases: [], mentions: [{ start, end: start + surface.length, text: surface }] };
}

function annotation(entities: Entity[]): Annotation {
  return { version: 1, sentences: [], entities, attributions: [], incidents: [], wordCount: 12, truncated: false };
}

const TEXT_A = 'Prime Minister Kaja Kallas met NATO officials in Tallinn on Friday.';
const TEXT_B = 'Kaja Kallas said in Brussels that the alliance would respond.';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

async function saveA(now = 1000, text = TEXT_A): Promise<number> {
  const saved = await saveArticle(db, {
    url: 'https://news.example/a',
    title: 'A',
    meta: { siteName: 'Example News', publishedTime: '2026-02-01' },
    text,
    annotation: annotation([
      entity('e1', 'Kaja Kallas', 'person', text),
      entity('e2', 'NATO', 'organization', text),
      entity('e3', 'Tallinn', 'place', text),
    ]),
    now,
  });
  return saved.articleId;
}

describe('saveArticle', () => {
  it('stores the article, its entities and mentions with quote and context', async () => {
    const id = await saveA();
    const article = await db.articles.get(id);
    expect(article).toMatchObject({ url: 'https://news.example/a', site: 'Example News', firstVisited: 1000, visits: [1000] });
    expect(article?.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await entityTable(db).count()).toBe(3);
    const [mention] = await storedMentions(db, id);
    expect(mention).toMatchObject({ exact: 'Kaja Kallas', prefix: 'Prime Minister ', suffix: ' met NATO officials in Tallinn o' });
  });

  it('is idempotent: a revisit updates the article and replaces its mentions', async () => {
    const id1 = await saveA(1000);
    const id2 = await saveA(2000);
    expect(id2).toBe(id1);
    expect(await db.articles.count()).toBe(1);
    expect(await mentionCount(db)).toBe(3);
    expect(await db.articleContent.count()).toBe(1);
    expect((await storedGroup(db, id1))?.rows.map((r) => r.mentionCount)).toEqual([1, 1, 1]);
    expect((await db.articleContent.get(id1))?.entityVisits.map(([, visited]) => visited)).toEqual([2000, 2000, 2000]);
    expect((await db.coverage.toArray()).map((c) => [c.articleCount, c.latest.map((r) => r.visited)])).toEqual([[1, [2000]], [1, [2000]], [1, [2000]]]);
    expect(await db.articles.get(id1)).toMatchObject({ firstVisited: 1000, lastVisited: 2000, visits: [1000, 2000] });
  });

  it("records a live blog's continuation saves of one visit as that one visit", async () => {
    const id = await saveA(1000);
    await saveA(1000, `${TEXT_A} New post.`);
    await saveA(2000);
    await saveA(2000);
    expect(await db.articles.get(id)).toMatchObject({ firstVisited: 1000, lastVisited: 2000, visits: [1000, 2000] });
  });

  it('stores the dateline the page gave, and keeps it when a later save has none', async () => {
    const save = (meta: { dateline?: string }, now: number) =>
      saveArticle(db, { url: 'https://news.example/d', title: 'D', meta, text: TEXT_B, annotation: annotation([]), now });
    const { articleId } = await save({ dateline: 'KYIV, Ukraine' }, 1000);
    expect((await db.articles.get(articleId))?.dateline).toBe('KYIV, Ukraine');
    await save({}, 2000);
    expect((await db.articles.get(articleId))?.dateline).toBe('KYIV, Ukraine');
    await expect(save({ dateline: 'x'.repeat(201) }, 3000)).rejects.toThrow();
  });

  it('keeps one article with the new text when the story was updated', async () => {
    const id = await saveA(1000);
    const before = (await db.articles.get(id))?.textHash;
    await saveA(2000, `${TEXT_A} Updated.`);
    expect(await db.articles.count()).toBe(1);
    expect((await db.articles.get(id))?.textHash).not.toBe(before);
  });

  it('leaves two concurrent saves of one article as one record', async () => {
    await Promise.all([saveA(1000), saveA(1001)]);
    expect(await db.articles.count()).toBe(1);
    expect(await mentionCount(db)).toBe(3);
  });
});

describe('crossReference', () => {
  it('counts the other articles that mention each entity', async () => {
    await saveA();
    await saveArticle(db, {
      url: 'https://news.example/b',
      title: 'B',
      meta: {},
      text: TEXT_B,
      annotation: annotation([entity('e1', 'Kaja Kallas', 'person', TEXT_B), entity('e2', 'Brussels', 'place', TEXT_B)]),
      now: 3000,
    });
    const coverage = await crossReference(db, 'https://news.example/b');
    expect(coverage?.article.title).toBe('B');
    const byName = Object.fromEntries((coverage?.entities ?? []).map((e) => [e.name, e.otherArticles]));
    expect(byName).toEqual({ 'Kaja Kallas': 1, Brussels: 0 });
  });

  it('lists the latest five other articles of each entity, newest first, and counts them all', async () => {
    const save = (i: number, now: number) =>
      saveArticle(db, {
        url: `https://news.example/k${i}`,
        title: `K${i}`,
        meta: {},
        text: TEXT_B,
        annotation: annotation([entity('e1', 'Kaja Kallas', 'person', TEXT_B), ...(i % 2 ? [entity('e2', 'Brussels', 'place', TEXT_B)] : [])]),
        now,
      });
    // Visit times out of insertion order: the list follows the visits, not the ids.
    const visits = [5, 1, 7, 3, 9, 2, 8, 4];
    for (const [i, now] of visits.entries()) await save(i, now);
    const coverage = await crossReference(db, 'https://news.example/k4');
    const kallas = coverage?.entities.find((e) => e.name === 'Kaja Kallas');
    expect(kallas?.otherArticles).toBe(7);
    expect(kallas?.earlier.map((e) => e.title)).toEqual(['K6', 'K2', 'K0', 'K7', 'K3']);
    expect(kallas?.earlier[0]).toMatchObject({ url: 'https://news.example/k6', visited: 8, sentence: TEXT_B });
    const brussels = (await crossReference(db, 'https://news.example/k1'))?.entities.find((e) => e.name === 'Brussels');
    expect(brussels?.otherArticles).toBe(3);
    expect(brussels?.earlier.map((e) => e.title)).toEqual(['K7', 'K3', 'K5']);
  });

  it('is undefined for an article not stored', async () => {
    expect(await crossReference(db, 'https://news.example/none')).toBeUndefined();
  });
});
