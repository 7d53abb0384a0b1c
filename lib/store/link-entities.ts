/**
 * Links all the entities of one article at once: batched reads fetch the stored records they could
 * link to (first under their own keys, then, for those not found, under their names and surnames),
 * the decisions are made in memory one entity after the other, as if each earlier entity of the
 * article had already been written, and the results are written in one ordered bulk request. Runs
 * inside saveArticle's transaction, which must include `entityPages` and `coverage` (version 12: an
 * entity is first looked up with its coverage, coverage-by-key.ts).
 */
import type { Entity, EntityKind } from '../annotate/types';
import type { SourcemarkDb } from './db';
import { EntityBatch } from './entity-store';
import { entityKey, normalizeName, surnameOf } from './entity-key';
import { linkNames, mergeEntity, newEntityRecord, surnameKey } from './link-entity';
import type { CoverageRecord, EntityRecord } from './records';
import { coveredByKeys } from './coverage-by-key';

/** One record as this save sees it: stored (with its id) or created by an earlier entity of the article. */
interface Slot {
  record: EntityRecord;
  /** The record as it was read, to write back only what changed; absent for a new record. */
  original?: EntityRecord;
  /** When (in this save's order of decisions) the record took its current key, if it changed. */
  keyChangedAt?: number;
}

/** Index values a decision needs that were not read yet. */
interface Unread {
  keys: string[];
  aliasKeys: string[];
}

function isUnread(x: Slot | Slot[] | Unread | undefined): x is Unread {
  return x !== undefined && !Array.isArray(x) && 'aliasKeys' in x;
}

function isSingleWord(name: string): boolean {
  return !normalizeName(name).includes(' ');
}


/**
 * The part of the entities table this article's entities are looked up in, as this save sees it:
 * stored records read so far (read before anything is written, so as stored) and the records created
 * or changed by earlier entities of the article.
 */
class EntityView {
  private readonly byKey = new Map<string, Slot>();
  private readonly byAlias = new Map<string, Set<Slot>>();
  private readonly known = new Set<number>();
  private readonly readKeys = new Set<string>();
  private readonly readAliases = new Set<string>();
  private clock = 0;
  readonly created: Slot[] = [];

  constructor(private readonly batch: EntityBatch) {}

  /**
   * Reads, in one batch, the stored records under the `key` and `aliasKeys` values not read yet; a
   * record already in the view keeps its state here, as it may have changed since it was read.
   * Undefined when there is nothing to read: inside a Dexie transaction, await only real reads.
   */
  read(keys: readonly string[], aliasKeys: readonly string[]): Promise<void> | undefined {
    const newKeys = [...new Set(keys)].filter((k) => !this.readKeys.has(k));
    const newAliases = [...new Set(aliasKeys)].filter((k) => !this.readAliases.has(k));
    if (newKeys.length === 0 && newAliases.length === 0) return undefined;
    for (const k of newKeys) this.readKeys.add(k);
    for (const k of newAliases) this.readAliases.add(k);
    return Promise.all([this.batch.byKeys(newKeys), this.batch.byAliasKeys(newAliases)]).then(([a, b]) => {
      for (const record of [...a, ...b]) {
        if (record.id === undefined || this.known.has(record.id)) continue;
        this.known.add(record.id);
        this.index({ record, original: record });
      }
    });
  }

