/**
 * Cross-article linking: finds the stored entity an article's entity is, or decides it is new.
 * Linking is conservative: a surname alone links only when exactly one stored person carries it
 * (Masoud, Masrour and Nechirvan Barzani stay three people), and an ambiguous alias links nothing.
 */
import type { Entity } from '../annotate/types';
import type { SourcemarkDb } from './db';
import { entityKey, kindClass, normalizeName, surnameOf } from './entity-key';
import type { EntityRecord } from './records';

/** The surname key under which a person's record is found by a later bare surname. */
export function surnameKey(name: string): string {
  return `surname:${surnameOf(name)}`;
}

function isSingleWord(name: string): boolean {
  return !normalizeName(name).includes(' ');
}

/** The keys a stored entity is found under: its names and aliases, and for people their surname. */
export function lookupKeys(entity: Pick<Entity, 'kind' | 'name' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const n of [entity.name, ...entity.aliases]) {
    // A person's one-word alias is a surname: it goes under surname:, never as a full-name key.
    if (entity.kind === 'person' && isSingleWord(n) && n !== entity.name) continue;
    const norm = normalizeName(n);
    if (norm) keys.add(`${kindClass(entity.kind)}:${norm}`);
  }
  if (entity.kind === 'person' && !isSingleWord(entity.name)) keys.add(surnameKey(entity.name));
  return [...keys];
}

function unique(records: EntityRecord[]): EntityRecord[] {
  const byId = new Map<number, EntityRecord>();
  for (const r of records) if (r.id !== undefined) byId.set(r.id, r);
  return [...byId.values()];
}

/** The stored entity `entity` is the same actor or place as, if one can be told with confidence. */
export async function findStoredEntity(db: SourcemarkDb, entity: Entity): Promise<EntityRecord | undefined> {
  const exact = await db.entities.where('key').equals(entityKey(entity.kind, entity.name)).first();
  if (exact) return exact;
  const names = lookupKeys(entity).filter((k) => !k.startsWith('surname:'));
  const byAlias = unique(await db.entities.where('aliasKeys').anyOf(names).toArray());
  if (byAlias.length === 1) return byAlias[0];
  if (byAlias.length > 1) return undefined;
  if (entity.kind !== 'person') return undefined;
  if (isSingleWord(entity.name)) {
    // A bare surname: link only to the one stored person who has it.
    const people = unique(await db.entities.where('aliasKeys').equals(`surname:${normalizeName(entity.name)}`).toArray());
    return people.length === 1 ? people[0] : undefined;
  }
  // A full name whose surname was stored alone before ("Kadhimi" then "Mustafa al-Kadhimi"), provided
  // no other full-named person shares that surname.
  const bare = await db.entities.where('key').equals(entityKey('person', surnameOf(entity.name))).first();
  if (!bare) return undefined;
  const sharing = await db.entities.where('aliasKeys').equals(surnameKey(entity.name)).count();
  return sharing === 0 ? bare : undefined;
}

/** The record after folding `entity` into `stored`: the longer name wins, aliases accumulate. */
export function mergeEntity(stored: EntityRecord, entity: Entity): EntityRecord {
  const name = isSingleWord(stored.name) && !isSingleWord(entity.name) ? entity.name : stored.name;
  const aliases = new Set([...stored.aliases, stored.name, entity.name, ...entity.aliases]);
  aliases.delete(name);
  const merged = { ...stored, name, aliases: [...aliases] };
  return {
    ...merged,
    key: name === stored.name ? stored.key : entityKey(entity.kind, name),
    role: entity.role ?? stored.role,
    subtype: stored.subtype ?? entity.subtype,
    aliasKeys: lookupKeys(merged),
  };
}

/** A new record for an entity seen for the first time. */
export function newEntityRecord(entity: Entity): EntityRecord {
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  return {
    key: entityKey(entity.kind, entity.name),
    name: entity.name,
    kind: entity.kind,
    subtype: entity.subtype,
    role: entity.role,
    aliases,
    aliasKeys: lookupKeys({ kind: entity.kind, name: entity.name, aliases }),
  };
}
