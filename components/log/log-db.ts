import { openDb } from '@/lib/store/db';

/**
 * The extension's database, opened once for the log page (an extension page may use it directly).
 * Opening starts as soon as this module runs, so it overlaps the first render instead of waiting for
 * the first query; a failure is reported again, to the view, by every query.
 */
export const logDb = openDb();
logDb.open().catch((error: unknown) => console.warn('Sourcemark: the reading log could not open its database', error));
