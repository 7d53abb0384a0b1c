/**
 * Attributions: every place the text attributes information to a source. Finds reporting cues,
 * then the source around each cue (a named entity, a role such as "the Secretary of State", a
 * pronoun or "the statement" resolved to an earlier source, or an unnamed source such as "two
 * security officials"), the channel ("told Reuters", "in a statement") and the reported content.
 */
import { ANONYMOUS_HEADS, CUE_EXTENSIONS, CUE_WORDS, INVERTIBLE_CUES, needsMet, SKIPPABLE, type CueSpec } from './cues';
import { isHeadline } from './find-mentions';
import { genderOf } from './gender';
import { NATIONAL_INSTITUTIONS, ORG_HEADS, REBEL_ARMY_NAME_RE, TITLES } from './vocab';
import type { BuiltEntities } from './entities';
import { lexTags } from './lexicon';
import { titleAt } from './titles';
import type { RawMention, RoleRef } from './mention';
import { nameKey } from './normalize';
import type { SentenceSpan } from './sentences';
import type { Token } from './tokenize';
import type { Attribution, Entity } from './types';

/** Everything the attribution rules read. */
export interface AttributionInput {
  text: string;
  tokens: Token[];
  sentences: SentenceSpan[];
  mentions: RawMention[];
  roleRefs: RoleRef[];
  built: BuiltEntities;
}

/** A resolved source phrase. */
interface Source {
  from: number;
  to: number;
  name: string;
  entity?: Entity;
  anonymous: boolean;
  /** A body named only by a description ("the Sinaloa state prosecutor's office"): "it" may stand for it. */
  description?: boolean;
}

interface State {
  input: AttributionInput;
  mentionEnding: Map<number, RawMention>;
  mentionStarting: Map<number, RawMention>;
  roleEnding: Map<number, RoleRef>;
  entityById: Map<string, Entity>;
  out: Attribution[];
  lastPerson?: Source;
  lastOrg?: Source;
  lastAny?: Source;
  lastStatement?: Source;
  /** Bodies named so far only by a description, so a shorter one later ("the prosecutor's office") can reuse the name. */
  descriptions: string[];
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot', 'declined', 'refused']);
const PRONOUNS: Record<string, 'person' | 'organization' | 'any'> = { he: 'person', she: 'person', it: 'organization', they: 'any' };
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|morning|evening|night|afternoon|week|weekend|month|year|\d+)$/;
const PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'of', 'for', 'inside', 'outside', 'across']);

