/**
 * Empties Sourcemark's database by deleting it and creating it again at the current version, instead of
 * clearing its tables: Chromium's IndexedDB keeps a cleared table's records on disk until it compacts
 * them, and every read walks them meanwhile (an import right after a clear took 30–100 % longer than
 * into a new database). Deleting a database is all or nothing in IndexedDB; what can go wrong is a
 * connection elsewhere that does not let go (every Sourcemark connection is Dexie's, which closes on
 * "versionchange" and opens again on its next use). A deletion request cannot be withdrawn once made,
 * so the connections are asked first, with an opening at the next version that is always aborted: if
 * one holds on ("blocked"), nothing is deleted, and when it lets go later the probe is aborted still.
 */
import Dexie from 'dexie';

/** Thrown when another connection keeps the database open: nothing was deleted (deleteFailureMessage). */
export class DeleteBlockedError extends Error {
  override name = 'DeleteBlockedError';
}

/** Waits for an IndexedDB request, with its error as the rejection (the event is handled, not left to bubble). */
function settled(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = (event) => {
      event.preventDefault();
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });
}

/**
 * Deletes `db`'s database only if every other connection closes when asked; resolves once it is gone.
 * The deletion is requested from within the probe's upgrade, where no other connection is open, so it
 * runs before any opening queued after it.
 */
function deleteIfUnblocked(factory: IDBFactory, name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    let deletion: Promise<void> | undefined;
    const probe = factory.open(name, version + 1);
    probe.onblocked = () => {
      blocked = true;
      reject(new DeleteBlockedError('another Sourcemark page keeps the database open'));
    };
    probe.onupgradeneeded = () => {
      if (!blocked) deletion = settled(factory.deleteDatabase(name));
      probe.transaction?.abort();
    };
    probe.onsuccess = () => {
      // Not reached (the upgrade is always aborted), but never keep a connection at a version Dexie does not know.
      probe.result.close();
      reject(new Error('the database could not be emptied: its version changed meanwhile'));
    };
    probe.onerror = (event) => {
      event.preventDefault();
      if (deletion) deletion.then(resolve, reject);
      else if (!blocked) reject(probe.error ?? new Error('the database could not be emptied'));
    };
  });
}

/**
 * Replaces `db`'s database by an empty one of the same schema, and leaves `db` open on it. Views reading
 * it through live queries are told every table changed (an empty table cleared costs nothing).
 */
export async function recreateEmpty(db: Dexie): Promise<void> {
  await db.open();
  const version = db.backendDB().version;
  db.close({ disableAutoOpen: false });
  await deleteIfUnblocked(Dexie.dependencies.indexedDB, db.name, version);
  await db.open();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}
