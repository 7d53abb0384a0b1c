/**
 * The actors and places a reader teaches Sourcemark on the options page, and corrections of how the
 * engine types a name ("this is an organization, not a person"). Stored in the settings database,
 * handed to the engine as extra knowledge (which wins over the built-in entries), and included in the
 * JSON export through {@link exportReaderKnowledge} / {@link importReaderKnowledge}.
 */
import { z } from 'zod';
import type { KnowledgeEntry } from '../knowledge/schema';
import {
  MAX_ALIASES,
  MAX_NAME_LENGTH,
  ReaderKnowledgeRecordSchema,
  type ReaderKnowledgeRecord,
  type SettingsDb,
} from './settings-db';

/** What the options form submits (and what an export carries per entry, without ids). */
export const ReaderKnowledgeInputSchema = z.object({
  name: z.string().trim().min(1, 'a name is needed').max(MAX_NAME_LENGTH),
  type: ReaderKnowledgeRecordSchema.shape.type,
  subtype: z.string().trim().max(100).optional(),
  aliases: z.array(z.string().trim().max(MAX_NAME_LENGTH)).max(MAX_ALIASES).default([]),
});
export type ReaderKnowledgeInput = z.input<typeof ReaderKnowledgeInputSchema>;

/** One entry as the JSON export writes it (stable field names, no database ids). */
export const ExportedReaderKnowledgeSchema = ReaderKnowledgeInputSchema.extend({
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ExportedReaderKnowledge = z.infer<typeof ExportedReaderKnowledgeSchema>;

/** The key a name is stored under: case, spacing and punctuation variants are one entry. */
export function knowledgeKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/[.’']/g, '').trim();
}

function cleanAliases(name: string, aliases: readonly string[]): string[] {
  const own = knowledgeKey(name);
  const seen = new Set<string>([own]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = knowledgeKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}

/**
 * Adds an entry, or replaces the one with the same name (a correction): validated, aliases
 * de-duplicated. Returns the stored record.
 */
export async function saveReaderKnowledge(db: SettingsDb, input: ReaderKnowledgeInput, now: number): Promise<ReaderKnowledgeRecord> {
  const clean = ReaderKnowledgeInputSchema.parse(input);
  const key = knowledgeKey(clean.name);
  return db.transaction('rw', db.knowledge, async () => {
    const existing = await db.knowledge.where('key').equals(key).first();
    const record = ReaderKnowledgeRecordSchema.parse({
      ...(existing?.id !== undefined ? { id: existing.id } : {}),
      key,
      name: clean.name,
      type: clean.type,
      ...(clean.subtype ? { subtype: clean.subtype } : {}),
      aliases: cleanAliases(clean.name, clean.aliases),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    const id = await db.knowledge.put(record);
    return { ...record, id };
  });
}

/** Removes one entry; the engine falls back to its own knowledge for that name. */
export async function deleteReaderKnowledge(db: SettingsDb, id: number): Promise<void> {
  await db.knowledge.delete(id);
}

/** Every entry, by name, for the options page. */
export async function listReaderKnowledge(db: SettingsDb): Promise<ReaderKnowledgeRecord[]> {
  const rows = await db.knowledge.toArray();
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}

/** The engine's form of the reader's entries (annotate's `options.knowledge`). */
export function toKnowledgeEntries(records: readonly ReaderKnowledgeRecord[]): KnowledgeEntry[] {
  return records.map((r) => ({
    name: r.name,
    type: r.type,
    ...(r.subtype ? { subtype: r.subtype } : {}),
    ...(r.aliases.length ? { aliases: [...r.aliases] } : {}),
  }));
}

/**
 * A reader of the entries for the engine that returns the SAME array while nothing changed: the
 * engine caches its gazetteer by array identity, so a new array per article would rebuild it each time.
 */
export function engineKnowledgeReader(db: SettingsDb): () => Promise<readonly KnowledgeEntry[]> {
  let signature = '';
  let entries: readonly KnowledgeEntry[] = [];
  return async () => {
    const rows = await db.knowledge.orderBy('id').toArray();
    const next = rows.map((r) => `${r.id}:${r.updatedAt}`).join(',');
    if (next !== signature) {
      signature = next;
      entries = toKnowledgeEntries(rows);
    }
    return entries;
  };
}

/** The reader's knowledge for the JSON export (field `readerKnowledge` of the file). */
export async function exportReaderKnowledge(db: SettingsDb): Promise<ExportedReaderKnowledge[]> {
  const rows = await listReaderKnowledge(db);
  return rows.map((r) => ({
    name: r.name,
    type: r.type,
    ...(r.subtype ? { subtype: r.subtype } : {}),
    aliases: r.aliases,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

/** The `readerKnowledge` field of an export file, validated (absent in files from before it existed). */
export const ExportedReaderKnowledgeListSchema = z.array(ExportedReaderKnowledgeSchema).max(10_000);

/**
 * Imports entries from an export: each is validated; an entry whose name the reader already has is
 * kept if it is newer, replaced if the imported one is newer. Returns how many entries were written.
 */
export async function importReaderKnowledge(db: SettingsDb, raw: unknown): Promise<number> {
  const entries = ExportedReaderKnowledgeListSchema.parse(raw);
  return db.transaction('rw', db.knowledge, async () => {
    let written = 0;
    for (const e of entries) {
      const key = knowledgeKey(e.name);
      const existing = await db.knowledge.where('key').equals(key).first();
      if (existing && existing.updatedAt >= e.updatedAt) continue;
      await db.knowledge.put(
        ReaderKnowledgeRecordSchema.parse({
          ...(existing?.id !== undefined ? { id: existing.id } : {}),
          key,
          name: e.name,
          type: e.type,
          ...(e.subtype ? { subtype: e.subtype } : {}),
          aliases: cleanAliases(e.name, e.aliases),
          createdAt: existing?.createdAt ?? e.createdAt,
          updatedAt: e.updatedAt,
        }),
      );
      written++;
    }
    return written;
  });
}
