/**
 * Attributions: where the text attributes information to a source (placeholder until the cue rules land).
 */
import type { BuiltEntities } from './entities';
import type { RawMention, RoleRef } from './mention';
import type { SentenceSpan } from './sentences';
import type { Token } from './tokenize';
import type { Attribution } from './types';

/** Everything the attribution rules read. */
export interface AttributionInput {
  text: string;
  tokens: Token[];
  sentences: SentenceSpan[];
  mentions: RawMention[];
  roleRefs: RoleRef[];
  built: BuiltEntities;
}

/** Finds the attributions of a text. */
export function findAttributions(input: AttributionInput): Attribution[] {
  void input;
  return [];
}
