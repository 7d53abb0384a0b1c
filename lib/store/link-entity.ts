/**
 * Cross-article linking, the record side: the keys a stored entity is found under, and how an
 * article's entity folds into the record it links to (the decision itself is in link-entities.ts).
 * Linking is conservative: a surname alone links only when exactly one stored person carries it
 * (Masoud, Masrour and Nechirvan Barzani stay three people), and an ambiguous alias links nothing.
 */
import type { Entity } from '../annotate/types';
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

/** The name keys (not the surname key) under which an entity's stored record may be found. */
export function linkNames(entity: Pick<Entity, 'kind' | 'name' | 'aliases'>): string[] {
  return lookupKeys(entity).filter((k) => !k.startsWith('surname:'));
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
