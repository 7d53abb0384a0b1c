import { openSettingsDb } from '@/lib/store/settings-db';

/**
 * The settings database, for the reader's own actors and places that the JSON export carries and the
 * import restores. Apart from log-db.ts so that only the export and import panels load it (and the zod
 * schemas it validates with): the first screen of the log does not need them.
 */
export const logSettingsDb = openSettingsDb();
