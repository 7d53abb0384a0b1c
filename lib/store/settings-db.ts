/**
 * The reader's settings: which sites Sourcemark may annotate on its own, and the actors and places the
 * reader taught it. A database of its own (not a table of `sourcemark`) because settings are tiny,
 * change on their own schedule, and must survive a wipe or an import of the reading log; it also spares
 * the log's schema a migration. Like the log, it lives in the EXTENSION's IndexedDB (background,
 * popup, options page): no page can open it.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { z } from 'zod';
import { KnowledgeEntrySchema } from '../knowledge/schema';

/** One rule of the site list: Sourcemark on or off for a site and its subdomains. */
export const SiteRuleSchema = z.object({
  /** Site key (see lib/sites/host.ts): lower-case host without "www.". */
  site: z.string().min(1).max(253),
  enabled: z.boolean(),
  changedAt: z.number(),
});
export type SiteRule = z.infer<typeof SiteRuleSchema>;

/** Longest name or alias a reader can enter. */
export const MAX_NAME_LENGTH = 200;
/** Most aliases per entry. */
export const MAX_ALIASES = 40;

/** An actor or place the reader added, or a correction of how the engine types a name. */
export const ReaderKnowledgeRecordSchema = z.object({
  id: z.number().int().positive().optional(),
  /** Normalised name (see knowledgeKey): one entry per name, so a correction replaces an addition. */
  key: z.string().min(1),
  name: z.string().trim().min(1).max(MAX_NAME_LENGTH),
  type: KnowledgeEntrySchema.shape.type,
  subtype: z.string().trim().max(100).optional(),
  aliases: z.array(z.string().trim().min(1).max(MAX_NAME_LENGTH)).max(MAX_ALIASES),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ReaderKnowledgeRecord = z.infer<typeof ReaderKnowledgeRecordSchema>;

/** The settings database with its typed tables. */
export type SettingsDb = Dexie & {
  sites: Table<SiteRule, string>;
  knowledge: EntityTable<ReaderKnowledgeRecord, 'id'>;
};

export const SETTINGS_DB_NAME = 'sourcemark-settings';

/** Version 1: the site list and the reader's knowledge. */
export const SETTINGS_SCHEMA_V1 = {
  sites: '&site',
  knowledge: '++id, &key, type, updatedAt',
};

/** Opens (or creates) the settings database; tests pass their own name to stay apart. */
export function openSettingsDb(name: string = SETTINGS_DB_NAME): SettingsDb {
  const db = new Dexie(name) as SettingsDb;
  db.version(1).stores(SETTINGS_SCHEMA_V1);
  return db;
}
