import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeImport } from '../../../lib/import/write-import';
import { DB_NAME, openDb, type SourcemarkDb } from '../../../lib/store/db';
import { FIRST_SCREEN, LOG_DB_NAME, readFirstScreen } from '../../../lib/store/log-first-screen';
import { articleOrder, articleSummaries } from '../../../lib/store/queries-log';
import { generateArticles } from '../../support/generate-articles';

let n = 0;
const opened: SourcemarkDb[] = [];
function fresh(): { name: string; db: SourcemarkDb } {
  const name = `first-screen-${++n}`;
  const db = openDb(name);
  opened.push(db);
  return { name, db };
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

/** Whether a database of this name exists (without creating one). */
async function exists(name: string): Promise<boolean> {
  return (await indexedDB.databases()).some((d) => d.name === name);
}

describe('the log page’s early first screen', () => {
  it('names the database Dexie opens', () => {
    expect(LOG_DB_NAME).toBe(DB_NAME);
  });

  it('reads the newest articles, newest first, with the counts the list shows', async () => {
    const { name, db } = fresh();
    await writeImport(db, generateArticles(45, 2));
    db.close();
    const early = await readFirstScreen(indexedDB, name, 10);
    await db.open();
    const order = await articleOrder(db);
    expect(early?.map((a) => a.id)).toEqual(order.ids.slice(0, 10));
    const summaries = await articleSummaries(db, order.ids.slice(0, 10));
    expect(early?.map((a) => ({ id: a.id, ...a.counts }))).toEqual(summaries.map(({ article, ...c }) => ({ id: article.id, ...c })));
    expect((await readFirstScreen(indexedDB, name))?.length).toBe(FIRST_SCREEN);
  });

  it('reads the same rows through a cursor where the browser has no getAllRecords', async () => {
    const { name, db } = fresh();
    await writeImport(db, generateArticles(25, 3));
    const withRecords = await readFirstScreen(indexedDB, name, 7);
    const proto = IDBIndex.prototype as IDBIndex & { getAllRecords?: unknown };
    const saved = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
    Object.defineProperty(proto, 'getAllRecords', { value: undefined, configurable: true, writable: true });
    try {
      expect(await readFirstScreen(indexedDB, name, 7)).toEqual(withRecords);
    } finally {
      if (saved) Object.defineProperty(proto, 'getAllRecords', saved);
      else delete proto.getAllRecords;
    }
    expect(withRecords?.map((a) => a.id)).toEqual((await articleOrder(db)).ids.slice(0, 7));
  });

  it('answers nothing, and creates nothing, when there is no database yet', async () => {
    const name = `first-screen-absent-${++n}`;
    expect(await readFirstScreen(indexedDB, name)).toBeUndefined();
    expect(await exists(name)).toBe(false);
    // Dexie then creates it with its schema, as if nothing had looked.
    const db = openDb(name);
    opened.push(db);
    await db.open();
    // The same version a database never looked at gets: the latest schema, whichever it is.
    const untouched = openDb(`${name}-untouched`);
    opened.push(untouched);
    await untouched.open();
    expect(db.verno).toBe(untouched.verno);
    expect(db.tables.map((t) => t.name).sort()).toEqual(untouched.tables.map((t) => t.name).sort());
  });

  it('answers nothing for a database without the articles it reads, or with a record that is not one', async () => {
    const name = `first-screen-other-${++n}`;
    await new Promise<void>((ok, fail) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore('other');
      req.onsuccess = () => (req.result.close(), ok());
      req.onerror = () => fail(req.error);
    });
    expect(await readFirstScreen(indexedDB, name)).toBeUndefined();
    await new Promise((ok) => (indexedDB.deleteDatabase(name).onsuccess = ok));

    const { name: broken, db } = fresh();
    await writeImport(db, generateArticles(5, 4));
    const newest = (await articleOrder(db)).ids[0]!;
    await db.articles.update(newest, { title: 42 as unknown as string });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await readFirstScreen(indexedDB, broken)).toBeUndefined();
  });

  it('lets go of the database at once: an upgrade after it is not blocked', async () => {
    const { name, db } = fresh();
    await writeImport(db, generateArticles(5, 5));
    db.close();
    await readFirstScreen(indexedDB, name);
    const version = await new Promise<number>((ok, fail) => {
      const req = indexedDB.open(name, 1000);
      req.onblocked = () => fail(new Error('blocked by a connection left open'));
      req.onsuccess = () => {
        const v = req.result.version;
        req.result.close();
        ok(v);
      };
      req.onerror = () => fail(req.error);
    });
    expect(version).toBe(1000);
  });
});
