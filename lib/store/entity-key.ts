/**
 * The cross-article identity of an entity: the same actor named "Al-Kadhimi" in one story and
 * "al-Kadhimi" in another must be one stored entity.
 */
import type { EntityKind } from '../annotate/types';

/** Lowercased, without diacritics, curly quotes or a leading "the". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key of the stored entity an annotated entity belongs to. */
export function entityKey(kind: EntityKind, name: string): string {
  return `${kind}:${normalizeName(name)}`;
}
