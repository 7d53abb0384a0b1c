import { openDb } from '@/lib/store/db';

/** The extension's database, opened once for the log page (an extension page may use it directly). */
export const logDb = openDb();
