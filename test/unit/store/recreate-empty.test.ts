import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteEverything } from '../../../lib/store/delete';
import { DeleteBlockedError, recreateEmpty } from '../../../lib/store/recreate-empty';
import { openSettingsDb } from '../../../lib/store/settings-db';
import { saveArticle as save } from '../../../lib/store/save-article';
import { storedArticle } from '../../../bench/generate/stored-article';

/** Saves the generated article `i` (30 entities). */
const saveArticle = (db: SourcemarkDb, i: number) => save(db, storedArticle(i));

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function fresh(name = `recreate-${++n}`): SourcemarkDb {
  const db = openDb(name);
  opened.push(db);
  return db;
}

describe('recreateEmpty / deleteEverything', () => {
  it('leaves an empty database at the same version, and every connection to it working without reopening by hand', async () => {
    const db = fresh();
    const other = openDb(db.name); // another page's connection (the popup's, the background's)
    await saveArticle(db, 0);
    await saveArticle(db, 1);
    expect(await other.articles.count()).toBe(2);
    const version = db.backendDB().version;

    const summary = await deleteEverything(db);

    expect(summary.articles).toBe(2);
    expect(summary.entities).toBeGreaterThan(0);
    expect(db.backendDB().version).toBe(version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articleContent', 'articles', 'coverage', 'entityArticles', 'entityPages', 'incidents']);
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    // The other connection was closed by the deletion and opens again on its next use, on the new store.
    expect(await other.articles.count()).toBe(0);
    await saveArticle(other, 2);
    expect(await db.articles.count()).toBe(1);
    other.close();
  });

  it('keeps the reader’s settings, which live in their own database', async () => {
    const db = fresh();
    const settings = openSettingsDb(`recreate-settings-${n}`);
    opened.push(settings);
    await settings.sites.put({ site: 'example.org', enabled: true, changedAt: 1 });
    await saveArticle(db, 0);
    await deleteEverything(db);
    expect(await settings.sites.count()).toBe(1);
  });

  it('deletes nothing when another connection will not close, even after that connection lets go', async () => {
    const db = fresh();
    await saveArticle(db, 0);
    const version = db.backendDB().version;
    // A connection that ignores "versionchange" (every Sourcemark connection closes on it).
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

    await expect(recreateEmpty(db)).rejects.toBeInstanceOf(DeleteBlockedError);

    stubborn.close();
    expect(await db.articles.count()).toBe(1);
    expect(db.backendDB().version).toBe(version);
  });
});
