/**
 * Sentence boundaries with offsets. Rule-based on tokens: a full stop, question or exclamation mark
 * ends a sentence unless it belongs to a known abbreviation; a line break always does (headlines,
 * captions and list items have no final punctuation).
 */
import type { Token } from './tokenize';

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'gov', 'sen',
  'rep', 'rev', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'dept', 'est', 'fig',
]);

/** U.S. state abbreviations of datelines ("NASHVILLE, Tenn. (AP) —"): no sentence end before "(" or ",". */
const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass',
  'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** A sentence as token index range [from, to) plus its character span. */
export interface SentenceSpan {
  start: number;
  end: number;
  from: number;
  to: number;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Splits a token stream into sentences. */
export function splitSentences(tokens: Token[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  const close = (to: number): void => {
    if (to > from) {
      const first = tokens[from];
      const last = tokens[to - 1];
      if (first && last) out.push({ start: first.start, end: last.end, from, to });
    }
    from = to;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (i > from && t.newlineBefore) close(i);
    if (t.text !== '.' && t.text !== '!' && t.text !== '?' && t.text !== '…') continue;
    let j = i + 1;
    while (j < tokens.length && CLOSERS.has(tokens[j]?.text ?? '') && !tokens[j]?.spaceBefore) j++;
    const next = tokens[j];
    if (!next) { close(j); i = j - 1; continue; }
    if (!next.spaceBefore) continue;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && !t.spaceBefore && ABBREVIATIONS.has(prev.lower) && !next.newlineBefore) continue;
    if (t.text === '.' && prev?.cap && !t.spaceBefore && STATE_ABBREVIATIONS.has(prev.lower) && /^[(,]$/.test(next.text)) continue;
    if (/^\p{Ll}/u.test(next.text) && !next.newlineBefore) continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return out;
}
