/**
 * Sourcemark's database. It lives in the EXTENSION's IndexedDB (background and extension pages), never
 * in a page's: a content script's IndexedDB belongs to the site it runs on.
 *
 * Versions: 1 (foundation: articles, entities, mentions); 2 (cross-article identity by alias keys,
 * appearances for earlier coverage, attributions, incidents); 3 (the same records, without the indexes
 * nothing queries); 4 (an article's mentions in one record, a per-entity article count, incidents
 * indexed by place and date); 5 (an article's appearances and attributions in one record each,
 * each entity's earlier coverage kept ready, each article's log counts kept on it); 6 (each article's
 * text kept once, its mentions, rows and attributions as positions into it); 7 (each entity's coverage
 * says what the entity is and whether incidents name it); 8 (no entity name index, coverage derived
 * lazily where an import left it unwritten); 9 (an article's text, entity rows and attributions in
 * one record); 10 (entities stored 32 to a record); 11 (an import lists articles under their entities in
 * pages, not in an index); 12 (coverage found by its entity's key, carrying the entity's record). Every version stays declared so a browser holding any earlier one upgrades in place.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  ArticleContentRecord,
  ArticleRecord,
  CoverageRecord,
  EntityArticlesRecord,
  EntityPageRecord,
  IncidentRecord,
} from './records';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV4 } from './upgrade-v4';
import { upgradeToV5 } from './upgrade-v5';
import { upgradeToV7 } from './upgrade-v7';
import { upgradeToV9 } from './upgrade-v9';
import { upgradeToV10 } from './upgrade-v10';
import { upgradeToV12 } from './upgrade-v12';

/**
 * The Dexie database with its typed tables (version 12's: the tables earlier versions dropped are
 * reached by name, in the upgrades only). Entities are read and written through entity-store.ts only.
 */
export type SourcemarkDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  entityPages: Table<EntityPageRecord, number>;
  entityArticles: Table<EntityArticlesRecord, number>;
  coverage: Table<CoverageRecord, number>;
  articleContent: Table<ArticleContentRecord, number>;
  incidents: EntityTable<IncidentRecord, 'id'>;
};

export const DB_NAME = 'sourcemark';

/** The schema of version 1, kept so upgrades from it can be declared and tested. */
export const SCHEMA_V1 = {
  articles: '++id, &url, lastVisited, site',
  entities: '++id, &key, name, kind',
  mentions: '++id, articleId, entityId, [entityId+articleId]',
};

/** The schema of version 2, kept so upgrades from it can be declared and tested. */
export const SCHEMA_V2 = {
  articles: '++id, &url, lastVisited, firstVisited, site, publishedTime',
  entities: '++id, &key, name, kind, *aliasKeys',
  mentions: '++id, articleId, entityId, [entityId+articleId]',
  appearances: '[entityId+articleId], articleId, [entityId+visited]',
  attributions: '++id, articleId, sourceEntityId, anonymous',
  incidents: '++id, &key, type, placeEntityId, date, *actorEntityIds, *articleIds',
};

/**
 * Version 3 drops the indexes nothing queries (articles' firstVisited and publishedTime, entities'
 * kind, mentions' [entityId+articleId], attributions' anonymous, incidents' type): every save wrote an
 * entry in each. Records are unchanged, so the upgrade needs no function.
 */
export const SCHEMA_V3 = {
  articles: '++id, &url, lastVisited, site',
  entities: '++id, &key, name, *aliasKeys',
  mentions: '++id, articleId, entityId',
  appearances: '[entityId+articleId], articleId, [entityId+visited]',
  attributions: '++id, articleId, sourceEntityId',
  incidents: '++id, &key, placeEntityId, date, *actorEntityIds, *articleIds',
};

