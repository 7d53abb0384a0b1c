/**
 * The cross-article identity of an entity: the same actor named "Al-Kadhimi" in one story and
 * "al-Kadhimi" in another must be one stored entity, and a person typed as an organization in one
 * article is still the same actor.
 */
import type { EntityKind } from '../annotate/types';

/** Lowercased, without diacritics, curly quotes, a leading "the" or Arabic "al-"/"el-" particles. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/(^|\s)(?:(?:al|el)[-\s]|(?:ad|ar|as|an|at|az|ash|ath)-)(?=\p{L})/gu, '$1')
    .replace(/[.\u00b7]/g, '')
    .replace(/[-\u2010-\u2015]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Actors (people and organizations) share one key space, places another. */
export function kindClass(kind: EntityKind): 'actor' | 'place' {
  return kind === 'place' ? 'place' : 'actor';
}

/** Key of the stored entity an annotated entity belongs to. */
export function entityKey(kind: EntityKind, name: string): string {
  return `${kindClass(kind)}:${normalizeName(name)}`;
}

/** Every key a name and its aliases can be found under (for the multi-entry aliasKeys index). */
export function aliasKeys(kind: EntityKind, name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const norm = normalizeName(n);
    if (norm) keys.add(`${kindClass(kind)}:${norm}`);
  }
  return [...keys];
}

/** The last word of a person's normalised name: the surname a later article may use alone. */
export function surnameOf(name: string): string {
  const parts = normalizeName(name).split(' ');
  return parts[parts.length - 1] ?? '';
}
