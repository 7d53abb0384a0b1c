import 'fake-indexeddb/auto';
import { attributionsOf, entitiesOf, mentionsOf } from '../../../lib/store/article-content';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles, deleteEverything, deleteSite } from '../../../lib/store/delete';
import { saveArticle } from '../../../lib/store/save-article';
import { storedArticle } from '../../../bench/generate/stored-article';
import { expectDerivedRight } from '../../support/derived-check';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`delete-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** Saves generated articles (30 entities each, drawn from a skewed pool: a few shared by many). */
async function fill(count: number, from = 0): Promise<void> {
  for (let i = from; i < from + count; i++) await saveArticle(db, storedArticle(i));
}

/** Every table, read whole. */
async function everything() {
  const [articles, entities, content, coverage, incidents] = await Promise.all([
    db.articles.toArray(),
    entityTable(db).toArray(),
    db.articleContent.toArray(),
    db.coverage.toArray(),
    db.incidents.toArray(),
  ]);
  // One content record per article (version 9), seen as its mentions, entity rows and attributions.
  return { articles, entities, mentions: content.map(mentionsOf), groups: content.map(entitiesOf), attributions: content.map(attributionsOf), coverage, incidents };
}

/** Every entity still stored is referenced by something, and every record of an article by a stored one. */
async function expectNoOrphans(): Promise<void> {
  const s = await everything();
  const articles = new Set(s.articles.map((a) => a.id));
  const used = new Set<number>();
  for (const g of s.mentions) for (const m of g.mentions) used.add(m.entityId);
  for (const g of s.groups) for (const r of g.rows) used.add(r.entityId);
  for (const g of s.attributions) for (const id of g.sourceEntityIds) used.add(id);
  for (const i of s.incidents) {
    if (i.placeEntityId) used.add(i.placeEntityId);
    i.actorEntityIds.forEach((id) => used.add(id));
    expect(i.articleIds.length).toBeGreaterThan(0);
    for (const id of i.articleIds) expect(articles.has(id)).toBe(true);
  }
  for (const e of s.entities) expect(used.has(e.id ?? 0)).toBe(true);
  for (const t of [s.mentions, s.groups, s.attributions]) for (const r of t) expect(articles.has(r.articleId)).toBe(true);
  for (const c of s.coverage) expect(s.entities.some((e) => e.id === c.entityId)).toBe(true);
  await expectDerivedRight(db);
}

describe('delete', () => {
  it('one article: its records go, entities and incidents only it referenced go, shared ones stay', async () => {
    await fill(30);
    const before = await everything();
    const victim = before.articles[0]!;
    const summary = await deleteArticles(db, [victim.id ?? 0]);
    const after = await everything();
    expect(summary.articles).toBe(1);
    expect(after.articles).toHaveLength(29);
    await expectNoOrphans();
    const stillUsed = new Set(after.groups.flatMap((g) => g.rows.map((r) => r.entityId)));
    const victimsEntities = before.groups.find((g) => g.articleId === victim.id)?.rows.map((r) => r.entityId) ?? [];
    expect(victimsEntities.length).toBeGreaterThan(0);
    expect(victimsEntities.some((id) => stillUsed.has(id))).toBe(true);
    expect(victimsEntities.some((id) => !stillUsed.has(id))).toBe(true);
    for (const id of victimsEntities) expect(after.entities.some((e) => e.id === id)).toBe(stillUsed.has(id));
    expect(after.entities.length).toBe(before.entities.length - summary.entities);
  }, 30_000);

  it('a whole site, refilling the lists of entities it shared with other sites', async () => {
    await fill(40);
    // The newest article's site: its articles are in the lists of the most named entities.
    const site = (await db.articles.orderBy('lastVisited').last())!.site!;
    const total = await db.articles.count();
    const gone = await db.articles.where('site').equals(site).count();
    await deleteSite(db, site);
    const after = await everything();
    expect(after.articles.some((a) => a.site === site)).toBe(false);
    expect(after.articles).toHaveLength(total - gone);
    await expectNoOrphans();
  }, 30_000);

  it('everything', async () => {
    await fill(10);
    const summary = await deleteEverything(db);
    expect(summary.articles).toBe(10);
    const after = await everything();
    expect(Object.values(after).every((t) => t.length === 0)).toBe(true);
  });
});
