/**
 * The raw mention type shared by the finders and the coreference stage: one surface form with its
 * span, what kind of entity it looks like and what is known about it.
 */
import type { EntityKind } from './types';
import type { KnownEntity } from './gazetteer';

/** One surface occurrence found in the text, before mentions are grouped into entities. */
export interface RawMention {
  /** Token range [from, to). */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** 'unknown' while a capitalised name has not been typed yet (coreference or compromise decide). */
  kind: EntityKind | 'unknown';
  known?: KnownEntity;
  /** Proposed canonical name when it differs from the text ("Iraq’s military" → "Iraqi military"). */
  name?: string;
  subtype?: string;
  /** Title kept apart from the name ("U.S. President"). */
  role?: string;
  sentence: number;
  /** An untyped single name right after "in", "near", "from"...: a place unless known otherwise. */
  afterLocative?: boolean;
  /** The kind the surrounding words suggest ("X said" → organization); used only when nothing links the name. */
  hint?: EntityKind;
  /** A bare organization head word ("the Commission"): kept only when it links to a full name. */
  headWord?: boolean;
  /** "@POTUS"-style handle. */
  handle?: boolean;
}

/** A title used without a name ("the Prime Minister", "the U.S. Secretary of State"). */
export interface RoleRef {
  start: number;
  end: number;
  from: number;
  to: number;
  role: string;
  sentence: number;
}
