/**
 * Entry point of the annotation engine: text in, Annotation out. Synchronous and DOM-free so the
 * extension's service worker, the CLI and the tests all call the same function.
 */
import type { KnowledgeEntry } from '../knowledge/schema';
import { findAttributions } from './attributions';
import { typeWithCompromise } from './compromise-types';
import { gazetteerFor } from './engine';
import { buildEntities } from './entities';
import { findMentions } from './find-mentions';
import { extractIncidents } from './incidents';
import { propagateMentions } from './propagate';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';
import { ANNOTATION_VERSION, type Annotation, type ArticleMeta } from './types';

/** Options of one annotate call (may grow; every field optional). */
export interface AnnotateOptions {
  /** Maximum number of words annotated; the rest is ignored and `truncated` set. Default 60,000. */
  maxWords?: number;
  /** Extra knowledge entries (user-added actors and places); they win over built-in ones. */
  knowledge?: readonly KnowledgeEntry[];
}

export const DEFAULT_MAX_WORDS = 60000;

/** Offset where the text passes `maxWords` words, or the text length. */
function capOffset(text: string, maxWords: number): { end: number; words: number; truncated: boolean } {
  const re = /\S+/g;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    n++;
    if (n > maxWords) return { end: m.index, words: maxWords, truncated: true };
  }
  return { end: text.length, words: n, truncated: false };
}

/** Annotates one article's text: sentences, actors, places, attributions and incidents (incidents/). */
export function annotate(text: string, meta?: ArticleMeta, options?: AnnotateOptions): Annotation {
  const cap = capOffset(text, options?.maxWords ?? DEFAULT_MAX_WORDS);
  const gaz = gazetteerFor(options?.knowledge);
  const tokens = tokenize(text, 0, cap.end);
  const sentences = splitSentences(tokens);
  const found = findMentions(text, tokens, sentences, gaz);
  const built = buildEntities(found.mentions, gaz, (ms) => typeWithCompromise(text, sentences, ms));
  propagateMentions(text, tokens, built, found.mentions);
  const attributions = findAttributions({ text, tokens, sentences, mentions: found.mentions, roleRefs: found.roleRefs, built });
  const sentenceSpans = sentences.map((s) => ({ start: s.start, end: s.end }));
  const incidents = extractIncidents({
    text: text.slice(0, cap.end), sentences: sentenceSpans, entities: built.entities, attributions,
    ...(meta?.publishedTime ? { publishedTime: meta.publishedTime } : {}),
  });
  return {
    version: ANNOTATION_VERSION,
    sentences: sentenceSpans,
    entities: built.entities,
    attributions,
    incidents,
    wordCount: cap.words,
    truncated: cap.truncated,
  };
}
