/**
 * Version 7: each entity's coverage record also says what the entity is and whether any incident names
 * it, so the popup reads no entity records and queries incidents only for entities incidents name. Saves
 * keep both right (a renamed entity, a new incident), the popup answers exactly as it does from entity
 * records and incident queries, and the upgrade from version 6 fills both in.
 */
import 'fake-indexeddb/auto';
import { pageOf } from '../../../lib/store/entity-store';
import { tableRecords } from '../../support/entity-table';
import { storedGroup, v8ArticleTables } from '../../support/article-parts';
import Dexie, { type DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation, Entity, Incident } from '../../../lib/annotate/types';
import { storedArticle } from '../../../bench/generate/stored-article';
import { articleView } from '../../../lib/store/article-view';
import { crossReference } from '../../../lib/store/cross-reference';
import { openDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, type SourcemarkDb } from '../../../lib/store/db';
import type { CoverageRecord } from '../../../lib/store/records';
import { saveArticle } from '../../../lib/store/save-article';
import { expectCoverageDescribed, expectDerivedRight } from '../../support/derived-check';

const opened: SourcemarkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Requests that read records, per table, counted below Dexie (what IndexedDB is asked). */
function countReads(db: SourcemarkDb): Map<string, number> {
  const reads = new Map<string, number>();
  const add = (table: string, n: number) => reads.set(table, (reads.get(table) ?? 0) + n);
  db.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => (add(name, 1), table.get(req)),
          getMany: (req) => (add(name, req.keys.length), table.getMany(req)),
          query: (req) => (add(name, 1), table.query(req)),
          openCursor: (req) => (add(name, 1), table.openCursor(req)),
          count: (req) => (add(name, 1), table.count(req)),
        };
      },
    }),
  });
  return reads;
}

/** Coverage records as a store written before version 7 (or by an import that did not know) holds them. */
function undescribed(c: CoverageRecord): CoverageRecord {
  return { entityId: c.entityId, articleCount: c.articleCount, latest: c.latest };
}

function entity(id: string, name: string, kind: Entity['kind'], text: string): Entity {
  const start = text.indexOf(name);
  return { id, name, kind, aliases: [], mentions: [{ start, end: start + name.length, text: name }] };
}

function input(n: number, text: string, entities: Entity[], incidents: Incident[] = []) {
  const annotation: Annotation = { version: 1, sentences: [], entities, attributions: [], incidents, wordCount: 10, truncated: false };
  return { url: `https://news.example/${n}`, title: `Story ${n}`, meta: { siteName: 'Example' }, text, annotation, now: 1000 * n };
}

