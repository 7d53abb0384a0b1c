/**
 * Finds a quote again in text that may have changed since it was annotated: the page re-rendered,
 * a live blog added posts above it, an editor fixed a typo. Pure string logic (no DOM), after
 * Hypothesis's match-quote: exact quote + position + about 32 characters of prefix and suffix, a
 * fuzzy fallback, and no answer at all when the evidence is weak — a missing highlight is better
 * than one on the wrong words.
 */
import { approxSearch, similarity } from './edit-distance';

/** What is stored to find a span again: the W3C TextQuoteSelector plus a TextPositionSelector hint. */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote started when last seen: a hint, not a promise. */
  start: number;
}

/** Where a quote was found, and how sure the match is (0..1). */
export interface QuoteMatch {
  start: number;
  end: number;
  score: number;
}

/** Below this score a candidate is refused and the span is orphaned. */
export const MIN_MATCH_SCORE = 0.5;
/** Positions further than this from the hint get no credit for position. */
const POSITION_SCALE = 2000;
/** The most exact occurrences scored for one quote (a very common word in a huge page). */
const MAX_CANDIDATES = 500;
/** Fuzzy search looks only this far on each side of the hint: it is the slow path. */
const FUZZY_WINDOW = 4096;
/** Shortest quote searched fuzzily: one typo in a three-letter name is another name. */
const MIN_FUZZY_LENGTH = 5;
/** Share of a quote's characters that may differ in a fuzzy match. */
const FUZZY_ERROR_RATE = 0.2;
/** A fuzzy match needs at least this much agreement of context. */
const MIN_FUZZY_CONTEXT = 0.6;

/** How well the text around [start, end) agrees with the stored prefix and suffix (0..1). */
export function contextScore(text: string, sel: QuoteSelector, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start);
  const after = text.slice(end, end + sel.suffix.length);
  return (similarity(sel.prefix, before) + similarity(sel.suffix, after)) / 2;
}

function positionScore(hint: number, start: number): number {
  return 1 - Math.min(1, Math.abs(hint - start) / POSITION_SCALE);
}

function exactScore(text: string, sel: QuoteSelector, start: number, hint: number): number {
  return 0.7 * contextScore(text, sel, start, start + sel.exact.length) + 0.3 * positionScore(hint, start);
}

/** Exact occurrences of `exact` in `text`, at most `limit` of them. */
function occurrences(text: string, exact: string, limit: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < limit; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

function bestExact(text: string, sel: QuoteSelector, hints: number[]): QuoteMatch | null {
  const { exact } = sel;
  // Cheap path first: the quote is still where it was, or moved by the same shift as its neighbours.
  for (const hint of hints) {
    if (hint >= 0 && text.startsWith(exact, hint)) {
      const score = exactScore(text, sel, hint, hint);
      if (score >= MIN_MATCH_SCORE) return { start: hint, end: hint + exact.length, score };
    }
  }
  let best: QuoteMatch | null = null;
  const hint = hints[0] ?? 0;
  for (const start of occurrences(text, exact, MAX_CANDIDATES)) {
    const score = exactScore(text, sel, start, hint);
    if (!best || score > best.score) best = { start, end: start + exact.length, score };
  }
  return best && best.score >= MIN_MATCH_SCORE ? best : null;
}

function bestFuzzy(text: string, sel: QuoteSelector): QuoteMatch | null {
  const { exact } = sel;
  if (exact.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.max(1, Math.floor(exact.length * FUZZY_ERROR_RATE));
  const from = Math.max(0, sel.start - FUZZY_WINDOW);
  const to = Math.min(text.length, sel.start + exact.length + FUZZY_WINDOW);
  let best: QuoteMatch | null = null;
  for (const m of approxSearch(text, exact, maxErrors, from, to)) {
    const context = contextScore(text, sel, m.start, m.end);
    if (context < MIN_FUZZY_CONTEXT) continue;
    const quote = 1 - m.errors / exact.length;
    const score = 0.5 * quote + 0.4 * context + 0.1 * positionScore(sel.start, m.start);
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && best.score >= MIN_MATCH_SCORE ? best : null;
}

/**
 * Finds `sel` in `text`: first exactly at the hint (or at the hint moved by `shift`, the offset its
 * neighbours moved by), then the best-scored exact occurrence, then a fuzzy match near the hint.
 * Returns null (an orphan) when nothing scores well enough.
 */
export function matchQuote(text: string, sel: QuoteSelector, shift = 0): QuoteMatch | null {
  if (!sel.exact) return null;
  const hints = shift === 0 ? [sel.start] : [sel.start + shift, sel.start];
  return bestExact(text, sel, hints) ?? bestFuzzy(text, shift === 0 ? sel : { ...sel, start: sel.start + shift });
}
