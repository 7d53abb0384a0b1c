/**
 * Sentence and clause spans for incident extraction. Incidents are decided per clause: one sentence
 * can report an event and, after "including" or "suggesting", an unrelated earlier one.
 */
import type { Span } from '../types';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'gov', 'sen', 'rep', 'st', 'jr',
  'sr', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'approx', 'dept', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e',
]);

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Splits a text range into sentences at terminal punctuation and line breaks (fallback splitter). */
export function splitSentencesSimple(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number): void => {
    const t = trimSpan(text, start, end);
    if (t) out.push(t);
    start = end;
  };
  const re = /\n+|[.!?…]["”’')\]]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    if (m[0].startsWith('\n')) { push(m.index); continue; }
    const before = text.slice(Math.max(from, m.index - 12), m.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
    push(m.index + m[0].length);
  }
  push(to);
  return out;
}

/**
 * The engine's sentences, cut again at line breaks (headlines and captions have no full stop) and
 * trimmed; when the engine gives none, the simple splitter's.
 */
export function refineSentences(text: string, sentences: Span[]): Span[] {
  if (sentences.length === 0) return splitSentencesSimple(text);
  const out: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    const re = /\n+/g;
    re.lastIndex = s.start;
    for (let m = re.exec(text); m && m.index < s.end; m = re.exec(text)) {
      const t = trimSpan(text, start, m.index);
      if (t) out.push(t);
      start = m.index + m[0].length;
    }
    const t = trimSpan(text, start, s.end);
    if (t) out.push(t);
  }
  return out;
}

const CLAUSE_BREAK_RE =
  /;\s+|(?<=\b(?:19|20)\d\d|\b(?:last|this)\s+(?:year|month)|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}),\s+(?=when\s)|,["”’]?\s+(?=(?:including|suggesting|adding|while|whereas|although|though|but|saying|prompting|(?:(?:just|only|barely)\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+)?(?:hours|days|minutes|weeks|shortly|a day|a week|soon) after)\b)|\s+(?=but\s)|\s+(?=and\s+the\s+(?:19|20)\d\d\s+[\w-]+\s+(?:of|at|on|in)\s)|\s+(?=followed\s+(?:an?|another|one of|the\s+(?:[\w-]+\s+)?(?:abduction|kidnapping|killing|murder|assassination|bombing|shooting|ambush|raid|storming)\s+(?:on|of|in|at|by|last)\s)\s*)|\s+(?=came (?:\w+ ){0,2}?after\s)|\s+(?=(?:in\s+)?(?:revenge|retaliation|reprisal)\s+for\s+(?:the|an?)\s)|,\s+(?=(?:and|before)\s+(?:[\w'’.-]+\s+){1,4}(?:said|says|reported|announced)\s)|,\s+(?=and\s+(?:(?:in|on|early|late)\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:last|earlier|later|that)\s+(?:week|month|year|day))\b)|,\s+(?=and\s+(?:(?:just|only)\s+)?(?:(?:one|two|three|four|five|six|seven|a few|several|\d+)\s+)?(?:hours|days|weeks|months|a day|a week|a month)\s+later\b)/g;

/**
 * A fronted time adjunct that names another event by reference ("Hours before the raid on X,", "Days
 * after the bombing,"): it dates the sentence against that event; the clause after it reports a new one.
 */
export const FRONTED_STEP_RE =
  /^(?:(?:just|only|some|a few|several|two|three|four|\d+)\s+)?(?:hours?|minutes?|days?|weeks?|months?|moments)\s+(?:before|after|earlier than)\s+(?:the|his|her|their|its)\s+[^,;]{1,80},\s+/i;

/**
 * Splits a sentence into clauses where a new, possibly unrelated, statement starts: also before
 * "followed the abduction on Saturday of ..." (an earlier event named by its own noun), before
 * "revenge for the killing of ..." (the event avenged is an earlier one), before ", and in July a
 * bomb killed ..." or ", and days later two more were shot dead" (a second event with its own time) and before ", and the army said its jets
 * struck ..." or ", local officials said, before the army said its jets had struck ..." (another
 * speaker's report, which may be of another act).
 */
export function splitClauses(text: string, s: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(s.start, s.end);
  let start = 0;
  const fronted = FRONTED_STEP_RE.exec(body);
  if (fronted) {
    const t = trimSpan(text, s.start, s.start + fronted[0].trimEnd().length - 1);
    if (t) out.push(t);
    start = fronted[0].length;
  }
  for (const m of body.matchAll(CLAUSE_BREAK_RE)) {
    if (m.index < start) continue;
    const t = trimSpan(text, s.start + start, s.start + m.index + (m[0].startsWith(',') || m[0].startsWith(';') ? 1 : 0));
    if (t) out.push(t);
    start = m.index + m[0].length;
  }
  const t = trimSpan(text, s.start + start, s.end);
  if (t) out.push(t);
  return out;
}

const DATELINE_RE =
  /^(?:[\p{Lu}][\p{Lu}.'’/-]+(?:\s+[\p{Lu}][\p{Lu}.'’/-]+)*(?:,\s*[\p{Lu}\d][\p{L}\d .'’-]{0,40}?){0,3}\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+|[\p{Lu}][\p{L} ]{0,30}\/\s*)/u;

/**
 * Where the text proper starts after a dateline ("ERBIL, Kurdistan Region - ", "LONDON/DUBAI, July 9
 * (Reuters) - ": a story filed from two desks), else `s.start`.
 */
export function datelineEnd(text: string, s: Span): number {
  const m = DATELINE_RE.exec(text.slice(s.start, s.end));
  return m ? s.start + m[0].length : s.start;
}
