import type { Span } from '../annotate/types';

/** Longest sentence kept with an appearance; the popup shows it as the mention's context. */
export const MAX_SENTENCE_CHARS = 320;

/** The sentence around [start, end), so the popup can show where an entity was read. */
export function sentenceOf(text: string, sentences: readonly Span[], start: number, end: number): string {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return clip(text.slice(s.start, Math.max(s.end, end)).trim());
  }
  return clip(text.slice(Math.max(0, start - 120), end + 160).trim());
}

/** The sentence as kept: cut to MAX_SENTENCE_CHARS with an ellipsis (article-text.ts rebuilds it from its span). */
export function clip(s: string): string {
  return s.length > MAX_SENTENCE_CHARS ? `${s.slice(0, MAX_SENTENCE_CHARS - 1)}…` : s;
}
