/**
 * Deterministic, distinct names for the storage benchmark's entity pool (tens of thousands of actors
 * and places): entity i always has the same name and kind, so the same entity recurs across generated
 * articles the way "Iraq" or "Reuters" recur across real reading.
 */
import type { EntityKind } from '../../lib/annotate/types';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'sa', 'dor', 'ni', 'bel', 'qu', 'har', 'zi', 'om', 'fel', 'ta', 'rin', 'gu', 'pa', 'es'];
const ORG_HEADS = ['Ministry', 'Council', 'Party', 'Agency', 'Company', 'Forces', 'Union', 'Authority', 'Bank', 'Front'];

function word(n: number, syllables: number): string {
  let s = '';
  let rest = n;
  for (let i = 0; i < syllables; i++) {
    s += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The kind of pool entity `i`: two people, two organizations and one place in every five. */
export function poolKind(i: number): EntityKind {
  const r = i % 5;
  return r < 2 ? 'person' : r < 4 ? 'organization' : 'place';
}

/** The name of pool entity `i`, distinct for every i below 160,000. */
export function poolName(i: number): string {
  const kind = poolKind(i);
  if (kind === 'person') return `${word(i, 2)} ${word(Math.floor(i / 400) + 7, 3)}`;
  if (kind === 'organization') return `${word(i, 4)} ${ORG_HEADS[i % ORG_HEADS.length]}`;
  return `${word(i, 4)}ia`;
}
