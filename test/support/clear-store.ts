/**
 * Empties every table of the reading log's store, as tests of the log's own modules need between
 * runs (without depending on the delete path, which other tests cover).
 */
import type { SourcemarkDb } from '../../lib/store/db';

/** Clears every table in one transaction. */
export async function clearStore(db: SourcemarkDb): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}