/** Finds the attributions of a text, in text order. */
export function findAttributions(input: AttributionInput): Attribution[] {
  const st: State = {
    input,
    mentionEnding: new Map(),
    mentionStarting: new Map(),
    roleEnding: new Map(),
    entityById: new Map(input.built.entities.map((e) => [e.id, e])),
    out: [],
    descriptions: [],
  };
  // Prefer the longest mention ending (or starting) at a token.
  for (const m of input.mentions) {
    if (!input.built.entityOf.has(m)) continue;
    const e = st.mentionEnding.get(m.to);
    if (!e || m.to - m.from > e.to - e.from) st.mentionEnding.set(m.to, m);
    const s = st.mentionStarting.get(m.from);
    if (!s || m.to - m.from > s.to - s.from) st.mentionStarting.set(m.from, m);
  }
  for (const r of input.roleRefs) st.roleEnding.set(r.to, r);
  for (const s of input.sentences) {
    for (let i = s.from; i < s.to; i++) {
      const t = input.tokens[i];
      if (!t || !t.word) continue;
      if (t.lower === 'according' && input.tokens[i + 1]?.lower === 'to') { accordingTo(st, s, i); continue; }
      if (t.lower === 'cited' || t.lower === 'quoted') { citedAsSaying(st, s, i); continue; }
      if (t.lower === 'read' && readStatement(st, s, i)) continue;
      if (/^(show|shows|showed)$/.test(t.lower)) { dataShowed(st, s, i); continue; }
      const spec = CUE_WORDS.get(t.lower);
      // "Alliance of Sahel States": a capitalised cue word inside a name is no cue.
      if (spec && t.cap && i > s.from && !/^["“‘'(—–-]$/.test(input.tokens[i - 1]?.text ?? '') && !isHeadline(input.tokens, s)) continue;
      if (spec) verbCue(st, s, i, spec);
    }
  }
  return st.out;
}

function tok(st: State, i: number): Token | undefined {
  return st.input.tokens[i];
}

function slice(st: State, from: number, to: number): string {
  const a = tok(st, from)?.start ?? 0;
  const b = tok(st, to - 1)?.end ?? a;
  return st.input.text.slice(a, b);
}

function entityOf(st: State, m: RawMention): Entity | undefined {
  const id = st.input.built.entityOf.get(m);
  return id ? st.entityById.get(id) : undefined;
}

function fromMention(st: State, m: RawMention): Source | null {
  const e = entityOf(st, m);
  if (!e) return null;
  return { from: m.from, to: m.to, name: e.name, entity: e, anonymous: false };
}

/** The person or organization holding a role mentioned earlier ("the Secretary of State"). */
function fromRole(st: State, r: RoleRef): Source | null {
  const words = nameKey(r.role).split(' ').filter((w) => w.length > 2 && !/^(u\.s\.|the)$/.test(w));
  if (words.length === 0) return null;
  const holders = st.input.built.entities.filter((e) => e.kind === 'person' && e.role && words.every((w) => nameKey(e.role ?? '').includes(w)));
  const e = holders.length >= 1 ? holders[0] : undefined;
  return e ? { from: r.from, to: r.to, name: e.name, entity: e, anonymous: false } : null;
}

/** Skips words allowed between a source and its cue, backwards from index i (exclusive). */
function skipBack(st: State, s: SentenceSpan, i: number): number {
  let j = i;
  for (;;) {
    const t = tok(st, j - 1);
    if (!t || j - 1 < s.from) return j;
    // "the union SPNH-17 said": a name's own last word ("17", "Today") is not skipped as a time word.
    if (st.mentionEnding.has(j)) return j;
    if (SKIPPABLE.has(t.lower) || /ly$/.test(t.lower) && t.lower.length > 4 && !t.cap) { j--; continue; }
    // "and in turn blamed": a linking phrase between the subject (or "and") and the cue.
    if (t.lower === 'turn' && tok(st, j - 2)?.lower === 'in') { j -= 2; continue; }
    // "Ferdinand Marcos Jr. blamed", "Acme Inc. said": the full stop of a name's abbreviation.
    if (t.text === '.' && !t.spaceBefore && /^(jr|sr|inc|corp|co|ltd)$/.test(tok(st, j - 2)?.lower ?? '')) { j--; continue; }
    // "on Wednesday", "late Sunday", "on Feb. 15"
    if (TIME_WORDS.test(t.lower) || lexTags(t.lower).some((x) => x === 'WeekDay' || x === 'Month')) {
      j--;
      while (j - 1 >= s.from && /^(on|late|early|last|this|next|\.)$/.test(tok(st, j - 1)?.lower ?? '')) j--;
      continue;
    }
    return j;
  }
}

/** Skips a comma-enclosed appositive ending at j (", the most high-profile militia in Iraq,"). */
function skipAppositive(st: State, s: SentenceSpan, j: number): number {
  if (tok(st, j - 1)?.text !== ',') return j;
  // "The ministry's spokesman, Enayatullah Khwarazmi, said": the named appositive is the source.
  const person = st.mentionEnding.get(j - 1);
  if (person?.kind === 'person') return describedPersonBefore(st, s, person.from) ?? describedBodyBefore(st, s, person.from) ?? j;
  // "The U.N. peacekeeping force in Lebanon, UNIFIL, said": a body's bare name as the appositive is the source.
  const named = st.mentionEnding.get(j - 1);
  if (named?.kind === 'organization' && tok(st, named.from - 1)?.text === ',') return j;
  // "the EU's naval mission in the Red Sea, known as Aspides, said": the body's name, once typed, is the source.
  if (named?.kind === 'organization' && tok(st, named.from - 1)?.lower === 'as' && tok(st, named.from - 2)?.lower === 'known') return j;
  // "the military's media wing, Inter-Services Public Relations (ISPR), said": the same with its acronym.
  const bracketed = tok(st, j - 2)?.text === ')' && tok(st, j - 4)?.text === '(' ? st.mentionEnding.get(j - 4) : undefined;
  if (bracketed?.kind === 'organization' && tok(st, bracketed.from - 1)?.text === ',') return j - 4;
  // ", as the bus was returning from a market, said X": a subordinate clause is no appositive; the speaker follows the cue.
  for (let k = j - 2; k > s.from && k >= j - 16; k--) {
    const t = tok(st, k);
    if (!t || /^["“”]$/.test(t.text)) break;
    if (t.text === ',') { if (/^(as|while|when|after|before|because|although|though|since|until|if)$/.test(tok(st, k + 1)?.lower ?? '')) return j; break; }
  }
  for (let k = j - 2; k > s.from && k >= j - 32; k--) {
    const t = tok(st, k);
    if (!t) break;
    if (t.text === ',' && isDigitGroupComma(st, k)) continue;
    if (t.text === ',') {
      const before = tok(st, k - 1)?.lower ?? '';
      const opens = /^(who|which|speaking|citing|asking|issued|requesting|declining)$/.test(tok(st, k + 1)?.lower ?? '');
      // "Danjuma Tsoho, 45, a farmer in Birnin Gwari, said": the person before the age speaks.
      if (/^\d{1,3}$/.test(before) && tok(st, k - 2)?.text === ',' && st.mentionEnding.get(k - 2)?.kind === 'person') return k - 2;
      if (!opens && st.mentionEnding.has(k)) return relativeClauseStart(st, s, k) ?? k;
      // "The Bangko Sentral ng Pilipinas (BSP), the country's central bank, said": skip the bracketed acronym.
      if (!opens && tok(st, k - 1)?.text === ')' && tok(st, k - 3)?.text === '(' && st.mentionEnding.has(k - 3)) return k - 3;
      // "Mark Hanlon, chairman of the X Federation, which represents officers, said": the clause is the
      // body's, the body is inside the person's description; the person speaks.
      const body = opens ? st.mentionEnding.get(k) : undefined;
      const described = body?.kind === 'organization' ? describedPersonBefore(st, s, body.from) : null;
      if (described !== null) return described;
      return st.mentionEnding.has(k) || st.roleEnding.has(k) || opens || ANONYMOUS_HEADS.has(before) || before === 'readout' ? k : j;
    }
    // (", in a statement posted on Telegram,": a participle after the channel's noun is no cue of its own.)
    if (/^["“”]$/.test(t.text) || (CUE_WORDS.has(t.lower) && !t.cap && !channelParticiple(st, k))) return j;
  }
  return j;
}

/** Nouns of a message that a participle after them describes ("a statement posted on", "a video posted to"). */
const MESSAGE_NOUNS = /^(statement|statements|video|videos|message|messages|post|posts|audio|recording|note|letter|communique|clip|footage)$/;

/** Token k is a participle describing a message ("statement posted"), not a reporting verb. */
function channelParticiple(st: State, k: number): boolean {
  return tok(st, k)?.lower === 'posted' && MESSAGE_NOUNS.test(tok(st, k - 1)?.lower ?? '');
}

/**
 * "The group's negotiator, Hernan Quintero Lasso, told": a name set off by commas right after a
 * lower-case description is the speaker, even when no entity was kept for it.
 */
function namedAppositive(st: State, s: SentenceSpan, j: number): Source | null {
  if (tok(st, j - 1)?.text !== ',' || st.mentionEnding.has(j - 1)) return null;
  let k = j - 2;
  while (k > s.from && k >= j - 4 && tok(st, k)?.cap && tok(st, k)?.word) k--;
  // "the EU's naval mission in the Red Sea, known as Aspides, said": the name the body is known by.
  if (tok(st, k)?.lower === 'as' && tok(st, k - 1)?.lower === 'known' && tok(st, k - 2 - (tok(st, k - 2)?.lower === 'also' ? 1 : 0))?.text === ',') {
    // "Jimmy Cherizier, known as Barbecue, has denied": a person's nickname; the person speaks.
    const comma = tok(st, k - 2)?.lower === 'also' ? k - 3 : k - 2;
    const person = st.mentionEnding.get(comma);
    if (person?.kind === 'person') { const src = fromMention(st, person); if (src) return src; }
    const known = unlistedNameAt(st, s, k + 1, 1);
    return known && known.to === j - 1 ? { ...known, description: true } : null;
  }
  const head = tok(st, k - 1);
  if (tok(st, k)?.text !== ',' || !head || head.cap || !head.word || CUE_WORDS.has(head.lower)) return null;
  const src = unlistedNameAt(st, s, k + 1);
  return src && src.to === j - 1 ? src : null;
}

/** "2,000": a comma between digits inside a number, no clause boundary. */
function isDigitGroupComma(st: State, k: number): boolean {
  const next = tok(st, k + 1);
  return !!next && !next.spaceBefore && /^\d/.test(next.text) && /\d$/.test(tok(st, k - 1)?.text ?? '');
}

/**
 * "Mirela Kovac, foreign policy adviser to President Tomas Varga, wrote": the person closing the
 * appositive only qualifies it; a person right before its opening comma, with a lower-case
 * description after that comma, is the speaker. Returns the index of that comma.
 */
function describedPersonBefore(st: State, s: SentenceSpan, from: number): number | null {
  for (let k = from - 1; k > s.from && k >= from - 12; k--) {
    const t = tok(st, k);
    if (!t || /^["“”]$/.test(t.text) || (CUE_WORDS.has(t.lower) && !t.cap)) return null;
    if (t.text !== ',') continue;
    const opener = tok(st, k + 1);
    if (!opener || opener.cap || !opener.word || /^(who|which|a|an|the)$/.test(opener.lower)) return null;
    return st.mentionEnding.get(k)?.kind === 'person' ? k : null;
  }
  return null;
}

/**
 * "The National Alliance for Renewal, the coalition backing Benitez, accused": a person closing a
 * description ("the coalition backing ...") only qualifies it; the body named before its opening
 * comma speaks. Returns the index of that comma.
 */
function describedBodyBefore(st: State, s: SentenceSpan, from: number): number | null {
  for (let k = from - 1; k > s.from && k >= from - 10; k--) {
    const t = tok(st, k);
    if (!t || /^["“”]$/.test(t.text) || (CUE_WORDS.has(t.lower) && !t.cap)) return null;
    if (t.text !== ',') continue;
    if (!/^(the|a|an)$/.test(tok(st, k + 1)?.lower ?? '')) return null;
    return st.mentionEnding.get(k)?.kind === 'organization' ? k : null;
  }
  return null;
}

/**
 * "X, who heads the Centre for Y, a watchdog, said": the name before the appositive is itself inside
 * a relative clause; the source is the name the clause hangs on. Returns the comma before "who".
 */
function relativeClauseStart(st: State, s: SentenceSpan, k: number): number | null {
  for (let c = k - 1; c > s.from && c >= k - 20; c--) {
    const t = tok(st, c);
    if (!t || /^["“”]$/.test(t.text) || (CUE_WORDS.has(t.lower) && !t.cap)) return null;
    if (t.text === ',' && /^(who|which)$/.test(tok(st, c + 1)?.lower ?? '')) return st.mentionEnding.get(c)?.kind === 'person' ? c : null;
  }
  return null;
}

/** Skips "familiar with the talks" / "close to the family" after an unnamed source's head noun. */
function skipPostModifier(st: State, s: SentenceSpan, j: number): number {
  for (let k = j - 1; k > s.from && k >= j - 7; k--) {
    const w = tok(st, k)?.lower ?? '';
    const next = tok(st, k + 1)?.lower ?? '';
    if ((w === 'familiar' && next === 'with') || (w === 'close' && next === 'to') || (w === 'briefed' && next === 'on') || (w === 'with' && /^(knowledge|direct)$/.test(next))) {
      return ANONYMOUS_HEADS.has(tok(st, k - 1)?.lower ?? '') ? k : j;
    }
    if (!tok(st, k)?.word || CUE_WORDS.has(w)) break;
  }
  // "a source in Ukraine's SBU security service told": a modifier naming a body, closed by a lower-case noun.
  if (tok(st, j - 1)?.word && !tok(st, j - 1)?.cap) {
    let named = false;
    for (let k = j - 2; k > s.from && k >= j - 9; k--) {
      const t = tok(st, k);
      if (!t || (!t.word && !/^[’']s?$/.test(t.text)) || (CUE_WORDS.has(t.lower) && !t.cap)) break;
      if (t.cap) named = true;
      if (named && !t.cap && ANONYMOUS_HEADS.has(t.lower) && /^(in|at|from|with|inside)$/.test(tok(st, k + 1)?.lower ?? '')) return k + 1;
    }
  }
  // "officials on both sides said", "a member from a southern country", "teachers at two other schools in the
  // area told": an unnamed source's head followed by a short lower-case phrase.
  for (let k = j - 2; k >= s.from && k >= j - 9; k--) {
    const t = tok(st, k);
    // ("Teachers at ... told": the head may open the sentence with a capital.)
    // ("Economists at ING estimated": a name in the phrase speaks for them, as below.)
    const opening = k === s.from && !!t && ANONYMOUS_HEADS.has(t.lower) && /^(on|in|at|from|across|inside|around|for)$/.test(tok(st, k + 1)?.lower ?? '')
      && !Array.from({ length: j - k - 1 }, (_, n) => tok(st, k + 1 + n)).some((x) => x?.cap);
    if (opening) return k + 1;
    // "a source in the Russian oil industry": a demonym inside the modifier is no name of its own.
    if (!t || !t.word || (t.cap && !lexTags(t.lower).includes('Demonym'))) return j;
    // "a man holding a rifle said", "an official speaking on condition of anonymity said": a participle phrase too.
    if (ANONYMOUS_HEADS.has(t.lower) && /^(on|in|at|from|across|inside|around|for|[a-z]{3,}ing)$/.test(tok(st, k + 1)?.lower ?? '')) return k + 1;
  }
  return j;
}

/**
 * "The KGB of the breakaway region said", "the police of the northern province told": a named body
 * qualified by "of the" and a short lower-case description of where it serves is the source.
 */
function bodyOfDescribedPlace(st: State, s: SentenceSpan, j: number): Source | null {
  for (let k = j - 1; k >= s.from && k >= j - 4; k--) {
    const t = tok(st, k);
    if (!t || !t.word || t.cap || CUE_WORDS.has(t.lower)) return null;
    if (t.lower !== 'the') continue;
    if (k === j - 1 || tok(st, k - 1)?.lower !== 'of') return null;
    const body = st.mentionEnding.get(k - 1);
    if (body?.kind !== 'organization') return null;
    for (let w = k + 1; w < j; w++) if (!isModifierWord(tok(st, w) as Token) && w < j - 1) return null;
    const src = fromMention(st, body);
    return src ? { ...src, to: j } : null;
  }
  return null;
}

/** "the defence ministry ... the ministry said": the kind of ministry the text wrote before, in lower case. */
function ministryDescribedBefore(st: State, at: number): string | undefined {
  for (let k = at - 1; k > 0; k--) {
    if (tok(st, k)?.lower !== 'ministry' || tok(st, k)?.cap) continue;
    const kind = tok(st, k - 1);
    if (kind?.word && !kind.cap && /^(defen[cs]e|interior|foreign|health|finance|security|justice|information|energy|oil|trade|economy|education|agriculture|transport)$/.test(kind.lower)) return `${kind.lower} ministry`;
  }
  return undefined;
}

/**
 * "the Barrio 18 gang … the gang denied": the last body the story wrote with this lower-case kind right
 * after its name, or right before it ("the mission MINUSCA"), before token `at` (the kind word being cited).
 */
function describedBefore(st: State, at: number): Entity | undefined {
  const word = tok(st, at)?.lower;
  for (let k = at - 1; k > 0; k--) {
    if (tok(st, k)?.lower !== word || tok(st, k)?.cap) continue;
    const m = st.mentionEnding.get(k);
    if (m?.kind === 'organization') return entityOf(st, m) ?? undefined;
    // "the U.N. peacekeeping mission MINUSCA ... the mission said": the kind written right before the name.
    const named = st.mentionStarting.get(k + 1);
    // (Not a news outlet: "the state news agency RIA" is cited, rarely "the agency" that acts.)
    const outlet = named?.subtype === 'news outlet' || named?.known?.subtype === 'news outlet';
    if (named?.kind === 'organization' && !outlet && tok(st, k + 1)?.spaceBefore) return entityOf(st, named) ?? undefined;
  }
  return undefined;
}

/** Lower-case kinds of place written after a place's name ("Bundibugyo town", "Kunar province"). */
const PLACE_KIND_TAILS = /^(town|village|city|district|province|region|county|state|camp|area|municipality|governorate)$/;

/** The source phrase ending at token j, or null. */
function sourceEndingAt(st: State, s: SentenceSpan, j: number, depth = 0): Source | null {
  const t = tok(st, j - 1);
  if (!t || j - 1 < s.from) return null;
  const m = st.mentionEnding.get(j);
  if (m && m.kind !== 'unknown') {
    // "The U.S. Embassy in Baghdad said": a place after a preposition modifies the real source.
    // ("Herders in the South Gobi province said": the same with an article between.)
    // ("Hospital staff in nearby Mehal Meda said": a word of nearness may stand before the place.)
    const near = m.kind === 'place' && /^(nearby|neighbouring|neighboring)$/.test(tok(st, m.from - 1)?.lower ?? '') ? 1 : 0;
    const prep = m.kind === 'place' && tok(st, m.from - 1 - near)?.lower === 'the' ? m.from - 2 - near : m.from - 1 - near;
    const before = tok(st, prep);
    if (m.kind === 'place' && before?.lower === 'in') { const mission = missionOf(st, s, prep - 1, j); if (mission) return mission; }
    if (m.kind === 'place' && before && PREPOSITIONS.has(before.lower) && depth < 2) {
      const k = skipBack(st, s, prep);
      const inner = sourceEndingAt(st, s, k, depth + 1);
      // "Patients at Banksia's Westmead hospital in Sydney told": a place is no speaker; the head before it is.
      const head = !inner || inner.entity?.kind === 'place' ? unnamedHeadBefore(st, s, inner?.from ?? m.from - 1) ?? ownerOfNounBefore(st, s, k) : null;
      if (head ?? inner) return head ?? inner;
    }
    if (t.lower === 'statement' || t.lower === 'readout') return null;
    if (m.kind === 'organization') { const member = unnamedMemberOf(st, s, m.from, j); if (member) return member; }
    // "The interior ministry of the Tripoli-based Government of National Unity blamed": the body's ministry speaks.
    if (m.kind === 'organization' && depth < 2) { const part = describedPartOf(st, s, m.from); if (part) return part; }
    // "Security analyst Celia Ramos of the Stratbase Institute said": the person speaks, not her employer.
    if (m.kind === 'organization' && depth < 2) {
      let k = m.from - 1;
      // ("George Simion of the nationalist AUR said": lower-case qualifiers may stand between "the" and the name.)
      for (let q = 0; q < 2 && tok(st, k)?.word && !tok(st, k)?.cap && !/^(the|of|at|from)$/.test(tok(st, k)?.lower ?? ''); q++) k--;
      if (tok(st, k)?.lower === 'the') k--;
      else k = m.from - 1;
      const person = /^(of|at|from)$/.test(tok(st, k)?.lower ?? '') ? st.mentionEnding.get(k) : undefined;
      if (person?.kind === 'person') { const src = fromMention(st, person); if (src) return src; }
    }
    return fromMention(st, m);
  }
  const r = st.roleEnding.get(j);
  if (r) return fromRole(st, r);
  // "Residents of Bundibugyo town said": a place's lower-case kind after its name closes the place phrase.
  if (!t.cap && PLACE_KIND_TAILS.test(t.lower) && st.mentionEnding.get(j - 1)?.kind === 'place' && depth < 2) {
    const viaPlace = sourceEndingAt(st, s, j - 1, depth + 1);
    if (viaPlace && viaPlace.entity?.kind !== 'place') return { ...viaPlace, to: j };
  }
  const ofBody = bodyOfDescribedPlace(st, s, j);
  if (ofBody) return ofBody;
  const mission = missionOf(st, s, j - 1, j);
  if (mission) return mission;
  const kindOf = namedBodyBeforeKind(st, j);
  if (kindOf) return kindOf;
  // "One of them said": one of the unnamed sources just quoted.
  if (/^(them|those)$/.test(t.lower) && tok(st, j - 2)?.lower === 'of' && /^(one|two|three|some|several|another|none)$/.test(tok(st, j - 3)?.lower ?? '')) {
    const prev = st.lastAny?.anonymous ? st.lastAny.name : slice(st, j - 3, j);
    return { from: j - 3, to: j, name: prev, anonymous: true };
  }
  const pron = PRONOUNS[t.lower];
  if (pron) {
    const prev = pron === 'any' ? st.lastAny : antecedent(st, s, j - 1, pron);
    return prev ? { ...prev, from: j - 1, to: j } : null;
  }
  if (t.lower === 'statement' || t.lower === 'readout') return statementSource(st, s, j);
  // "the central bank said" after "The Bank of Mongolia ... said": the central bank the story named.
  if (t.lower === 'bank' && tok(st, j - 2)?.lower === 'central' && tok(st, j - 3)?.lower === 'the') {
    const at = t.start;
    // ("Bank of America" is no central bank: the name must close with a country.)
    const countries = new Set(st.input.mentions.filter((m) => m.known?.subtype === 'country').map((m) => nameKey(m.known?.name ?? '')));
    const central = (x: Entity): boolean => { const k = nameKey(x.name).match(/^(?:central bank|(?:central |national |reserve )?bank) of (?:the )?(.+)$/); return !!k && countries.has(k[1] ?? ''); };
    const bank = st.input.built.entities.filter((x) => x.kind === 'organization' && (x.mentions[0]?.start ?? at) < at && central(x)).at(-1);
    if (bank) return { from: j - 3, to: j, name: bank.name, entity: bank, anonymous: false };
  }
  // "the prosecutors' office said": a possessive noun inside the description of a body.
  const possessed = /^[’']s?$/.test(tok(st, j - 2)?.text ?? '') && !tok(st, j - 3)?.cap && /^(the|its)$/.test(tok(st, j - 4)?.lower ?? '');
  if (possessed && !t.cap && ORG_HEADS.has(t.lower)) {
    const at = t.start;
    const e = st.input.built.entities.filter((x) => x.kind === 'organization' && (x.mentions[0]?.start ?? at) < at && nameKey(x.name).split(' ').includes(t.lower)).at(-1);
    if (e) return { from: j - 4, to: j, name: e.name, entity: e, anonymous: false };
  }
  // "President Salva Kiir's office said": the office speaks for the person who holds it.
  if (!t.cap && t.lower === 'office' && /^[’']s$/.test(tok(st, j - 2)?.text ?? '')) {
    const holder = st.mentionEnding.get(j - 2);
    if (holder?.kind === 'person') { const src = fromMention(st, holder); if (src) return { ...src, to: j }; }
  }
  // "Marcos ordered ..., his office said": the office of the person last mentioned.
  if (!t.cap && t.lower === 'office' && /^(his|her)$/.test(tok(st, j - 2)?.lower ?? '')) {
    // "Marcos ordered ..., his office said": a person named earlier in the sentence, else the usual antecedent.
    const inSentence = st.input.mentions.filter((m) => m.kind === 'person' && m.from >= s.from && m.to <= j - 2).at(-1);
    const holder = (inSentence ? fromMention(st, inSentence) : null) ?? antecedent(st, s, j - 2, 'person');
    if (holder) return { from: j - 2, to: j, name: /\bpresident\b/i.test(holder.entity?.role ?? '') ? 'presidential office' : `${holder.name}'s office`, anonymous: false, description: true };
  }
  // A headline drops the article: "...; military blames pro-IS group".
  // ("Gunmen kill 12 in village, army says", "… as army says jets hit fighters": after a headline's comma or "as" too.)
  const bare = (j - 1 === s.from || /^[;:,]$/.test(tok(st, j - 2)?.text ?? '') || tok(st, j - 2)?.lower === 'as') && tok(st, s.to - 1)?.text !== '.';
  const det = /^(the|its)$/.test(tok(st, j - 2)?.lower ?? '') ? j - 2 : bare ? j - 1 : -1;
  if (!t.cap && det >= 0 && (ORG_HEADS.has(t.lower) || GENERIC_ORG_NOUNS.has(t.lower) || DESCRIBED_BODY_NOUNS.has(t.lower))) {
    // Only a body already named can be "the agency": one named later is another body ("the agency said ... WADA").
    const at = t.start;
    // ("The army said" in a story of the "New People's Army": a rebel army named for a cause is not the state's.)
    const rebelArmy = (name: string): boolean => /^(army|military)$/.test(t.lower) && REBEL_ARMY_NAME_RE.test(name);
    const byHead = st.input.built.entities.filter((x) => x.kind === 'organization' && (x.mentions[0]?.start ?? at) < at && nameKey(x.name).split(' ').includes(t.lower) && !rebelArmy(x.name)).at(-1)
      ?? describedBefore(st, j - 1);
    // "In neighbouring Mali, the army said": a national institution of the country the sentence names.
    const national = byHead || det !== j - 2 ? null : institutionOfSentenceCountry(st, s, j - 2, t.lower);
    if (national) return national;
    // "the service said" after "Kyrgyzstan's border service said": the body described so before.
    const described = byHead || det !== j - 2 ? undefined : st.descriptions.filter((d) => nameKey(d).split(' ').at(-1) === t.lower).at(-1);
    if (described) return { from: det, to: j, name: described, anonymous: false, description: true };
    // "after the defence ministry raised its toll ... the ministry said": the ministry the text described before.
    const earlier = byHead || t.lower !== 'ministry' ? undefined : ministryDescribedBefore(st, j - 1);
    if (earlier) return { from: det, to: j, name: earlier, anonymous: false, description: true };
    const e = byHead ?? (GENERIC_ORG_NOUNS.has(t.lower) && !DESCRIBED_BODY_NOUNS.has(t.lower) ? lastOrganizationBefore(st, det, COMMERCIAL_NOUNS.has(t.lower), PUBLIC_BODY_WORDS.test(t.lower)) : undefined);
    if (e) return { from: det, to: j, name: e.name, entity: e, anonymous: false };
    // "The junta denied", "the center said": a body the story names only so is a source under that description.
    if (DESCRIBED_BODY_NOUNS.has(t.lower)) return { from: det, to: j, name: t.lower, anonymous: false, description: true };
    // "the agency said" before any agency is named: an attribution all the same, to an unnamed body.
    if (GENERIC_ORG_NOUNS.has(t.lower)) return { from: det, to: j, name: t.lower, anonymous: true };
  }
  return descriptionSource(st, s, j) ?? roleHolderSource(st, s, j) ?? anonymousNP(st, s, j);
}

/** Index of "mission" closing a body's lower-case description right after a name ending at `to` ("U.N. mission", "EU's monitoring mission"), or -1. */
function missionAfter(st: State, to: number): number {
  let k = to;
  if (/^[’']s$/.test(tok(st, k)?.text ?? '')) k++;
  for (let n = 0; n < 3 && tok(st, k)?.word && !tok(st, k)?.cap && tok(st, k)?.lower !== 'mission'; n++) k++;
  return tok(st, k)?.lower === 'mission' ? k : -1;
}

/**
 * "The European Union's civilian monitoring mission in Armenia said", "the U.N. mission in Somalia said":
 * a body's mission (to a country) speaks for itself, not the body that sent it nor the country it is in.
 * `at` is the index of "mission", `end` the end of its name (after "in <place>" when it has one).
 */
function missionOf(st: State, s: SentenceSpan, at: number, end: number): Source | null {
  if (tok(st, at)?.lower !== 'mission') return null;
  let k = at - 1;
  for (let n = 0; n < 3 && k >= s.from && tok(st, k)?.word && !tok(st, k)?.cap && !/^(the|a|its)$/.test(tok(st, k)?.lower ?? ''); n++) k--;
  if (/^[’']s$/.test(tok(st, k)?.text ?? '')) k--;
  const body = st.mentionEnding.get(k + 1);
  if (!body || body.kind !== 'organization') return null;
  // "the U.N. Support Mission in Libya (UNSMIL) ... the U.N. mission said": the mission named in full before.
  const first = nameKey(body.text).split(' ')[0] ?? '';
  const at0 = tok(st, at)?.start ?? 0;
  const named = st.input.built.entities.filter((e) => e.kind === 'organization' && (e.mentions[0]?.start ?? at0) < at0 && nameKey(e.name).split(' ').includes('mission') && nameKey(e.name).split(' ')[0] === first).at(-1);
  if (named) return { from: body.from, to: end, name: named.name, entity: named, anonymous: false };
  return { from: body.from, to: end, name: slice(st, body.from, end), anonymous: false, description: true };
}

/** Lower-case nouns saying what kind of body a name is ("ELN rebels", "the UKMTO agency", "Al-Masirah satellite channel"). */
const BODY_KIND_NOUNS = /^(rebels|movement|militia|group|gang|union|party|faction|bloc|syndicate|federation|firm|company|agency|channel|broadcaster|network|guerrillas|insurgents|outlet|newspaper|coalition|alliance|organization|organisation|directorate|secretariat|website|site|portal)$/;

/**
 * "The National Liberation Army (ELN) rebels claimed", "the Houthi movement said": a named body
 * followed by a noun for its kind (and an optional qualifier, "satellite channel") speaks as itself.
 */
function namedBodyBeforeKind(st: State, j: number): Source | null {
  const head = tok(st, j - 1);
  if (!head || head.cap || !BODY_KIND_NOUNS.test(head.lower)) return null;
  for (let k = j - 1; k >= j - 2; k--) {
    let end = k;
    if (tok(st, end - 1)?.text === ')' && tok(st, end - 3)?.text === '(') end -= 3;
    const m = st.mentionEnding.get(end);
    // A name followed by a kind noun is a body even when the entity finder typed it a person ("Al-Masirah satellite channel").
    if (m && (m.kind === 'organization' || m.kind === 'person')) {
      const src = fromMention(st, m);
      const from = tok(st, m.from - 1)?.lower === 'the' ? m.from - 1 : m.from;
      return src ? { ...src, from, to: j } : null;
    }
    const q = tok(st, k - 1);
    if (!q || q.cap || !q.word || !isModifierWord(q)) return null;
  }
  return null;
}

/** Plural nouns the lexicon reads as verbs, common in the names of bodies ("human rights office", "foreign affairs committee"). */
const PLURAL_QUALIFIERS = new Set(['rights', 'affairs', 'works', 'arms', 'relations', 'services', 'forces', 'operations', 'claims', 'appeals']);

/** Lower-case words that may qualify a body's head noun in a description ("state", "regional", "public security"). */
function isModifierWord(t: Token): boolean {
  if (!t.word || t.cap || CUE_WORDS.has(t.lower) || SKIPPABLE.has(t.lower)) return false;
  if (PLURAL_QUALIFIERS.has(t.lower)) return true;
  // "the de facto health ministry", "the self-declared republic's interior ministry".
  if (t.lower === 'de' || t.lower === 'facto') return true;
  const tags = lexTags(t.lower);
  // "state" is tagged only as a verb's infinitive, yet qualifies a noun here ("state prosecutor's office").
  return !tags.some((x) => /PastTense|PresentTense|Gerund|Participle|Copula|Modal|Determiner|Preposition|Conjunction|Pronoun|Adverb|Value/.test(x));
}

/**
 * "The Volgograd regional administration said", "the Sinaloa state prosecutor's office said",
 * "Lebanon's state news agency said": a public body named only by a description with at least one
 * qualifier. It is a source in its own right (not anonymous), named by the description; a shorter
 * description of the same body later ("the prosecutor's office") takes the earlier, fuller name.
 */
function descriptionSource(st: State, s: SentenceSpan, j: number): Source | null {
  const head = tok(st, j - 1);
  if (!head || head.cap || !(ORG_HEADS.has(head.lower) || GENERIC_ORG_NOUNS.has(head.lower)) || COMMERCIAL_NOUNS.has(head.lower)) return null;
  let start = -1;
  let nameFrom = -1;
  let country: RawMention['known'];
  for (let k = j - 2; k >= s.from && k >= j - 8; k--) {
    const t = tok(st, k);
    if (!t) return null;
    if (/^(the|its)$/.test(t.lower)) { start = k; nameFrom = k + 1; break; }
    if (/^[’']s$/.test(t.text)) {
      const owner = st.mentionEnding.get(k);
      // "Lebanon's state news agency": a country's body, named with the country.
      if (owner && owner.kind === 'place') { start = owner.from; nameFrom = owner.from; country = owner.known?.subtype === 'country' ? owner.known : undefined; break; }
      if (tok(st, k - 1)?.word && !tok(st, k - 1)?.cap) continue;
      return null;
    }
    const m = st.mentionEnding.get(k + 1);
    if (t.cap && m && m.kind === 'place') { k = m.from; if (/^(the|its)$/.test(tok(st, k - 1)?.lower ?? '')) { start = k - 1; nameFrom = k; break; } continue; }
    // "The UN human rights office": a named body qualifying a lower-case description of one of its parts.
    if (t.cap && m && m.kind === 'organization' && k + 1 < j - 1 && /^(the|its)$/.test(tok(st, m.from - 1)?.lower ?? '')) { start = m.from - 1; nameFrom = m.from; break; }
    if (t.cap && lexTags(t.lower).includes('Demonym')) continue;
    if (isModifierWord(t)) continue;
    // "internationally recognized", "al-Qaida-linked": an adverb with its participle, a hyphenated compound.
    if (/ed$/.test(t.lower) && !t.cap && /^[a-z]{4,}ly$/.test(tok(st, k - 1)?.lower ?? '')) { k--; continue; }
    if ((t.text === '-' && !t.spaceBefore) || (tok(st, k + 1)?.text === '-' && !tok(st, k + 1)?.spaceBefore) || (!t.spaceBefore && tok(st, k - 1)?.text === '-')) continue;
    return null;
  }
  if (start < 0 || j - 1 - nameFrom < 1) return null;
  // "Chad's internationally recognized government": a country's national institution takes the demonym name ("Chadian government").
  if (country?.demonym && NATIONAL_INSTITUTIONS.has(head.lower)) {
    const name = `${country.demonym} ${head.lower}`;
    const e = st.input.built.entities.find((x) => x.kind === 'organization' && x.name.toLowerCase() === name.toLowerCase());
    return e ? { from: start, to: j, name: e.name, entity: e, anonymous: false } : { from: start, to: j, name, anonymous: false, description: true };
  }
  // ("the de facto health ministry" is the health ministry: the qualifier says whose, not which body.)
  // ("the self-styled security ministry", "the so-called defence council": a qualifier of doubt is no part of the name.)
  let name = slice(st, nameFrom, j).replace(/^(de facto|self-styled|self-proclaimed|so-called)\s+/i, '');
  const fuller = st.descriptions.find((d) => d.toLowerCase().endsWith(` ${name.toLowerCase()}`));
  if (fuller) name = fuller;
  else st.descriptions.push(name);
  return { from: start, to: j, name, anonymous: false, description: true };
}

/** Office titles whose holder is named elsewhere in the story ("the regional governor said", "the minister said"). */
const NAMED_OFFICE_TITLES = /^(governor|mayor|president|premier|ambassador|envoy|chancellor|spokesman|spokeswoman|spokesperson|minister|senator|commissioner|councillor|councilor|lawmaker|legislator|prosecutor|judge|general|colonel|chairman|chairwoman|director|secretary|superintendent|inspector)$/;

/**
 * "the regional governor said", "the minister told reporters": the one person the story gives that
 * title, the nearest one before if any, else the nearest after; when several hold it, the one whose
 * title has the qualifiers too ("the foreign minister"). "A senior senator", "one local councillor",
 * or a title nobody holds: an unnamed source.
 */
function roleHolderSource(st: State, s: SentenceSpan, j: number): Source | null {
  const head = tok(st, j - 1);
  if (!head || head.cap || !NAMED_OFFICE_TITLES.test(head.lower)) return null;
  let k = j - 2;
  while (k >= s.from && tok(st, k) && isModifierWord(tok(st, k) as Token) && k >= j - 4) k--;
  if (!/^(the|a|an|one)$/.test(tok(st, k)?.lower ?? '')) return null;
  const at = head.start;
  const qualifiers: string[] = [];
  for (let q = k + 1; q < j - 1; q++) qualifiers.push(tok(st, q)?.lower ?? '');
  const holders = st.input.built.entities.filter((e) => e.kind === 'person' && e.role && nameKey(e.role).split(' ').includes(head.lower));
  const fitting = holders.filter((e) => qualifiers.every((w) => nameKey(e.role ?? '').split(' ').includes(w)));
  const dist = (e: Entity): number => {
    const before = e.mentions.filter((m) => m.start < at).at(-1);
    return before ? at - before.start : 1e9 + ((e.mentions[0]?.start ?? at) - at);
  };
  const pool = fitting.length > 0 ? fitting : holders;
  const e = tok(st, k)?.lower === 'the' ? pool.sort((x, y) => dist(x) - dist(y))[0] : undefined;
  if (e) return { from: k, to: j, name: e.name, entity: e, anonymous: false };
  return { from: k, to: j, name: slice(st, k + 1, j), anonymous: true };
}

/** "the army" in a sentence that names one country: that country's army ("Malian army"), if the country is known. */
function institutionOfSentenceCountry(st: State, s: SentenceSpan, det: number, head: string): Source | null {
  if (!NATIONAL_INSTITUTIONS.has(head)) return null;
  const countries = st.input.mentions.filter((m) => m.from >= s.from && m.to <= det && m.known?.subtype === 'country');
  const names = new Set(countries.map((m) => m.known?.name));
  const c = countries[0]?.known;
  if (names.size !== 1 || !c) return null;
  // "In neighbouring Mali, the army said" fronts the country; "... in northern Ghana on Friday, killing two
  // soldiers, the military said" only places the event there: the body stays the bare "military".
  const last = countries[countries.length - 1];
  for (let k = last ? last.to : det; k < det; k++) {
    const t = tok(st, k);
    if (!t || !(t.text === ',' || TIME_WORDS.test(t.lower) || /^(on|late|early|last|this)$/.test(t.lower))) return null;
  }
  const name = `${c.demonym ?? c.name} ${head}`;
  const e = st.input.built.entities.find((x) => x.kind === 'organization' && x.name.toLowerCase() === name.toLowerCase());
  return e ? { from: det, to: det + 2, name: e.name, entity: e, anonymous: false } : { from: det, to: det + 2, name, anonymous: false, description: true };
}

/** Unnamed people speaking for a body: "a spokeswoman for the ministry", "two officials at the bank". */
const MEMBER_HEADS = /^(spokesman|spokeswoman|spokesperson|spokespeople|official|officials|source|sources|aide|aides|representative|representatives|diplomat|diplomats|insider|insiders|employee|employees)$/;
const MEMBER_DETERMINERS = /^(a|an|the|one|two|three|four|five|several|some|senior|junior|other|another)$/;

/**
 * "A spokeswoman for the Economy Ministry said": an unnamed member of a named body is an anonymous
 * source (the body is named, the speaker is not). Only when the head opens its noun phrase, so a
 * named person's appositive (", spokesperson for X,") stays with the person.
 */
function unnamedMemberOf(st: State, s: SentenceSpan, orgFrom: number, j: number): Source | null {
  let k = orgFrom - 1;
  if (/^(the|its)$/.test(tok(st, k)?.lower ?? '')) k--;
  if (!/^(for|of|at|from|with)$/.test(tok(st, k)?.lower ?? '')) return null;
  const head = tok(st, k - 1);
  if (!head || head.cap || !MEMBER_HEADS.test(head.lower)) return null;
  let from = k - 1;
  while (from - 1 >= s.from && MEMBER_DETERMINERS.test(tok(st, from - 1)?.lower ?? '')) from--;
  if (from === k - 1 && from !== s.from) return null;
  return { from, to: j, name: slice(st, from, j).replace(/^(the|a|an)\s+/i, ''), anonymous: true };
}

/** Cue forms that are also plural nouns. */
const NOUN_LIKE_CUES = new Set(['states', 'reports', 'claims', 'notes', 'estimates', 'tells']);

/** Nouns that stand for the company or group the story is about ("the company said"). */
const GENERIC_ORG_NOUNS = new Set(['company', 'firm', 'group', 'lender', 'bank', 'carrier', 'airline', 'insurer', 'retailer', 'chain', 'operator', 'tribunal', 'militia', 'court', 'commission', 'agency', 'ministry', 'embassy', 'military', 'government', 'department', 'campaign', 'coalition', 'party', 'organization', 'organisation', 'network', 'watchdog', 'regulator', 'union', 'association', 'foundation', 'federation', 'confederation', 'alliance']);

/**
 * Bodies a story may name only by what they are ("the junta said", "the center said"): when no body
 * with that head was named before, a source under that description, never another organization.
 */
const DESCRIBED_BODY_NOUNS = new Set(['government', 'army', 'navy', 'military', 'junta', 'regime', 'administration', 'presidency', 'cabinet', 'leadership', 'center', 'centre', 'mission', 'office', 'committee', 'council', 'board', 'hospital', 'institute', 'observatory', 'command', 'authority', 'bureau', 'directorate', 'secretariat']);

/** Nouns for a business ("the company said"): never a regulator, ministry or court. */
const COMMERCIAL_NOUNS = new Set(['company', 'firm', 'lender', 'bank', 'carrier', 'airline', 'insurer', 'retailer', 'chain', 'operator']);

/** Head words of public bodies, which "the company" never stands for. */
const PUBLIC_BODY_WORDS = /\b(authority|commission|ministry|department|agency|court|council|office|police|government|committee|parliament|senate|congress|bureau|directorate|tribunal|regulator|exchange|administration|commissioner|ombudsman|fbi|sec|ftc)\b/;

/** Kinds of body that are never a ministry, agency or court. */
const ARMED_SUBTYPES = new Set(['armed group', 'militia', 'hacker group', 'militant leader']);

/** The organization (not a news outlet; a business when `commercial`) mentioned last before token `at`. */
function lastOrganizationBefore(st: State, at: number, commercial = false, publicNoun = false): Entity | undefined {
  let best: RawMention | undefined;
  for (const m of st.input.mentions) {
    if (m.to > at || m.kind !== 'organization' || m.subtype === 'news outlet' || m.known?.subtype === 'news outlet') continue;
    // "In a post on its Facebook page, the group said": a name after "its"/"their" is the body's tool, not a body.
    if (/^(its|their|his|her)$/.test(tok(st, m.from - 1)?.lower ?? '')) continue;
    if (commercial && (m.subtype === 'government' || PUBLIC_BODY_WORDS.test(nameKey(entityOf(st, m)?.name ?? m.text)))) continue;
    // "In a statement posted on Facebook, the ministry said": a public body's noun never stands for a company.
    if (publicNoun && (m.subtype === 'company' || m.known?.subtype === 'company')) continue;
    // "Islamic State claimed the attack ... the ministry said": an armed group is no state body.
    if (publicNoun && ARMED_SUBTYPES.has(m.known?.subtype ?? m.subtype ?? '')) continue;
    if (!best || m.from > best.from) best = m;
  }
  const e = best ? entityOf(st, best) : undefined;
  return e && e.subtype !== 'news outlet' ? e : undefined;
}

/** "A leader of the Dogon community in Bandiagara": an unnamed source's head a few words back. */
function unnamedHeadBefore(st: State, s: SentenceSpan, at: number): Source | null {
  // "the master of an oil tanker sailing off the Yemeni port of Mokha": the head may sit a dozen words back.
  for (let k = at - 1; k >= s.from && k >= at - 12; k--) {
    const t = tok(st, k);
    if (!t || (!t.word && t.text !== "'" && t.text !== '’')) return null;
    if (ANONYMOUS_HEADS.has(t.lower) && (!t.cap || k === s.from)) {
      let from = k;
      while (from - 1 >= s.from && /^(a|an|the|one|two|three|several|some|senior|local)$/.test(tok(st, from - 1)?.lower ?? '')) from--;
      return { from, to: at, name: slice(st, from, at).replace(/^(the|a|an)\s+/i, ''), anonymous: true };
    }
  }
  return null;
}

/**
 * "the interior ministry of the X-based Government of National Unity": a body's own ministry, office or
 * department named by a lower-case description before "of (the)" and the body's name (which starts at `from`).
 */
function describedPartOf(st: State, s: SentenceSpan, from: number): Source | null {
  let k = from - 1;
  // ("of the Tripoli-based Government": a place-based qualifier may stand between "the" and the name.)
  if (tok(st, k)?.lower === 'based' && tok(st, k - 1)?.text === '-') { const place = st.mentionEnding.get(k - 1); k = place ? place.from - 1 : k; }
  if (tok(st, k)?.lower === 'the') k--;
  if (tok(st, k)?.lower !== 'of' || k - 1 <= s.from) return null;
  const head = tok(st, k - 1);
  if (!head?.word || head.cap || !ORG_HEADS.has(head.lower) || !/^(ministry|department|directorate)$/.test(head.lower)) return null;
  const src = descriptionSource(st, s, k);
  return src ? { ...src, to: from } : null;
}

/**
 * "The European Union's delegation in Chisinau said": a body's delegation, office or team somewhere speaks
 * for the body that owns it (the noun ends at token `at`).
 */
function ownerOfNounBefore(st: State, s: SentenceSpan, at: number): Source | null {
  let k = at - 1;
  for (let n = 0; n < 3 && k > s.from && tok(st, k)?.word && !tok(st, k)?.cap && !/^[’']s$/.test(tok(st, k)?.text ?? ''); n++) k--;
  if (k === at - 1 || !/^[’']s$/.test(tok(st, k)?.text ?? '')) return null;
  const owner = st.mentionEnding.get(k);
  if (owner?.kind !== 'organization') return null;
  const src = fromMention(st, owner);
  return src ? { ...src, to: at } : null;
}

/** The antecedent of "he"/"she"/"it": a recent source of that kind, else the nearest earlier mention. */
/**
 * 'A trader ... said he heard drones. "Nobody ran. We hear drones every day," he said.': between the
 * source's sentence and the pronoun stands one quotation only, however many sentences it holds.
 */
function quoteRunsOn(st: State, from: number, at: number): boolean {
  const si = st.input.sentences.findIndex((x) => x.from <= from && from < x.to);
  const end = st.input.sentences[si]?.to;
  if (end === undefined) return false;
  const a = tok(st, end - 1)?.end ?? 0;
  const b = tok(st, at)?.start ?? 0;
  return /^\s*["“][^"“”]*["”]\s*$/.test(st.input.text.slice(a, b).replace(/,\s*$/, ''));
}

function antecedent(st: State, s: SentenceSpan, at: number, kind: 'person' | 'organization'): Source | undefined {
  const pronoun = tok(st, at)?.lower ?? '';
  const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : undefined;
  const fits = (src: Source | undefined): boolean => !!src && (!wanted || !src.entity || genderOf(src.entity.name) !== (wanted === 'male' ? 'female' : 'male'));
  const sentenceStart = (k: number): number => st.input.sentences.findIndex((x) => x.from <= k && k < x.to);
  const here = sentenceStart(at);
  // "One nurse ... said. ... she said": an unnamed person source just before.
  // ("The separatists say ... he said": a plural unnamed source is no "he" or "she".)
  const plural = /s$/.test(st.lastAny?.name.split(' ').at(-1) ?? '') && !!wanted;
  if (kind === 'person' && st.lastAny?.anonymous && !plural && (here - sentenceStart(st.lastAny.from) <= 1 || quoteRunsOn(st, st.lastAny.from, at)) && st.lastAny.from > (st.lastPerson?.from ?? -1)) return st.lastAny;
  const last = kind === 'person' ? st.lastPerson : (st.lastOrg ?? undefined);
  if (last && fits(last) && here - sentenceStart(last.from) <= 2) return last;
  let best: Source | undefined;
  for (const m of st.input.mentions) {
    if (m.to > at || m.kind !== kind || (best && m.from <= best.from)) continue;
    const src = fromMention(st, m);
    if (src && fits(src)) best = src;
  }
  void s;
  return best ?? (fits(last) ? last : undefined);
}

/** "the statement" / "X's statement" / "a statement by X": the issuer of the statement. */
function statementSource(st: State, s: SentenceSpan, j: number): Source | null {
  let k = j - 1;
  while (k - 1 >= s.from && /^(the|a|an|its|joint|written|brief|new|earlier|latest)$/.test(tok(st, k - 1)?.lower ?? '')) k--;
  // "an Indian government statement": a country's institution issued it.
  const inst = tok(st, k - 1);
  const people = tok(st, k - 2);
  if (inst && people && !inst.cap && /^(government|ministry|military|army|embassy|presidency)$/.test(inst.lower) && people.cap && lexTags(people.lower).includes('Demonym')) {
    return { from: k - 2, to: j, name: `${people.text} ${inst.lower}`, anonymous: false };
  }
  const p = tok(st, k - 1);
  if (p && /^[’']s?$/.test(p.text)) {
    const m = st.mentionEnding.get(k - 1);
    if (m) { const src = fromMention(st, m); if (src) return { ...src, to: j }; }
  }
  return st.lastStatement ? { ...st.lastStatement, from: k, to: j } : null;
}

/** An unnamed source such as "two security officials" or "Iraqi media" ending at j. */
function anonymousNP(st: State, s: SentenceSpan, j: number): Source | null {
  const head = tok(st, j - 1);
  if (!head || !ANONYMOUS_HEADS.has(head.lower) || head.lower === 'statement') return null;
  let k = j - 1;
  for (let n = 0; n < 6 && k - 1 >= s.from; n++) {
    const t = tok(st, k - 1);
    if (!t) break;
    const m = st.mentionEnding.get(k);
    if (m && m.kind !== 'person') { k = m.from; continue; }
    if (t.cap && t.word && !lexTags(t.lower).some((x) => x === 'MaleName' || x === 'FemaleName')) { k--; continue; }
    if (t.text === '-' && !t.spaceBefore) { k--; continue; }
    // "truck drivers' associations": a plural people noun's possessive qualifies the head.
    if (/^[’']$/.test(t.text) && !t.spaceBefore && /s$/.test(tok(st, k - 2)?.lower ?? '') && tok(st, k - 2)?.word) { k -= 2; continue; }
    if (/^(a|an|the|one|two|three|four|five|six|several|some|many|other|senior|local|western|military|security|militia|government|intelligence|police|defense|defence|health|israeli|iraqi|u\.s\.|and|anonymous|unnamed|top|former|industry|company|state|independent|rights|humanitarian|medical|hospital|rescue|opposition|party|foreign|european|arab|kurdish|shi'ite|shia|sunni)$/.test(t.lower) || /^\d+$/.test(t.text) || (t.cap && lexTags(t.lower).includes('Demonym'))) { k--; continue; }
    break;
  }
  // "But a Governing Council member": a sentence's opening conjunction is no part of the source.
  if (k < j - 1 && /^(but|and|yet|so|however|meanwhile)$/.test(tok(st, k)?.lower ?? '')) k++;
  // "Bamako police said": a named place's police force is a named body, as "Kosovo police" is.
  const place = head.lower === 'police' ? st.mentionEnding.get(j - 1) : undefined;
  if (place?.kind === 'place' && (place.from === k || (place.from === k + 1 && tok(st, k)?.lower === 'the'))) {
    return { from: k, to: j, name: slice(st, place.from, j), anonymous: false, description: true };
  }
  let name = slice(st, k, j).replace(/^(the|a|an)\s+/i, '');
  // "sources close to Shia groups", "officials familiar with the matter"
  const after = tok(st, j);
  if (after && /^(close|familiar|briefed|with)$/.test(after.lower)) {
    let e = j + 1;
    while (e < s.to && tok(st, e)?.word && !CUE_WORDS.has(tok(st, e)?.lower ?? '') && e < j + 6) e++;
    name = slice(st, k, e).replace(/^(the|a|an)\s+/i, '');
  }
  return { from: k, to: j, name, anonymous: true };
}

function negated(st: State, s: SentenceSpan, from: number, cue: number): boolean {
  for (let k = Math.max(s.from, cue - 3); k < cue; k++) if (NEGATORS.has(tok(st, k)?.lower ?? '')) return true;
  if (tok(st, from)?.lower === 'no') return true;
  return false;
}

/** "in a statement", "on Twitter" right after the cue: extra tokens and the channel. */
function extension(st: State, i: number): { len: number; channel: string; words: string } | null {
  for (const ext of CUE_EXTENSIONS) {
    if (ext.words.every((w, k) => tok(st, i + k)?.lower === w)) return { len: ext.words.length, channel: ext.channel, words: ext.words.join(' ') };
  }
  return null;
}

/**
 * "Thailand's foreign ministry said": a country's state body keeps the country-possessive form the
 * text writes as its source name, not a demonym form the engine composed ("Thai foreign ministry")
 * that the text may never use.
 */
function possessiveBodyName(src: Source): string {
  const e = src.entity;
  if (!e || e.kind !== 'organization' || e.subtype !== 'government' || /[’']s\s/.test(e.name)) return src.name;
  const key = nameKey(e.name);
  const possessive = e.mentions.find((m) => {
    const at = m.text.search(/[’']s\s/);
    return at > 0 && key.endsWith(` ${nameKey(m.text.slice(at + 3))}`);
  });
  return possessive && src.name === e.name ? possessive.text : src.name;
}

function record(st: State, src: Source, spanFrom: number, spanTo: number, cue: string, channel: string | undefined, content?: { start: number; end: number }): void {
  const a = tok(st, spanFrom)?.start ?? 0;
  const b = tok(st, spanTo - 1)?.end ?? a;
  const att: Attribution = {
    start: a, end: b, source: possessiveBodyName(src) || 'unnamed source', cue, anonymous: src.anonymous,
    ...(src.entity ? { sourceEntityId: src.entity.id } : {}),
    ...(channel ? { channel } : {}),
    ...(content && content.end > content.start ? { content } : {}),
  };
  st.out.push(att);
  st.lastAny = src;
  if (src.entity?.kind === 'person') st.lastPerson = src;
  else if (src.entity || src.description) st.lastOrg = src;
  if (channel === 'statement') st.lastStatement = src;
}

/** Content after "that" to the end of the sentence. */
function contentAfter(st: State, s: SentenceSpan, i: number): { start: number; end: number } | undefined {
  const k = tok(st, i)?.lower === 'that' ? i + 1 : tok(st, i)?.text === ',' || tok(st, i)?.text === ':' ? i + 1 : -1;
  if (k < 0 || k >= s.to) return undefined;
  let e = s.to;
  while (e > k && /^[.!?]$/.test(tok(st, e - 1)?.text ?? '')) e--;
  return { start: tok(st, k)?.start ?? 0, end: tok(st, e - 1)?.end ?? 0 };
}

/** A reporting verb: the source before it (or after it, in '..., said X'). */
function verbCue(st: State, s: SentenceSpan, i: number, spec: CueSpec): void {
  const { tokens } = st.input;
  if (!needsMet(spec, tokens, i, s.to)) return;
  if (spec.object === 'description' && !describesObject(st, s, i)) return;
  // "villages it accuses of backing the militia": an accusation with no object of its own qualifies a noun, it reports nothing.
  if (spec.lemma === 'accused' && tok(st, i + 1)?.lower === 'of') return;
  // "It was claimed by the Islamic Resistance in Iraq": a passive cue names its source after "by".
  // ("was first reported by", "was later confirmed by": an adverb may stand between.)
  const aux = /^(was|were|been|is|are|being)$/;
  // ("an assault also claimed by JNIM": a participle straight before "by" is passive without its auxiliary.)
  const participleBy = /ed$/.test(tok(st, i)?.lower ?? '') && tok(st, i + 1)?.lower === 'by';
  if (participleBy || aux.test(tok(st, i - 1)?.lower ?? '') || (aux.test(tok(st, i - 2)?.lower ?? '') && /^(first|also|later|initially|originally|separately|independently|officially|publicly)$/.test(tok(st, i - 1)?.lower ?? ''))) { passiveCue(st, s, i); return; }
  const ext = extension(st, i + 1);
  const cueEnd = i + 1 + (ext?.len ?? 0);
  const cueText = ext ? `${tok(st, i)?.lower ?? ''} ${ext.words}` : (tok(st, i)?.lower ?? spec.lemma);
  let channel = ext?.channel;
  if (spec.participle === 'after-comma') {
    const p1 = tok(st, i - 1)?.text;
    if (p1 !== ',' && !(p1 && /^["”’']$/.test(p1) && tok(st, i - 2)?.text === ',')) return;
    const prev = st.out.at(-1);
    const prevStart = prev ? prev.start : -1;
    if (!prev || prevStart < s.start || !st.lastAny) return;
    const from = tokens.findIndex((t) => t.start === prevStart);
    record(st, st.lastAny, from, i + 1, 'adding', prev.channel, contentAfter(st, s, i + 1));
    return;
  }
  if (spec.participle === 'after-statement') {
    if (tok(st, i - 1)?.lower !== 'statement') return;
    const src = statementSource(st, s, i);
    if (src) record(st, src, src.from, i + 1, tok(st, i)?.lower ?? spec.lemma, 'statement', contentAfter(st, s, i + 1));
    return;
  }
  // "X ... to reiterate that": the subject of the sentence.
  if (tok(st, i - 1)?.lower === 'to') {
    const subj = sentenceSubject(st, s, i);
    if (subj) record(st, subj, subj.from, i + 1, cueText, channel, contentAfter(st, s, i + 1));
    return;
  }
  if (spec.lemma === 'told' && directive(st, s, i)) return;
  // "..., where officers found detonators, said General Ana Ruiz, the police commander": after a comma, an
  // invertible cue followed by a named person closing the clause is that person's, whatever stands before.
  if (INVERTIBLE_CUES.has(tok(st, i)?.lower ?? '') && tok(st, i - 1)?.text === ',' && !ext) {
    const after = sourceStartingAt(st, s, i + 1);
    if (after?.entity?.kind === 'person' && /^[,.;]$/.test(tok(st, after.to)?.text ?? '') && !negated(st, s, i, i)) {
      record(st, after, i, after.to, cueText, channel, undefined);
      return;
    }
  }
  let j = skipBack(st, s, i);
  // "the KNF, an armed group that says", "Boko Haram, the jihadist group that has claimed": the body the
  // described "that" clause hangs on speaks.
  const described = tok(st, j - 1)?.lower === 'that' ? describedBodyThat(st, s, j - 1) : null;
  if (described) {
    if (!negated(st, s, j - 1, i)) record(st, described, described.from, cueEnd, cueText, channel, contentAfter(st, s, cueEnd));
    return;
  }
  const named = namedAppositive(st, s, j);
  if (named) { record(st, named, named.from, cueEnd, cueText, channel, contentAfter(st, s, cueEnd)); return; }
  j = skipAppositive(st, s, j);
  j = skipBack(st, s, j);
  j = skipPostModifier(st, s, j);
  if (tok(st, j - 1)?.text === ')' && tok(st, j - 3)?.text === '(') j -= 3;
  // "Sierra Plata confirmed the loss and said ...", "The government rejected the claims and said": the
  // subject of the first verb of the sentence (or of its previous attribution) also speaks here.
  // '... denied that ..., calling it "a lie", and said': after a comma only an attribution earlier in the sentence gives the speaker.
  // "and in turn blamed", "and also said": adverbs may stand between "and" and the cue.
  // "declined to confirm the figures but told lawmakers", "welcomed the plan, but said": "but" joins two
  // verbs of one subject as "and" does (a new subject after "but" stands between it and the cue).
  const and = skipBack(st, s, i) - 1;
  const conj = tok(st, and)?.lower;
  const afterComma = tok(st, and - 1)?.text === ',';
  if ((conj === 'and' || conj === 'but') && (!afterComma || conj === 'but' || attributedEarlierIn(st, s, i)) && COORDINATED_CUES.test(tok(st, i)?.lower ?? '')) {
    const coord = coordinatedSubject(st, s, and);
    if (coord && !negated(st, s, coord.spanFrom, i)) record(st, coord.src, coord.spanFrom, cueEnd, cueText, channel, contentAfter(st, s, cueEnd));
    return;
  }
  // "UNHCR, which said", "The Front, which has claimed similar attacks": the body the clause hangs on speaks.
  const relative = tok(st, j - 1)?.lower === 'which' && tok(st, j - 2)?.text === ',' ? relativeSource(st, s, j - 2) : null;
  if (relative) {
    if (!negated(st, s, j - 1, i)) record(st, relative, j - 1, cueEnd, cueText, channel, contentAfter(st, s, cueEnd));
    return;
  }
  let src = tok(st, j - 1)?.lower === 'who' ? relativeAntecedent(st, s, j - 1) : sourceEndingAt(st, s, j);
  if (!src && tok(st, j - 1)?.text === ',') src = sourceEndingAt(st, s, j - 1);
  let from = src?.from ?? -1;
  let to = cueEnd;
  if (!src) {
    // Inverted: '"...," said the spokesman' / 'read the statement'.
    const prev = tok(st, i - 1);
    if (prev && INVERTIBLE_CUES.has(tok(st, i)?.lower ?? '') && (/^[,"”’']$/.test(prev.text) || i === s.from)) {
      const after = sourceStartingAt(st, s, i + 1);
      if (after) { src = after; from = i; to = after.to; }
    }
  }
  if (!src) { src = beforeWhoClause(st, s, i); from = src?.from ?? -1; }
  // "Residents who fled the village to the district capital said": the head opening the sentence
  // speaks, not a description at the end of its "who" clause.
  if (src && (src.description || src.anonymous) && j === i && src.from > s.from + 1) {
    const who = beforeWhoClause(st, s, i);
    if (who && who.from <= s.from + 1) { src = who; from = who.from; }
  }
  if (!src) return;
  if (negated(st, s, from, i)) return;
  // "member states", "news reports": a plural noun, not a verb, after an unnamed head.
  if (src.anonymous && NOUN_LIKE_CUES.has(tok(st, i)?.lower ?? '') && from === src.from && !tok(st, i - 1)?.cap) return;
  if (spec.lemma === 'told') {
    const obj = st.mentionStarting.get(i + 1) ?? (tok(st, i + 1)?.lower === 'the' ? st.mentionStarting.get(i + 2) : undefined);
    const e = obj ? entityOf(st, obj) : undefined;
    if (e && e.kind === 'organization' && !channel) { channel = e.name; if (to === cueEnd) to = obj ? obj.to : to; }
  }
  const statementBy = tok(st, src.from - 1)?.lower === 'by' && /^(statement|readout)$/.test(tok(st, src.from - 2)?.lower ?? '');
  if (statementBy) { channel ??= 'statement'; from = src.from - 2; while (from > s.from && /^(a|the|an|joint)$/.test(tok(st, from - 1)?.lower ?? '')) from--; }
  if (/^(statement|readout)$/.test(tok(st, src.to - 1)?.lower ?? '') && !src.entity?.name.toLowerCase().includes('statement')) channel ??= 'statement';
  record(st, src, from, to, cueText, channel, contentAfter(st, s, cueEnd));
}

/** Pronouns and determiners that open the object of "called" ("called it", "called the strikes"). */
const OBJECT_OPENERS = /^(it|them|him|her|this|that|these|those|the|their|his|its|our|such)$/;

/**
 * "called the strikes a violation", "called it \"a lie\"": "called" reports a description only with an
 * object followed by a quote or "a"/"an"; "called for talks", "called a meeting", "called the police
 * a day later" are no attributions.
 */
function describesObject(st: State, s: SentenceSpan, i: number): boolean {
  if (!OBJECT_OPENERS.test(tok(st, i + 1)?.lower ?? '')) return false;
  for (let k = i + 2; k < Math.min(s.to, i + 8); k++) {
    const t = tok(st, k);
    if (!t) return false;
    if (/^["“‘']$/.test(t.text)) return true;
    if (/^(a|an)$/.test(t.lower)) return !/^(day|week|month|year|few|short|long|second|third|number|lot|bit|couple)$/.test(tok(st, k + 1)?.lower ?? '');
    if (!t.word || CUE_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** "It was claimed by X", "the figures were confirmed by the ministry": the source after "by". */
function passiveCue(st: State, s: SentenceSpan, i: number): void {
  const by = agentBy(st, s, i);
  if (by < 0) return;
  let k = by + 1;
  if (/^(the|a|an)$/.test(tok(st, k)?.lower ?? '')) k++;
  // "reported by the newspaper El Observador", "by the news agency Tass": the kind of body before its name.
  const kindWords = /^(newspaper|daily|weekly|broadcaster|magazine|website|channel|agency|news|wire|outlet|network|group|ministry|militia|movement)$/;
  for (let n = 0; n < 2 && kindWords.test(tok(st, k)?.lower ?? '') && !tok(st, k)?.cap && st.mentionStarting.get(k + 1); n++) k++;
  // "claimed by a group calling itself the X", "by a militia known as X": the name the body goes by.
  if (/^(group|militia|movement|faction|cell)$/.test(tok(st, k)?.lower ?? '')) {
    const named = /^(calling|calls)$/.test(tok(st, k + 1)?.lower ?? '') && tok(st, k + 2)?.lower === 'itself' ? k + 3 : tok(st, k + 1)?.lower === 'known' && tok(st, k + 2)?.lower === 'as' ? k + 3 : -1;
    if (named > 0) k = tok(st, named)?.lower === 'the' ? named + 1 : named;
  }
  const first = st.mentionStarting.get(k);
  // "claimed by Islamic State's East Asia Province": the body's branch named after its possessive is the agent.
  const branch = first && /^[’']s$/.test(tok(st, first.to)?.text ?? '') ? st.mentionStarting.get(first.to + 1) : undefined;
  const m = branch?.kind === 'organization' ? branch : first;
  // "was blamed on the rebels by a military source": an unnamed agent is an anonymous source.
  const unnamed = m ? null : sourceStartingAt(st, s, by + 1);
  // ("was blamed by the government on the rebels": a body named by its description is an agent too.)
  const src = m && (m.kind === 'organization' || m.kind === 'person') ? fromMention(st, m) : unnamed?.anonymous || unnamed?.description ? unnamed : null;
  if (!src || negated(st, s, i, i)) return;
  let from = i - 1;
  while (from - 1 >= s.from && tok(st, from - 1)?.word && from > i - 4 && !CUE_WORDS.has(tok(st, from - 1)?.lower ?? '')) from--;
  record(st, src, from, m ? m.to : src.to, tok(st, i)?.lower ?? 'claimed', undefined);
}

/** The "by" of a passive cue's agent: right after the cue, or after its object ("blamed on the rebels by"); -1 if none. */
function agentBy(st: State, s: SentenceSpan, i: number): number {
  if (tok(st, i + 1)?.lower === 'by') return i + 1;
  if (!/^(on|for)$/.test(tok(st, i + 1)?.lower ?? '')) return -1;
  for (let k = i + 2; k < Math.min(s.to, i + 10); k++) {
    const t = tok(st, k);
    if (!t || !t.word || CUE_WORDS.has(t.lower)) return -1;
    if (t.lower === 'by') return k;
  }
  return -1;
}

/**
 * "A rescue worker who asked not to be named for fear of reprisals said": a subject whose relative
 * clause runs, without commas, up to the cue. The source is the phrase before "who".
 */
function beforeWhoClause(st: State, s: SentenceSpan, i: number): Source | null {
  for (let k = i - 2; k > s.from && k >= i - 16; k--) {
    const t = tok(st, k);
    if (!t || !t.word || (CUE_WORDS.has(t.lower) && !t.cap)) return null;
    if (t.lower === 'who') return sourceEndingAt(st, s, skipBack(st, s, k));
    // "A mission from the International Monetary Fund that visited Ulaanbaatar said": a named body before "that".
    if (t.lower === 'that') {
      const m = st.mentionEnding.get(k);
      return m && (m.kind === 'organization' || m.kind === 'person') ? sourceEndingAt(st, s, k) : null;
    }
  }
  return null;
}

/** Cues that report speech when coordinated with an earlier verb ("and said"); "and reported the theft to police" does not. */
const COORDINATED_CUES = /^(said|says|told|tells|added|confirmed|denied|stated|wrote|blamed|claimed|accused|called)$/;

/** Verbs that may open the first clause of a sentence whose subject a coordinated cue reuses. */
function isClauseVerb(t: Token | undefined): boolean {
  if (!t || !t.word || t.cap) return false;
  if (/^(has|have|had|is|was|were|are)$/.test(t.lower) || CUE_WORDS.has(t.lower)) return true;
  return lexTags(t.lower).some((x) => x === 'PastTense' || x === 'PresentTense') || /^[a-z]{3,}ed$/.test(t.lower);
}

/** The speaker of "... and said" at token `and`: the previous attribution in the sentence, else the subject of its first verb. */
function coordinatedSubject(st: State, s: SentenceSpan, and: number): { src: Source; spanFrom: number } | null {
  const sStart = tok(st, s.from)?.start ?? 0;
  const andStart = tok(st, and)?.start ?? 0;
  const prev = st.out.at(-1);
  if (prev && prev.start >= sStart && prev.end <= andStart && st.lastAny) return { src: st.lastAny, spanFrom: and };
  for (let k = s.from + 1; k < and && k < s.from + 24; k++) {
    if (!isClauseVerb(tok(st, k))) continue;
    const appos = appositiveSubject(st, s, k);
    if (appos) return appos;
    const jk = skipBack(st, s, k);
    let src = sourceEndingAt(st, s, jk);
    // "The Jana Samiti (JS), the main party of the hills, condemned the killings and said": past its appositive.
    if (!src && tok(st, jk - 1)?.text === ',') { const ja = skipBack(st, s, skipAppositive(st, s, jk)); if (ja < jk) src = sourceEndingAt(st, s, ja); }
    if (src && opensSentence(st, s, src.from)) return { src, spanFrom: src.from };
    break;
  }
  // "The attack came a day after the army chief, Field Marshal X, visited the base and told troops": the
  // named appositive of the verb closest before "and".
  for (let k = and - 1; k > s.from && k >= and - 12; k--) {
    if (/^[,;"“”]$/.test(tok(st, k)?.text ?? '')) break;
    if (isClauseVerb(tok(st, k))) return appositiveSubject(st, s, k);
  }
  return null;
}

/** "Iran's foreign ministry spokesman, (Field Marshal) Esmaeil Baghaei, condemned": the named appositive before the verb at k. */
function appositiveSubject(st: State, s: SentenceSpan, k: number): { src: Source; spanFrom: number } | null {
  const j = skipBack(st, s, k);
  const appos = tok(st, j - 1)?.text === ',' ? st.mentionEnding.get(j - 1) : undefined;
  if (appos?.kind !== 'person') return null;
  let open = appos.from - 1;
  for (let p = Math.max(s.from, appos.from - 4); p < appos.from; p++) if (titleAt(st.input.tokens, p, appos.from) === appos.from - p) { open = p - 1; break; }
  if (tok(st, open)?.text !== ',') return null;
  const src = fromMention(st, appos);
  return src ? { src, spanFrom: src.from } : null;
}

/** True when only "the" or capitalised title words ("Interior Minister") stand before token `from` in sentence s. */
function opensSentence(st: State, s: SentenceSpan, from: number): boolean {
  for (let k = s.from; k < from; k++) {
    const t = tok(st, k);
    if (!t || !t.word || !(t.cap || t.lower === 'the') || k > s.from + 3) return false;
  }
  return true;
}

/** True when an attribution already recorded lies in sentence s before token i. */
function attributedEarlierIn(st: State, s: SentenceSpan, i: number): boolean {
  const prev = st.out.at(-1);
  return !!prev && prev.start >= (tok(st, s.from)?.start ?? 0) && prev.end <= (tok(st, i)?.start ?? 0);
}

/** "told agencies to prepare": an instruction, not a report. */
function directive(st: State, s: SentenceSpan, i: number): boolean {
  for (let k = i + 1; k < Math.min(s.to, i + 6); k++) {
    const t = tok(st, k);
    // "told reporters he hoped to ...": a subject pronoun opens reported speech, not an instruction.
    if (!t || !t.word || t.lower === 'that' || /^(he|she|they|we|i|it)$/.test(t.lower)) return false;
    if (t.lower === 'to' && lexTags(tok(st, k + 1)?.lower ?? '').some((x) => x === 'Infinitive' || x === 'Verb')) return true;
  }
  return false;
}

/**
 * The named source right before the comma of ", which said" / ", which has claimed": an actor or a
 * body's description, never a place or an unnamed head ("the attack, which killed").
 */
function relativeSource(st: State, s: SentenceSpan, comma: number): Source | null {
  const m = st.mentionEnding.get(comma);
  if (m && (m.kind === 'organization' || m.kind === 'person')) return fromMention(st, m);
  if (m) return null;
  const src = sourceEndingAt(st, s, comma);
  return src && !src.anonymous && src.entity?.kind !== 'place' ? src : null;
}

/** Lower-case heads of a body's description that a "that" clause may follow ("an armed group that says"). */
const DESCRIBED_BODY_HEADS = /^(group|gang|militia|movement|organization|organisation|party|faction|coalition|alliance|front|rebels|insurgents|outfit|network|cartel|army|force|forces|body|agency|company|firm)$/;

/**
 * "the Kuki-Chin National Front (KNF), an armed group that says": the named body before a lower-case
 * appositive (opened by a/an/the, closed by a body noun and "that") is the source of the clause.
 */
function describedBodyThat(st: State, s: SentenceSpan, that: number): Source | null {
  if (!DESCRIBED_BODY_HEADS.test(tok(st, that - 1)?.lower ?? '') || tok(st, that - 1)?.cap) return null;
  for (let k = that - 2; k > s.from && k >= that - 9; k--) {
    const t = tok(st, k);
    if (!t || /^["“”;:]$/.test(t.text) || (CUE_WORDS.has(t.lower) && !t.cap)) return null;
    if (t.text !== ',') continue;
    if (!/^(a|an|the)$/.test(tok(st, k + 1)?.lower ?? '')) return null;
    let end = k;
    if (tok(st, end - 1)?.text === ')' && tok(st, end - 3)?.text === '(') end -= 3;
    const m = st.mentionEnding.get(end);
    return m && m.kind === 'organization' ? fromMention(st, m) : null;
  }
  return null;
}

/** "X of Ohio, a member of ..., who argued": the person the relative clause hangs on. */
function relativeAntecedent(st: State, s: SentenceSpan, who: number): Source | null {
  let best: RawMention | undefined;
  for (const kind of ['person', 'organization'] as const) {
    for (const m of st.input.mentions) {
      if (m.from < s.from || m.to > who || m.kind !== kind) continue;
      if (!best || m.from > best.from) best = m;
    }
    if (best) break;
  }
  return best ? fromMention(st, best) : null;
}

/** The source phrase starting at token i (for inverted order), or null. */
function sourceStartingAt(st: State, s: SentenceSpan, i: number): Source | null {
  let k = i;
  while (k < s.to && /^(the|a|an)$/.test(tok(st, k)?.lower ?? '')) k++;
  let m = st.mentionStarting.get(k);
  // "said a Kyiv-based trader": a name inside a hyphenated modifier only qualifies the unnamed head after it.
  if (m && tok(st, m.to)?.text === '-' && !tok(st, m.to)?.spaceBefore && /^(based|born|backed|run|owned|led|listed)$/.test(tok(st, m.to + 1)?.lower ?? '')) {
    const head = m.to + 2;
    if (ANONYMOUS_HEADS.has(tok(st, head)?.lower ?? '') && head < s.to) return { from: i, to: head + 1, name: slice(st, k, head + 1), anonymous: true };
    m = undefined;
  }
  // "said district administrator Tomas Badae", "said Reasi's police chief, Mohita Sharma": the named speaker after a description.
  if (!m || m.kind === 'place') { const titled = describedSpeakerAt(st, s, k, m); if (titled) return { ...titled, from: i }; }
  if (m && m.kind !== 'unknown') { const src = fromMention(st, m); if (src) return { ...src, from: i, to: m.to }; }
  for (const r of st.input.roleRefs) if (r.from === k || r.from === i) { const src = fromRole(st, r); if (src) return { ...src, to: r.to }; }
  if (/^(statement|readout)$/.test(tok(st, k)?.lower ?? '') && st.lastStatement) return { ...st.lastStatement, from: i, to: k + 1 };
  let e = k;
  // ("accused by the army of using drones against soldiers": the head comes before any preposition or verb.)
  while (e < s.to && e < k + 5 && tok(st, e)?.word && !ANONYMOUS_HEADS.has(tok(st, e)?.lower ?? '') && !/^(of|against|in|for|with|to|from|on|by|over|[a-z]+ing)$/.test(tok(st, e)?.lower ?? '')) e++;
  // "a police source", "media reports": a head noun may qualify the one after it.
  while (e + 1 < s.to && ANONYMOUS_HEADS.has(tok(st, e + 1)?.lower ?? '') && !tok(st, e + 1)?.cap) e++;
  if (e < s.to && ANONYMOUS_HEADS.has(tok(st, e)?.lower ?? '') && tok(st, e)?.lower !== 'statement') return { from: i, to: e + 1, name: slice(st, k, e + 1), anonymous: true };
  return k === i ? unlistedNameAt(st, s, i) : null;
}

/**
 * After an inverted cue, the person named behind a description: titles and lower-case words right
 * before the name ("district administrator Tomas Badae", "Lieutenant Colonel Rommel Mayo"), or a
 * place's possessive description closed by a comma ("Reasi's senior superintendent of police, Mohita Sharma").
 */
function describedSpeakerAt(st: State, s: SentenceSpan, k: number, place: RawMention | undefined): Source | null {
  const { tokens } = st.input;
  let p = k;
  // The possessor: a place, or a capitalised word the entity finder did not keep ("Reasi's").
  const owner = place ? place.to : tok(st, k)?.cap && tok(st, k)?.word && !titleAt(tokens, k, s.to) && /^[’']s$/.test(tok(st, k + 1)?.text ?? '') ? k + 1 : -1;
  if (place || owner >= 0) {
    if (!/^[’']s$/.test(tok(st, owner)?.text ?? '')) return null;
    p = owner + 1;
    while (p < s.to && p < owner + 10 && tok(st, p)?.word && !(tok(st, p)?.cap && !titleAt(tokens, p, s.to))) p++;
    if (tok(st, p)?.text !== ',') return null;
    p++;
  } else {
    for (let n = 0; n < 5 && p < s.to; n++) {
      const len = titleAt(tokens, p, s.to);
      if (len > 0) { p += len; continue; }
      const t = tok(st, p);
      if (t && !t.cap && isModifierWord(t) && !/^(the|a|an)$/.test(t.lower)) { p++; continue; }
      break;
    }
    if (p === k) return null;
  }
  const named = st.mentionStarting.get(p);
  if (named?.kind === 'person') { const src = fromMention(st, named); return src ? { ...src, to: named.to } : null; }
  return named ? null : unlistedNameAt(st, s, p);
}

/**
 * '"...," said Tavita Marou, a baker': after an inverted cue only a speaker can stand, so two or
 * three capitalised words closed by punctuation are a person's name even when no entity was kept.
 */
function unlistedNameAt(st: State, s: SentenceSpan, i: number, minWords = 2): Source | null {
  let e = i;
  while (e < s.to && e < i + 3 && tok(st, e)?.word && tok(st, e)?.cap && /^[A-Z][a-z]+$/.test(tok(st, e)?.text ?? '')) e++;
  const after = tok(st, e);
  if (e - i < minWords || (e < s.to && after && !/^[,.;]$/.test(after.text))) return null;
  if (st.input.mentions.some((m) => m.from < e && m.to > i && m.kind !== 'person' && m.kind !== 'unknown')) return null;
  return { from: i, to: e, name: slice(st, i, e), anonymous: false };
}

/** "the statement read" is handled as a verb cue; "read the statement" here. */
function readStatement(st: State, s: SentenceSpan, i: number): boolean {
  const prev = tok(st, i - 1);
  const k = /^(the|a)$/.test(tok(st, i + 1)?.lower ?? '') ? i + 2 : i + 1;
  if (/^(statement|readout|message|letter|post)$/.test(tok(st, k)?.lower ?? '') && prev && /^[,"”’'.]$/.test(prev.text)) {
    const src = st.lastStatement ?? st.lastAny;
    if (src) record(st, { ...src, from: i, to: k + 1 }, i, k + 1, 'read', 'statement');
    return true;
  }
  const j = skipBack(st, s, i);
  if (/^(statement|readout)$/.test(tok(st, j - 1)?.lower ?? '')) {
    const src = statementSource(st, s, j);
    if (src) record(st, src, src.from, i + 1, 'read', 'statement');
    return true;
  }
  return false;
}

/** "according to X". */
/**
 * "according to government figures", "according to state police figures", "according to Treasury
 * figures": figures kept by a body are that body's word, so the body (not "figures") is the named
 * source. An adjective before "figures" ("official figures") names no body and stays anonymous.
 */
function figuresOfBody(st: State, k: number, head: number): Source | null {
  if (!/^(figures|data|statistics|estimates)$/.test(tok(st, head)?.lower ?? '') || head - k < 1 || head - k > 3) return null;
  const last = tok(st, head - 1);
  if (!last?.word) return null;
  const body = last.cap ? !lexTags(last.lower).some((x) => x === 'Demonym' || x === 'Country') : ORG_HEADS.has(last.lower) || NATIONAL_INSTITUTIONS.has(last.lower);
  if (!body) return null;
  for (let d = k; d < head - 1; d++) if (!tok(st, d)?.word) return null;
  return { from: k, to: head + 1, name: slice(st, k, head), anonymous: false };
}

/**
 * "according to a company presentation seen by Reuters", "company documents show": a piece the story's
 * company issued is the company's word: the business named last before it.
 */
function companyPiece(st: State, k: number, head: number): Source | null {
  if (head - k !== 1 || !/^(company|firm)$/.test(tok(st, k)?.lower ?? '')) return null;
  const e = lastOrganizationBefore(st, k, true, false);
  return e ? { from: k, to: head + 1, name: e.name, entity: e, anonymous: false } : null;
}

function accordingTo(st: State, s: SentenceSpan, i: number): void {
  let k = i + 2;
  while (k < s.to && /^(the|a|an)$/.test(tok(st, k)?.lower ?? '')) k++;
  let m = st.mentionStarting.get(k);
  // "according to the Oslo-based group X": the place only says where the body is; its descriptor and name follow.
  if (m?.kind === 'place' && tok(st, m.to)?.text === '-' && !tok(st, m.to)?.spaceBefore && /^(based|backed|funded|registered)$/.test(tok(st, m.to + 1)?.lower ?? '')) {
    k = m.to + 2;
    m = st.mentionStarting.get(k);
  }
  // "according to Governor Paul Sanda", "according to Father Michael Kewa": a title the mention leaves out.
  const title = m ? 0 : titleAt(st.input.tokens, k, s.to);
  const titled = title > 0 ? st.mentionStarting.get(k + title) : undefined;
  if (titled?.kind === 'person') m = titled;
  // "according to the hospital director, Nasser Kalvi", "according to the centre's director, Dr. X": the
  // person named in apposition to a title.
  if (!m) {
    const named = namedAfterTitle(st, s, k);
    if (named) { const src = fromMention(st, named); if (src) { record(st, src, i, named.to, 'according to', undefined); return; } }
  }
  // "according to cybersecurity firm Recorded Future": a lower-case descriptor before the name.
  if (!m) {
    for (let d = k; d < Math.min(s.to, k + 4) && tok(st, d)?.word && !tok(st, d)?.cap && !ANONYMOUS_HEADS.has(tok(st, d)?.lower ?? ''); d++) {
      if (/^(one|two|three|four|five|several|some|many|other|senior|\d+)$/.test(tok(st, d)?.lower ?? '')) break;
      // ("according to a draft seen by Reuters": the body after "seen by" read the source; it is not one.)
      if (/^(by|seen|obtained|reviewed|from|in|of|on|at|with|to)$/.test(tok(st, d)?.lower ?? '')) break;
      const named = st.mentionStarting.get(d + 1);
      // "according to two EU diplomats": a name modifying an unnamed head is not the source.
      if (named && (named.kind === 'organization' || named.kind === 'person') && !ANONYMOUS_HEADS.has(tok(st, named.to)?.lower ?? '')) { m = named; break; }
    }
  }
  // "according to Peru's Truth and Reconciliation Commission": the country's body, not the country.
  if (m?.kind === 'place' && /^[’']s$/.test(tok(st, m.to)?.text ?? '')) {
    const owned = st.mentionStarting.get(m.to + 1);
    if (owned?.kind === 'organization') m = owned;
  }
  // "according to the United Nations refugee agency UNHCR": a body named after a description of it inside a larger one.
  if (m?.kind === 'organization') {
    let d = m.to;
    while (d < s.to && d < m.to + 3 && tok(st, d)?.word && !tok(st, d)?.cap && isModifierWord(tok(st, d) as Token)) d++;
    const inner = d > m.to ? st.mentionStarting.get(d) : undefined;
    if (inner?.kind === 'organization') m = inner;
  }
  // "according to the Arauca governor's office", "according to Kano police": a place qualifying a body's
  // description is no source.
  if (m?.kind === 'place' && !endsNP(st, m.to)) {
    const head = placeQualifiedBody(st, s, m.from, m.to);
    if (head) { record(st, head, i, head.to, 'according to', undefined); return; }
  }
  // "according to the U.N. mission in Somalia": the body's mission, not the body.
  const missionAt = m?.kind === 'organization' ? missionAfter(st, m.to) : -1;
  if (missionAt >= 0) {
    const place = st.mentionStarting.get(missionAt + 2);
    const end = tok(st, missionAt + 1)?.lower === 'in' && place?.kind === 'place' ? place.to : missionAt + 1;
    const mission = missionOf(st, s, missionAt, end);
    if (mission) { record(st, mission, i, end, 'according to', undefined); return; }
  }
  let src: Source | null = m && m.kind !== 'unknown' ? fromMention(st, m) : null;
  // "according to a Reuters witness": an unnamed person of a named body.
  // ("according to LSEG data" stays with the firm: only a person head makes the source unnamed.)
  if (m && PERSON_HEADS_AFTER_NAME.test(tok(st, m.to)?.lower ?? '') && endsNP(st, m.to + 1)) {
    src = { from: k, to: m.to + 1, name: slice(st, m.from, m.to + 1), anonymous: true };
    record(st, src, i, m.to + 1, 'according to', undefined);
    return;
  }
  // "according to a report last month in Prothom Alo": the outlet or body that published the report.
  if (!src) src = reportIn(st, s, k);
  if (!src) {
    let e = k;
    while (e < s.to && e < k + 6 && tok(st, e)?.word && !(ANONYMOUS_HEADS.has(tok(st, e)?.lower ?? '') && endsNP(st, e + 1))) e++;
    if (ANONYMOUS_HEADS.has(tok(st, e)?.lower ?? '') && endsNP(st, e + 1)) src = researchOf(st, s, e) ?? compiledBy(st, s, e) ?? figuresOfBody(st, k, e) ?? companyPiece(st, k, e) ?? { from: k, to: e + 1, name: slice(st, k, e + 1), anonymous: true };
    else {
      const r = st.input.roleRefs.find((x) => x.from === k || x.from === k - 1);
      src = r ? fromRole(st, r) : null;
    }
    // "according to the department", "according to the state public security ministry": a body named by a description.
    if (!src) {
      let d = k;
      while (d < s.to && d < k + 6 && tok(st, d)?.word && !endsNP(st, d + 1)) d++;
      const desc = tok(st, k - 1)?.lower === 'the' ? sourceEndingAt(st, s, d + 1) : null;
      if (desc && desc.from >= k - 1 && !desc.anonymous) src = desc;
    }
  }
  if (!src) return;
  const end = m && !src.anonymous ? m.to : src.to;
  record(st, src, i, end, 'according to', undefined);
}

/** The person named after a comma that closes a title within the next few tokens from k ("the centre's director, Dr. X"). */
function namedAfterTitle(st: State, s: SentenceSpan, k: number): RawMention | undefined {
  const tokens = st.input.tokens;
  for (let d = k; d < Math.min(s.to, k + 5); d++) {
    const t = tok(st, d);
    if (!t?.word && !/^[’']s?$/.test(t?.text ?? '')) return undefined;
    const n = titleAt(tokens, d, s.to);
    if (n === 0 || tok(st, d + n)?.text !== ',') continue;
    let at = d + n + 1;
    at += titleAt(tokens, at, s.to);
    const m = st.mentionStarting.get(at);
    return m?.kind === 'person' ? m : undefined;
  }
  return undefined;
}

/** "the Arauca governor's office": from the place on, the description up to a body's head noun, named by itself. */
function placeQualifiedBody(st: State, s: SentenceSpan, place: number, from: number): Source | null {
  for (let e = from; e < Math.min(s.to, from + 5); e++) {
    const t = tok(st, e);
    if (!t || t.cap) return null;
    if (!t.word && !/^[’']s$/.test(t.text)) return null;
    if (ORG_HEADS.has(t.lower) && endsNP(st, e + 1)) return { from: place, to: e + 1, name: slice(st, place, e + 1), anonymous: false, description: true };
  }
  return null;
}

/**
 * "according to researchers at the security firm Orvane": analysts, economists and researchers of a
 * named firm speak with its voice, as in "Economists at X estimated" (the firm is the source).
 */
function researchOf(st: State, s: SentenceSpan, head: number): Source | null {
  if (!/^(researchers|analysts|economists|strategists)$/.test(tok(st, head)?.lower ?? '') || tok(st, head + 1)?.lower !== 'at') return null;
  for (let d = head + 2; d < Math.min(s.to, head + 6); d++) {
    const m = st.mentionStarting.get(d);
    if (m?.kind === 'organization') { const src = fromMention(st, m); return src ? { ...src, to: m.to } : null; }
    const t = tok(st, d);
    if (!t?.word || t.cap) return null;
  }
  return null;
}

/** Nouns of figures a body publishes ("its data showed", "data from X show"). */
const DATA_NOUNS = /^(data|figures|statistics|records|estimates|tally|numbers)$/;

/**
 * "its data showed", "data from the Cocoa Organization show", "Treasury figures show": figures speak
 * for the body that publishes them — the one named with them, or the body "its" stands for.
 */
function dataShowed(st: State, s: SentenceSpan, i: number): void {
  const j = skipBack(st, s, i);
  let src: Source | null = null;
  const m = st.mentionEnding.get(j);
  let p = m ? m.from - 1 : -1;
  if (m && tok(st, p)?.lower === 'the') p--;
  if (m && (m.kind === 'organization') && /^(from|by)$/.test(tok(st, p)?.lower ?? '') && DATA_NOUNS.test(tok(st, p - 1)?.lower ?? '')) {
    const e = fromMention(st, m);
    if (e) src = { ...e, from: p - 1 };
  } else if (DATA_NOUNS.test(tok(st, j - 1)?.lower ?? '') && !tok(st, j - 1)?.cap) {
    const owner = tok(st, j - 2);
    const named = st.mentionEnding.get(j - 1 - (/^[’']s?$/.test(owner?.text ?? '') ? 1 : 0));
    if (named?.kind === 'organization') { const e = fromMention(st, named); if (e) src = { ...e, to: j }; }
    else if (/^(its|their)$/.test(owner?.lower ?? '') && st.lastOrg && !st.lastOrg.anonymous) src = { ...st.lastOrg, from: j - 2, to: j };
  }
  if (!src || negated(st, s, src.from, i)) return;
  record(st, src, src.from, i + 1, 'showed', undefined, contentAfter(st, s, i + 1));
}

/** Nouns of published pieces whose publisher is named after "in"/"by" ("a report in X", "a study by X"). */
const PUBLISHED_PIECES = /^(report|article|story|study|survey|investigation|analysis|assessment|review|editorial|documentary)$/;

/**
 * "according to a report last month in Prothom Alo", "a report published this year by the Crisis
 * Group": the named body or outlet after "in"/"by" within a few lower-case words of the piece.
 */
function reportIn(st: State, s: SentenceSpan, k: number): Source | null {
  let h = k;
  while (/^(a|an|the|its|their|recent|new|latest|confidential|internal|annual)$/.test(tok(st, h)?.lower ?? '')) h++;
  if (!PUBLISHED_PIECES.test(tok(st, h)?.lower ?? '')) return null;
  for (let d = h + 1; d < Math.min(s.to, h + 8); d++) {
    const t = tok(st, d);
    if (!t?.word || t.cap) return null;
    if (!/^(in|by)$/.test(t.lower)) continue;
    const o = tok(st, d + 1)?.lower === 'the' ? d + 2 : d + 1;
    const m = st.mentionStarting.get(o);
    if (!m || m.kind !== 'organization') return null;
    const src = fromMention(st, m);
    return src ? { ...src, to: m.to } : null;
  }
  return null;
}

/** "according to data compiled by ACLED", "figures published by the ministry": the body that compiled them. */
function compiledBy(st: State, s: SentenceSpan, head: number): Source | null {
  if (!/^(data|figures|statistics|estimates|records|tally|survey|report|statement|communique|letter|post|release|memo|notice|bulletin)$/.test(tok(st, head)?.lower ?? '')) return null;
  let d: number;
  if (/^(compiled|published|released|issued|collected|gathered|provided|posted|sent)$/.test(tok(st, head + 1)?.lower ?? '') && tok(st, head + 2)?.lower === 'by') d = head + 3;
  // "according to a statement from the defence ministry": the body the statement came from.
  else if (/^(from|by)$/.test(tok(st, head + 1)?.lower ?? '')) d = head + 2;
  else return null;
  const the = tok(st, d)?.lower === 'the';
  if (the) d++;
  const m = st.mentionStarting.get(d);
  // "according to a statement from the regional police commission": a body named only by its description.
  if (!m && the) {
    for (let e = d; e < s.to && e < d + 5 && tok(st, e)?.word && !tok(st, e)?.cap; e++) {
      if (ORG_HEADS.has(tok(st, e)?.lower ?? '') && endsNP(st, e + 1)) return descriptionSource(st, s, e + 1);
    }
  }
  if (!m || (m.kind !== 'organization' && m.kind !== 'person') || d >= s.to) return null;
  const src = fromMention(st, m);
  return src ? { ...src, to: m.to } : null;
}

/** Unnamed people a body's name can qualify: "a Reuters witness", "AFP reporters". */
const PERSON_HEADS_AFTER_NAME = /^(witness|witnesses|reporter|reporters|correspondent|correspondents|photographer|journalist|journalists|source|sources|official|officials|diplomat|diplomats|insider|insiders)$/;

/** True when token i cannot continue a noun phrase (punctuation, preposition, verb, end). */
function endsNP(st: State, i: number): boolean {
  const t = tok(st, i);
  if (!t || !t.word) return true;
  if (t.cap) return false;
  if (/^(in|at|of|on|for|from|with|and|close|familiar|who|that|to|by|near|said|say|says|told|seen|obtained|reviewed|published|released|issued|sent|dated|filed)$/.test(t.lower)) return true;
  const tags = lexTags(t.lower);
  const nounish = tags.some((x) => /Plural|Singular|Noun/.test(x));
  if (/(ed|ly)$/.test(t.lower) && !nounish) return true;
  return tags.some((x) => /Tense|Verb|Infinitive|Copula|Modal|Adverb/.test(x)) && !nounish;
}

/** "Reuters cited security officials as saying": one attribution to the cited source. */
function citedAsSaying(st: State, s: SentenceSpan, i: number): void {
  let as = -1;
  for (let k = i + 1; k < Math.min(s.to, i + 20); k++) if (tok(st, k)?.lower === 'as' && tok(st, k + 1)?.lower === 'saying') { as = k; break; }
  if (as < 0) return;
  const subjEnd = skipBack(st, s, i);
  const subj = st.mentionEnding.get(subjEnd);
  const channel = subj ? entityOf(st, subj)?.name : undefined;
  let k = i + 1;
  while (/^(the|a|an)$/.test(tok(st, k)?.lower ?? '')) k++;
  const m = st.mentionStarting.get(k);
  const named = m && m.to === as ? fromMention(st, m) : null;
  const src: Source = named ?? { from: k, to: as, name: slice(st, k, as), anonymous: true };
  record(st, src, subj ? subj.from : i, as + 2, 'cited ... as saying', channel);
}

/** The first actor mention of the sentence after any dateline. */
function sentenceSubject(st: State, s: SentenceSpan, before: number): Source | null {
  let from = s.from;
  for (let k = s.from; k < Math.min(before, s.from + 10); k++) if (/^[—–-]$/.test(tok(st, k)?.text ?? '') && tok(st, k)?.spaceBefore) from = k + 1;
  for (let k = from; k < before; k++) {
    const m = st.mentionStarting.get(k);
    if (m && (m.kind === 'person' || m.kind === 'organization') && !PREPOSITIONS.has(tok(st, k - 1)?.lower ?? '')) return fromMention(st, m);
  }
  return null;
}
