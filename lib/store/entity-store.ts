/**
 * The entities, as the rest of Sourcemark sees them: records with ids, read by id, by key or by alias
 * key, written and deleted. Version 10 stores them ENTITY_PAGE to a record (EntityPageRecord): an
 * entity's id is its page × ENTITY_PAGE + its slot, so ids stored before stay valid, and reading one
 * by id is one request. IndexedDB's cost is per record written far more than per byte: an import of
 * 10,000 articles wrote 20,000 entity records, now 625 pages. Nothing outside this module knows
 * about pages; every function runs inside the caller's transaction (which must include
 * `db.entityPages`), and one that writes reads the pages it changes in that same transaction, so two
 * saves (serialized by IndexedDB as read-write transactions on the same table) never allocate the
 * same id nor lose each other's slots. Every function that may have nothing to read answers a Dexie
 * promise all the same (never a bare value or a native promise): awaiting anything else inside a
 * Dexie transaction loses the transaction, which then commits early.
 */
import Dexie from 'dexie';
import type { SourcemarkDb } from './db';
import type { EntityPageRecord, EntityRecord } from './records';
import { PER_READ, readWhole } from './read-whole';

/** Entities per page record. */
export const ENTITY_PAGE = 32;

/** An entity as stored, with its id. */
export type StoredEntity = EntityRecord & { id: number };

/** The page an entity id lives in. */
export const pageOf = (id: number): number => Math.floor(id / ENTITY_PAGE);

/** The page's lookup lists: what its `*keys` and `*aliasKeys` indexes hold. */
function indexed(page: EntityPageRecord): EntityPageRecord {
  const keys: string[] = [];
  const aliasKeys = new Set<string>();
  for (const slot of page.slots) {
    if (!slot) continue;
    keys.push(slot.key);
    for (const k of slot.aliasKeys) aliasKeys.add(k);
  }
  return { ...page, keys, aliasKeys: [...aliasKeys] };
}

function entityIn(page: EntityPageRecord | undefined, id: number): StoredEntity | undefined {
  const slot = page?.slots[id - page.id * ENTITY_PAGE];
  return slot ? { ...slot, id } : undefined;
}

function entitiesOf(page: EntityPageRecord): StoredEntity[] {
  const out: StoredEntity[] = [];
  page.slots.forEach((slot, i) => {
    if (slot) out.push({ ...slot, id: page.id * ENTITY_PAGE + i });
  });
  return out;
}