  /**
   * Takes records found elsewhere under their keys (their coverage, version 12: coverage-by-key.ts) as
   * read: each is the only stored record under its key, as linking keeps keys unique.
   */
  seed(found: ReadonlyMap<string, EntityRecord & { id: number }>): void {
    for (const [key, record] of found) {
      this.readKeys.add(key);
      if (this.known.has(record.id)) continue;
      this.known.add(record.id);
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
    if (record.key !== slot.record.key) slot.keyChangedAt = ++this.clock;
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

  /** Whether a record read or created so far has this key. */
  has(key: string): boolean {
    return this.byKey.has(key);
  }

  /** The id of the stored record read under this key, if any. */
  storedId(key: string): number | undefined {
    return this.byKey.get(key)?.record.id;
  }

  /** The record under `key`, or what must be read first to know. */
  private key(key: string): Slot | undefined | Unread {
    const slot = this.byKey.get(key);
    if (slot || this.readKeys.has(key)) return slot;
    return { keys: [key], aliasKeys: [] };
  }

  /** The records under any of these alias keys, or what must be read first to know. */
  private alias(keys: readonly string[]): Slot[] | Unread {
    const unread = keys.filter((k) => !this.readAliases.has(k));
    if (unread.length) return { keys: [], aliasKeys: unread };
    const found = new Set<Slot>();
    for (const k of keys) for (const slot of this.byAlias.get(k) ?? []) found.add(slot);
    return [...found];
  }

  /**
   * The record `entity` is the same actor or place as, if one can be told with confidence: its own
   * key, else exactly one record under its names, else (people) the one person with its bare surname,
   * or a bare-surname record no other full-named person shares. When that depends on index values not
   * read yet, says which (synchronous: a native await inside a Dexie transaction loses its zone).
   */
  decide(entity: Entity): Slot | undefined | Unread {
    const exact = this.key(entityKey(entity.kind, entity.name));
    if (exact) return exact;
    const byAlias = this.alias(linkNames(entity));
    if (!Array.isArray(byAlias)) return byAlias;
    if (byAlias.length === 1) return byAlias[0];
    if (byAlias.length > 1) return undefined;
    if (entity.kind !== 'person') return undefined;
    if (isSingleWord(entity.name)) {
      const people = this.alias([`surname:${normalizeName(entity.name)}`]);
      if (!Array.isArray(people)) return people;
      return people.length === 1 ? people[0] : undefined;
    }
    const bare = this.key(entityKey('person', surnameOf(entity.name)));
    if (bare === undefined || isUnread(bare)) return bare;
    const sharing = this.alias([surnameKey(entity.name)]);
    if (!Array.isArray(sharing)) return sharing;
    return sharing.length === 0 ? bare : undefined;
  }
}

/** The `key` and `aliasKeys` values an entity with no record under its own key is looked up by. */
function fallbackLookups(e: Entity): { keys: string[]; aliasKeys: string[] } {
  const aliasKeys = linkNames(e);
  if (e.kind !== 'person') return { keys: [], aliasKeys };
  if (isSingleWord(e.name)) return { keys: [], aliasKeys: [...aliasKeys, `surname:${normalizeName(e.name)}`] };
  // The surname key is read only when a bare-surname record turns up (decide asks for it then): people
  // share surnames, and reading every record under one was most of what a save read.
  return { keys: [entityKey('person', surnameOf(e.name))], aliasKeys };
}

function sameRecord(a: EntityRecord, b: EntityRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The stored id of each annotation entity, and the kind of each stored entity linked. */
export interface LinkedEntities {
  ids: Map<string, number>;
  kinds: Map<number, EntityKind>;
  /** Each linked entity's record as stored after the save, by id (its coverage copies it). */
  records: Map<number, EntityRecord>;
  /** The ids of the records this save created. */
  created: Set<number>;
  /** The entity pages' write, still in flight: awaited before the transaction ends. */
  written: Promise<unknown>;
}

/** The linking decided but not written yet, so the save can read its article beside it. */
export interface LinkPlan {
  write(): Promise<LinkedEntities>;
}

/** What the linking's first lookups found under the entities' own keys (see planLinks' `onFound`). */
export interface FoundFirst {
  /** Coverage records read with their entities (version 12): the caller need not read them again. */
  coverage: CoverageRecord[];
  /** Stored entities found in their pages (no coverage carried them): their coverage is not read yet. */
  ids: number[];
}

/**
 * Finds or creates the stored entity of each of the article's entities (those with mentions), in
 * order; writes nothing until the plan's `write`, which writes the new and changed records and
 * returns annotation entity id → stored id. `onFound` hears, as soon as the lookups under the
 * entities' own keys answer, what they found: nearly always the records the entities link to (a
 * decision may still link elsewhere), with the coverage records that carried them, so a caller can
 * read what it keeps about the others while the rest is decided.
 */
export async function planLinks(db: SourcemarkDb, entities: readonly Entity[], onFound?: (found: FoundFirst) => void): Promise<LinkPlan> {
  const linked = entities.filter((e) => e.mentions.length > 0);
  const batch = new EntityBatch(db);
  const view = new EntityView(batch);
  const ownKey = (e: Entity) => entityKey(e.kind, e.name);
  // Most entities are found under their own key with their coverage (version 12): one request each,
  // for both. The others are looked up in the pages, under their own keys and, in the same batch,
  // under what they may be found by if not (read ahead: an entity absent from its coverage is most
  // often new, and needs those). Whatever a decision below still needs is read when it needs it.
  const covered = await coveredByKeys(db, linked.map(ownKey));
  view.seed(new Map([...covered].map(([key, c]) => [key, c.entity])));
  const uncovered = linked.filter((e) => !view.has(ownKey(e)));
  // Only these may be new: the last page (their ids follow it) is read beside their lookups, so the
  // write reads nothing.
  if (uncovered.length) {
    const rest = uncovered.map(fallbackLookups);
    await Promise.all([view.read([...uncovered.map(ownKey), ...rest.flatMap((l) => l.keys)], rest.flatMap((l) => l.aliasKeys)), batch.readLast()]);
  }
  const inPages = uncovered.flatMap((e) => view.storedId(ownKey(e)) ?? []);
  onFound?.({ coverage: [...covered.values()].map((c) => c.coverage), ids: [...new Set(inPages)] });
  const slotOf = new Map<string, Slot>();
  for (const entity of linked) {
    let found = view.decide(entity);
    while (isUnread(found)) {
      // decide() names only values not read yet, so this always reads.
      await view.read(found.keys, found.aliasKeys);
      found = view.decide(entity);
    }
    if (found) view.update(found, { ...mergeEntity(found.record, entity), id: found.record.id });
    slotOf.set(entity.id, found ?? view.add(newEntityRecord(entity)));
  }
  return { write: () => writeLinks(batch, slotOf, view.created) };
}

/**
 * Writes only the records the linking created or changed (a save no longer rewrites every entity it
 * names: article counts live in coverage records since version 5).
 */
async function writeLinks(batch: EntityBatch, slotOf: ReadonlyMap<string, Slot>, created: readonly Slot[]): Promise<LinkedEntities> {
  // One batch, of the pages these records live in (version 10: entity-store.ts), new ones given the
  // next free ids there, in this transaction; the pages were read by the lookups, so the ids are known
  // at once and the write is left in flight. A record's key changes at most once (a bare surname
  // becoming a full name): stored records come in the order their keys changed, new ones after them.
  const changed = [...new Set(slotOf.values())]
    .filter((s) => s.original && !sameRecord(s.original, s.record))
    .sort((a, b) => (a.keyChangedAt ?? 0) - (b.keyChangedAt ?? 0));
  const writes = [...changed, ...created];
  const { ids: keys, written } = await batch.put(writes.map((s) => s.record));
  const idOf = new Map<Slot, number>();
  writes.forEach((slot, i) => {
    const id = keys[i];
    if (id !== undefined) idOf.set(slot, id);
  });
  const ids = new Map<string, number>();
  const kinds = new Map<number, EntityKind>();
  const records = new Map<number, EntityRecord>();
  const fresh = new Set<number>();
  for (const slot of created) {
    const id = idOf.get(slot);
    if (id !== undefined) fresh.add(id);
  }
  for (const [entityId, slot] of slotOf) {
    const id = slot.record.id ?? idOf.get(slot);
    if (id === undefined) throw new Error(`entity ${entityId} was not stored`);
    ids.set(entityId, id);
    kinds.set(id, slot.record.kind);
    records.set(id, { ...slot.record, id });
  }
  return { ids, kinds, records, created: fresh, written };
}

/** planLinks and its write at once: the linking alone, as its tests drive it. */
export async function linkEntities(db: SourcemarkDb, entities: readonly Entity[]): Promise<Map<string, number>> {
  const linked = await (await planLinks(db, entities)).write();
  await linked.written;
  return linked.ids;
}
