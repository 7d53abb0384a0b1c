/**
 * The one settings-database connection of an extension page (popup or options): Dexie's live queries
 * see the writes of every other page and the background through the same database name.
 */
import { openSettingsDb } from '@/lib/store/settings-db';

/** Shared by the site switch and the options page's sections. */
export const settingsDb = openSettingsDb();