function pagesById(db: SourcemarkDb, pageIds: Iterable<number>): Promise<Map<number, EntityPageRecord>> {
  const ids = [...new Set(pageIds)].sort((a, b) => a - b);
  const byId = (read: ReadonlyArray<EntityPageRecord | undefined>) => new Map(read.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return ids.length ? db.entityPages.bulkGet(ids).then(byId) : Dexie.Promise.resolve(new Map<number, EntityPageRecord>());
}

/** The entities with these ids that exist, by id: one request per page they live in. */
export async function entitiesByIds(db: SourcemarkDb, ids: Iterable<number>): Promise<Map<number, StoredEntity>> {
  const wanted = [...new Set(ids)];
  const pages = await pagesById(db, wanted.map(pageOf));
  const out = new Map<number, StoredEntity>();
  for (const id of wanted) {
    const e = entityIn(pages.get(pageOf(id)), id);
    if (e) out.set(id, e);
  }
  return out;
}

/** The entities with these ids in their order, undefined where none (as a table's bulkGet answers). */
export async function entitiesInOrder(db: SourcemarkDb, ids: readonly number[]): Promise<Array<StoredEntity | undefined>> {
  const byId = await entitiesByIds(db, ids);
  return ids.map((id) => byId.get(id));
}

/** One entity by id. */
export async function entityById(db: SourcemarkDb, id: number): Promise<StoredEntity | undefined> {
  return entityIn(await db.entityPages.get(pageOf(id)), id);
}

/** Pages read in one transaction, by id, kept by an EntityBatch for its write. */
type PageCache = Map<number, EntityPageRecord>;

/**
 * The entities stored under any of these values of `key` or of `aliasKeys`: one request per value,
 * all issued together (an anyOf() walks a cursor, one round trip per value, one after the other).
 * The pages read go into `cache` when one is given.
 */
async function entitiesUnder(db: SourcemarkDb, index: 'keys' | 'aliasKeys', values: readonly string[], cache?: PageCache): Promise<StoredEntity[]> {
  const unique = [...new Set(values)];
  if (unique.length === 0) return Dexie.Promise.resolve([]);
  const lists = await Promise.all(unique.map((v) => db.entityPages.where(index).equals(v).toArray()));
  const out = new Map<number, StoredEntity>();
  lists.forEach((pages, i) => {
    const v = unique[i] as string;
    for (const page of pages) {
      cache?.set(page.id, page);
      for (const e of entitiesOf(page)) if (index === 'keys' ? e.key === v : e.aliasKeys.includes(v)) out.set(e.id, e);
    }
  });
  return [...out.values()];
}

/**
 * The entities whose key is one of `keys`, for many keys at once (an import): one cursor over the
 * index instead of a request per key.
 */
export async function entitiesWithAnyKey(db: SourcemarkDb, keys: readonly string[]): Promise<StoredEntity[]> {
  if (keys.length === 0) return Dexie.Promise.resolve([]);
  const wanted = new Set(keys);
  const pages = new Map((await db.entityPages.where('keys').anyOf([...wanted]).toArray()).map((p) => [p.id, p]));
  return [...pages.values()].flatMap(entitiesOf).filter((e) => wanted.has(e.key));
}

/** The entities whose key is one of `keys`. */
export function entitiesByKeys(db: SourcemarkDb, keys: readonly string[]): Promise<StoredEntity[]> {
  return entitiesUnder(db, 'keys', keys);
}

/** The entities with any of these alias keys. */
export function entitiesByAliasKeys(db: SourcemarkDb, aliasKeys: readonly string[]): Promise<StoredEntity[]> {
  return entitiesUnder(db, 'aliasKeys', aliasKeys);
}

/** Every entity, in id order. */
export async function allEntities(db: SourcemarkDb): Promise<StoredEntity[]> {
  return (await readWhole(db.entityPages, PER_READ.entityPages)).flatMap(entitiesOf);
}

/** Every entity id, in order. */
export async function allEntityIds(db: SourcemarkDb): Promise<number[]> {
  return (await allEntities(db)).map((e) => e.id);
}

/** How many entities are stored. */
export async function countEntities(db: SourcemarkDb): Promise<number> {
  return (await allEntities(db)).length;
}

/**
 * The id after every id ever handed out, given the last page: the last page keeps every slot it ever
 * had (a deleted entity's slot stays empty), so an id is never given twice, as IndexedDB's key
 * generator never did.
 */
function idAfter(last: EntityPageRecord | undefined): number {
  return last ? last.id * ENTITY_PAGE + Math.max(last.slots.length, 1) : 1;
}

/** The next free id (see idAfter). */
async function nextFreeId(db: SourcemarkDb): Promise<number> {
  return idAfter(await db.entityPages.orderBy(':id').last());
}

/** The ids of these records once written: their own, else the next free ones after `last`, in order. */
function idsFor(records: readonly EntityRecord[], last: EntityPageRecord | undefined): number[] {
  let next = idAfter(last);
  return records.map((r) => r.id ?? next++);
}

/** The stored pages below `below` these ids live in that `known` does not hold. */
function pagesToRead(ids: readonly number[], below: number, known: ReadonlyMap<number, EntityPageRecord>): number[] {
  return ids.map(pageOf).filter((p) => p < below && !known.has(p));
}

/**
 * The pages holding these records (with these ids) once written, from the stored pages they change:
 * `last`, the last page, and `stored`, the others (a page above the last one is new).
 */
function laidOut(records: readonly EntityRecord[], ids: readonly number[], last: EntityPageRecord | undefined, stored: ReadonlyMap<number, EntityPageRecord>): EntityPageRecord[] {
  const changed = new Map<number, EntityPageRecord>();
  records.forEach((record, i) => {
    const id = ids[i] as number;
    const pageId = pageOf(id);
    let page = changed.get(pageId);
    if (!page) {
      const before = pageId === last?.id ? last : stored.get(pageId);
      page = before ? { ...before, slots: [...before.slots] } : { id: pageId, keys: [], aliasKeys: [], slots: [] };
      changed.set(pageId, page);
    }
    const slot = id - pageId * ENTITY_PAGE;
    while (page.slots.length < slot) page.slots.push(null);
    page.slots[slot] = { ...record, id };
  });
  return [...changed.values()].map(indexed);
}

/**
 * The pages holding these entities once written (their ids set: records without one get the next free
 * ids, in order), and the ids. Reads the pages they change; writes nothing: `putEntities` writes them
 * at once, an import in chunks of whole pages (never two writes of one page in flight).
 */
export async function pagesWith(db: SourcemarkDb, records: readonly EntityRecord[]): Promise<{ pages: EntityPageRecord[]; ids: number[] }> {
  const last = await db.entityPages.orderBy(':id').last();
  const ids = idsFor(records, last);
  // Pages above the last stored one are new: not read (an import into an empty store reads nothing).
  const stored = await pagesById(db, pagesToRead(ids, last?.id ?? -1, new Map()));
  return { pages: laidOut(records, ids, last, stored), ids };
}

/** Writes these entities (new ones get the next free ids, in order) and answers their ids in order. */
export async function putEntities(db: SourcemarkDb, records: readonly EntityRecord[]): Promise<number[]> {
  if (records.length === 0) return Dexie.Promise.resolve([]);
  const { pages, ids } = await pagesWith(db, records);
  await db.entityPages.bulkPut(pages);
  return ids;
}

/** What EntityBatch.put answers: the ids at once, and the write, still in flight. */
export interface BatchPut {
  ids: number[];
  /** The pages' write: the caller awaits it before its transaction ends. */
  written: Promise<unknown>;
}

/**
 * Entity lookups and their write in ONE read-write transaction, for a save: the pages its lookups read
 * are kept, so writing the new and changed entities reads nothing again (a save read the last page and
 * the pages it changes once more, two round trips in a row before its entities had ids). Valid while
 * nothing else in the transaction writes entities between the lookups and the put.
 */
export class EntityBatch {
  private readonly pages: PageCache = new Map();
  private last?: Promise<EntityPageRecord | undefined>;

  constructor(private readonly db: SourcemarkDb) {}

  /** As entitiesByKeys, keeping the pages read. */
  byKeys(keys: readonly string[]): Promise<StoredEntity[]> {
    return entitiesUnder(this.db, 'keys', keys, this.pages);
  }

  /** As entitiesByAliasKeys, keeping the pages read. */
  byAliasKeys(aliasKeys: readonly string[]): Promise<StoredEntity[]> {
    return entitiesUnder(this.db, 'aliasKeys', aliasKeys, this.pages);
  }

  /**
   * Reads the last page now, beside the caller's other reads, for new entities a later put may add:
   * their ids follow it. Returns the read, for the caller to await with its own.
   */
  readLast(): Promise<EntityPageRecord | undefined> {
    this.last ??= this.db.entityPages.orderBy(':id').last();
    return this.last;
  }

  /**
   * Writes these entities (new ones get the next free ids, in order): the ids are known as soon as the
   * last page is (read already after readLast), and the write is issued, not awaited.
   */
  async put(records: readonly EntityRecord[]): Promise<BatchPut> {
    if (records.length === 0) return Dexie.Promise.resolve({ ids: [], written: Dexie.Promise.resolve() });
    const allocating = records.some((r) => r.id === undefined);
    const last = allocating ? await this.readLast() : undefined;
    const ids = idsFor(records, last);
    // The pages of stored records come from the lookups; any other is read (none in a save's linking).
    const missing = pagesToRead(ids, last?.id ?? Infinity, this.pages);
    if (missing.length) for (const [id, page] of await pagesById(this.db, missing)) this.pages.set(id, page);
    const pages = laidOut(records, ids, last, this.pages);
    for (const page of pages) this.pages.set(page.id, page);
    // New ids went into the last page or after it: the highest page written is the last one now.
    const highest = pages.reduce<EntityPageRecord | undefined>((top, p) => (top && top.id >= p.id ? top : p), undefined);
    if (allocating) this.last = Dexie.Promise.resolve(highest);
    return { ids, written: this.db.entityPages.bulkPut(pages) };
  }
}

/**
 * Deletes these entities. A page left empty goes, unless it is the last one (which keeps the highest
 * id ever handed out, see nextFreeId).
 */
export async function deleteEntities(db: SourcemarkDb, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return Dexie.Promise.resolve();
  const [pages, last] = await Promise.all([pagesById(db, ids.map(pageOf)), db.entityPages.orderBy(':id').last()]);
  for (const id of ids) {
    const page = pages.get(pageOf(id));
    const slot = id - pageOf(id) * ENTITY_PAGE;
    if (page && page.slots[slot]) page.slots[slot] = null;
  }
  const gone = [...pages.values()].filter((p) => p.id !== last?.id && p.slots.every((s) => !s)).map((p) => p.id);
  const kept = [...pages.values()].filter((p) => !gone.includes(p.id)).map(indexed);
  await Promise.all([kept.length ? db.entityPages.bulkPut(kept) : Dexie.Promise.resolve(0), gone.length ? db.entityPages.bulkDelete(gone) : Dexie.Promise.resolve()]);
}

/** The highest entity id ever handed out (0 for none), for an import choosing ids up front. */
export async function highestEntityId(db: SourcemarkDb): Promise<number> {
  return (await nextFreeId(db)) - 1;
}

/**
 * File id → stored id for entities an import adds: the file's id where free (a restore into an empty
 * store keeps every id), else fresh ids above every stored id and every id the file keeps.
 */
export async function allocateEntityIds(db: SourcemarkDb, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (ids.length === 0) return Dexie.Promise.resolve(out);
  const highest = await highestEntityId(db);
  const maybe = ids.filter((id) => id <= highest);
  const taken = await entitiesByIds(db, maybe);
  let next = highest;
  for (const id of ids) if (id > next) next = id;
  for (const id of ids) out.set(id, taken.has(id) ? ++next : id);
  return out;
}

/** Entities as page records, for an upgrade (the pages of version 9's records, ids kept). */
export function pagesOf(entities: readonly StoredEntity[]): EntityPageRecord[] {
  const pages = new Map<number, EntityPageRecord>();
  for (const e of entities) {
    const pageId = pageOf(e.id);
    let page = pages.get(pageId);
    if (!page) pages.set(pageId, (page = { id: pageId, keys: [], aliasKeys: [], slots: [] }));
    const slot = e.id - pageId * ENTITY_PAGE;
    while (page.slots.length < slot) page.slots.push(null);
    page.slots[slot] = e;
  }
  return [...pages.values()].map(indexed);
}
