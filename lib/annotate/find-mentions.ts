/**
 * Finds entity mentions in tokenized sentences: datelines, known names (gazetteer), national
 * institutions ("Iraqi military"), and capitalised name chunks typed by head words, titles and
 * given names. Anything still untyped is left 'unknown' for the coreference stage.
 */
import { findAcronymDefinitions, isAcronymToken, isNamePossessive } from './acronyms';
import { contextKind, namedAsKind, placeOfPerson } from './context-kind';
import { FOLDED_PLACE_TAILS, NON_ORG_ACRONYMS, PLURAL_PLACE_TAILS, SINGLE_PLACE_TAILS, TOWN_TAILS } from './context-vocab';
import { ANONYMOUS_HEADS, CUE_WORDS, INVERTIBLE_CUES, SKIPPABLE, cueAt } from './cues';
import type { Gazetteer, GazHit, GazMatch, KnownEntity } from './gazetteer';
import { isCommonWord, isFirstName, lexKind, lexTags } from './lexicon';
import type { RawMention, RoleRef } from './mention';
import { attachRoles } from './roles';
import type { SentenceSpan } from './sentences';
import { portfolioHolder } from './portfolio';
import { titleAt } from './titles';
import { closesNumberedName, numberedNames, opensNumberedName } from './numbered-names';
import type { Token } from './tokenize';
import { LEGISLATURES, NAME_PARTICLES, PARTICLE_ARTICLES, NATIONAL_INSTITUTIONS, ORG_HEADS, ORG_OF_HEADS, PLACE_HEADS, PLACE_PREFIXES } from './vocab';

/** Arabic words of kinship inside a person's name ("Abu", "Bin", "Ibn", "Bint", "Abd"): never inside a place's. */
const KIN_PARTICLES = new Set(['abu', 'bin', 'ibn', 'bint', 'abd']);

/** Word endings of demonyms and other adjectives of a people or region ("African", "Balkan", "Congolese", "Somali"). */
const DEMONYM_LIKE_RE = /(?:an|ese|ish|i|ic)$/i;
/** Plural nouns a demonym qualifies ("African governments"): after one, the capitalised word is no name. */
const PEOPLE_NOUNS = new Set([
  'governments', 'leaders', 'officials', 'countries', 'nations', 'states', 'troops', 'forces', 'diplomats',
  'ministers', 'markets', 'allies', 'partners', 'lawmakers', 'voters', 'migrants', 'refugees', 'people',
  'citizens', 'nationals', 'companies', 'banks', 'authorities', 'economies', 'capitals', 'neighbours', 'neighbors',
]);

/** Ideologies written with a capital ("Marxist rebels", "Islamist politicians"): adjectives, never a name alone. */
const IDEOLOGY_RE = /^[a-z]{3,}ist$/;
/** Ideologies that open a group's name in running text without being part of it ("the Islamist Muslim Brotherhood"). */
const IDEOLOGY_PREFIXES = new Set(['islamist', 'jihadist', 'salafist', 'salafi', 'wahhabi', 'hardline', 'radical', 'militant']);

/** A lower-case plural common noun ("mosaics", "carpets"): what an adjective, not a name, stands before. */
function isPluralNoun(token: Token | undefined): boolean {
  if (!token?.word || token.cap || !/^[a-z]{3,}s$/.test(token.lower) || token.lower.endsWith('ss') || CUE_WORDS.has(token.lower)) return false;
  return !lexTags(token.lower).some((t) => t === 'Verb' || t === 'PresentTense' || t === 'Infinitive');
}

/**
 * "Videos posted online showed ...": a lone sentence-initial plural whose singular is a common word,
 * and which the text never writes as part of a longer name, is a common noun, not a name.
 */
function commonPlural(ctx: { tokens: Token[] }, a: number, b: number): boolean {
  const t = ctx.tokens[a];
  if (b - a !== 1 || !t?.cap || t.upper || !/^[a-z]{4,}s$/.test(t.lower) || t.lower.endsWith('ss')) return false;
  const singular = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.slice(0, -1);
  if (!isCommonWord(singular) || isFirstName(singular) || lexTags(t.lower).some((x) => x !== 'Plural' && x !== 'Noun')) return false;
  return !usedInLongerName(ctx.tokens, t.lower);
}

/**
 * "Authorities said", "Witnesses told": a lone sentence-initial noun for unnamed people, which the text
 * never writes as part of a longer name, is that noun, not a name.
 */
function anonymousHeadAlone(ctx: { tokens: Token[] }, a: number, b: number): boolean {
  const t = ctx.tokens[a];
  return b - a === 1 && !!t?.cap && !t.upper && ANONYMOUS_HEADS.has(t.lower) && !usedInLongerName(ctx.tokens, t.lower);
}

/** The word is written elsewhere in the text next to another capitalised word, as a name would be. */
function usedInLongerName(tokens: Token[], lower: string): boolean {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.lower !== lower || !t.cap) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((prev?.word && prev.cap && t.spaceBefore) || (next?.word && next.cap && next.spaceBefore)) return true;
  }
  return false;
}

/** What the finder returns for a whole text. */
export interface FoundMentions {
  mentions: RawMention[];
  roleRefs: RoleRef[];
  /** Demonym or country adjective per token index (for linking, never a mention). */
  adjectives: Map<number, KnownEntity>;
}

interface Ctx {
  text: string;
  tokens: Token[];
  gaz: Gazetteer;
  consumed: Uint8Array;
  out: FoundMentions;
  /** Acronyms defined in brackets so far ("JNIM") → the expansion's name and kind. */
  acronyms: Map<string, { name: string; kind: 'organization' | 'place' }>;
  /** Lower-case words written at the end of a longer capitalised name, built once on first need. */
  nameEnds?: Set<string>;
  /** Names written with digits the article introduces as bodies ("Barrio 18", "3R"). */
  numbered: Set<string>;
}

const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '|']);
const TIME_TAGS = new Set(['WeekDay', 'Month', 'Date', 'Holiday']);

/** Finds mentions in every sentence. */
export function findMentions(text: string, tokens: Token[], sentences: SentenceSpan[], gaz: Gazetteer): FoundMentions {
  const ctx: Ctx = { text, tokens, gaz, consumed: new Uint8Array(tokens.length), out: { mentions: [], roleRefs: [], adjectives: new Map() }, acronyms: new Map(), numbered: numberedNames(tokens) };
  sentences.forEach((s, si) => {
    const headline = isHeadline(tokens, s);
    findDateline(ctx, s, si);
    findAcronyms(ctx, s, si);
    findKnown(ctx, s, si);
    findInstitutions(ctx, s, si);
    findHandles(ctx, s, si);
    findChunks(ctx, s, si, headline);
  });
  joinNameParts(ctx);
  addCountriesOfOrganizations(ctx);
  personsBySurname(ctx);
  hintByCoordination(ctx);
  ctx.out.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  ctx.out.roleRefs = attachRoles(text, tokens, ctx.out.mentions, ctx.out.roleRefs);
  return ctx.out;
}

function span(ctx: Ctx, from: number, to: number): { start: number; end: number; text: string } {
  const start = ctx.tokens[from]?.start ?? 0;
  const end = ctx.tokens[to - 1]?.end ?? start;
  return { start, end, text: ctx.text.slice(start, end) };
}

function push(ctx: Ctx, m: Omit<RawMention, 'start' | 'end' | 'text'>): void {
  ctx.out.mentions.push({ ...m, ...span(ctx, m.from, m.to) });
  for (let i = m.from; i < m.to; i++) ctx.consumed[i] = 1;
}

/** A title-case line (headline, menu item): unknown capitalised words there are not names. */
export function isHeadline(tokens: Token[], s: SentenceSpan): boolean {
  let long = 0;
  let cap = 0;
  for (let i = s.from; i < s.to; i++) {
    const t = tokens[i];
    if (!t?.word || t.text.length < 4) continue;
    long++;
    if (t.cap) cap++;
  }
  const last = tokens[s.to - 1]?.text;
  return long >= 2 && cap / long >= 0.7 && last !== '.';
}

/** "BAGHDAD (Reuters) -" / "ERBIL, Kurdistan Region -": the place (and agency) opening a story. */
function findDateline(ctx: Ctx, s: SentenceSpan, si: number): void {
  const { tokens } = ctx;
  const first = tokens[s.from];
  if (!first || !(s.from === 0 || first.newlineBefore)) return;
  let j = s.from;
  // "PORT-AU-PRINCE": hyphens written without spaces join the words of one place.
  const joinsNext = (k: number): boolean => tokens[k]?.text === '-' && !tokens[k]?.spaceBefore && !!tokens[k + 1]?.upper && !!tokens[k + 1]?.word && !tokens[k + 1]?.spaceBefore;
  while (j < s.to && ((tokens[j]?.upper && tokens[j]?.word) || (j > s.from && joinsNext(j)))) j++;
  if (j === s.from) return;
  const after = tokens[j]?.text;
  if (after !== '(' && after !== ',' && after !== '—' && after !== '–' && after !== '-') return;
  let dash = -1;
  for (let k = j; k < Math.min(s.to, j + 12); k++) if (/^[—–-]$/.test(tokens[k]?.text ?? '') && tokens[k]?.spaceBefore) { dash = k; break; }
  if (dash < 0) return;
  const raw = span(ctx, s.from, j).text;
  if (j - s.from === 1 && isCommonWord(tokens[s.from]?.lower ?? '')) return;
  const known = ctx.gaz.longest(tokens, s.from);
  const hit = known && known.to === j ? known.hits.find((h) => !h.adjective && h.entity.type === 'place') : undefined;
  push(ctx, { from: s.from, to: j, kind: 'place', known: hit?.entity, name: hit ? hit.entity.name : titleCase(raw), subtype: hit?.entity.subtype ?? 'city', sentence: si });
  const outlet = datelineOutlet(tokens, j, dash);
  if (outlet && !anyConsumed(ctx, outlet.from, outlet.to)) {
    const k = ctx.gaz.longest(tokens, outlet.from);
    const h = k && k.to === outlet.to ? k.hits.find((x) => !x.adjective) : undefined;
    push(ctx, { from: outlet.from, to: outlet.to, kind: 'organization', known: h?.entity, name: h?.entity.name, subtype: 'news outlet', sentence: si });
  }
}