/**
 * Version 4 stores an article's mentions as ONE record (`articleMentions`, keyed by article id)
 * instead of one record each: IndexedDB's cost is per record, and mentions were half of all records,
 * always read, written and deleted per article. Entities carry their article count (see
 * EntityRecord.articleCount), and incidents gain [placeEntityId+date] so the popup reads only the
 * latest incidents at a place. The upgrade (upgrade-v4.ts) moves the mentions and counts.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  mentions: null,
  articleMentions: 'articleId',
  incidents: '++id, &key, placeEntityId, [placeEntityId+date], date, *actorEntityIds, *articleIds',
};

/**
 * Version 5 groups what an article's save writes into a few records (IndexedDB's write cost is per
 * record: a save wrote 70-odd, an import of 10,000 articles 400,000): its appearances become one
 * `articleEntities` record (multi-entry `*entityVisits` of [entityId, visited] keeps "the newest
 * articles naming X" one index range), its attributions one `articleAttributions` record. Each entity's
 * popup answer (article count and newest rows, self-contained) is kept in `coverage`, so the popup's
 * cross-reference is one bulk read, and a save rewrites only the entities whose linking changed.
 * Articles carry their log counts. The upgrade (upgrade-v5.ts) regroups and derives all of it.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  appearances: null,
  attributions: null,
  articleEntities: 'articleId, *entityVisits',
  articleAttributions: 'articleId, *sourceEntityIds',
  coverage: 'entityId',
};

/**
 * Version 6 keeps each article's text ONCE (`articleTexts`, keyed by article id, read by no list)
 * with its mentions, entity rows and attributions as positions into it (ArticleTextRecord): the
 * article's mentions are no longer stored whole (no ArticleMentionsRecord), and the export reads
 * these compact records instead of tens of thousands of quote-bearing objects. Articles stored
 * before keep their records as they are (they have no text to point into), so the upgrade needs no
 * function and rewrites nothing: every reader takes either form (article-text.ts, article-mentions.ts).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  articleTexts: 'articleId',
};

/**
 * Version 7 changes no index: each entity's coverage record also says what the entity is (name, kind,
 * role…) and whether any incident is at or involves it, so a popup opening reads its entities'
 * coverage and nothing else about them, and queries incidents only for entities they name: a third as
 * many requests. The upgrade (upgrade-v7.ts) fills both in.
 */
export const SCHEMA_V7 = SCHEMA_V6;

/**
 * Version 8 drops the entities' `name` index: every entity a save or an import writes paid an entry in
 * it (an import of 10,000 articles writes 20,000 entities), for one read that sorts them all (the
 * log's entity index, sorted in memory now: queries-log.ts entityList). Coverage records become lazy
 * at the same time: an import leaves them unwritten and readers derive a missing one from the
 * articles (coverage-upkeep.ts), so a missing record no longer means "no article names the entity".
 * Records are unchanged, so the upgrade needs no function: Dexie deletes the index.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  entities: '++id, &key, *aliasKeys',
};

/**
 * Version 9 keeps everything of an article that is only ever read, written and deleted per article in
 * ONE record (`articleContent`, ArticleContentRecord): its text with its mentions, entity rows and
 * attributions as positions (or whole, for an article without a packable text), and the two lists the
 * queries across articles index (`*entityVisits`, `*sourceEntityIds`). Before, an article had a text
 * record, an entity-rows record and an attributions record, the rows and attributions stored twice
 * (whole and as positions): IndexedDB's write cost is per record and per byte, so a save, an import
 * and a delete now write one record where they wrote three, of half the bytes. The upgrade
 * (upgrade-v9.ts) builds the records from the four tables it replaces, which Dexie then deletes.
 */
export const SCHEMA_V9 = {
  ...SCHEMA_V8,
  articleMentions: null,
  articleTexts: null,
  articleEntities: null,
  articleAttributions: null,
  articleContent: 'articleId, *entityVisits, *sourceEntityIds',
};

