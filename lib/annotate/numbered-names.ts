/**
 * Names written with digits: a gang or group named by a word and a number ("Barrio 18") or
 * by a token opening with a digit ("3R"). A run of capitalised
 * words stops at a digit, so these were cut ("Barrio") or lost ("3R"). Digits are everywhere in news
 * (dates, tolls, route and flight numbers), so such a name counts only where the article itself
 * introduces it as a body: once before a group noun ("the Barrio 18 gang", "3R rebels") or before an
 * appositive whose head is one ("3R, a Central African armed group"). Every other occurrence of that
 * exact form in the article is then the same name.
 */
import { ORG_APPOSITIVE_HEADS, ORG_TAILS } from './context-vocab';
import type { Token } from './tokenize';

/** A token opening with digits and holding a capital letter: "3R", "M23" is a capitalised word already. */
const DIGIT_NAME_RE = /^\d{1,2}[A-Z][A-Za-z0-9]{0,4}$/;
/** A short number that may close a name ("Barrio 18"), not a year. */
const NAME_NUMBER_RE = /^\d{1,3}$/;

/** Lower-case group nouns that may follow such a name ("gang", "rebels"), with "rebel" as in "3R rebel group". */
function groupNounAt(tokens: Token[], k: number): boolean {
  const w = tokens[k];
  if (!w || !w.word || w.cap) return false;
  if (ORG_TAILS.has(w.lower)) return true;
  return /^(rebel|armed|militia|gang|separatist|jihadist)$/.test(w.lower) && ORG_TAILS.has(tokens[k + 1]?.lower ?? '');
}

/** ", a Central African armed group": an appositive after k whose head (within six words) is a body's noun. */
function bodyAppositiveAt(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let p = k + 2; p < k + 8; p++) {
    const t = tokens[p];
    if (!t || !t.word) return false;
    if (!t.cap && ORG_APPOSITIVE_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** The numbered names the article introduces as bodies, by their exact text ("3R", "Barrio 18"). */
export function numberedNames(tokens: Token[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const introduced = (after: number): boolean => groupNounAt(tokens, after) || bodyAppositiveAt(tokens, after);
    if (DIGIT_NAME_RE.test(t.text) && introduced(i + 1)) names.add(t.text);
    const prev = tokens[i - 1];
    if (NAME_NUMBER_RE.test(t.text) && prev?.cap && prev.word && !prev.upper && t.spaceBefore && introduced(i + 1)) names.add(`${prev.text} ${t.text}`);
  }
  return names;
}

/** Token i opens a numbered name the article introduced ("3R"). */
export function opensNumberedName(tokens: Token[], i: number, names: ReadonlySet<string>): boolean {
  const t = tokens[i];
  return !!t && DIGIT_NAME_RE.test(t.text) && names.has(t.text);
}

/** Token i is the number closing a numbered name the article introduced ("18" after "Barrio"). */
export function closesNumberedName(tokens: Token[], i: number, names: ReadonlySet<string>): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  return !!t && !!prev && NAME_NUMBER_RE.test(t.text) && t.spaceBefore && names.has(`${prev.text} ${t.text}`);
}
