/**
 * Each article's lookup (ArticleRecord.lookup): what the log's search and entity-type filter read
 * instead of every article's content. Kept by saves and imports, derived (and written back) for an
 * article stored without one, never exported; and the search and the filter answer exactly as when
 * they read every content record.
 */
import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storedArticle } from '../../../bench/generate/stored-article';
import type { EntityKind } from '../../../lib/annotate/types';
import { toJsonExport } from '../../../lib/export/json';
import { writeImport } from '../../../lib/import/write-import';
import { attributionsOf } from '../../../lib/store/article-content';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { normalizeName } from '../../../lib/store/entity-key';
import { attributionId, readAll, readPacked } from '../../../lib/store/export-snapshot';
import { articlesNamingKind, searchLog, STATEMENT_LIMIT, type SearchResult } from '../../../lib/store/log-search';
import { articlesOfEntity } from '../../../lib/store/queries-log';
import type { AttributionRecord, EntityRecord } from '../../../lib/store/records';
import { saveArticle } from '../../../lib/store/save-article';
import { generateArticles } from '../../support/generate-articles';
import { expectLookupsRight } from '../../support/derived-check';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`lookup-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const WHEN = new Date('2026-04-07T10:00:00Z');
const ALL = { kind: 'all' } as const;
const KINDS = [undefined, 'person', 'organization', 'place'] as const;

/** The search as it was before lookups: every entity, then every article's content record. */
async function slowSearch(query: string, kind?: EntityKind): Promise<SearchResult> {
  const q = normalizeName(query);
  const articleIds = new Set<number>();
  if (!q) return { articleIds, entities: [], statements: [] };
  if (!kind) for (const a of await db.articles.toArray()) if (a.id !== undefined && normalizeName(a.title).includes(q)) articleIds.add(a.id);
  const all = await entityTable(db).toArray();
  const entities = all.filter(
    (e): e is EntityRecord & { id: number } => e.id !== undefined && (!kind || e.kind === kind) && [e.name, ...e.aliases].some((x) => normalizeName(x).includes(q)),
  );
  for (const e of entities) {
    for (const id of await articlesOfEntity(db, e.id)) articleIds.add(id);
  }
  const speakers = kind ? new Set(all.flatMap((e) => (e.id !== undefined && e.kind === kind ? [e.id] : []))) : undefined;
  const statements: AttributionRecord[] = [];
  for (const { articleId, attributions } of (await db.articleContent.toArray()).map(attributionsOf)) {
    attributions.forEach((a, i) => {
      if (speakers && (a.sourceEntityId === undefined || !speakers.has(a.sourceEntityId))) return;
      if (!normalizeName(`${a.source} ${a.cue} ${a.content ?? ''} ${a.quote.exact}`).includes(q)) return;
      articleIds.add(articleId);
      if (statements.length < STATEMENT_LIMIT) statements.push({ id: attributionId(articleId, i), articleId, ...a });
    });
  }
  return { articleIds, entities, statements };
}

/** The type filter as it was: the articles whose entity rows name an entity of the kind. */
async function slowKind(kind: EntityKind): Promise<Set<number>> {
  const ofKind = (await entityTable(db).toArray()).filter((e) => e.kind === kind);
  const out = new Set<number>();
  for (const e of ofKind) {
    for (const id of await articlesOfEntity(db, e.id)) out.add(id);
  }
  return out;
}

/** Queries of every sort: names (whole, part, folded), a cue, what was said, a title's words, nothing. */
async function queries(): Promise<string[]> {
  const entities = await entityTable(db).toArray();
  const person = entities.find((e) => e.kind === 'person');
  const place = entities.find((e) => e.kind === 'place');
  const org = entities.find((e) => e.kind === 'organization');
  return [person?.name ?? '', place?.name.toUpperCase() ?? '', org?.name.slice(2, 9) ?? '', 'said', 'situation was', 'week’s events', 'a', 'according to', 'no such thing anywhere'];
}

/** The search and the type filter answer as the slow path does, for every query and type. */
async function expectSameAsSlowPath(): Promise<void> {
  for (const q of await queries()) {
    for (const kind of KINDS) {
      const fast = await searchLog(db, q, kind);
      const slow = await slowSearch(q, kind);
      expect({ q, kind, ids: [...fast.articleIds].sort((a, b) => a - b) }).toEqual({ q, kind, ids: [...slow.articleIds].sort((a, b) => a - b) });
      expect(fast.entities).toEqual(slow.entities);
      expect(fast.statements).toEqual(slow.statements);
    }
  }
  for (const kind of ['person', 'organization', 'place'] as const) expect(await articlesNamingKind(db, kind)).toEqual(await slowKind(kind));
}

/** Removes the lookup from some articles, as if they were stored before lookups existed. */
async function forgetLookups(ids?: readonly number[]): Promise<void> {
  const all = (await db.articles.toArray()).filter((a) => !ids || (a.id !== undefined && ids.includes(a.id)));
  await db.articles.bulkPut(all.map(({ lookup: _gone, ...rest }) => rest));
}

describe('article lookups', () => {
  it('are kept by saves and re-saves', async () => {
    for (let i = 0; i < 8; i++) await saveArticle(db, storedArticle(i));
    // The same page read again with other content: its lookup follows.
    await saveArticle(db, { ...storedArticle(20), url: storedArticle(3).url, now: storedArticle(20).now });
    await expectLookupsRight(db, true);
    const lookup = (await db.articles.toArray())[0]?.lookup;
    expect(lookup?.entityIds.length).toBeGreaterThan(0);
    expect(lookup?.said.some(([, speaker]) => speaker > 0)).toBe(true);
  });

  it('are set by an import, and no export carries them', async () => {
    await writeImport(db, generateArticles(30, 21));
    await expectLookupsRight(db, true);
    // Merged into a store that has the articles already: recomputed, not duplicated.
    await writeImport(db, generateArticles(30, 21));
    await expectLookupsRight(db, true);
    const withLookups = toJsonExport(await readPacked(db), WHEN, ALL);
    expect(withLookups).not.toContain('"lookup"');
    expect((await readAll(db)).articles.some((a) => 'lookup' in a)).toBe(false);
    await forgetLookups();
    expect(toJsonExport(await readPacked(db), WHEN, ALL)).toBe(withLookups);
  });

  it('make the search and the type filter answer as reading every content record did', async () => {
    const data = generateArticles(60, 22);
    await writeImport(db, data);
    await expectSameAsSlowPath();
  });

  it('are derived for articles stored without one, the answers unchanged, and written back', async () => {
    await writeImport(db, generateArticles(40, 23));
    const ids = ((await db.articles.toCollection().primaryKeys()) as number[]).filter((_, i) => i % 2 === 0);
    await forgetLookups(ids);
    expect((await db.articles.bulkGet(ids)).every((a) => a?.lookup === undefined)).toBe(true);
    const kinds = await Promise.all((['person', 'organization', 'place'] as const).map((kind) => slowKind(kind)));
    // The filter alone derives them (reading the entities it needs): same answer as before.
    for (const [i, kind] of (['person', 'organization', 'place'] as const).entries()) expect(await articlesNamingKind(db, kind)).toEqual(kinds[i]);
    await vi.waitFor(async () => expect((await db.articles.bulkGet(ids)).every((a) => a?.lookup !== undefined)).toBe(true));
    await expectLookupsRight(db, true);
    // And the search, from every entity it read.
    await forgetLookups();
    const q = (await queries())[0] ?? '';
    expect(await searchLog(db, q)).toEqual(await slowSearch(q));
    await vi.waitFor(async () => expect((await db.articles.toArray()).every((a) => a.lookup !== undefined)).toBe(true));
    await expectLookupsRight(db, true);
    await expectSameAsSlowPath();
  });
});
