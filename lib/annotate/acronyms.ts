/**
 * "Group for the Support of Islam and Muslims (JNIM)": a capitalised name followed by an acronym in
 * brackets is how news introduces a new organization. The whole name (with its "of", "for", "the")
 * becomes one mention and the acronym an alias, so later bare "JNIM" links back to it.
 */
import { isFirstName, lexTags } from './lexicon';
import { POSSESSIVE_NAME_NOUNS } from './vocab';
import type { Token } from './tokenize';

/** One "Expansion (ACR)" found in the text. */
export interface AcronymDefinition {
  /** Token range of the expansion. */
  from: number;
  to: number;
  /** Token index of the acronym (between the brackets). */
  acronym: number;
  /** The expansion is a lower-case description of a body named before ("the task force, known by its initials FTC"). */
  described?: boolean;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'wal', 'wa', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'el', 'al', '&', 'to', 'ng', 'van', 'von', 'der', 'del', 'da', 'di', 'dos', 'das']);
const MAX_TOKENS = 14;
const LEADING_FUNCTION_WORDS = /^(the|a|an|on|in|at|by|with|from|after|before|during|while|when|as|and|of|for|to|its|their|his|her|this|that|these|those|but|meanwhile|however|both|former|then)$/;

/** An acronym-shaped token: 2-8 letters or digits, starting upper case, at least two capitals. */
export function isAcronymToken(t: Token | undefined): boolean {
  if (!t || !t.word || t.text.length < 2 || t.text.length > 8) return false;
  if (!/^\p{Lu}[\p{L}\p{N}]+$/u.test(t.text)) return false;
  return (t.text.match(/\p{Lu}/gu) ?? []).length >= 2;
}

function isTimeWord(lower: string): boolean {
  return lexTags(lower).some((x) => x === 'WeekDay' || x === 'Month' || x === 'Date');
}

/** Endings of plurals of people (bankers, journalists, merchants, residents, contractors, physicians, retirees). */
const PEOPLE_PLURAL_RE = /(ers|ists|ants|ents|ors|ians|ees)$/;

/** Token k is the possessive of a capitalised people noun inside a name ("Children's", "Workers'"). */
export function isNamePossessive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || t.spaceBefore || !/^[’']s?$/.test(t.text) || !prev?.cap || !tokens[k + 1]?.cap) return false;
  // "Bankers' Association", "Exporters' Union": a bare apostrophe after a plural of people (by its ending)
  // is the plural possessive of a body's name ("the Philippines' coast guard" is no such plural).
  return POSSESSIVE_NAME_NOUNS.has(prev.lower) || (t.text.length === 1 && PEOPLE_PLURAL_RE.test(prev.lower));
}

/** Walks back from the "(" at index `open` over the capitalised name; returns its start or -1. */
function expansionStart(tokens: Token[], open: number, floor: number): number {
  let k = open - 1;
  let start = -1;
  for (let n = 0; k >= floor && n < MAX_TOKENS; n++, k--) {
    const t = tokens[k];
    if (!t) break;
    const next = tokens[k + 1];
    if (next && next.newlineBefore) break;
    if (t.word && t.cap) {
      if (isTimeWord(t.lower)) break;
      start = k;
      continue;
    }
    if (t.text === '-' && !t.spaceBefore) continue;
    // "United Nations Children's Fund (UNICEF)": a people noun's possessive inside the name.
    if (isNamePossessive(tokens, k)) continue;
    // "Tehreek-e-Taliban": a lower-case particle inside a hyphenated name.
    if (t.word && tokens[k - 1]?.text === '-' && next?.text === '-' && !t.spaceBefore && !next.spaceBefore) continue;
    if ((t.word || t.text === '&') && CONNECTORS.has(t.lower)) continue;
    break;
  }
  if (start < 0) return -1;
  // Drop leading connectors and a sentence-initial common word ("The", "On").
  while (start < open && (!tokens[start]?.cap || LEADING_FUNCTION_WORDS.test(tokens[start]?.lower ?? ''))) start++;
  // "Peter Kiprotich of the United Democratic Alliance (UDA)": a person's name and "of the" are not part of it.
  if (isFirstName(tokens[start]?.lower ?? '')) {
    for (let k = start + 1; k < Math.min(open, start + 4); k++) {
      if (!tokens[k]?.cap) {
        if (tokens[k]?.lower === 'of') { start = k + 1; while (start < open && !tokens[start]?.cap) start++; }
        break;
      }
    }
  }
  return start < open ? start : -1;
}

/** Every "Expansion (ACR)" in the token range [from, to). */
export function findAcronymDefinitions(tokens: Token[], from: number, to: number): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = from + 1; i + 2 < to; i++) {
    if (tokens[i]?.text !== '(' || tokens[i + 2]?.text !== ')' || !isAcronymToken(tokens[i + 1])) continue;
    const start = expansionStart(tokens, i, from);
    if (start < 0) continue;
    let capWords = 0;
    for (let k = start; k < i; k++) if (tokens[k]?.cap && tokens[k]?.word) capWords++;
    if (capWords < 2) continue;
    out.push({ from: start, to: i, acronym: i + 1 });
  }
  // "the Joint Task Force, known by its Spanish initials FTC,": the same introduction in words.
  for (let i = from + 1; i + 5 < to; i++) {
    if (tokens[i]?.text !== ',' || tokens[i + 1]?.lower !== 'known' || tokens[i + 2]?.lower !== 'by' || !/^(its|the|their)$/.test(tokens[i + 3]?.lower ?? '')) continue;
    const k = /^(initials|acronym|abbreviation)$/.test(tokens[i + 4]?.lower ?? '') ? i + 5 : /^(initials|acronym|abbreviation)$/.test(tokens[i + 5]?.lower ?? '') ? i + 6 : -1;
    if (k < 0 || !isAcronymToken(tokens[k])) continue;
    const start = expansionStart(tokens, i, from);
    let capWords = 0;
    for (let j = Math.max(start, from); start >= 0 && j < i; j++) if (tokens[j]?.cap && tokens[j]?.word) capWords++;
    if (start >= 0 && capWords >= 2) { out.push({ from: start, to: i, acronym: k }); continue; }
    // "the task force, known by its Spanish initials FTC": a body named before, described in lower case.
    let d = i;
    while (d - 1 > from && i - (d - 1) <= 3 && tokens[d - 1]?.word && !tokens[d - 1]?.cap && tokens[d - 1]?.lower !== 'the') d--;
    if (d < i && tokens[d - 1]?.lower === 'the') out.push({ from: d, to: i, acronym: k, described: true });
  }
  return out;
}
