/**
 * The reading log's first screen read with IndexedDB alone, without Dexie: the newest articles, with
 * the counts they carry. The log page starts it from a small classic script in its head
 * (entrypoints/log-first-screen.ts), so opening the database and reading the rows overlap the loading
 * of React and Dexie instead of following them; the list then starts from these rows, and Dexie's live
 * queries take over. It never creates or upgrades the database, and it answers nothing (the list then
 * reads through Dexie as before) whenever the store is not what it expects.
 */
import type { ArticleRecord } from './records';

/** The database's name: DB_NAME of db.ts, repeated so this file does not load Dexie (a test checks it). */
export const LOG_DB_NAME = 'sourcemark';

/** Rows read for the first screen: more than a tall window shows. */
export const FIRST_SCREEN = 30;

/** Where the log page's head script leaves the read (a promise that never rejects). */
export const FIRST_SCREEN_GLOBAL = '__sourcemarkLogFirstScreen';

/** An article as stored, with its id. */
export type StoredArticle = ArticleRecord & { id: number };

/** The parts of a stored article the list shows; anything else makes the whole read void. */
function isArticle(value: unknown): value is StoredArticle {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Partial<Record<keyof StoredArticle, unknown>>;
  return typeof a.id === 'number' && typeof a.url === 'string' && typeof a.title === 'string' && typeof a.lastVisited === 'number';
}

/** The request's result, once it succeeds. */
function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

/** IDBIndex.getAllRecords (Chromium 141+): records in either direction in one request. Not in TS's DOM types yet. */
type GetAllRecords = (options: { direction: IDBCursorDirection; count: number }) => IDBRequest<Array<{ value: unknown }>>;

/** The `limit` values last in the index, last first: one request where the browser has getAllRecords, else a cursor. */
async function newestValues(index: IDBIndex, limit: number): Promise<unknown[]> {
  const getAllRecords = (index as IDBIndex & { getAllRecords?: GetAllRecords }).getAllRecords;
  if (typeof getAllRecords === 'function') {
    return (await result(getAllRecords.call(index, { direction: 'prev', count: limit }))).map((r) => r.value);
  }
  const values: unknown[] = [];
  const request = index.openCursor(null, 'prev');
  return new Promise((resolve, reject) => {
    request.onerror = () => reject(request.error ?? new Error('IndexedDB cursor failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor || values.length >= limit) return resolve(values);
      values.push(cursor.value);
      cursor.continue();
    };
  });
}

/**
 * The newest `limit` articles (by lastVisited), newest first, or undefined when there is no database,
 * no such store or index, or a record that does not look like an article. Closes its connection as soon
 * as it has read, so it never holds back an upgrade.
 */
export function readFirstScreen(factory: IDBFactory, name: string = LOG_DB_NAME, limit: number = FIRST_SCREEN): Promise<StoredArticle[] | undefined> {
  return new Promise((resolve) => {
    const fail = (error: unknown) => {
      console.warn('Sourcemark: the log could not read its first screen early; it reads it with the page', error);
      resolve(undefined);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch (error) {
      return fail(error);
    }
    // No database yet: abort its creation, which is Dexie's to do (with the schema and its version).
    let absent = false;
    request.onupgradeneeded = () => {
      absent = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (absent) resolve(undefined);
      else fail(request.error);
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      const done = (articles: StoredArticle[] | undefined) => {
        db.close();
        resolve(articles);
      };
      try {
        if (!db.objectStoreNames.contains('articles')) return done(undefined);
        const store = db.transaction('articles', 'readonly').objectStore('articles');
        if (!store.indexNames.contains('lastVisited')) return done(undefined);
        newestValues(store.index('lastVisited'), limit).then(
          (values) => done(values.every(isArticle) ? values : undefined),
          (error: unknown) => {
            db.close();
            fail(error);
          },
        );
      } catch (error) {
        db.close();
        fail(error);
      }
    };
  });
}
