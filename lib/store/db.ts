/**
 * Sourcemark's database. It lives in the EXTENSION's IndexedDB (background and extension pages), never
 * in a page's: a content script's IndexedDB belongs to the site it runs on.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { ArticleRecord, EntityRecord, MentionRecord } from './records';

/** The Dexie database with its typed tables. */
export type SourcemarkDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  entities: EntityTable<EntityRecord, 'id'>;
  mentions: EntityTable<MentionRecord, 'id'>;
};

export const DB_NAME = 'sourcemark';

/** Opens (or creates) the database; pass another name in tests to keep them apart. */
export function openDb(name: string = DB_NAME): SourcemarkDb {
  const db = new Dexie(name) as SourcemarkDb;
  db.version(1).stores({
    articles: '++id, &url, lastVisited, site',
    entities: '++id, &key, name, kind',
    mentions: '++id, articleId, entityId, [entityId+articleId]',
  });
  return db;
}