describe('coverage records that describe their entity (version 7)', () => {
  it('follow every save: a longer name linked later, a role, a first incident at a place or naming an actor', async () => {
    const db = openDb('described-saves');
    opened.push(db);
    const a = 'Kadhimi met officials in Basra on Monday.';
    await saveArticle(db, input(1, a, [entity('p', 'Kadhimi', 'person', a), entity('b', 'Basra', 'place', a)]));
    await expectCoverageDescribed(db, undefined, true);
    const [kadhimi, basra] = await db.coverage.toArray();
    expect(kadhimi?.entity).toEqual({ name: 'Kadhimi', kind: 'person', aliases: [] });
    expect([kadhimi?.incidents, basra?.incidents]).toEqual([false, false]);

    const b = 'Mustafa al-Kadhimi said a drone hit Basra on Tuesday.';
    const full: Entity = { ...entity('p', 'Mustafa al-Kadhimi', 'person', b), role: 'prime minister' };
    const drone: Incident = {
      type: 'drone', location: 'Basra', locationEntityId: 'b', mentions: [{ start: 0, end: b.length }],
      claimedBy: [], deniedBy: [], blamedOn: [], date: '2026-01-02',
    };
    await saveArticle(db, input(2, b, [full, entity('b', 'Basra', 'place', b)], [drone]));
    await expectCoverageDescribed(db, undefined, true);
    expect((await db.coverage.get(kadhimi?.entityId ?? 0))?.entity).toMatchObject({ name: 'Mustafa al-Kadhimi', role: 'prime minister', aliases: ['Kadhimi'] });
    expect((await db.coverage.get(basra?.entityId ?? 0))?.incidents).toBe(true);
    expect((await db.coverage.get(kadhimi?.entityId ?? 0))?.incidents).toBe(false);

    const c = 'Kataib Hezbollah claimed the attack, Mustafa al-Kadhimi said.';
    const claimed: Incident = { ...drone, location: undefined, locationEntityId: undefined, claimedBy: ['Kataib Hezbollah'], mentions: [{ start: 0, end: 36 }] };
    await saveArticle(db, input(3, c, [entity('k', 'Kataib Hezbollah', 'organization', c), entity('p', 'Mustafa al-Kadhimi', 'person', c)], [claimed]));
    await expectCoverageDescribed(db, undefined, true);
    await expectDerivedRight(db);
  });

  it('let the popup read no entity records and skip the incident queries of entities no incident names, with the same answer', async () => {
    const db = openDb('described-view');
    opened.push(db);
    const reads = countReads(db);
    for (let i = 0; i < 25; i++) await saveArticle(db, storedArticle(i));
    await expectCoverageDescribed(db, undefined, true);
    const url = storedArticle(7).url;
    const article = await db.articles.where('url').equals(url).first();
    const coverage = await db.coverage.bulkGet((await storedGroup(db, article?.id ?? 0))?.rows.map((r) => r.entityId) ?? []);
    const named = coverage.filter((c) => c?.incidents === true).length;
    // The generated incidents name places and actors: some queries are made, not all.
    expect(named).toBeGreaterThan(0);
    expect(named).toBeLessThan(coverage.length);

    reads.clear();
    const view = await articleView(db, url);
    const cross = await crossReference(db, url);
    expect(reads.get('entityPages') ?? 0).toBe(0);
    // The article's own incidents, then one query per entity an incident names (a place may need two).
    const incidentQueries = reads.get('incidents') ?? 0;
    expect(incidentQueries).toBeGreaterThanOrEqual(1 + named);
    expect(incidentQueries).toBeLessThan(1 + coverage.length);

    // The same store as written before version 7: entity records and every incident query, same answer.
    await db.coverage.bulkPut((await db.coverage.toArray()).map(undescribed));
    reads.clear();
    expect(await articleView(db, url)).toEqual(view);
    expect(await crossReference(db, url)).toEqual(cross);
    // Each reads the pages its entities live in (version 10: one request per page, not per entity).
    const pages = new Set(coverage.map((c) => pageOf(c?.entityId ?? 0))).size;
    expect(reads.get('entityPages')).toBe(pages * 2);
    expect(reads.get('incidents')).toBeGreaterThanOrEqual(1 + coverage.length);
  }, 60_000);

  it('are filled in by the upgrade from version 6', async () => {
    const filled = openDb('described-filled');
    opened.push(filled);
    for (let i = 0; i < 12; i++) await saveArticle(filled, storedArticle(i));
    const name = 'described-upgrade';
    const v6 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6].forEach((schema, k) => v6.version(k + 1).stores(schema));
    await v6.open();
    const tables = ['articles', 'entities', 'incidents'] as const;
    for (const t of tables) await v6.table(t).bulkAdd(await tableRecords(filled, t));
    const old = await v8ArticleTables(filled);
    for (const t of ['articleTexts', 'articleEntities', 'articleAttributions'] as const) await v6.table(t).bulkAdd(old[t]);
    await v6.table('coverage').bulkAdd((await filled.coverage.toArray()).map(undescribed));
    v6.close();

    const db = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(12);
    expect(await db.coverage.toArray()).toEqual(await filled.coverage.toArray());
    await expectCoverageDescribed(db, undefined, true);
  }, 60_000);
});
