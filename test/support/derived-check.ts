/**
 * What the store keeps derived (version 5: each entity's coverage, each article's log counts; each
 * article's lookup for the log's search and type filter),
 * recomputed from scratch from the records it is derived from, so tests can compare the kept copy
 * after any sequence of saves, re-saves, deletions, upgrades or imports.
 */
import { expect } from 'vitest';
import { entityTable } from './entity-table';
import { articleCounts } from '../../lib/store/article-counts';
import { coverageEntity, coverageFrom, incidentEntityIds } from '../../lib/store/coverage';
import { readCoverage } from '../../lib/store/coverage-upkeep';
import type { SourcemarkDb } from '../../lib/store/db';
import { normalizeName } from '../../lib/store/entity-key';
import type { ArticleLookup, ArticleRecord, CoverageRecord } from '../../lib/store/records';
import { storedAttributionGroups, storedGroups } from './article-parts';

/** Coverage recomputed from every stored entity-rows record and article, by entity id. */
export async function recomputedCoverage(db: SourcemarkDb): Promise<CoverageRecord[]> {
  const [groups, articles] = await Promise.all([storedGroups(db), db.articles.toArray()]);
  const byId = new Map(articles.flatMap((a) => (a.id === undefined ? [] : [[a.id, { ...a, id: a.id }] as const])));
  return [...coverageFrom(groups, byId).values()].sort((a, b) => a.entityId - b.entityId);
}

/** Every article's counts recomputed from its entity rows, attributions and incidents. */
export async function recomputedCounts(db: SourcemarkDb): Promise<Array<Pick<ArticleRecord, 'id' | 'counts'>>> {
  const [articles, groups, attributions, entities, incidents] = await Promise.all([
    db.articles.toArray(),
    storedGroups(db),
    storedAttributionGroups(db),
    entityTable(db).toArray(),
    db.incidents.toArray(),
  ]);
  const kind = new Map(entities.map((e) => [e.id, e.kind]));
  return articles.map((a) => ({
    id: a.id,
    counts: articleCounts(
      (groups.find((g) => g.articleId === a.id)?.rows ?? []).map((r) => kind.get(r.entityId)),
      attributions.find((g) => g.articleId === a.id)?.attributions ?? [],
      incidents.filter((i) => i.articleIds.includes(a.id ?? 0)).length,
    ),
  }));
}

/** Every article's lookup recomputed from its entity rows, their entities' kinds and its attributions. */
export async function recomputedLookups(db: SourcemarkDb): Promise<Array<{ id: number | undefined; lookup: ArticleLookup }>> {
  const [articles, groups, attributions, entities] = await Promise.all([db.articles.toArray(), storedGroups(db), storedAttributionGroups(db), entityTable(db).toArray()]);
  const kind = new Map(entities.map((e) => [e.id, e.kind]));
  return articles.map((a) => {
    const entityIds = (groups.find((g) => g.articleId === a.id)?.rows ?? []).map((r) => r.entityId);
    const kinds = [...new Set(entityIds.flatMap((id) => kind.get(id) ?? []))].sort();
    const said = (attributions.find((g) => g.articleId === a.id)?.attributions ?? []).map(
      (s): [string, number] => [normalizeName(`${s.source} ${s.cue} ${s.content ?? ''} ${s.quote.exact}`), s.sourceEntityId ?? 0],
    );
    return { id: a.id, lookup: { entityIds, kinds, said } };
  });
}

/**
 * Every article's lookup, where it has one, is the recomputed one (an article stored before lookups
 * existed, or upgraded, has none until the log derives it); with `all`, every article has one.
 */
export async function expectLookupsRight(db: SourcemarkDb, all = false): Promise<void> {
  const articles = await db.articles.toArray();
  const expected = await recomputedLookups(db);
  const kept = articles.map((a, i) => ({ id: a.id, lookup: a.lookup ?? (all ? undefined : expected[i]?.lookup) }));
  expect(kept).toEqual(expected);
}

/**
 * What version 7 adds to coverage records is never wrong: an entity part, when there, is the entity
 * record's; `incidents: false` only for an entity no stored incident names. With `complete`, every
 * record also carries both (what saves and the upgrade write).
 */
export async function expectCoverageDescribed(db: SourcemarkDb, kept?: readonly CoverageRecord[], complete = false): Promise<void> {
  const records = kept ?? (await db.coverage.toArray());
  const [entities, incidents] = await Promise.all([entityTable(db).toArray(), db.incidents.toArray()]);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const named = new Set(incidents.flatMap(incidentEntityIds));
  for (const c of records) {
    const entity = byId.get(c.entityId);
    if (c.entity !== undefined || complete) expect({ entityId: c.entityId, entity: c.entity }).toEqual({ entityId: c.entityId, entity: entity && coverageEntity(entity) });
    if (c.incidents === false || complete) expect({ entityId: c.entityId, incidents: c.incidents }).toEqual({ entityId: c.entityId, incidents: named.has(c.entityId) });
    // Version 12: the entity's key and whole record, when there, are its page's (a save links by them).
    if (c.key !== undefined || c.entityRecord !== undefined) {
      const { id: _id, ...whole } = entity ?? { id: 0 };
      expect({ entityId: c.entityId, key: c.key, entityRecord: c.entityRecord }).toEqual({ entityId: c.entityId, key: entity?.key, entityRecord: entity && whole });
    }
  }
}

/**
 * Every entity's coverage as readers see it (readCoverage): its stored record, or, where an import
 * left none (version 8), the one derived from the articles; none for an entity no article names.
 */
export async function coverageAsRead(db: SourcemarkDb): Promise<CoverageRecord[]> {
  const ids = (await entityTable(db).toCollection().primaryKeys()) as number[];
  const { records } = await readCoverage(db, ids);
  return records.filter((r): r is CoverageRecord => r !== undefined).sort((a, b) => a.entityId - b.entityId);
}

/**
 * The kept coverage is exactly the recomputed one (no record for an entity no article names), and
 * every article's counts and lookup (where it has one) are the recomputed ones. With `lazy` (after an import, version 8), the
 * coverage as readers see it (coverageAsRead): records kept where they are, derived where not.
 */
export async function expectDerivedRight(db: SourcemarkDb, lazy = false): Promise<void> {
  const kept = lazy ? await coverageAsRead(db) : (await db.coverage.toArray()).sort((a, b) => a.entityId - b.entityId);
  expect(kept.map(({ entityId, articleCount, latest }) => ({ entityId, articleCount, latest }))).toEqual(await recomputedCoverage(db));
  await expectCoverageDescribed(db, kept);
  const counts = (await db.articles.toArray()).map((a) => ({ id: a.id, counts: a.counts }));
  expect(counts).toEqual(await recomputedCounts(db));
  await expectLookupsRight(db);
}
