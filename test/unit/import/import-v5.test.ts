/**
 * The import writes the version 5 store: grouped appearances and attributions, each article's log
 * counts and each entity's coverage, rebuilt from the file and merged with what the store holds.
 */
import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { writeImport } from '../../../lib/import/write-import';
import { articleCounts } from '../../../lib/store/article-counts';
import { coverageFrom } from '../../../lib/store/coverage';
import { coverageAsRead, expectCoverageDescribed } from '../../support/derived-check';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { attributionId, readAll } from '../../../lib/store/export-snapshot';
import type { ArticleRecord } from '../../../lib/store/records';
import { attributionsOf, entitiesOf, sourceIdsOf } from '../../../lib/store/article-content';
import { articlesOfEntity } from '../../../lib/store/queries-log';
import { storedAttributionGroups, storedGroups } from '../../support/article-parts';
import { clearStore } from '../../support/clear-store';
import { generateArticles } from '../../support/generate-articles';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`import-v5-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const WHEN = new Date('2026-04-07T10:00:00Z');
const ALL = { kind: 'all' } as const;

/** Coverage and counts as they must be: recomputed from every stored record. */
async function expectDerivedConsistent(): Promise<void> {
  const [articles, groups, said, incidents, entities, coverage] = await Promise.all([
    db.articles.toArray(),
    storedGroups(db),
    storedAttributionGroups(db),
    db.incidents.toArray(),
    entityTable(db).toArray(),
    coverageAsRead(db),
  ]);
  const byId = new Map(articles.map((a) => [a.id as number, a as ArticleRecord & { id: number }]));
  const expected = coverageFrom(groups, byId);
  expect(new Map(coverage.map(({ entityId, articleCount, latest }) => [entityId, { entityId, articleCount, latest }]))).toEqual(expected);
  await expectCoverageDescribed(db);
  const kinds = new Map(entities.map((e) => [e.id, e.kind]));
  for (const a of articles) {
    const group = groups.find((g) => g.articleId === a.id);
    const own = said.find((g) => g.articleId === a.id)?.attributions ?? [];
    const reported = incidents.filter((i) => i.articleIds.includes(a.id as number)).length;
    expect(a.counts).toEqual(articleCounts(group?.rows.map((r) => kinds.get(r.entityId)) ?? [], own, reported));
  }
  // What the content records index (version 9) is what they hold; an imported one (version 11) is
  // listed under its entities instead of indexed by them.
  const content = await db.articleContent.toArray();
  const named = new Map<number, Set<number>>();
  for (const c of content) for (const r of entitiesOf(c).rows) named.set(r.entityId, (named.get(r.entityId) ?? new Set()).add(c.articleId));
  for (const c of content) {
    expect(c.entityVisits).toEqual(c.posted ? [] : entitiesOf(c).rows.map((r) => [r.entityId, c.visited]));
    expect(c.sourceEntityIds).toEqual(sourceIdsOf(attributionsOf(c).attributions));
  }
  const ids = [...named.keys()];
  const found = await Promise.all(ids.map((id) => articlesOfEntity(db, id)));
  expect(found).toEqual(ids.map((id) => named.get(id)));
  for (const g of said) {
    const starts = g.attributions.map((x) => x.quote.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  }
}

describe('import into the version 5 store', () => {
  it('groups the file per article, derives counts and coverage, and exports the same file back', async () => {
    const data = generateArticles(120, 21);
    // Attributions listed out of text order in the file are stored in text order.
    data.attributions.reverse();
    const file = toJsonExport(data, WHEN, ALL);
    const outcome = await importExport(db, file);
    expect(outcome.ok).toBe(true);
    expect((await storedGroups(db)).filter((g) => g.rows.length > 0)).toHaveLength(new Set(data.appearances.map((a) => a.articleId)).size);
    expect((await storedAttributionGroups(db)).filter((g) => g.attributions.length > 0)).toHaveLength(new Set(data.attributions.map((a) => a.articleId)).size);
    await expectDerivedConsistent();
    // Export → empty the store → import → the same records, ids included.
    const before = await readAll(db);
    expect(before.attributions.map((a) => a.id)).toContain(attributionId(before.attributions[0]!.articleId, 0));
    await clearStore(db);
    expect((await importExport(db, toJsonExport(before, WHEN, ALL))).ok).toBe(true);
    expect(await readAll(db)).toEqual(JSON.parse(JSON.stringify(before)));
    await expectDerivedConsistent();
  });

  it('counts an article merged into a stored one once in its entities coverage', async () => {
    const data = generateArticles(60, 22);
    // The store holds the first 20 articles; the file holds all 60, the 20 with one more visit.
    const head = new Set(data.articles.slice(0, 20).map((a) => a.id));
    const part = {
      ...data,
      articles: data.articles.filter((a) => head.has(a.id)),
      mentions: data.mentions.filter((m) => head.has(m.articleId)),
      appearances: data.appearances.filter((m) => head.has(m.articleId)),
      attributions: data.attributions.filter((m) => head.has(m.articleId)),
      incidents: data.incidents
        .filter((i) => i.articleIds.some((id) => head.has(id)))
        .map((i) => ({ ...i, articleIds: i.articleIds.filter((id) => head.has(id)), sources: i.sources.filter((x) => head.has(x.articleId)) })),
    };
    await writeImport(db, part);
    await expectDerivedConsistent();
    const later = structuredClone(data);
    const revisited = later.articles[3]!;
    revisited.lastVisited += 1000 * 86_400_000;
    revisited.visits.push(revisited.lastVisited);
    for (const a of later.appearances) if (a.articleId === revisited.id) a.visited = revisited.lastVisited;
    const outcome = await importExport(db, toJsonExport(later, WHEN, ALL));
    expect(outcome.ok && outcome.summary.merged.articles).toBe(20);
    expect(outcome.ok && outcome.summary.added.articles).toBe(40);
    await expectDerivedConsistent();
    // Every entity counts each article naming it once.
    for (const c of await coverageAsRead(db)) {
      expect(c.articleCount).toBe(new Set(data.appearances.filter((a) => a.entityId === c.entityId).map((a) => a.articleId)).size);
    }
    // The revisited article now leads the coverage of its entities.
    const first = later.appearances.find((a) => a.articleId === revisited.id)!;
    expect((await coverageAsRead(db)).find((c) => c.entityId === first.entityId)?.latest[0]?.articleId).toBe(revisited.id);
    // Importing the same file again changes nothing.
    const again = await readAll(db);
    const coverage = await coverageAsRead(db);
    await importExport(db, toJsonExport(later, WHEN, ALL));
    expect(await readAll(db)).toEqual(again);
    expect(await coverageAsRead(db)).toEqual(coverage);
  });

  it('refreshes the coverage rows of a stored article the file fills in without listing its appearances', async () => {
    const data = generateArticles(12, 24);
    const bare = structuredClone(data);
    const target = bare.articles[2]!;
    delete target.site;
    await writeImport(db, bare);
    const file = structuredClone(data);
    file.appearances = file.appearances.filter((x) => x.articleId !== target.id);
    file.mentions = file.mentions.filter((x) => x.articleId !== target.id);
    expect((await importExport(db, toJsonExport(file, WHEN, ALL))).ok).toBe(true);
    expect((await db.articles.get(target.id))?.site).toBe(data.articles[2]!.site);
    await expectDerivedConsistent();
  });

  it('adds an entity a stored article did not name, counting the article for it', async () => {
    const data = generateArticles(10, 23);
    await writeImport(db, data);
    const file = structuredClone(data);
    const target = file.articles[0]!;
    const stranger = file.entities.find((e) => !file.appearances.some((a) => a.articleId === target.id && a.entityId === e.id))!;
    file.appearances.push({ ...file.appearances.find((a) => a.articleId === target.id)!, entityId: stranger.id });
    const countOf = async (id: number) => (await coverageAsRead(db)).find((c) => c.entityId === id)?.articleCount ?? 0;
    const before = await countOf(stranger.id);
    expect(before).toBeGreaterThan(0);
    const outcome = await importExport(db, toJsonExport(file, WHEN, ALL));
    expect(outcome.ok && outcome.summary.added.appearances).toBe(1);
    expect(await countOf(stranger.id)).toBe(before + 1);
    await expectDerivedConsistent();
  });
});