/**
 * Version 10 stores the entities ENTITY_PAGE (32) to a record (`entityPages`, EntityPageRecord; read and
 * written through entity-store.ts only): an entity's id is its page × 32 + its slot, so every id stored
 * before (in incidents, articles' content and lookup, coverage, exports) stays valid and a read by id is
 * one request. IndexedDB's write cost is per record far more than per byte: an import of 10,000
 * articles wrote 20,000 entity records, a third of its records, and now writes 625 (measured with
 * bench/storage/idb-costs.ts: 20,000 entities in pages were written 3 times faster than as records,
 * with the same key and alias index entries). A lookup by key or alias key answers whole pages, so
 * the linker no longer reads every person sharing a surname up front (link-entities.ts: with 300
 * generated articles that read answered ~220 pages per save, 1.3 MB, and made saves four times
 * slower; now ~16 pages). The
 * key index is no longer unique (a page holds many keys): linking and the import keep keys unique, as
 * they did before. The upgrade (upgrade-v10.ts)
 * moves every entity into its page, in one pass.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V9,
  entities: null,
  entityPages: 'id, *keys, *aliasKeys',
};

/**
 * Version 11 stops an import from paying `*entityVisits` (~30 index entries per article, 300,000 for
 * an import of 10,000 articles: its largest index cost): the content records an import writes leave
 * it empty and say so (`posted`), and the articles they name are listed per entity in
 * `entityArticles`, one record per entity page (EntityArticlesRecord; entity-articles.ts), written
 * once per import. Saves keep the index (a save's 30 entries cost less than rewriting the ~20 pages
 * its entities live in); the queries across articles read both (coverage-upkeep.ts, queries-log.ts),
 * and a save or a deletion of an imported article takes it off its pages. Measured in this Chromium
 * (bench/storage/idb-costs.ts): a content record with its 30 entries cost twice a plain put, whether
 * the entries were [entityId, visited] pairs or plain numbers, so smaller keys would not have helped.
 * Importing 3,000 generated articles into a new database (bench page, loaded machine, alternating runs):
 * writing took 13.5 s instead of 15.6 s (median of 12), the whole import 18.8 s instead of 21.5 s (of 8).
 * The incidents lose `date`, read by one query that orders every incident (the log's timeline, which
 * now sorts them itself): one entry less per incident saved or imported. Records are unchanged, so
 * the upgrade needs no function: every content record stored before keeps its index entries.
 */
export const SCHEMA_V11 = {
  ...SCHEMA_V10,
  entityArticles: 'id',
  incidents: '++id, &key, placeEntityId, [placeEntityId+date], *actorEntityIds, *articleIds',
};

/**
 * Version 12 lets a save find an entity and its coverage in ONE request by key: coverage records carry
 * their entity's key (indexed) and whole record (CoverageRecord.key, .entityRecord), kept current by the
 * writers that keep `entity` current (describeCoverage). A save's cost is per request far more than
 * per byte: at 10,000 generated articles it issued 96, of which 30 were its entities' page lookups by
 * key (answering ~25 pages, 150 kB) and 30 their coverage reads; the coverage lookup by key answers
 * both (coverage-by-key.ts), and an entity without such a record (no coverage, or coverage written
 * before) is looked up in its page as before. The key index is not unique: linking keeps keys unique,
 * and a lookup answering more than one record falls back to the pages. The upgrade (upgrade-v12.ts)
 * gives every coverage record its entity's key and record; coverage an import leaves underived
 * (version 8) has none until a reader or a save derives it, and its entities are found in their pages.
 */
export const SCHEMA_V12 = {
  ...SCHEMA_V11,
  coverage: 'entityId, key',
};

/** Opens (or creates, or upgrades) the database; pass another name in tests to keep them apart. */
export function openDb(name: string = DB_NAME): SourcemarkDb {
  const db = new Dexie(name) as SourcemarkDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  db.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
  db.version(8).stores(SCHEMA_V8);
  db.version(9).stores(SCHEMA_V9).upgrade(upgradeToV9);
  db.version(10).stores(SCHEMA_V10).upgrade(upgradeToV10);
  db.version(11).stores(SCHEMA_V11);
  db.version(12).stores(SCHEMA_V12).upgrade(upgradeToV12);
  return db;
}
