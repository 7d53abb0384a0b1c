/**
 * Splits text into word and punctuation tokens that keep their exact offsets, so every later stage
 * (names, cues, sentences) works on tokens and still reports JavaScript string indices.
 */

import { normToken } from './normalize';

/** One token: a word, an abbreviation ("U.S."), a handle ("@POTUS"), a number or one punctuation mark. */
export interface Token {
  text: string;
  lower: string;
  /** Lower case without diacritics, straight apostrophes: the gazetteer's key. */
  norm: string;
  start: number;
  end: number;
  /** Word-like (letters or digits), as opposed to punctuation. */
  word: boolean;
  /** Starts with an upper-case letter (or is a handle / all-caps abbreviation). */
  cap: boolean;
  /** Every letter is upper case and there are at least two ("ERBIL", "NATO"). */
  upper: boolean;
  /** Whitespace (or start of text) directly before the token. */
  spaceBefore: boolean;
  /** A line break lies between the previous token and this one. */
  newlineBefore: boolean;
}

// An initial ("John F. Kennedy") is a capital and a full stop before a capitalised word, unless that
// word opens a sentence and never a name ("posted on X. The agency said": X ends the sentence).
const TOKEN_RE =
  /@[\p{L}\p{N}_]+|(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu}\p{Ll})(?!\s+(?:The|It|He|She|They|We|This|That|These|Those|His|Her|Its|Their|There|But|And|In|On|At|When|While|After)\b)|[\p{L}\p{N}]+(?:[’'][\p{L}]+)*|\S/gu;
const POSSESSIVE_RE = /^(.+?)([’']s?)$/u;

/** Tokenizes text; possessive endings ("’s", a bare "s’") become tokens of their own. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let prevEnd = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m.index >= to) break;
    let raw = m[0];
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const spaceBefore = start === 0 || gap.length > 0;
    const newlineBefore = /[\n\r]/.test(gap);
    const poss = /[’']s$/u.test(raw) && raw.length > 2 ? POSSESSIVE_RE.exec(raw) : null;
    if (poss && poss[1] && poss[2]) {
      raw = poss[1];
      out.push(makeToken(raw, start, spaceBefore, newlineBefore));
      out.push(makeToken(poss[2], start + raw.length, false, false));
    } else {
      out.push(makeToken(raw, start, spaceBefore, newlineBefore));
    }
    prevEnd = start + m[0].length;
  }
  return out;
}

function makeToken(text: string, start: number, spaceBefore: boolean, newlineBefore: boolean): Token {
  const word = /[\p{L}\p{N}]/u.test(text);
  const first = text.replace(/^@/, '').charAt(0);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const cap = word && (text.startsWith('@') || (first !== first.toLowerCase() && first === first.toUpperCase()));
  const lower = text.toLowerCase();
  const norm = /^[a-z0-9.@_-]*$/.test(lower) ? lower : normToken(text);
  return { text, lower, norm, start, end: start + text.length, word, cap, upper, spaceBefore, newlineBefore };
}