/** "(Reuters)", "(Gulf Wire)" between the dateline place and its dash: the outlet, as one name. */
function datelineOutlet(tokens: Token[], from: number, dash: number): { from: number; to: number } | null {
  let open = -1;
  for (let k = from; k < dash; k++) if (tokens[k]?.text === '(') { open = k; break; }
  if (open < 0) return null;
  let close = -1;
  for (let k = open + 1; k < Math.min(dash, open + 7); k++) if (tokens[k]?.text === ')') { close = k; break; }
  if (close <= open + 1) return null;
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k];
    if (!t || (t.word && !t.cap && !/^(of|the|and|de)$/.test(t.lower)) || (!t.word && !/^[&.'’-]$/.test(t.text))) return null;
  }
  return { from: open + 1, to: close };
}

/** Whether a known organization's name opens the run [from, to) and leaves words of the run after it. */
function opensWithKnownBody(ctx: Ctx, from: number, to: number): boolean {
  const m = ctx.gaz.longest(ctx.tokens, from);
  return !!m && m.to < to && m.hits.some((h) => !h.adjective && h.entity.type === 'organization');
}

/** "Expansion (ACR)": the expansion as one organization (or site), the acronym as its alias. */
function findAcronyms(ctx: Ctx, s: SentenceSpan, si: number): void {
  for (const def of findAcronymDefinitions(ctx.tokens, s.from, s.to)) {
    if (def.described) {
      // The body named before whose name ends in the description's words ("Joint Task Force" for "the task force").
      const words = span(ctx, def.from, def.to).text.toLowerCase();
      const body = [...ctx.out.mentions].reverse().find((m) => m.kind === 'organization' && m.text.toLowerCase().endsWith(words) && m.text.length > words.length);
      if (!body || ctx.consumed[def.acronym]) continue;
      const name = body.name ?? body.text;
      push(ctx, { from: def.acronym, to: def.acronym + 1, kind: 'organization', name, sentence: si });
      ctx.acronyms.set(ctx.tokens[def.acronym]?.text ?? '', { name, kind: 'organization' });
      continue;
    }
    if (anyConsumed(ctx, def.from, def.to) || ctx.consumed[def.acronym]) continue;
    const whole = ctx.gaz.longest(ctx.tokens, def.from);
    if (whole && whole.to === def.to) continue;
    const last = ctx.tokens[def.to - 1]?.lower ?? '';
    // ("Islamic State Khorasan Province (ISKP)": a known body opening the expansion makes it the body's branch.)
    const kind = PLACE_HEADS.has(last) && !ORG_HEADS.has(last) && !opensWithKnownBody(ctx, def.from, def.to) ? 'place' : 'organization';
    const name = span(ctx, def.from, def.to).text;
    push(ctx, { from: def.from, to: def.to, kind, name, sentence: si });
    push(ctx, { from: def.acronym, to: def.acronym + 1, kind, name, sentence: si });
    ctx.acronyms.set(ctx.tokens[def.acronym]?.text ?? '', { name, kind });
  }
}

/** Bodies whose units carry the parent's name ("United Nations Integrated Office in Haiti"). */
const PARENT_BODIES = new Set(['United Nations', 'European Union', 'African Union', 'NATO']);
/** Head words of such units, which may close with "in <Place>". */
const UNIT_HEADS = /^(office|mission|force|operation|command|programme|program|team|centre|center)$/;
/** Lower-case nouns saying a name is a body's ("the United Kingdom Maritime Trade Operations center"). */
const BODY_NOUNS_AFTER = /^(center|centre|agency|group|body|office|unit|authority|mission|command|service|rebels|militia|gang)$/;
/** Lower-case nouns after a gang's or group's name ("400 Mawozo gang"). */
const GROUP_NOUNS = /^(gang|gangs|group|militia|faction|cartel|brigade)$/;
/** Words before a number that make it a count, not part of a name ("at least 400", "some 400"). */
const COUNT_OPENERS = /^(least|some|about|around|nearly|almost|over|than|only|just)$/;

/**
 * Names the finders cut into parts: a parent body and its unit ("United Nations" + "Integrated
 * Office" + "in Haiti"), a place opening a body's name ("U.S." + "Africa Command", "Kashmir" +
 * "Tigers"), a number opening a gang's name ("400" + "Mawozo gang"). The parts become one
 * organization; a place inside it stays a place mention too.
 */
function joinNameParts(ctx: Ctx): void {
  const { tokens } = ctx;
  const ms = ctx.out.mentions;
  ms.sort((a, b) => a.from - b.from || b.to - a.to);
  const starting = (k: number): RawMention | undefined => ms.find((x) => x.from === k);
  const drop = new Set<RawMention>();
  const numbered = new Set<string>();
  const joined = new Set<string>();
  const reset = (m: RawMention, from: number, to: number): void => {
    Object.assign(m, span(ctx, from, to), { from, to, kind: 'organization' as const, known: undefined, name: undefined, subtype: undefined, hint: undefined, afterLocative: undefined });
  };
  for (const m of ms) {
    if (drop.has(m)) continue;
    const next = starting(m.to);
    const adjacent = !!next && !!tokens[m.to]?.spaceBefore && !tokens[m.to]?.newlineBefore && next.sentence === m.sentence;
    const lastOf = (x: RawMention): string => tokens[x.to - 1]?.lower ?? '';
    // "United Nations Integrated Office in Haiti".
    if (adjacent && next && m.kind === 'organization' && m.known && PARENT_BODIES.has(m.known.name) && next.kind === 'organization' && !next.known && UNIT_HEADS.test(lastOf(next))) {
      let to = next.to;
      const place = tokens[to]?.lower === 'in' ? starting(to + 1) : undefined;
      if (place?.kind === 'place' && place.known) to = place.to;
      reset(m, m.from, to);
      drop.add(next);
      continue;
    }
    // "BBC News NI", "BBC Persian": a known news outlet's name, then one capitalised word nobody typed that
    // closes the name, is the outlet's regional or language service.
    if (adjacent && next && m.kind === 'organization' && m.known?.subtype === 'news outlet' && next.kind === 'unknown' && !next.role && next.to - next.from === 1
      && !tokens[next.to]?.cap && !/^[’']s?$/.test(tokens[next.to]?.text ?? '')) {
      reset(m, m.from, next.to);
      drop.add(next);
      continue;
    }
    // "Islamic State West Africa Province", "Islamic State Khorasan Province": a body's name followed at once
    // by a region's name ending in "Province" is the body's branch there (a body and a place it acts in
    // are joined by a preposition or a comma, never written straight on).
    if (adjacent && next && m.kind === 'organization' && next.kind === 'place' && lastOf(next) === 'province' && tokens[m.to]?.cap) {
      reset(m, m.from, next.to);
      drop.add(next);
      continue;
    }
    // "Islamic State's East Asia Province": a region's name ending in "Province" owned by a body is its branch.
    const owned = /^[’']s$/.test(tokens[m.to]?.text ?? '') ? starting(m.to + 1) : undefined;
    if (owned && m.kind === 'organization' && owned.kind === 'place' && lastOf(owned) === 'province' && owned.sentence === m.sentence) {
      reset(owned, owned.from, owned.to);
    }
    // "the Libyan Red Crescent", "the Kenya Red Cross": a country's own society, not the international committee.
    const people = tokens[m.from - 1];
    if (m.kind === 'organization' && /^red (cross|crescent)$/i.test(m.text) && people?.cap && (ctx.out.adjectives.has(m.from - 1) || starting(m.from - 1)?.known?.subtype === 'country' || ms.some((x) => x.to === m.from && x.known?.subtype === 'country'))) {
      const country = ms.find((x) => x.to === m.from && x.kind === 'place');
      if (country) drop.add(country);
      // ("the Bangladesh Red Crescent Society": a body's head word after it closes the name.)
      const head = tokens[m.to]?.cap && ORG_HEADS.has(tokens[m.to]?.lower ?? '') && !!tokens[m.to]?.spaceBefore ? 1 : 0;
      if (head) { const rest = starting(m.to); if (rest) drop.add(rest); }
      reset(m, m.from - 1, m.to + head);
      continue;
    }
    // "U.S. Africa Command", "the Kashmir Tigers said": a known place right before a body's own name.
    const before = tokens[m.from - 1]?.lower ?? '';
    if (adjacent && next && m.kind === 'place' && m.known && !next.known && !/^(in|at|near|from|to|of|across|into|outside|inside|around|[’']s)$/.test(before)
      && (joined.has(`${m.text} ${next.text}`) || (next.kind === 'organization' ? next.to - next.from >= 2 : next.kind === 'unknown' && ((next.hint === 'organization' && next.to - next.from === 1) || (next.to - next.from >= 2 && BODY_NOUNS_AFTER.test(tokens[next.to]?.lower ?? '')))))) {
      // The same name written again is joined whatever its parts were typed.
      joined.add(`${m.text} ${next.text}`);
      reset(next, m.from, next.to);
      continue;
    }
    // "Greenpeace Indonesia called", "Global Affairs Canada said", "the Kuki Inpi Manipur, the apex body of":
    // a body's name (or an untyped name of two words or more) closed by a known country or region, when the
    // whole speaks or is described as a body, is one body's country branch or office.
    if (adjacent && next && next.kind === 'place' && next.known && !m.role && m.from !== next.from
      && ((m.kind === 'organization' && m.known) || (m.kind === 'unknown' && m.to - m.from >= 2 && !m.hint && !m.afterLocative))
      && !/^[’']s?$/.test(tokens[next.to]?.text ?? '')
      && ((!!tokens[next.to]?.word && !tokens[next.to]?.cap && !!cueAt(tokens, next.to)) || contextKind(tokens, m.from, next.to, () => false) === 'organization')) {
      reset(m, m.from, next.to);
      continue;
    }
    // "the Border Guard Bangladesh would": after "the", a body's name closed by a head word and then a
    // known country, with a lower-case verb after it, is the body's full name.
    if (adjacent && next && next.kind === 'place' && next.known?.subtype === 'country' && m.kind === 'organization' && !m.known && !m.role
      && m.to - m.from >= 2 && ORG_HEADS.has(tokens[m.to - 1]?.lower ?? '') && tokens[m.from - 1]?.lower === 'the'
      && !!tokens[next.to]?.word && !tokens[next.to]?.cap && lexTags(tokens[next.to]?.lower ?? '').some((x) => x === 'Modal' || x === 'PastTense' || x === 'PresentTense' || x === 'Copula')) {
      reset(m, m.from, next.to);
      continue;
    }
    // "The 400 Mawozo gang": a number opening a gang's name.
    const num = tokens[m.from - 1];
    const named = numbered.has(`${num?.text ?? ''} ${m.text}`);
    if ((m.kind === 'organization' || m.kind === 'unknown') && !m.known && num && /^\d{1,4}$/.test(num.text) && m.text.split(' ').length <= 2
      && !COUNT_OPENERS.test(tokens[m.from - 2]?.lower ?? '') && (named || GROUP_NOUNS.test(tokens[m.to]?.lower ?? ''))) {
      numbered.add(`${num.text} ${m.text}`);
      reset(m, m.from - 1, m.to);
    }
  }
  if (drop.size) ctx.out.mentions = ms.filter((m) => !drop.has(m));
}

/** "U.S. State Department", "Kenya Airways": the country opening an organization's name is a place too. */
function addCountriesOfOrganizations(ctx: Ctx): void {
  const extra: RawMention[] = [];
  for (const m of ctx.out.mentions) {
    if (m.kind !== 'organization' || m.to - m.from < 2) continue;
    const g = ctx.gaz.allAt(ctx.tokens, m.from).find((x) => x.to < m.to && x.hits.some((h) => !h.adjective && h.entity.subtype === 'country'));
    const hit = g?.hits.find((h) => !h.adjective && h.entity.type === 'place' && h.entity.subtype === 'country');
    if (!g || !hit || !usableHit(ctx, g) || ctx.out.mentions.some((x) => x.from === g.from && x.kind === 'place')) continue;
    extra.push({ from: g.from, to: g.to, ...span(ctx, g.from, g.to), kind: 'place', known: hit.entity, subtype: 'country', sentence: m.sentence });
  }
  ctx.out.mentions.push(...extra);
  addPlacesClosingOrganizations(ctx);
}

/**
 * "the Bodo Sahitya Assam, the apex body of": an organization whose name closes with a known place
 * the finder let the whole run take (see continuesName) still mentions that place.
 */
function addPlacesClosingOrganizations(ctx: Ctx): void {
  const extra: RawMention[] = [];
  for (const m of ctx.out.mentions) {
    if (m.kind !== 'organization' || m.known || m.to - m.from < 2) continue;
    const g = ctx.gaz.longest(ctx.tokens, m.to - 1);
    const hit = g && g.to === m.to ? g.hits.find((h) => !h.adjective && h.entity.type === 'place') : undefined;
    // ("Bank of South Sudan": a place mention already covering the word, "South Sudan", is that place.)
    if (!g || !hit || !usableHit(ctx, g) || ctx.out.mentions.some((x) => x.from <= g.from && x.to >= g.to && x.kind === 'place')) continue;
    extra.push({ from: g.from, to: g.to, ...span(ctx, g.from, g.to), kind: 'place', known: hit.entity, subtype: hit.entity.subtype, sentence: m.sentence });
  }
  ctx.out.mentions.push(...extra);
}

/**
 * "Morgan Stanley and Barclays", "Puno, Cusco and Ayacucho": untyped names listed with a typed one
 * take its kind — the members of a list are alike. A partner followed by a possessive ("Glencore and
 * China's CMOC") opens a new noun phrase and is no partner.
 */
/** Ranks that are also adjectives: opening an organization's name they are part of it ("Private Security Company"). */
const ADJECTIVE_RANKS = /^(general|private|major)$/;

/** Words naming a storm before its name. */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);

/** Heads of an office named with a possessive ("Ombudsman’s Office", "Prosecutor General’s Office"). */
const POSSESSIVE_ORG_HEADS = new Set(['office', 'department', 'bureau', 'chambers', 'secretariat']);

/** "a stake in X", "shares in X", "invested in X": "in" before a company, not a place. */
const STAKE_WORDS = /^(stake|stakes|shares|investment|investments|invested|invest|interest|interests|holding|holdings|role|part|career|job|jobs|work|worked|working)$/;

const LIST_LOCATIVES = /^(in|near|outside|across|around|through)$/;

function hintByCoordination(ctx: Ctx): void {
  const { tokens } = ctx;
  const startingAt = new Map<number, RawMention>();
  for (const m of ctx.out.mentions) { const o = startingAt.get(m.from); if (!o || m.to > o.to) startingAt.set(m.from, m); }
  const sorted = [...startingAt.values()].sort((a, b) => a.from - b.from);
  // "In Kurigram" elsewhere: a name written after a locative in the article counts as a typed place in a list.
  const placeTexts = new Set<string>();
  for (const m of ctx.out.mentions) if (m.afterLocative || (m.kind === 'place' && !m.known)) placeTexts.add(m.text);
  // ("the provinces of X, Y and Z": a name the context typed a place counts as a typed place too.)
  const kindOf = (m: RawMention): RawMention['kind'] => (m.kind === 'unknown' && !m.role && (placeTexts.has(m.text) || m.hint === 'place') ? 'place' : m.kind);
  const used = new Set<RawMention>();
  for (const first of sorted) {
    if (used.has(first)) continue;
    const list: RawMention[] = [first];
    let cur = first;
    for (;;) {
      let k = cur.to;
      if (tokens[k]?.text === ',') k++;
      if (/^(and|or)$/.test(tokens[k]?.lower ?? '')) k++;
      const next = k > cur.to ? startingAt.get(k) : undefined;
      if (!next || next.sentence !== cur.sentence) break;
      // A bare comma joins list items only if an "and"/"or" closes the list later.
      list.push(next);
      cur = next;
    }
    for (const m of list) used.add(m);
    if (list.length < 2) continue;
    const closed = list.some((m, i) => i > 0 && /^(and|or)$/.test(tokens[m.from - 1]?.lower ?? ''));
    if (!closed) continue;
    const typed = list.filter((m) => { const k = kindOf(m); return (k === 'organization' || k === 'place' || k === 'person') && !/^[’']s?$/.test(tokens[m.to]?.text ?? ''); });
    const kinds = new Set(typed.map(kindOf));
    // "in Puno, Cusco and Ayacucho": a list of untyped names after a locative preposition is a list of places;
    // so is one that gives examples of places ("cities it had captured, including Nyala and El Geneina").
    const locative = typed.length === 0 && (LIST_LOCATIVES.test(tokens[first.from - 1]?.lower ?? '') || examplesOfPlaces(tokens, first.from));
    if (kinds.size !== 1 && !locative) continue;
    const kind = locative ? 'place' : typed[0] ? kindOf(typed[0]) : undefined;
    if (kind !== 'organization' && kind !== 'place') continue;
    for (const m of list) {
      if (m.kind !== 'unknown' || m.hint || m.handle || m.headWord || m.role || m.to - m.from > 3) continue;
      if (m.to - m.from > 1 && isFirstName(tokens[m.from]?.lower ?? '')) continue;
      m.hint = kind;
    }
  }
}

/** "cities it had captured, including X": the list gives examples of a plural place noun a few words back. */
function examplesOfPlaces(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such') k--;
  else if (tokens[k]?.lower !== 'including') return false;
  for (let p = k - 1; p >= Math.max(0, k - 8); p--) {
    const t = tokens[p];
    if (!t || /^[.;:!?]$/.test(t.text)) return false;
    if (!t.cap && PLURAL_PLACE_TAILS.has(t.lower)) return true;
  }
  return false;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** Picks the usable hit of a gazetteer match given the case of the text, or null. */
function usableHit(ctx: Ctx, m: GazMatch): GazHit | null {
  const first = ctx.tokens[m.from];
  if (!first) return null;
  const surface = span(ctx, m.from, m.to).text;
  const ordered = [...m.hits].sort((a, b) => Number(a.adjective) - Number(b.adjective));
  for (const h of ordered) {
    if (h.exact !== undefined) {
      if (surface === h.exact || surface.replace(/\./g, '') === h.exact.replace(/\./g, '')) {
        if (surface.replace(/\./g, '').length <= 2 && surface !== h.exact && !/^[A-Z]{2}$/.test(h.exact)) continue;
        return h;
      }
      continue;
    }
    if (first.cap || first.upper) return h;
    if (h.lowerOk && m.to - m.from >= 2) return h;
  }
  return null;
}

/** Known names from the gazetteer (longest match first). */
function findKnown(ctx: Ctx, s: SentenceSpan, si: number): void {
  const { tokens } = ctx;
  for (let i = s.from; i < s.to; i++) {
    if (ctx.consumed[i]) continue;
    const t = tokens[i];
    if (!t || !t.word) continue;
    const m = ctx.gaz.longest(tokens, i);
    if (!m || m.to > s.to) continue;
    // "the Joint Task Force, known by its Spanish initials FTC": an acronym the article defines is its own, not a known body's.
    if (m.to - m.from === 1 && ctx.acronyms.has(t.text)) continue;
    let hit = usableHit(ctx, m);
    if (!hit) continue;
    // "the Royal Thai Army": a word that is both a country's short name and its adjective, inside a run of
    // capitalised words, is the adjective of a longer name.
    const asAdjective = !hit.adjective && t.cap && tokens[m.to]?.cap ? m.hits.find((h) => h.adjective && h.entity === hit?.entity) : undefined;
    if (asAdjective && opensLongerName(ctx, s, i)) hit = asAdjective;
    if (hit.adjective) {
      if (t.cap) for (let k = m.from; k < m.to; k++) ctx.out.adjectives.set(k, hit.entity);
      i = m.to - 1;
      continue;
    }
    if (anyConsumed(ctx, m.from, m.to)) continue;
    // "PORT-AU-PRINCE": a short capital word between two hyphens is a syllable of a longer name, not an acronym ("AU").
    if (m.to - m.from === 1 && t.text.length <= 3 && insideHyphenated(tokens, i)) continue;
    // "Jordan Peterson": a place that is also a given name, followed by a capitalised word ("Salem
    // al-Fitouri": or by a particle joined to one).
    const next = tokens[m.to];
    const particleName = !!next && NAME_PARTICLES.has(next.lower) && tokens[m.to + 1]?.text === '-' && !!tokens[m.to + 2]?.cap;
    // ("Salem Abu Hamid", "Jericho Bin Saud": a name's "father of"/"son of" word after it makes it a given name.)
    const kinName = !!next?.cap && KIN_PARTICLES.has(next.lower) && !!tokens[m.to + 1]?.cap && !!tokens[m.to + 1]?.spaceBefore;
    if (hit.entity.type === 'place' && m.to - m.from === 1 && hit.entity.subtype !== 'country' && kinName) continue;
    // "Milan Radoicic … Radoicic said", "led by Milan Radoicic, a former minister": a town's name
    // before a capitalised word the text uses alone elsewhere, or that a person's context follows, is a
    // given name before a surname.
    if (hit.entity.type === 'place' && m.to - m.from === 1 && hit.entity.subtype !== 'country' && next?.cap && next.spaceBefore && !next.upper && unfamiliar(next) && (surnameAlone(tokens, m.to, t.text) || contextKind(tokens, i, m.to + 1, () => false) === 'person')) continue;
    if (hit.entity.type === 'place' && m.to - m.from === 1 && (isFirstName(t.lower) || titleEndsAt(tokens, i)) && (next?.cap || particleName) && next?.spaceBefore && (particleName || !isCommonWord(next.lower)) && !PLACE_HEADS.has(next.lower) && !ORG_HEADS.has(next.lower) && hit.entity.subtype !== 'country') continue;
    // "Lucía Tigua Mendoza", "residents of Munlai Para": a known one-word place (not a country) right after an
    // unfamiliar capitalised word of the same run is the last word of a longer name, typed with the whole run.
    if (hit.entity.type === 'place' && hit.entity.subtype !== 'country' && m.to - m.from === 1 && continuesName(ctx, s, i)) continue;
    // "the Free Sinai Brigades", "the New Aden Front": a place between a name's opening adjective and
    // an organization's head is inside the body's name.
    if (hit.entity.type === 'place' && hit.entity.subtype !== 'country' && m.to - m.from === 1 && insideBodyName(tokens, i, m.to)) continue;
    // "a group calling itself Black Sea Shield": a known place opening a name the text gives a body is part of that name.
    if (hit.entity.type === 'place' && next?.cap && next.spaceBefore && namedAsKind(tokens, i) === 'organization') continue;
    // "Greenpeace Indonesia", "Global Affairs Canada": a country closing a run opened by an unfamiliar
    // capitalised word is the national branch or agency the run names, not the country.
    if (hit.entity.subtype === 'country' && countryClosesName(ctx, s, i)) continue;
    // "North Kordofan", "West Darfur": a capitalised compass word before a known region names another region.
    const compass = tokens[i - 1];
    // ("Inner Mongolia": "inner"/"outer" also name a region of a country's name.)
    if (hit.entity.type === 'place' && (hit.entity.subtype !== 'country' || /^(inner|outer)$/.test(compass?.lower ?? '')) && i - 1 >= s.from && compass?.cap && t.spaceBefore && !ctx.consumed[i - 1] && COMPASS_RE.test(compass.lower)) {
      push(ctx, { from: i - 1, to: m.to, kind: 'place', subtype: 'region', sentence: si });
      i = m.to - 1;
      continue;
    }
    // "New Guinea", "New Mexico": a capitalised "New" before a known place (mid-sentence) names another place.
    if (hit.entity.type === 'place' && i - 1 > s.from && compass?.text === 'New' && t.spaceBefore && !ctx.consumed[i - 1]) {
      push(ctx, { from: i - 1, to: m.to, kind: 'place', subtype: 'region', sentence: si });
      i = m.to - 1;
      continue;
    }
    // "San Pedro Sula": a known name of two words or more, then one capitalised word no lexicon knows, is a
    // longer name of another place.
    const tail = tokens[m.to];
    if (hit.entity.type === 'place' && hit.entity.subtype !== 'country' && m.to - m.from >= 2 && m.to < s.to && tail?.word && tail.cap && tail.spaceBefore && !tail.upper
      && !ctx.consumed[m.to] && lexTags(tail.lower).length === 0 && !isFirstName(tail.lower) && !tokens[m.to + 1]?.cap) {
      push(ctx, { from: m.from, to: m.to + 1, kind: 'place', subtype: 'site', sentence: si });
      i = m.to;
      continue;
    }
    push(ctx, { from: m.from, to: m.to, kind: hit.entity.type, known: hit.entity, subtype: hit.entity.subtype, sentence: si });
    i = m.to - 1;
  }
}

/**
 * Token i continues a capitalised run opened by an unfamiliar word: the word before is capitalised,
 * spaced, unconsumed, neither a common word, a time word, a compass word, a title nor a demonym, and
 * the line is no title-case headline (where every word is capitalised).
 */
function continuesName(ctx: Ctx, s: SentenceSpan, i: number): boolean {
  const { tokens } = ctx;
  const prev = tokens[i - 1];
  if (i - 1 < s.from || !prev?.word || !prev.cap || prev.upper || !tokens[i]?.spaceBefore || ctx.consumed[i - 1]) return false;
  if (isCommonWord(prev.lower) || isTimeWord(prev.lower) || COMPASS_RE.test(prev.lower) || ctx.out.adjectives.has(i - 1) || titleAt(tokens, i - 1, i) > 0) return false;
  if (lexTags(prev.lower).some((x) => x === 'Demonym' || x === 'Country' || x === 'City' || x === 'Region')) return false;
  return !isHeadline(tokens, s);
}

/**
 * Token i, a country's name, closes an organization's name: the word before continues a name (see
 * continuesName) and is no given name, surname or particle ("Amina Kenya" is no body).
 */
function countryClosesName(ctx: Ctx, s: SentenceSpan, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!continuesName(ctx, s, i) || !prev) return false;
  return !isFirstName(prev.lower) && !NAME_PARTICLES.has(prev.lower) && lexKind(prev.lower) !== 'person';
}

/** "Global Affairs Canada said": an adjective opening a sentence opens the name of a country's body after it. */
function opensCountryBody(ctx: Ctx, a: number, b: number): boolean {
  const tags = lexTags(ctx.tokens[a]?.lower ?? '');
  return b - a >= 3 && tags.includes('Adjective') && !tags.some((x) => /Adverb|Determiner|Preposition|Conjunction|Pronoun/.test(x)) && endsWithCountry(ctx, a + 1, b);
}

/** The run [from, b) ends with a known country's name ("Greenpeace Indonesia"). */
function endsWithCountry(ctx: Ctx, from: number, b: number): boolean {
  for (let k = from + 1; k < b; k++) {
    const m = ctx.gaz.longest(ctx.tokens, k);
    if (m && m.to === b && m.hits.some((h) => !h.adjective && h.entity.subtype === 'country')) return true;
  }
  return false;
}

/** Titles of people that also open towns' names across the Arab world ("Sheikh Zuweid", "Sidi Bouzid"). */
const TOWN_TITLES = new Set(['sheikh', 'sidi']);

/** Token i follows words that only a place follows: "south of", "outskirts of", "the town of", "in", "near". */
function placeBefore(tokens: Token[], i: number): boolean {
  const p = tokens[i - 1]?.lower ?? '';
  const pp = tokens[i - 2]?.lower ?? '';
  if (/^(in|near|outside)$/.test(p)) return true;
  return p === 'of' && (COMPASS_RE.test(pp) || /^(outskirts|town|city|village|district|province|governorate|area|region)$/.test(pp));
}

/** Nouns of a settlement a name in apposition may name ("a village near X, Y,"). */
const SETTLEMENT_NOUNS = new Set(['village', 'town', 'hamlet', 'settlement', 'township', 'suburb', 'neighbourhood', 'neighborhood']);

/**
 * The name [a, b) stands between commas right after "a"/"the" + a settlement noun (+ where it lies),
 * with no other comma or sentence end between them ("The village, Y, …", "a village south of X, Y, …").
 */
function namesSettlementBefore(tokens: Token[], a: number, b: number): boolean {
  if (tokens[a - 1]?.text !== ',' || !/^[,.;]$/.test(tokens[b]?.text ?? '')) return false;
  for (let k = a - 2; k >= Math.max(0, a - 10); k--) {
    const w = tokens[k];
    if (!w || /^[,.;:!?]$/.test(w.text)) return false;
    if (SETTLEMENT_NOUNS.has(w.lower) && /^(a|an|the|another|nearby|small|remote)$/.test(tokens[k - 1]?.lower ?? '')) {
      // Only where the noun is placed ("a village south of X, Y,"): "the village chief, Y," or "the
      // town's mayor, Y," name a person of the village.
      if (k + 1 === a - 1) return true;
      if (!/^(near|in|outside|north|south|east|west|northeast|northwest|southeast|southwest|along|on|across|close|off|beside)$/.test(tokens[k + 1]?.lower ?? '')) return false;
      for (let j = k + 1; j < a - 1; j++) if (/^[’']s?$/.test(tokens[j]?.text ?? '')) return false;
      return true;
    }
  }
  return false;
}

/** A word that could be a surname: no common word, head word or known place. */
function unfamiliar(word: Token): boolean {
  return !isCommonWord(word.lower) && !PLACE_HEADS.has(word.lower) && !ORG_HEADS.has(word.lower) && lexKind(word.lower) !== 'place';
}

/** The word at `at` stands elsewhere in the text without `given` before it: a surname the text also uses alone. */
function surnameAlone(tokens: Token[], at: number, given: string): boolean {
  const word = tokens[at];
  if (!word) return false;
  for (let k = 0; k < tokens.length; k++) if (k !== at && tokens[k]?.text === word.text && tokens[k - 1]?.text !== given && !tokens[k + 1]?.cap) return true;
  return false;
}

/** Tokens [i, to) sit between a capitalised name-opening adjective and a capitalised organization head. */
// ("the Union of Sinai Tribes", "the Federation of Nile Farmers": a body's capitalised head, "of", the place
// and a capitalised plural of people after it are one body's name too.)
function insideBodyName(tokens: Token[], i: number, to: number): boolean {
  const prev = tokens[i - 1];
  const head = tokens[to];
  if (prev?.lower === 'of' && tokens[i - 2]?.cap && ORG_HEADS.has(tokens[i - 2]?.lower ?? '') && !!head?.cap && !!head.spaceBefore && /^[A-Z][a-z]+s$/.test(head.text) && !PLACE_HEADS.has(head.lower)) return true;
  return !!prev?.cap && !!tokens[i]?.spaceBefore && NAME_OPENING_ADJECTIVES.has(prev.lower) && !!head?.cap && !!head.spaceBefore && ORG_HEADS.has(head.lower);
}

/** "X-AU-Y": token i sits between two hyphens written without spaces, with words on both sides. */
function insideHyphenated(tokens: Token[], i: number): boolean {
  const joined = (h: number, w: number): boolean => tokens[h]?.text === '-' && !tokens[h]?.spaceBefore && !tokens[Math.max(h, w)]?.spaceBefore && !!tokens[w]?.word;
  return !tokens[i]?.spaceBefore && joined(i - 1, i - 2) && joined(i + 1, i + 2);
}

/** Compass words that open a region's own name when capitalised ("North Kordofan", "Western Cape"). */
const COMPASS_RE = /^(north|south|east|west|northern|southern|eastern|western|central|upper|lower|middle|inner|outer)$/;

/** A title ends right before token i ("President" before "Santiago Pena"). */
function titleEndsAt(tokens: Token[], i: number): boolean {
  for (let k = 1; k <= 3; k++) if (i - k >= 0 && titleAt(tokens, i - k, i) === k) return true;
  return false;
}

function anyConsumed(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.consumed[k]) return true;
  return false;
}

/**
 * "the Royal Thai Army", "the Royal Malaysian Navy": a capitalised word before the demonym opens the
 * body's own longer name, which the run of capitalised words names whole.
 */
function opensLongerName(ctx: Ctx, s: SentenceSpan, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (!prev?.word || !prev.cap || prev.upper || i - 1 < s.from || ctx.consumed[i - 1] || ctx.out.adjectives.has(i - 1) || !ctx.tokens[i]?.spaceBefore) return false;
  if (sentenceInitial(ctx, s, i - 1) || isTimeWord(prev.lower) || titleAt(ctx.tokens, i - 1, i) > 0) return false;
  return !ctx.out.mentions.some((m) => m.from <= i - 1 && m.to > i - 1);
}

/** Length of a national institution phrase at token i ("military", "foreign ministry"), or 0. */
function institutionAt(tokens: Token[], i: number): { len: number; phrase: string } | null {
  const a = tokens[i]?.lower;
  const b = tokens[i + 1]?.lower;
  if (a && b && NATIONAL_INSTITUTIONS.has(`${a} ${b}`)) return { len: 2, phrase: `${a} ${b}` };
  if (a && NATIONAL_INSTITUTIONS.has(a)) return { len: 1, phrase: a };
  // "Ukraine's agriculture ministry": any lower-case portfolio before "ministry".
  if (a && b === 'ministry' && /^\p{Ll}+$/u.test(tokens[i]?.text ?? '') && !lexTags(a).some((x) => /Verb|Tense|Determiner|Preposition/.test(x))) return { len: 2, phrase: `${a} ${b}` };
  return null;
}

/** The institution phrase is a modifier ("Iranian military personnel"), not the actor itself. */
function modifiesNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word || t.cap) return false;
  const tags = lexTags(t.lower);
  if (tags.length === 0) return /(s|ment|tion|ity|el|ers?)$/.test(t.lower) && !/(ed|ly)$/.test(t.lower);
  return tags.some((x) => x === 'Plural' || x === 'Singular' || x === 'Noun' || x === 'Uncountable' || x === 'Actor') && !tags.some((x) => /Tense|Verb|Infinitive|Copula|Modal|Preposition|Conjunction|Adverb/.test(x));
}

function institutionName(country: KnownEntity, phrase: string): string {
  const inst = phrase === 'federal government' ? 'government' : phrase;
  return `${country.demonym ?? country.name} ${inst}`;
}

/** "Iraqi military", "Iraq’s military", "U.S. military", "Government of Iraq". */
function findInstitutions(ctx: Ctx, s: SentenceSpan, si: number): void {
  const { tokens } = ctx;
  const countryAt = new Map<number, RawMention>();
  for (const m of ctx.out.mentions) if (m.sentence === si && m.known?.subtype === 'country') countryAt.set(m.to, m);
  for (let i = s.from; i < s.to; i++) {
    const adj = ctx.out.adjectives.get(i);
    const adjStart = adj && ctx.out.adjectives.get(i - 1) !== adj ? i : -1;
    if (adj && adjStart === i) {
      let e = i + 1;
      while (ctx.out.adjectives.get(e) === adj) e++;
      const inst = institutionAt(tokens, e);
      if (inst && !anyConsumed(ctx, e, e + inst.len) && !tokens[e + inst.len]?.cap && !modifiesNoun(tokens, e + inst.len) && !opensLongerName(ctx, s, i)) {
        push(ctx, { from: i, to: e + inst.len, kind: 'organization', name: institutionName(adj, inst.phrase), subtype: 'government', sentence: si });
      }
    }
    const country = countryAt.get(i);
    if (country?.known) {
      let e = i;
      if (/^[’']s$/.test(tokens[e]?.text ?? '')) e++;
      const inst = institutionAt(tokens, e);
      if (inst && !anyConsumed(ctx, e, e + inst.len) && !tokens[e + inst.len]?.cap && !modifiesNoun(tokens, e + inst.len) && !(e === i && opensLongerName(ctx, s, country.from))) {
        ctx.out.mentions.push({ from: country.from, to: e + inst.len, ...span(ctx, country.from, e + inst.len), kind: 'organization', name: institutionName(country.known, inst.phrase), subtype: 'government', sentence: si });
        for (let k = e; k < e + inst.len; k++) ctx.consumed[k] = 1;
      }
    }
    if (tokens[i]?.lower === 'government' && tokens[i]?.cap && tokens[i + 1]?.lower === 'of') {
      const c = ctx.out.mentions.find((m) => m.from === i + 2 && m.known?.subtype === 'country');
      if (c?.known) push(ctx, { from: i, to: i + 2, kind: 'organization', name: institutionName(c.known, 'government'), subtype: 'government', sentence: si });
      if (c?.known) { const last = ctx.out.mentions[ctx.out.mentions.length - 1]; if (last) { Object.assign(last, span(ctx, i, c.to)); last.to = c.to; } }
    }
  }
}

/** "@POTUS" and other handles. */
function findHandles(ctx: Ctx, s: SentenceSpan, si: number): void {
  for (let i = s.from; i < s.to; i++) {
    const t = ctx.tokens[i];
    if (t && t.text.startsWith('@') && !ctx.consumed[i]) push(ctx, { from: i, to: i + 1, kind: 'unknown', handle: true, sentence: si });
  }
}

/** Month names that are not also given names or verbs ("May", "June", "April", "August" are left to context). */
const MONTHS = /^(january|february|march|july|september|october|november|december|jan|feb|mar|jul|sep|sept|oct|nov|dec)$/;

function isTimeWord(lower: string): boolean {
  return MONTHS.test(lower) || lexTags(lower).some((t) => TIME_TAGS.has(t));
}

function canStart(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.consumed[i] || !t.word) return false;
  if (t.cap && !isTimeWord(t.lower)) return true;
  if (opensNumberedName(ctx.tokens, i, ctx.numbered) || ordinalOpensUnit(ctx.tokens, i)) return true;
  return NAME_PARTICLES.has(t.lower) && ctx.tokens[i + 1]?.text === '-' && !!ctx.tokens[i + 2]?.cap;
}

/**
 * "the 11th Infantry Division", "the 3rd Marine Brigade": an ordinal opens a unit's name when capitalised
 * words ending in a body's head follow it ("the 21st Century" has no such head).
 */
function ordinalOpensUnit(tokens: Token[], i: number): boolean {
  if (!/^\d{1,3}(?:st|nd|rd|th)$/.test(tokens[i]?.text ?? '')) return false;
  let k = i + 1;
  while (k < i + 5 && tokens[k]?.cap && tokens[k]?.word && tokens[k]?.spaceBefore) k++;
  return k > i + 1 && ORG_HEADS.has(tokens[k - 1]?.lower ?? '');
}

/** Reporting verbs that may follow a name directly ("Moody's said"): never what a possessive owns. */
const REPORTING_AFTER_NAME = /^(said|says|told|added|reported|warned|wrote|noted|estimated|forecast|downgraded|upgraded|affirmed|announced)$/;

function canContinue(ctx: Ctx, i: number, runFrom: number, end: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || i >= end || ctx.consumed[i] || t.newlineBefore) return false;
  if (t.text === '-') return !t.spaceBefore && !!next && !next.spaceBefore && next.word && (next.cap || NAME_PARTICLES.has(next.lower) || koreanGivenPart(tokens, i, runFrom) || placeConnector(tokens, i + 1) || acronymNumber(tokens, i)) && !ctx.consumed[i + 1];
  if (tokens[i - 1]?.text === '-' && !t.spaceBefore) return t.word;
  if (t.word && t.cap && !isTimeWord(t.lower)) return true;
  if (closesNumberedName(tokens, i, ctx.numbered)) return true;
  if (t.text === '.' && !t.spaceBefore && /^(\p{Lu}|St|Mt|Ft|Ste)$/u.test(tokens[i - 1]?.text ?? '') && next?.cap) return true;
  // "Ferdinand Marcos Jr.": the full stop of a generational suffix belongs to the name.
  if (t.text === '.' && !t.spaceBefore && /^(Jr|Sr)$/.test(tokens[i - 1]?.text ?? '') && i - 1 > runFrom) return true;
  if (NAME_PARTICLES.has(t.lower) && next && (next.text === '-' || next.cap) && !ctx.consumed[i + 1]) return true;
  // "de la Puente", "de los Ríos", "van der Berg": a particle and its article before the surname.
  if (NAME_PARTICLES.has(t.lower) && next && PARTICLE_ARTICLES.has(next.lower) && tokens[i + 2]?.cap && !ctx.consumed[i + 2]) return true;
  if (PARTICLE_ARTICLES.has(t.lower) && NAME_PARTICLES.has(tokens[i - 1]?.lower ?? '') && next?.cap && !ctx.consumed[i + 1]) return true;
  if ((t.lower === 'of' || t.lower === '&') && next?.cap && !ctx.consumed[i + 1]) return true;
  // "Office of the Australian Information Commissioner", "Ministry of the Interior".
  // "Committee for the Defence of Human Rights", "Council on the Status of Women": the same with "for"/"on".
  if (/^(of|for|on)$/.test(t.lower) && next?.lower === 'the' && tokens[i + 2]?.cap && !ctx.consumed[i + 2] && isOrgHead(tokens[i - 1]?.lower ?? '')) return true;
  // "Ombudsman’s Office", "Attorney General’s Office": a possessive inside an office's name.
  if (/^[’']s$/.test(t.text) && !t.spaceBefore && !!tokens[i - 1]?.cap && !!next?.cap && POSSESSIVE_ORG_HEADS.has(next.lower) && !ctx.consumed[i + 1]) return true;
  // "Children's Fund", "Workers' Party": a people noun's possessive inside a name.
  if (isNamePossessive(tokens, i) && !ctx.consumed[i + 1]) return true;
  // "Moody's said", "Sotheby's reported": a possessive is followed by what is owned, never by a reporting
  // verb, so this "'s" is the end of the name itself.
  if (/^[’']s$/.test(t.text) && !t.spaceBefore && !!tokens[i - 1]?.cap && !!next && !next.cap && REPORTING_AFTER_NAME.test(next.lower)) return true;
  if (t.lower === 'the' && /^(of|for|on)$/.test(tokens[i - 1]?.lower ?? '') && next?.cap) return true;
  // "Center for Strategic Studies", "Council on Foreign Relations".
  if ((t.lower === 'for' || t.lower === 'on') && isOrgHead(tokens[i - 1]?.lower ?? '') && next?.cap && !isTimeWord(next.lower) && !ctx.consumed[i + 1]) return true;
  if (t.lower === 'and' && next?.cap && !ctx.consumed[i + 1]) {
    // "Standard Chartered and Rand Merchant Bank": a name of two words or more, then a whole name of three
    // or more ending in a head, are two bodies; "Independent Electoral and Boundaries Commission" is one.
    // ("Exploration and Production Operations Company", "Oil and Gas Development Corporation": two fields of
    // activity paired by "and" open one body's name.)
    const paired = isActivityNoun(tokens[i - 1]?.lower ?? '') && isActivityNoun(next.lower);
    const twoNames = (k: number): boolean => !paired && i - runFrom >= 2 && k - (i + 1) >= 2;
    for (let k = i + 1; k < Math.min(end, i + 5) && tokens[k]?.cap && !ctx.consumed[k]; k++) if (ORG_HEADS.has(tokens[k]?.lower ?? '') && !twoNames(k)) return true;
    if (runHasOrgOf(tokens, runFrom, i)) return true;
  }
  return false;
}

/** Fields of activity that pair up inside a body's name: "Exploration and Production", "Oil and Gas", "Trade and Industry". */
const ACTIVITY_NOUNS = new Set(['oil', 'gas', 'trade', 'industry', 'peace', 'health', 'energy', 'water', 'power', 'food', 'agriculture', 'mines', 'minerals', 'transport', 'tourism', 'science', 'technology', 'culture', 'justice', 'labour', 'labor', 'finance', 'planning', 'research', 'marketing', 'exploration', 'production']);

/** A word naming a field of activity: a listed one or an abstract noun by its ending ("Development", "Security", "Governance"). */
function isActivityNoun(lower: string): boolean {
  return ACTIVITY_NOUNS.has(lower) || /^[a-z]{4,}(?:tion|sion|ment|ity|ance|ence|ship|ics)$/.test(lower);
}

/** "SPNH-17": a number joined by a hyphen to an acronym of three or more letters is part of the name (not "F-16"). */
function acronymNumber(tokens: Token[], hyphen: number): boolean {
  const before = tokens[hyphen - 1];
  const n = tokens[hyphen + 1];
  return !!before?.upper && /^[A-Z]{3,}$/.test(before.text) && !!n && /^\d{1,3}$/.test(n.text) && (tokens[hyphen + 2]?.spaceBefore !== false || !/^\p{L}/u.test(tokens[hyphen + 2]?.text ?? ''));
}

/**
 * "Croix-des-Bouquets", "Aix-en-Provence", "Stratford-upon-Avon": a short lower-case connector between
 * two hyphens, with a capitalised word after the second, is inside one place name.
 */
function placeConnector(tokens: Token[], i: number): boolean {
  const w = tokens[i];
  const h = tokens[i + 1];
  const next = tokens[i + 2];
  return !!w && !w.cap && /^[a-z\u00e0-\u00ff]{1,4}$/.test(w.text) && h?.text === '-' && !h.spaceBefore && !!next && !next.spaceBefore && next.cap;
}

/**
 * "Kim Ji-yeon", "Ahn Sung-min": the lower-case second syllable of a given name after a hyphen, in a
 * run that already holds a surname before the first syllable. Not "Essen-based" or "Iran-backed".
 */
function koreanGivenPart(tokens: Token[], hyphen: number, runFrom: number): boolean {
  const before = tokens[hyphen - 1];
  const part = tokens[hyphen + 1];
  if (!before?.cap || !part || part.cap || hyphen - 1 <= runFrom) return false;
  if (!/^[a-z]{2,5}$/.test(part.text) || /ed$/.test(part.text) || /^(era|style|like|type|wide|long|free|only|size|rich|led|run)$/.test(part.text)) return false;
  // "min" (an abbreviation) or "yun" (a surname) are still syllables here; a common noun or verb is not.
  if (lexTags(part.lower).some((x) => !/Name|Abbreviation|Person|ProperNoun/.test(x))) return false;
  return before.text.length <= 6 && !!tokens[hyphen - 2]?.cap && tokens[hyphen + 2]?.cap !== true;
}

function isOrgHead(word: string): boolean {
  return ORG_HEADS.has(word) || ORG_OF_HEADS.has(word);
}

/** Capitalised chunks: stripped of sentence-initial common words and titles, then typed. */
function findChunks(ctx: Ctx, s: SentenceSpan, si: number, headline: boolean): void {
  const { tokens } = ctx;
  let i = s.from;
  while (i < s.to) {
    if (!canStart(ctx, i)) { i++; continue; }
    let j = i + 1;
    let nick: { from: number; to: number } | undefined;
    for (;;) {
      if (canContinue(ctx, j, i, s.to)) { j++; continue; }
      const n = nicknameLength(ctx, j, s.to);
      if (n > 0 && !nick) { nick = { from: j, to: j + n }; j += n; continue; }
      break;
    }
    // "Minister for Political and Security Affairs Budi Santoso": the title and portfolio name no one; the holder does.
    const holder = portfolioHolder(tokens, i, j);
    if (holder && !anyConsumed(ctx, holder.from, holder.to)) {
      push(ctx, { from: holder.from, to: holder.to, kind: 'person', role: span(ctx, i, holder.from).text, sentence: si });
      i = holder.to;
      continue;
    }
    const withPlace = placeOfBody(ctx, si, i, j);
    // "the Federal Reserve Bank of New York": a known body opening the name is part of it.
    const opener = withPlace > j ? ctx.out.mentions.findIndex((m) => m.to === i && m.kind === 'organization' && !!m.known && m.sentence === si && !!tokens[i]?.spaceBefore) : -1;
    const from = ctx.out.mentions[opener]?.from ?? i;
    if (opener >= 0) ctx.out.mentions.splice(opener, 1);
    j = withPlace;
    while (j > i && /^(of|and|for|on|the|&|-)$/.test(tokens[j - 1]?.lower ?? '')) j--;
    const before = ctx.out.mentions.length;
    splitRun(ctx, s, si, from, j, headline);
    // 'Joaquin "El Chapo" Guzman': the nickname is part of the mention, not of the canonical name.
    if (nick) {
      const n = nick;
      const m = ctx.out.mentions.slice(before).find((x) => x.from < n.from && x.to > n.to);
      if (m) m.name = `${span(ctx, m.from, n.from).text} ${span(ctx, n.to, m.to).text}`;
    }
    i = Math.max(j, i + 1);
  }
}

/**
 * "Bank of Ghana", "Central Bank of Kenya", "Archdiocese of Port-au-Prince": a run (from i to j) ending in an
 * organization head, then "of" and a known place the gazetteer took first, is one body's name. Returns
 * the run's new end (the place stays a place mention of its own too).
 */
/** First words of bodies named in Spanish, Portuguese or French ("Universidad …", "Banco …", "Ministère …"). */
const ROMANCE_BODY_OPENERS = /^(guardia|fuerza|armada|servicio|dirección|direccion|agencia|oficina|unidad|brigada|comando|cuerpo|defensa|universidad|universidade|université|universite|banco|banque|instituto|institut|ministerio|ministério|ministère|ministere|policía|policia|fiscalía|fiscalia|procuraduría|procuraduria|secretaría|secretaria|corte|tribunal|consejo|conselho|conseil|comisión|comision|comissão|commission|asociación|asociacion|associação|cámara|camara|federación|federacion|confederación|sindicato|partido|frente|movimiento|ejército|ejercito|fuerzas|cruz|comité|comite|defensoría|defensoria|registro|superintendencia|contraloría|contraloria)$/;

function placeOfBody(ctx: Ctx, si: number, i: number, j: number): number {
  const { tokens } = ctx;
  const head = tokens[j - 1];
  // ("Universidad del Valle de Guatemala", "Banco de la República de Colombia": a body named in Spanish,
  // Portuguese or French takes its country with "de".)
  const romance = /^(de|da|do|du)$/.test(tokens[j]?.lower ?? '') && ROMANCE_BODY_OPENERS.test(tokens[tokens[i]?.lower === 'the' ? i + 1 : i]?.lower ?? '');
  // ("Police Federation for Northern Ireland": a body's head word takes its territory with "for" too.)
  const forPlace = tokens[j]?.lower === 'for' && ORG_HEADS.has(head?.lower ?? '') && j - i >= 2;
  if ((tokens[j]?.lower !== 'of' && !romance && !forPlace) || !head?.cap || head.upper || head.lower === 'people' || head.lower === 'house') return j;
  // ("Law Society of Kenya", "Chamber of Mines of Zambia": any body's head, or a body's name with its own "of".)
  if (!romance && !ORG_OF_HEADS.has(head.lower) && !ORG_HEADS.has(head.lower) && !runHasOrgOf(tokens, i, j)) return j;
  // ("Armed Forces of the Philippines": a country named with its article.)
  const at = tokens[j + 1]?.lower === 'the' && !forPlace ? j + 2 : j + 1;
  const place = ctx.out.mentions.find((m) => m.from === at && m.kind === 'place' && !!m.known && (at === j + 1 || m.known.subtype === 'country') && m.sentence === si);
  // ("Alliance of Sahel States": a name going on after the place is some other name.)
  const after = place ? tokens[place.to] : undefined;
  return place && !tokens[j + 1]?.newlineBefore && !(after?.word && after.cap && titleAt(tokens, place.to) === 0) ? place.to : j;
}

/**
 * 'Joaquin "El Chapo" Guzman': a quoted nickname of one to three capitalised words between a given
 * name and a surname. Returns the nickname's token count (quotes included) at token j, or 0.
 */
function nicknameLength(ctx: Ctx, j: number, end: number): number {
  const { tokens } = ctx;
  const open = tokens[j];
  const prev = tokens[j - 1];
  if (!open || !/^["“]$/.test(open.text) || !open.spaceBefore || !prev?.cap || !prev.word || ctx.consumed[j - 1]) return 0;
  for (let k = j + 1; k <= j + 4 && k < end; k++) {
    const t = tokens[k];
    if (!t) return 0;
    if (/^["”]$/.test(t.text)) {
      const after = tokens[k + 1];
      return k > j + 1 && !t.spaceBefore && after?.word && after.cap && after.spaceBefore && !ctx.consumed[k + 1] && k + 1 < end ? k + 1 - j : 0;
    }
    if (!t.word || !t.cap || t.newlineBefore) return 0;
  }
  return 0;
}

/** A run of "A of B" that is not an "of"-organization is split into "A" and "B". */
function splitRun(ctx: Ctx, s: SentenceSpan, si: number, a: number, b: number, headline: boolean): void {
  const { tokens } = ctx;
  for (let k = a + 1; k < b - 1; k++) {
    const w = tokens[k]?.lower;
    if (w !== 'of' && w !== 'and' && w !== '&') continue;
    const before = tokens[k - 1]?.lower ?? '';
    let inTitle = false;
    for (let p = a; p < k && !inTitle; p++) inTitle = titleAt(tokens, p, b) > k - p;
    const orgOf = ORG_OF_HEADS.has(before) || ORG_HEADS.has(before) || inTitle;
    // ("Committee for the Defence of Human Rights": an "of" inside the complement of a body's "for" stays inside.)
    if (w === 'of' && (orgOf || runHasOrgOf(tokens, a, k))) continue;
    if (w !== 'of' && (runHasOrgOf(tokens, a, k) || w === '&')) continue;
    // "Independent Electoral and Boundaries Commission": adjectives joined to one organization head.
    if (w === 'and' && ORG_HEADS.has(tokens[b - 1]?.lower ?? '') && !hasHead(tokens, a, k)) continue;
    splitRun(ctx, s, si, a, k, headline);
    splitRun(ctx, s, si, k + 1, b, headline);
    return;
  }
  classifyRun(ctx, s, si, a, b, headline);
}

function hasHead(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) { const w = tokens[k]?.lower ?? ''; if (ORG_HEADS.has(w) || PLACE_HEADS.has(w)) return true; }
  return false;
}

/** The run holds an organization head with its "of", "for" or "on" ("Center on Poverty and Inequality"). */
function runHasOrgOf(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const w = tokens[k]?.lower;
    const head = tokens[k - 1]?.lower ?? '';
    // "Bureau of Statistics", "Brigade of Fezzan": any organization head before "of".
    if (w === 'of' && (ORG_OF_HEADS.has(head) || ORG_HEADS.has(head))) return true;
    if ((w === 'for' || w === 'on') && isOrgHead(head)) return true;
  }
  return false;
}

/** Adjectives that open many bodies' names ("First Quantum Minerals", "United Bank", "General Electric Company"). */
const NAME_OPENING_ADJECTIVES = new Set([
  'first', 'standard', 'national', 'united', 'general', 'royal', 'global', 'international', 'universal', 'central', 'federal', 'great', 'premier', 'allied', 'consolidated', 'continental', 'pacific', 'atlantic',
  // Armed groups' and parties' names ("New Dawn Movement", "Free Hills Brigades", "Popular Resistance Committees").
  'free', 'new', 'popular', 'democratic', 'revolutionary', 'patriotic',
]);

/**
 * "First Quantum Minerals, the country's largest miner, said": at a sentence's opening, such an adjective
 * before two or more capitalised words ending in an organization's head is the name's first word, not
 * an opener ("First, officials said" has its comma).
 */
function opensCompanyName(tokens: Token[], a: number, b: number): boolean {
  return b - a >= 3 && NAME_OPENING_ADJECTIVES.has(tokens[a]?.lower ?? '') && ORG_HEADS.has(tokens[b - 1]?.lower ?? '');
}

function sentenceInitial(ctx: Ctx, s: SentenceSpan, i: number): boolean {
  if (i === s.from) return true;
  const prev = ctx.tokens[i - 1];
  return !!prev && OPENERS.has(prev.text);
}

/** A title written just before the run in lower case ("spokesman Mohammed Mohi"). */
function titleBefore(ctx: Ctx, a: number): { from: number; role: string } | null {
  for (let k = 1; k <= 4; k++) {
    const p = a - k;
    if (p < 0) break;
    if (titleAt(ctx.tokens, p, a) === k) return { from: p, role: span(ctx, p, a).text };
  }
  return null;
}

/** ", a spokesman for ..." / ", political advisor to ..." right after the run. */
function appositiveTitle(ctx: Ctx, b: number): string | null {
  const { tokens } = ctx;
  if (tokens[b]?.text !== ',') return null;
  let k = b + 1;
  if (/^(a|an|the)$/.test(tokens[k]?.lower ?? '')) k++;
  for (let skip = 0; skip <= 2; skip++) {
    const n = titleAt(tokens, k + skip);
    // ", the state prosecutor's office said": a title in a possessive qualifies a body, not the name before.
    if (n > 0 && /^[’']s?$/.test(tokens[k + skip + n]?.text ?? '')) return null;
    if (n > 0) return span(ctx, k + skip, k + skip + n).text;
  }
  return null;
}

function classifyRun(ctx: Ctx, s: SentenceSpan, si: number, a0: number, b: number, headline: boolean): void {
  const { tokens } = ctx;
  let a = a0;
  while (a < b && sentenceInitial(ctx, s, a) && (isCommonWord(tokens[a]?.lower ?? '') || commonPlural(ctx, a, b) || anonymousHeadAlone(ctx, a, b)) && titleAt(tokens, a, b) === 0 && tokens[a + 1]?.text !== '-' && !opensSurname(tokens, a, b) && !surnameBeforeCue(ctx, a, b) && !opensCountryBody(ctx, a, b) && !wordAsGivenName(ctx, a, b) && !opensCompanyName(tokens, a, b)) a++;
  // A line holding one short word (menu items such as "LG", "MD") is page chrome, not a name.
  if (s.to - s.from === 1 && b - a === 1 && (tokens[a]?.text.length ?? 0) <= 4) return;
  while (a < b && a > a0 && isCommonWord(tokens[a]?.lower ?? '') && titleAt(tokens, a, b) === 0 && !tokens[a]?.cap) a++;
  if (a >= b) return;
  // "the Islamist Muslim Brotherhood": the ideology qualifies the group and is not part of its name.
  if (b - a >= 3 && IDEOLOGY_PREFIXES.has(tokens[a]?.lower ?? '')) a++;
  // "Marxist rebels", "Islamist politicians": an ideology alone is an adjective.
  if (b - a === 1 && IDEOLOGY_RE.test(tokens[a]?.lower ?? '') && tokens[a]?.lower !== 'christ' && !tokens[a]?.upper) return;
  // "the benchmark KOSPI", "the Nikkei index": a market index, not an actor.
  if (tokens[a - 1]?.lower === 'benchmark' || (tokens[b]?.lower === 'index' && !tokens[b]?.cap)) return;
  // "Hurricane Imelda", "Typhoon Haikui": a storm, not an actor.
  if (b - a >= 2 && STORM_WORDS.has(tokens[a]?.lower ?? '')) return;
  if (b - a >= 3 && /^[’']s$/.test(tokens[b - 2]?.text ?? '') && POSSESSIVE_ORG_HEADS.has(tokens[b - 1]?.lower ?? '')) {
    push(ctx, { from: a, to: b, kind: 'organization', sentence: si });
    return;
  }
  // "south of Sheikh Zuweid", "the town of Sidi Bouzid": after a place's own preposition, a title that
  // also opens towns' names opens a town's.
  // "stormed a village south of Sheikh Zuweid, al-Muqataa, and": a name set off by commas after "a
  // village …" names that village.
  if (b - a <= 3 && namesSettlementBefore(tokens, a, b) && !ctx.acronyms.has(tokens[a]?.text ?? '') && titleAt(tokens, a, b) === 0) {
    push(ctx, { from: a, to: b, kind: 'place', sentence: si });
    return;
  }
  if (b - a >= 2 && TOWN_TITLES.has(tokens[a]?.lower ?? '') && placeBefore(tokens, a) && !/^[’']s?$/.test(tokens[b]?.text ?? '')) {
    push(ctx, { from: a, to: b, kind: 'place', sentence: si });
    return;
  }
  // Demonym or country prefix ("Iraqi Prime Minister", "U.S. State Secretary").
  let d = a;
  while (d < b && (ctx.out.adjectives.has(d) || (tokens[d]?.lower === '-' && ctx.out.adjectives.has(d - 1)))) d++;
  const prefixFrom = findPrefixCountry(ctx, a);
  let role: string | undefined;
  let t = titleAt(tokens, d, b);
  if (t === 0) {
    // "Kurdish President", "Kataib Hezbollah spokesman": up to two qualifier words before a title.
    for (let k = d + 1; k <= Math.min(d + 2, b - 1); k++) {
      const n = titleAt(tokens, k, b);
      if (n > 0 && !isFirstName(tokens[d]?.lower ?? '')) { t = k - d + n; break; }
    }
    // "Nakuru County Police Commander Samuel Lekishon": a longer qualifier, when a given name follows the title.
    for (let k = d + 3; t === 0 && k <= b - 3; k++) {
      const n = titleAt(tokens, k, b);
      const rest = b - (k + n);
      if (n > 0 && rest >= 2 && rest <= 3 && isFirstName(tokens[k + n]?.lower ?? '') && !isFirstName(tokens[d]?.lower ?? '')) t = k - d + n;
    }
  }
  // "Deputy Minister Oksana Hrytsenko": titles in a row all belong to the role.
  if (t > 0) for (let more = titleAt(tokens, d + t, b); more > 0 && d + t + more < b; more = titleAt(tokens, d + t, b)) t += more;
  // "General Police Inspectorate", "Private Security Company": a rank that is also an adjective, opening an
  // organization's name, is no rank.
  if (t === 1 && ADJECTIVE_RANKS.test(tokens[d]?.lower ?? '') && b - d >= 2 && ORG_HEADS.has(tokens[b - 1]?.lower ?? '')) t = 0;
  // "the Imam Zaman mosque", "the King Fahd Causeway": a title opening a site's name is part of the name.
  if (t > 0 && b - (d + t) >= 1 && (lowerPlaceTail(ctx, b) > 0 || (b - d >= 3 && PLACE_HEADS.has(tokens[b - 1]?.lower ?? '')))) t = 0;
  let nameFrom = d;
  if (t > 0) {
    role = span(ctx, prefixFrom ?? a, d + t).text;
    nameFrom = d + t;
    if (nameFrom >= b) {
      ctx.out.roleRefs.push({ from: prefixFrom ?? a, to: b, ...span(ctx, prefixFrom ?? a, b), role, sentence: si });
      return;
    }
  } else {
    const before = titleBefore(ctx, a);
    if (before) role = before.role;
  }
  const from = nameFrom === d && !role ? d : nameFrom;
  if (from >= b) return;
  const first = tokens[from]?.lower ?? '';
  const last = tokens[b - 1]?.lower ?? '';
  const len = b - from;
  const tail = lowerPlaceTail(ctx, b);
  if (len === 1 && (PLACE_HEADS.has(last) || ORG_HEADS.has(last)) && extendPrevious(ctx, from, b)) return;
  // "St. Agnes Hospital", "Lakeview Regional Medical Center": hospitals are named sites.
  if (len >= 2 && (last === 'hospital' || last === 'clinic' || (/^(center|centre)$/.test(last) && tokens[b - 2]?.lower === 'medical'))) {
    push(ctx, { from, to: b, kind: 'place', subtype: 'site', sentence: si });
    return;
  }
  // "Radio Tamazuj", "The Daily Star", "Kantipur TV": a news outlet by the shape of its name; "told Ecuavisa"
  // after a quote: the medium the quote was given to.
  if (!role && (outletShape(tokens, from, b) || outletSlot(ctx, s, from, b))) {
    push(ctx, { from, to: b, kind: 'organization', subtype: 'news outlet', sentence: si });
    return;
  }
  // "the Catholic Church", "the Orthodox Church": a faith's church is a body; a building has a saint's or a place's name.
  if (!role && len === 2 && last === 'church' && /^(catholic|orthodox|anglican|methodist|lutheran|presbyterian|baptist|evangelical|coptic|episcopal|pentecostal|reformed|adventist)$/.test(first)) {
    push(ctx, { from, to: b, kind: 'organization', sentence: si });
    return;
  }
  // "the Aden Independent Channel": a known place opening a channel's name is part of it.
  if (!role && last === 'channel' && len === 2) {
    const placeIdx = ctx.out.mentions.findIndex((m) => m.to === from && m.kind === 'place' && m.sentence === si && m.from !== s.from);
    const place = ctx.out.mentions[placeIdx];
    if (place && tokens[from]?.spaceBefore && outletShape(tokens, place.from, b)) {
      ctx.out.mentions.splice(placeIdx, 1);
      push(ctx, { from: place.from, to: b, kind: 'organization', subtype: 'news outlet', sentence: si });
      return;
    }
  }
  if (!role && len >= 2 && endsWithCountry(ctx, from, b) && countryClosesName(ctx, s, b - 1)) {
    push(ctx, { from, to: b, kind: 'organization', subtype: 'national branch', sentence: si });
    return;
  }
  if (ORG_HEADS.has(last) || (ORG_OF_HEADS.has(first) && tokens[from + 1]?.lower === 'of') || (len >= 2 && ROMANCE_BODY_OPENERS.test(first) && (!!tokens[from + 1]?.cap || (len >= 3 && /^(de|del|da|do|du|des)$/.test(tokens[from + 1]?.lower ?? '')))) || (len >= 4 && runHasOrgOf(tokens, from, b) && !isFirstName(first)) || (len >= 3 && isOrgHead(first) && /^(?:for|on)$/.test(tokens[from + 1]?.lower ?? ''))) {
    let orgFrom = nameFrom === d && !role ? a : from;
    // "Sahel Farmers Union", "Kenya Airways", "Africa Corps": a known place opening an organization's name.
    const placeIdx = ctx.out.mentions.findIndex((m) => m.to === orgFrom && m.kind === 'place' && m.sentence === si && m.from !== s.from);
    const placeBefore = ctx.out.mentions[placeIdx];
    const merge = !!placeBefore && !!tokens[orgFrom]?.spaceBefore && !role && !tokens[orgFrom - 1]?.newlineBefore;
    if (len === 1 && !tokens[from]?.upper && a === from && !merge) {
      // "the Commission", "the Senate": a bare head word links to an organization named in full, if any.
      if (!sentenceInitial(ctx, s, from) && !headline) push(ctx, { from, to: b, kind: 'unknown', sentence: si, headWord: true, ...(LEGISLATURES.has(last) ? { hint: 'organization' as const } : {}) });
      return;
    }
    if (merge && placeBefore) { ctx.out.mentions.splice(placeIdx, 1); orgFrom = placeBefore.from; }
    // "United Nations Office on Drugs and Crime": a known body opening the name of one of its offices or agencies.
    const parentIdx = ctx.out.mentions.findIndex((m) => m.to === orgFrom && m.kind === 'organization' && !!m.known && m.sentence === si);
    const parent = ctx.out.mentions[parentIdx];
    if (parent && !merge && !role && orgFrom === from && len >= 3 && isOrgHead(first) && /^(?:of|for|on)$/.test(tokens[from + 1]?.lower ?? '') && tokens[from]?.spaceBefore && tokens[parent.to - 1]?.word) {
      ctx.out.mentions.splice(parentIdx, 1);
      orgFrom = parent.from;
    }
    push(ctx, { from: orgFrom, to: b, kind: 'organization', sentence: si });
    return;
  }
  const prefixed = PLACE_PREFIXES.has(first) && len >= 2 && !lexTags(last).includes('Demonym') && !ctx.out.adjectives.has(b - 1);
  // "Nia Park, an economist at ...": a person whose surname is a place head word.
  const personAppositive = !role && tail === 0 && (appositiveTitle(ctx, b) !== null || contextKind(tokens, from, b, () => false) === 'person');
  // ("a Tajik checkpoint": a people's adjective before the tail names no site.)
  const demonymOnly = len === 1 && (lexTags(first).includes('Demonym') || ctx.out.adjectives.has(from));
  if (((PLACE_HEADS.has(last) && len >= 2) || prefixed || (tail > 0 && !demonymOnly)) && !personAppositive) {
    // "the Second Army Region", "the Eastern Military District": a military command named after its area is a body.
    if (tail === 0 && len >= 2 && /^(region|district|zone|sector|area)$/.test(last) && tokens.slice(from, b - 1).some((t) => ARMED_SERVICE_WORDS.test(t.lower))) {
      push(ctx, { from, to: b, kind: 'organization', sentence: si });
      return;
    }
    let placeFrom = from;
    const idx = ctx.out.mentions.findIndex((m) => m.to === from && m.kind === 'place' && m.sentence === si && m.from !== s.from);
    const prevPlace = ctx.out.mentions[idx];
    // ("Imphal West district": a compass word closing a known place's name joins it, before the tail too.)
    if (prevPlace && tokens[from]?.spaceBefore && !role && (tail === 0 || (len === 1 && COMPASS_RE.test(first) && prevPlace.known?.subtype !== 'country'))) { ctx.out.mentions.splice(idx, 1); placeFrom = prevPlace.from; }
    // "Khost province" is the place Khost: the lower-case administrative tail is not part of the name.
    // ("the Bangsamoro autonomous region" is the place Bangsamoro too.)
    const folded = (tail === 1 && FOLDED_PLACE_TAILS.has(tokens[b]?.lower ?? '')) || (tail === 2 && tokens[b]?.lower === 'autonomous');
    push(ctx, { from: placeFrom, to: b + tail, kind: 'place', subtype: folded ? (TOWN_TAILS.has(tokens[b]?.lower ?? '') ? 'city' : 'region') : 'site', sentence: si, ...(folded ? { name: span(ctx, placeFrom, b).text } : {}) });
    return;
  }
  if (headline && !role) return;
  if (len === 1 && /^(northern|southern|eastern|western|central|north|south|east|west)$/.test(first)) {
    // "in Imphal West, police said": a compass word closing a known city's or region's name is part of it.
    const prev = ctx.out.mentions.find((m) => m.to === from && m.kind === 'place' && !!m.known && m.known.subtype !== 'country' && m.sentence === si);
    if (prev && tokens[from]?.spaceBefore && /^(north|south|east|west)$/.test(first)) Object.assign(prev, span(ctx, prev.from, b), { to: b, known: undefined, name: undefined, subtype: 'region' });
    return;
  }
  if (len === 1 && (LEGISLATURES.has(first) || ORG_OF_HEADS.has(first)) && !tokens[from]?.upper && !sentenceInitial(ctx, s, from)) {
    push(ctx, { from, to: b, kind: 'unknown', sentence: si, headWord: true, ...(LEGISLATURES.has(first) ? { hint: 'organization' as const } : {}) });
    return;
  }
  const acr = len === 1 ? ctx.acronyms.get(tokens[from]?.text ?? '') : undefined;
  if (acr) { push(ctx, { from, to: b, kind: acr.kind, name: acr.name, sentence: si }); return; }
  const cue = role ? null : contextKind(tokens, from, b, (i) => ctx.out.mentions.some((m) => m.from === i && m.kind === 'place'));
  if (cue && cue !== 'person' && len >= 2) { push(ctx, { from, to: b, kind: cue, sentence: si }); return; }
  // "Jaish al-Adl", "Harakat Hezbollah al-Nujaba", "Lashkar-e-Jhangvi": a transliterated word for an army, a
  // movement or a front opening the name makes it a body's, however much it looks like a person's.
  if (len >= 2 && !role && TRANSLITERATED_BODY_WORDS.has(first)) { push(ctx, { from, to: b, kind: 'organization', sentence: si }); return; }
  // "the New IRA", "Continuity IRA": a name closed by an acronym of capitals is a body's (a person's name never ends so).
  if (len >= 2 && !role && /^[A-Z]{2,6}$/.test(tokens[b - 1]?.text ?? '') && !isFirstName(first) && !tokens[from]?.upper) { push(ctx, { from, to: b, kind: 'organization', sentence: si }); return; }
  const appos = appositiveTitle(ctx, b);
  const particle = hasParticle(tokens, from, b);
  // "the port of Mazatlan, the state prosecutor said": the place context wins over a title after it.
  // ("Kara-Bulak": a given name opening one hyphenated word is a syllable of a place, not a first name.)
  const person = !!role || (!!appos && cue !== 'place') || cue === 'person' || (len >= 2 && isFirstName(first) && spacedWords(tokens, from, b) >= 2) || (len >= 2 && particle)
    || (!cue && !placeOfPerson(tokens, from) && (invertedSpeaker(ctx, from, b) || speakerWithPronoun(ctx, from, b)));
  // "in neighbouring Shariff Aguak": an adjective of nearness between the preposition and the name.
  const prep = (/^(neighbouring|neighboring|nearby)$/.test(tokens[from - 1]?.lower ?? '') ? tokens[from - 2] : tokens[from - 1])?.lower;
  // "in Kota Bharu": a two- or three-word name after "in"/"near"/"outside" is a place unless typed otherwise.
  const locative = !person && !cue && !!prep && !isCommonWord(first) && (
    (len === 1 && /^(in|near|outside|across|at|toward|towards|around|into)$/.test(prep))
    || (len - lowerParticles(tokens, from, b) <= 3 && /^(in|near|outside)$/.test(prep) && !hasHead(tokens, from, b) && !STAKE_WORDS.test(tokens[from - 2]?.lower ?? '')));
  const multiLocative = locative && len >= 2 && !(isFirstName(first) && spacedWords(tokens, from, b) >= 2) && !/^[’']s?$/.test(tokens[b]?.text ?? '');
  // "residents in Dunmore said": after a locative, a lone word before a cue is no organization.
  const hint = person ? undefined : cue ?? (multiLocative ? 'place' : locative && /^(in|near|outside)$/.test(prep ?? '') ? undefined : weakHint(ctx, from, b));
  // "some African governments", "European leaders": an adjective of a people, not a name.
  if (len === 1 && !person && DEMONYM_LIKE_RE.test(first) && PEOPLE_NOUNS.has(tokens[b]?.lower ?? '')) return;
  // "Roman mosaics", "Persian carpets": before a plural noun, a people's adjective that is never part of
  // a longer name in the text is no name, even when it is also a given name.
  if (len === 1 && !role && !appos && DEMONYM_LIKE_RE.test(first) && tokens[b]?.spaceBefore && isPluralNoun(tokens[b]) && !usedInLongerName(tokens, first)) return;
  push(ctx, { from, to: b, kind: person ? 'person' : 'unknown', role: role ?? (cue === 'place' ? undefined : appos) ?? undefined, sentence: si, ...(locative ? { afterLocative: true } : {}), ...(hint ? { hint } : {}) });
}

/**
 * Arabic, Persian and Urdu words for an army, movement, front, brigade, party or group, as English news
 * transliterates them at the head of armed groups' and parties' names.
 */
const TRANSLITERATED_BODY_WORDS = new Set([
  'jaish', 'jaysh', 'harakat', 'harakah', 'jabhat', 'liwa', 'ansar', 'hizb', 'kataib', 'saraya', 'tanzim', 'jamaat',
  'jamaah', 'ahrar', 'asaib', 'lashkar', 'tehreek', 'tehrik', 'sipah', 'failaq', 'quwat', 'harakatul', 'jundallah', 'majlis',
]);

/** Lower-case particles inside the run ("San Miguel del Ene" has one): they lengthen a name, not the number of its words. */
function lowerParticles(tokens: Token[], from: number, b: number): number {
  let n = 0;
  for (let k = from + 1; k < b - 1; k++) if (!tokens[k]?.cap && (NAME_PARTICLES.has(tokens[k]?.lower ?? '') || PARTICLE_ARTICLES.has(tokens[k]?.lower ?? ''))) n++;
  return n;
}

/** Number of words of the run written apart by spaces ("Jean-Pierre Bemba" 2, "Kara-Bulak" 1). */
function spacedWords(tokens: Token[], from: number, b: number): number {
  let n = 1;
  for (let k = from + 1; k < b; k++) if (tokens[k]?.spaceBefore) n++;
  return n;
}

/** Words opening a news outlet's name ("Radio Azattyk", "Television Nacional", "The Daily Star"). */
const OUTLET_OPENERS = /^(radio|television|daily)$/;
/** Words closing a news outlet's name ("Kantipur TV", "Prime News", "The Hindustan Times"). */
const OUTLET_CLOSERS = /^(tv|radio|television|news|times|telegraph|journal|herald|tribune|gazette|chronicle)$/;

/**
 * A name shaped as a news outlet's: an opener ("Radio", "Daily", after an optional "The") and at
 * least one more capitalised word, or a closer after at least one; the words are all capitalised,
 * so "Radio stations" or "daily life" never qualify.
 */
function outletShape(tokens: Token[], from: number, b: number): boolean {
  const o = tokens[from]?.lower === 'the' && b - from >= 3 ? from + 1 : from;
  if (b - o < 2) return false;
  for (let k = o; k < b; k++) if (!tokens[k]?.cap || !tokens[k]?.word) return false;
  if (OUTLET_OPENERS.test(tokens[o]?.lower ?? '') && !tokens[o]?.upper) return !isFirstName(tokens[o + 1]?.lower ?? '') || b - o > 2;
  const last = tokens[b - 1];
  // "the Aden Independent Channel": a channel of three words or more is a broadcaster; of two it may be a
  // strait ("the Mozambique Channel").
  if (last?.lower === 'channel' && b - o >= 3) return !isFirstName(tokens[o]?.lower ?? '');
  return !!last && OUTLET_CLOSERS.test(last.lower) && !isFirstName(tokens[o]?.lower ?? '');
}

/**
 * '"...," Akuei told Ecuavisa.', '"...," she told Radio X by phone': after a quote and its speaker, the
 * name that "told" takes is the medium the quote was given to. Only a short name that does not
 * open with a given name, closing its clause; the quote before is what makes the slot an outlet's.
 */
function outletSlot(ctx: Ctx, s: SentenceSpan, from: number, b: number): boolean {
  const { tokens } = ctx;
  const told = tokens[from - 1];
  if (!told || told.cap || told.lower !== 'told' || b - from > 3 || isFirstName(tokens[from]?.lower ?? '')) return false;
  const after = tokens[b];
  if (after && (after.cap || /^[’']s?$/.test(after.text) || (after.word && !/^(by|in|on|last|earlier|this|via|over|during|after|before|when|that)$/.test(after.lower)))) return false;
  for (let k = from; k < b; k++) { const t = tokens[k]; if (!t?.word || !t.cap || isTimeWord(t.lower)) return false; }
  for (let k = s.from + 1; k < from - 1; k++) if (/^["”]$/.test(tokens[k]?.text ?? '') && /^[,?!]$/.test(tokens[k - 1]?.text ?? '')) return true;
  return false;
}

/**
 * '"...," said Hauwa Musa, whose ...': a name of two or three unfamiliar words right after a quote and
 * an inverted speech verb, and closing the clause, is the person quoted, even when no list knows the
 * name. (Known bodies and names with an organization or place head are typed before this.)
 */
function invertedSpeaker(ctx: Ctx, from: number, b: number): boolean {
  const { tokens } = ctx;
  const len = b - from;
  if (len < 2 || len > 3) return false;
  const verb = tokens[from - 1];
  if (!verb || verb.cap || !INVERTIBLE_CUES.has(verb.lower)) return false;
  if (!/^[,"”’']$/.test(tokens[from - 2]?.text ?? '')) return false;
  const after = tokens[b];
  if (after && !/^[,.;:"”]$/.test(after.text)) return false;
  for (let k = from; k < b; k++) if (!nameWord(tokens[k])) return false;
  return true;
}

/**
 * "Hauwa Musa said she ...", "Dogo Tsafe told reporters he ...": a name of two or three unfamiliar words
 * that speaks and goes on as "he" or "she" is a person (bodies go on as "it" or "they").
 */
function speakerWithPronoun(ctx: Ctx, from: number, b: number): boolean {
  const { tokens } = ctx;
  const len = b - from;
  if (len < 2 || len > 3) return false;
  let k = b;
  while (SKIPPABLE.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  if (!verb || verb.cap || !/^(said|says|told|tells|added|adds|insisted|explained|noted|admitted|acknowledged|argued)$/.test(verb.lower)) return false;
  k++;
  if (/^(told|tells)$/.test(verb.lower)) {
    if (tokens[k]?.lower === 'the') k++;
    if (!tokens[k]?.word) return false;
    k++;
  }
  if (tokens[k]?.lower === 'that') k++;
  if (!/^(he|she)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let x = from; x < b; x++) if (!nameWord(tokens[x])) return false;
  return true;
}

/** A word that may be part of a personal name: capitalised, not an acronym, a common word or a head word. */
function nameWord(t: Token | undefined): boolean {
  if (!t?.word || !t.cap || t.upper || t.text.length < 2) return false;
  if (isCommonWord(t.lower) || ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower) || isTimeWord(t.lower)) return false;
  return !lexTags(t.lower).some((x) => x === 'Demonym' || x === 'Country' || x === 'City' || x === 'Region' || x === 'Organization');
}

/**
 * "Dogo Maikasuwa ... Maikasuwa's men", "Hauwa Musa ... Musa said": an untyped name of two or three
 * unfamiliar words whose last word the text also writes alone, as a speaker or an owner, is a
 * person's. News shortens people to their surname; bodies and places are shortened by their first
 * word or a head, never by their last word.
 */
function personsBySurname(ctx: Ctx): void {
  const { tokens } = ctx;
  const alone = new Set<string>();
  for (const m of ctx.out.mentions) {
    if (m.to - m.from !== 1 || (m.kind !== 'unknown' && m.kind !== 'person') || m.afterLocative || m.hint === 'place' || m.headWord || m.handle) continue;
    const next = tokens[m.to];
    let k = m.to;
    while (SKIPPABLE.has(tokens[k]?.lower ?? '')) k++;
    const speaker = !!next && !next.cap && !!cueAt(tokens, k);
    const owner = /^[’']s$/.test(next?.text ?? '') && !next?.spaceBefore;
    if (speaker || owner || /^[,.;:)]$/.test(next?.text ?? '')) alone.add(tokens[m.from]?.lower ?? '');
  }
  if (alone.size === 0) return;
  for (const m of ctx.out.mentions) {
    const len = m.to - m.from;
    if (m.kind !== 'unknown' || m.hint || m.afterLocative || m.headWord || m.handle || len < 2 || len > 3) continue;
    if (!alone.has(tokens[m.to - 1]?.lower ?? '')) continue;
    let shaped = true;
    for (let k = m.from; k < m.to; k++) shaped &&= nameWord(tokens[k]);
    // "the mostly Hindu Meitei majority": names qualifying a noun are adjectives of a people, not a person.
    if (shaped && !modifiesNoun(tokens, m.to)) m.kind = 'person';
  }
}

/** Weak evidence for an untyped name: an unknown acronym ("LSEG") or a lone word before "said" is an organization. */
function weakHint(ctx: Ctx, from: number, b: number): 'organization' | undefined {
  const { tokens } = ctx;
  const t = tokens[from];
  if (!t) return undefined;
  if (b - from === 1 && isAcronymToken(t) && t.upper && !NON_ORG_ACRONYMS.has(t.lower) && !isCommonWord(t.lower) && titleAt(tokens, from, b) === 0) return 'organization';
  if (b - from !== 1 || isFirstName(t.lower)) return undefined;
  // ("Worshippers said", "Villagers told": a sentence opened by a plural noun of people names nobody.)
  const opening = !tokens[from - 1] || !!t.newlineBefore || /^[.!?"“”]$/.test(tokens[from - 1]?.text ?? '');
  if (opening && /[a-z](ers|ors|ists|ants|ents|ians)$/.test(t.text)) return undefined;
  // ("an assault in May also claimed by": a month after "in" or "since" is a date.)
  if (/^(in|since|until|by|last|early|late|mid|from)$/.test(tokens[from - 1]?.lower ?? '') && /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(t.lower)) return undefined;
  let k = b;
  while (SKIPPABLE.has(tokens[k]?.lower ?? '')) k++;
  const cue = tokens[k];
  return cue && !cue.cap && cueAt(tokens, k) ? 'organization' : undefined;
}

/** "Erbil Governorate": a head word right after a known place extends that mention. */
function extendPrevious(ctx: Ctx, from: number, b: number): boolean {
  const prev = ctx.out.mentions.find((m) => m.to === from && m.kind === 'place' && m.known?.subtype !== 'country');
  const head = ctx.tokens[from]?.lower ?? '';
  // ("Manipur University", "Kano Embassy": a head that also makes an organization names a body, not a site.)
  if (!prev || !ctx.tokens[from]?.spaceBefore || !PLACE_HEADS.has(head) || (ORG_HEADS.has(head) && head !== 'hospital')) return false;
  Object.assign(prev, span(ctx, prev.from, b), { to: b, known: undefined, name: undefined, subtype: head === 'governorate' || head === 'province' ? 'region' : 'site' });
  for (let k = from; k < b; k++) ctx.consumed[k] = 1;
  return true;
}

/**
 * "Sow said", "Young told reporters": a sentence-initial word that is also a common word is a surname
 * when a cue follows it and the text writes it elsewhere at the end of a longer name. The words ending
 * longer names are gathered once per text, and only when this case first comes up.
 */
function surnameBeforeCue(ctx: Ctx, a: number, b: number): boolean {
  const { tokens } = ctx;
  const t = tokens[a];
  const next = tokens[b];
  if (b - a !== 1 || !t?.cap || !next || next.cap || !cueAt(tokens, b)) return false;
  if (ANONYMOUS_HEADS.has(t.lower) || lexTags(t.lower).some((x) => x === 'Pronoun' || x === 'Determiner' || x === 'Conjunction' || x === 'Preposition' || x === 'Plural')) return false;
  if (!ctx.nameEnds) {
    ctx.nameEnds = new Set();
    for (let k = 1; k < tokens.length; k++) {
      const x = tokens[k];
      const prev = tokens[k - 1];
      if (x?.cap && x.word && prev?.cap && prev.word && x.spaceBefore && !tokens[k + 1]?.cap) ctx.nameEnds.add(x.lower);
    }
  }
  return ctx.nameEnds.has(t.lower);
}

/**
 * "Grieve Chanda, an analyst at …", "Hope Mwale, a lawyer for …": at a sentence's start, a given name
 * that is also a verb or a noun, before a second name and a title in apposition, is the person's given
 * name, not a word to strip (stripped, "Chanda" alone was linked to another Chanda named in full).
 * Adverbs, conjunctions, plurals and adjectives ("Meanwhile Smith", "Police Chief") are left to strip.
 */
function wordAsGivenName(ctx: Ctx, a: number, b: number): boolean {
  const { tokens } = ctx;
  if (b - a !== 2 || !tokens[a + 1]?.cap || appositiveTitle(ctx, b) === null) return false;
  const tags = lexTags(tokens[a]?.lower ?? '');
  return tags.length > 0 && tags.every((t) => t === 'Infinitive' || t === 'Noun' || t === 'Singular');
}

/** Particles that open a surname written alone ("De la Puente said", "Van der Berg added"). */
const SURNAME_OPENERS = /^(de|del|della|van|von|da|di|du|dos|das)$/;

/** A capitalised particle opening a run of two or more words is part of a surname, not a common word. */
function opensSurname(tokens: Token[], a: number, b: number): boolean {
  return b - a >= 2 && !!tokens[a]?.cap && SURNAME_OPENERS.test(tokens[a]?.lower ?? '');
}

function hasParticle(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (NAME_PARTICLES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.text === '-') return true;
  return false;
}

/** "U.S." or "Iran’s" just before the run, to keep in a role ("U.S. President"). */
function findPrefixCountry(ctx: Ctx, a: number): number | undefined {
  const m = ctx.out.mentions.find((x) => x.to === a && x.known?.subtype === 'country');
  return m?.from;
}

/** Two-word lower-case tails that make the name before them a site ("Ain al-Asad air base", "Abu Shouk displacement camp"). */
const TWO_WORD_PLACE_TAILS = new Set([
  'air base', 'military base', 'army base', 'naval base', 'refugee camp', 'displacement camp', 'detention camp',
  'transit camp', 'border crossing', 'power plant', 'power station', 'nuclear plant', 'gas field', 'oil field',
  'autonomous region', 'autonomous republic', 'autonomous province', 'autonomous community',
]);

/** Capitalised words of an armed service inside a command's name ("Second Army Region"). */
const ARMED_SERVICE_WORDS = /^(army|military|naval|navy|marine|marines|police|gendarmerie)$/;

/** Number of tokens of a lower-case place tail after the run ("air base"), or 0. */
function lowerPlaceTail(ctx: Ctx, b: number): number {
  const { tokens } = ctx;
  const one = tokens[b]?.lower;
  const two = one && tokens[b + 1] ? `${one} ${tokens[b + 1]?.lower}` : '';
  if (tokens[b]?.cap || !tokens[b]?.spaceBefore) return 0;
  // "the Philippine island of Jolo": after a people's adjective, a tail followed by "of" is the noun of the
  // name after it ("the Dangam district of Kunar province" is the district Dangam).
  const before = tokens[b - 1]?.lower ?? '';
  if (tokens[b + 1]?.lower === 'of' && (ctx.out.adjectives.has(b - 1) || lexTags(before).includes('Demonym') || DEMONYM_LIKE_RE.test(before))) return 0;
  if (two && TWO_WORD_PLACE_TAILS.has(two)) return 2;
  if (one === 'base' || one === 'airbase' || one === 'airport') return 1;
  // "Spera district", "Ghulam Khan crossing", "Itaipu dam" — but not "Kabul government" or "the Trump state".
  if (one && SINGLE_PLACE_TAILS.has(one) && !(tokens[b + 1]?.word && !tokens[b + 1]?.cap && /^(officials?|authorities|government|police|forces|media|department|governor|council|capital)$/.test(tokens[b + 1]?.lower ?? ''))) return 1;
  return 0;
}
