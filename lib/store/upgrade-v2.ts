/**
 * Upgrade from version 1: entity keys change from "person:/organization:" to "actor:" (merging the
 * records that now collide), alias keys are computed, and each article's mentions are summarised into
 * appearances. Runs inside Dexie's upgrade transaction: if anything throws, nothing changes.
 */
import type { Transaction } from 'dexie';
import { entityKey } from './entity-key';
import { lookupKeys } from './link-entity';
import { EntityRecordSchema, type AppearanceRecord, type MentionRecord } from './records';

interface V1Entity {
  id: number;
  key: string;
  name: string;
  kind: 'person' | 'organization' | 'place';
  subtype?: string;
  role?: string;
  aliases?: string[];
}

/** The Dexie upgrade function for version 2. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const entities = tx.table<V1Entity, number>('entities');
  const mentions = tx.table<MentionRecord, number>('mentions');
  const articles = tx.table<{ id: number; lastVisited: number }, number>('articles');
  const all = await entities.toArray();
  const survivorByKey = new Map<string, V1Entity>();
  const remap = new Map<number, number>();
  for (const e of all) {
    const key = entityKey(e.kind, e.name);
    const survivor = survivorByKey.get(key);
    if (survivor) {
      remap.set(e.id, survivor.id);
      survivor.aliases = [...new Set([...(survivor.aliases ?? []), ...(e.aliases ?? [])])];
    } else {
      survivorByKey.set(key, { ...e, key });
    }
  }
  await entities.bulkDelete([...remap.keys()]);
  for (const [key, e] of survivorByKey) {
    const record = EntityRecordSchema.safeParse({
      ...e,
      key,
      aliases: e.aliases ?? [],
      aliasKeys: lookupKeys({ kind: e.kind, name: e.name, aliases: e.aliases ?? [] }),
    });
    if (!record.success) {
      // Keep the record as it was rather than lose it; it is reported, not dropped.
      console.warn('sourcemark upgrade: entity left as it was', e.id, record.error.issues[0]?.message);
      continue;
    }
    await tx.table('entities').put(record.data);
  }
  const visitedOf = new Map((await articles.toArray()).map((a) => [a.id, a.lastVisited]));
  const appearances = new Map<string, AppearanceRecord>();
  await mentions.toCollection().modify((m) => {
    const entityId = remap.get(m.entityId) ?? m.entityId;
    m.entityId = entityId;
    const id = `${entityId}:${m.articleId}`;
    const seen = appearances.get(id);
    if (seen) {
      seen.mentionCount += 1;
      return;
    }
    appearances.set(id, {
      entityId,
      articleId: m.articleId,
      visited: visitedOf.get(m.articleId) ?? 0,
      mentionCount: 1,
      sentence: `${m.prefix}${m.exact}${m.suffix}`,
      quote: { start: m.start, end: m.end, exact: m.exact, prefix: m.prefix, suffix: m.suffix },
    });
  });
  await tx.table('appearances').bulkPut([...appearances.values()]);
}
