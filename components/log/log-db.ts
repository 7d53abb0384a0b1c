import { openDb } from '@/lib/store/db';
import { openSettingsDb } from '@/lib/store/settings-db';

/** The extension's database, opened once for the log page (an extension page may use it directly). */
export const logDb = openDb();

/** The settings database, for the reader's own actors and places that the JSON export carries. */
export const logSettingsDb = openSettingsDb();
