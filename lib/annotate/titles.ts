/**
 * Recognises titles ("Prime Minister", "Secretary of State", "spokesman") around names, so they are
 * left out of mentions and kept as the person's role.
 */
import { CAPITALISED_ONLY_TITLES, TITLES } from './vocab';
import type { Token } from './tokenize';

const TITLE_SEQS: string[][] = TITLES.map((t) => t.split(' ')).sort((a, b) => b.length - a.length);

/** Titles indexed by their first word (without a trailing dot), longest first. */
const BY_FIRST = new Map<string, string[][]>();
for (const seq of TITLE_SEQS) {
  const k = (seq[0] ?? '').replace(/\.$/, '').split('-')[0] ?? '';
  const list = BY_FIRST.get(k) ?? [];
  list.push(seq);
  BY_FIRST.set(k, list);
}

/** Token texts of a title as compared: lower case, "Sen." as "sen." (the tokenizer splits the dot). */
function tokenWord(tokens: Token[], i: number): { word: string; width: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const dot = tokens[i + 1];
  if (t.word && dot && dot.text === '.' && !dot.spaceBefore) return { word: `${t.lower}.`, width: 2 };
  return { word: t.lower, width: 1 };
}

/** Length in tokens of the longest title starting at token i, or 0. */
export function titleAt(tokens: Token[], i: number, limit = tokens.length): number {
  const candidates = BY_FIRST.get(tokens[i]?.lower ?? '');
  if (!candidates) return 0;
  for (const seq of candidates) {
    if (!tokens[i]?.cap && seq.length === 1 && CAPITALISED_ONLY_TITLES.has(seq[0] ?? '')) continue;
    let j = i;
    let ok = true;
    for (const w of seq) {
      if (j >= limit) { ok = false; break; }
      const tw = tokenWord(tokens, j);
      if (!tw) { ok = false; break; }
      if (tw.word === w) { j += tw.width; continue; }
      if (tw.width === 2 && tokens[j]?.lower === w) { j += 1; continue; }
      const hy = w.split('-');
      if (hy.length === 2 && tokens[j]?.lower === hy[0] && tokens[j + 1]?.text === '-' && tokens[j + 2]?.lower === hy[1]) { j += 3; continue; }
      ok = false;
      break;
    }
    if (ok) return j - i;
  }
  return 0;
}

/** True when the token starts a title. */
export function isTitleStart(tokens: Token[], i: number): boolean {
  return titleAt(tokens, i) > 0;
}
