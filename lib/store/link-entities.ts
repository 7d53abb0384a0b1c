/**
 * Links all the entities of one article at once: two batched reads fetch every stored record any of
 * them could link to, the decisions are then made in memory one entity after the other (exactly
 * findStoredEntity's rules, applied as if each earlier entity of the article had already been
 * written), and the results are written in two bulk requests. Runs inside saveArticle's transaction.
 */
import type { Entity } from '../annotate/types';
import type { SourcemarkDb } from './db';
import { entityKey, normalizeName, surnameOf } from './entity-key';
import { linkNames, mergeEntity, newEntityRecord, surnameKey } from './link-entity';
import type { EntityRecord } from './records';

/** One record as this save sees it: stored (with its id) or created by an earlier entity of the article. */
interface Slot {
  record: EntityRecord;
  /** The record as it was read, to write back only what changed; absent for a new record. */
  original?: EntityRecord;
}

function isSingleWord(name: string): boolean {
  return !normalizeName(name).includes(' ');
}

/** The entities table, narrowed to the keys this article's entities can be looked up by. */
class EntityView {
  private readonly byKey = new Map<string, Slot>();
  private readonly byAlias = new Map<string, Set<Slot>>();
  readonly created: Slot[] = [];

  constructor(stored: readonly EntityRecord[]) {
    const seen = new Set<number>();
    for (const record of stored) {
      if (record.id === undefined || seen.has(record.id)) continue;
      seen.add(record.id);
      this.index({ record, original: record });
    }
  }

  private index(slot: Slot): void {
    this.byKey.set(slot.record.key, slot);
    for (const k of slot.record.aliasKeys) {
      const set = this.byAlias.get(k) ?? new Set<Slot>();
      set.add(slot);
      this.byAlias.set(k, set);
    }
  }

  private unindex(slot: Slot): void {
    if (this.byKey.get(slot.record.key) === slot) this.byKey.delete(slot.record.key);
    for (const k of slot.record.aliasKeys) this.byAlias.get(k)?.delete(slot);
  }

  /** Replaces a slot's record, keeping the lookups current. */
  update(slot: Slot, record: EntityRecord): void {
    this.unindex(slot);
    slot.record = record;
    this.index(slot);
  }

  add(record: EntityRecord): Slot {
    const slot: Slot = { record };
    this.created.push(slot);
    this.index(slot);
    return slot;
  }

  key(key: string): Slot | undefined {
    return this.byKey.get(key);
  }

  alias(keys: readonly string[]): Slot[] {
    const found = new Set<Slot>();
    for (const k of keys) for (const slot of this.byAlias.get(k) ?? []) found.add(slot);
    return [...found];
  }

  /** findStoredEntity's decision, against this view. */
  find(entity: Entity): Slot | undefined {
    const exact = this.key(entityKey(entity.kind, entity.name));
    if (exact) return exact;
    const byAlias = this.alias(linkNames(entity));
    if (byAlias.length === 1) return byAlias[0];
    if (byAlias.length > 1) return undefined;
    if (entity.kind !== 'person') return undefined;
    if (isSingleWord(entity.name)) {
      const people = this.alias([`surname:${normalizeName(entity.name)}`]);
      return people.length === 1 ? people[0] : undefined;
    }
    const bare = this.key(entityKey('person', surnameOf(entity.name)));
    if (!bare) return undefined;
    return this.alias([surnameKey(entity.name)]).length === 0 ? bare : undefined;
  }
}

/** Every `key` and every `aliasKeys` value findStoredEntity could ask about for these entities. */
function lookups(entities: readonly Entity[]): { keys: string[]; aliasKeys: string[] } {
  const keys = new Set<string>();
  const aliasKeys = new Set<string>();
  for (const e of entities) {
    keys.add(entityKey(e.kind, e.name));
    for (const k of linkNames(e)) aliasKeys.add(k);
    if (e.kind !== 'person') continue;
    if (isSingleWord(e.name)) aliasKeys.add(`surname:${normalizeName(e.name)}`);
    else {
      keys.add(entityKey('person', surnameOf(e.name)));
      aliasKeys.add(surnameKey(e.name));
    }
  }
  return { keys: [...keys], aliasKeys: [...aliasKeys] };
}

/**
 * Stored records under any of these values of an index: one request per value, all issued together
 * (an anyOf() walks a cursor, one round trip per value, one after the other).
 */
async function readUnder(db: SourcemarkDb, index: 'key' | 'aliasKeys', values: readonly string[]): Promise<EntityRecord[]> {
  const lists = await Promise.all(values.map((v) => db.entities.where(index).equals(v).toArray()));
  return lists.flat();
}

function sameRecord(a: EntityRecord, b: EntityRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Finds or creates the stored entity of each of the article's entities (those with mentions), in
 * order, and writes the new and changed records. Returns annotation entity id → stored id.
 */
export async function linkEntities(db: SourcemarkDb, entities: readonly Entity[]): Promise<Map<string, number>> {
  const linked = entities.filter((e) => e.mentions.length > 0);
  const { keys, aliasKeys } = lookups(linked);
  const [byKey, byAlias] = await Promise.all([readUnder(db, 'key', keys), readUnder(db, 'aliasKeys', aliasKeys)]);
  const view = new EntityView([...byKey, ...byAlias]);
  const slotOf = new Map<string, Slot>();
  for (const entity of linked) {
    const found = view.find(entity);
    if (found) view.update(found, { ...mergeEntity(found.record, entity), id: found.record.id });
    slotOf.set(entity.id, found ?? view.add(newEntityRecord(entity)));
  }
  const changed = [...new Set(slotOf.values())].filter((s) => s.original && !sameRecord(s.original, s.record));
  const [newIds] = await Promise.all([
    view.created.length ? (db.entities.bulkAdd(view.created.map((s) => s.record), { allKeys: true }) as Promise<number[]>) : [],
    changed.length ? db.entities.bulkPut(changed.map((s) => s.record)) : undefined,
  ]);
  const idOf = new Map<Slot, number>();
  view.created.forEach((slot, i) => {
    const id = newIds[i];
    if (id !== undefined) idOf.set(slot, id);
  });
  const ids = new Map<string, number>();
  for (const [entityId, slot] of slotOf) {
    const id = slot.record.id ?? idOf.get(slot);
    if (id === undefined) throw new Error(`entity ${entityId} was not stored`);
    ids.set(entityId, id);
  }
  return ids;
}
