/**
 * Who claimed, denied or was blamed, read from compromise's parse instead of phrasings: each role
 * predicate is found by its lemma in any tense, voice or nominal use ("claimed", "took
 * responsibility", "was blamed on", "carried out by", "said it was behind"), and its arguments are
 * read by position in the clause — the agent is the subject before the verb group (skipping
 * appositives, relative clauses and asides between commas) or the passive's "by" phrase; the one
 * blamed is the object or the "on"/"to" phrase. An argument counts only when it resolves to an actor
 * the engine found (by span) or to one named before (pronouns and bare descriptions); a stray phrase
 * gives no role. Phrase rules keyed to one wording fitted each set and failed the next; this reads
 * the structure, which carries over.
 */
import nlp from 'compromise';
import type { Entity, Span } from '../types';
import { countryOfPeople } from './countries';
import { ACTOR_NOUN_RE } from './lexicon';
import { referenceKind, resolveReference, type ReferentKind } from './referents';
import type { Roles } from './roles';

/** A word of compromise's own document, with the lemma compute('root') sets on it. */
type Term = ReturnType<typeof nlp>['docs'][number][number] & { root?: string };

/** One word of the parse, placed in the article's text. */
interface Tok {
  text: string;
  lower: string;
  root: string;
  start: number;
  end: number;
  /** Punctuation right after the word (", ", "; "). */
  post: string;
  pre: string;
  tags: Set<string>;
}

/** Lemma families that carry a role by themselves; a slice without any is not parsed (the parse is the costly step). */
const ROLE_STEM_RE = /\b(?:claim|responsib|credit|den(?:y|ie)|reject|dismiss|refut|disown|blam|accus|attribut|pinned|finger|behind|nothing to do|involve|no (?:role|part|link|connection|hand))|\b(?:was|were|been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+(?:out\s+|off\s+|up\s+)?by\b/i;
/** A speaker telling of an act: the state-voice and "said it fired" claims need a verb of speech and one of attack. */
const SPEECH_RE = /\b(?:said|says|saying|stated|announced|told|added|confirmed|declared)\b/i;
const ACT_STEM_RE = /\b(?:struck|strike|hit|bomb|shell|target|fir(?:e|ed|ing)|launch|attack|pound|raid|carried out|conducted|destroy|neutrali|kill)/i;

/** A self pronoun a few words before an act ("it had fired", "we struck"). */
const SELF_ACT_RE = new RegExp(`\\b(?:it|they|we)\\s+(?:[\\w'’-]+\\s+){0,3}?${ACT_STEM_RE.source.replace(/^\\b/, '')}`, 'i');
/** A speaker's own means as a subject ("its fighters", "our forces"). */
const OWN_MEANS_RE = /\b(?:its|our|their)\s+(?:[\w'’-]+\s+)?(?:forces?|troops|fighters|jets|warplanes|aircraft|drones|units|soldiers|army|navy|artillery|militants|members|men|helicopters|missiles|rockets)\b/i;
/** Armed means named without an owner and a state body's voice ("army helicopters pounded ..., the ministry said"). */
const STATE_MEANS_RE = /\b(?:helicopters|artillery|jets|warplanes|aircraft|drones|troops|soldiers|forces|gunships|planes)\b/i;
const STATE_VOICE_RE = /\b(?:ministry|army|military|armed forces|air force|navy|command|government|junta|defen[cs]e)\b/i;

/**
 * The cheap check before parsing a sentence with no role word: only a speaker telling of its own act
 * (a verb of speech, and a self pronoun before an act, its own means, or a state voice with armed
 * means) can claim there. Most sentences of a report fail it, and the parse is the costly step.
 */
function tellsOwnAct(text: string, span: Span): boolean {
  const s = sentenceAround(text, span);
  const sentence = text.slice(s.start, s.end);
  if (!SPEECH_RE.test(sentence)) return false;
  return SELF_ACT_RE.test(sentence) || OWN_MEANS_RE.test(sentence) || (STATE_MEANS_RE.test(sentence) && STATE_VOICE_RE.test(sentence));
}

/** Verbs of speech: the subject of a clause under one may be the speaker itself ("X said it ..."). */
const SPEECH = new Set(['say', 'state', 'announce', 'insist', 'tell', 'add', 'declare', 'confirm', 'write', 'claim', 'report', 'admit', 'acknowledge', 'assert', 'maintain', 'reiterate', 'warn', 'stress']);
/** Verbs that make their object the one responsible: "blame X", "accuse X", "suspect X". */
const BLAME_OBJECT = new Set(['blame', 'accuse', 'suspect']);
/** Verbs whose "to"/"on" phrase names who is responsible: "attributed the blast to X", "pinned it on X". */
const ASCRIBE = new Set(['attribute', 'trace', 'pin', 'link', 'tie']);
/** Turning down a charge or a role. */
const DENY = new Set(['deny', 'reject', 'dismiss', 'refute', 'disown']);
/** Objects of "deny" that are no role ("denied entry", "denied bail"). */
const DENY_OTHER = new Set(['entry', 'access', 'bail', 'visa', 'visas', 'permission', 'request', 'requests', 'application', 'passage', 'service', 'services', 'aid', 'rights', 'wrongdoing']);
/** What "rejected"/"dismissed" must turn down to deny a role. */
const CHARGE_NOUN = new Set(['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges', 'claim', 'claims', 'report', 'reports', 'involvement', 'responsibility', 'role', 'link', 'links', 'it', 'them', 'this', 'that', 'suggestion', 'suggestions']);
/** Nouns of owning an act: "claimed responsibility", "took credit". */
const OWNERSHIP = new Set(['responsibility', 'credit']);
/** Verbs that take ownership with such a noun ("took", "accepted", "assumed", "bore"). */
const TAKE = new Set(['take', 'accept', 'assume', 'bear', 'claim', 'admit', 'acknowledge']);
/** Acts of attack: a speaker saying it (or its forces) did one claims it; a "by" phrase after one names the doer. */
const ACT = new Set(['carry out', 'carry', 'launch', 'conduct', 'stage', 'perpetrate', 'orchestrate', 'execute', 'commit', 'fire', 'attack', 'strike', 'hit', 'bomb', 'shell', 'target', 'raid', 'ambush', 'storm', 'kidnap', 'abduct', 'hack', 'plant', 'detonate', 'shoot', 'kill', 'destroy', 'down']);
/** Acts that a state body tells of its own forces doing: the strike is its own. */
const STATE_ACT = new Set(['strike', 'hit', 'bomb', 'shell', 'target', 'attack', 'raid', 'pound', 'destroy', 'carry out', 'conduct', 'launch', 'fire', 'kill', 'neutralize', 'neutralise', 'eliminate']);
/** Nouns of a speaker's own armed means: "its jets", "our forces". */
const OWN_FORCES = new Set(['forces', 'force', 'troops', 'fighters', 'jets', 'warplanes', 'aircraft', 'drones', 'units', 'soldiers', 'army', 'navy', 'artillery', 'militants', 'members', 'men', 'helicopters', 'missiles', 'rockets']);
/** Acts that stop an attack's weapons ("destroyed two drones", "shot down a missile"): defending, not attacking. */
const DEFEND_ACT = new Set(['destroy', 'down', 'shoot', 'intercept', 'neutralize', 'neutralise', 'repel', 'repulse', 'thwart', 'foil']);
/** Weapons and craft an attack sends: their destruction is a defence against it. */
const WEAPON_NOUN_RE = /^(?:drones?|uavs?|missiles?|rockets?|projectiles?|shells?|vessels?|boats?|craft|aircraft|planes?|mortars?|bombs?|munitions?|warheads?|attacks?|assaults?|attempts?)$/;

/** Nouns of an act: the object of a claim ("claimed the bombing"). */
const EVENT_NOUN = new Set(['attack', 'attacks', 'bombing', 'bombings', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'blast', 'blasts', 'explosion', 'explosions', 'assault', 'ambush', 'kidnapping', 'kidnappings', 'abduction', 'abductions', 'shooting', 'shootings', 'hack', 'hacking', 'cyberattack', 'operation', 'operations', 'killing', 'killings', 'massacre', 'shelling', 'seizure', 'capture', 'incident', 'it', 'them', 'this', 'that']);
/** Words that mark the claim's object as other, earlier events. */
const BACKGROUND = new Set(['similar', 'previous', 'past', 'earlier', 'other', 'prior', 'several', 'many', 'numerous', 'multiple', 'dozens', 'scores', 'hundreds', 'series', 'string', 'spate', 'wave', 'most', 'surge', 'rise', 'increase', 'spike', 'upsurge', 'uptick', 'escalation', 'resurgence', 'campaign', 'years', 'decades']);
/** Plural acts: "for attacks in the region" with no determiner charges a run of events, not this one. */
const PLURAL_ACT_RE = /^(?:attacks|bombings|killings|raids|kidnappings|abductions|strikes|airstrikes|shootings|ambushes|massacres|assaults|hacks|cyberattacks|incidents|acts|atrocities|violence)$/;
/** Adverbs that put a charge before today ("have previously blamed", "has long held"). */
const PAST_CHARGE = new Set(['previously', 'long', 'often', 'frequently', 'routinely', 'regularly', 'earlier', 'before', 'historically']);
/** Words that end a subject phrase going backward: subordinators and relative pronouns. */
const BOUNDARY = new Set(['that', 'which', 'who', 'whom', 'when', 'because', 'after', 'while', 'as', 'but', 'if', 'whether', 'although', 'though', 'since', 'before', 'until', 'and', 'or', 'where', 'once']);
/** Adverbs and auxiliaries a verb group may hold ("has since repeatedly denied"). */
const AUX = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'did', 'does', 'do', 'will', 'would', 'could', 'may', 'might', 'also', 'since', 'again', 'already', 'later', 'swiftly', 'quickly', 'immediately', 'reportedly', 'allegedly', 'publicly', 'previously', 'then', 'too', 'itself', 'themselves', 'now', 'long', 'consistently', 'repeatedly', 'initially', 'first', 'subsequently']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
/** Organisation subtypes that report or host, never a party to an attack. */
const BYSTANDER_RE = /news outlet|central bank|statistics|payments|international organization|NGO|company/i;

/**
 * The sentence around a span: a clause's roles often have their agent outside it ("X said in a
 * statement that its fighters had fired": the clause is the firing, the speaker is before it).
 */
function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  while (start > 0) {
    const c = text[start - 1] ?? '';
    if (c === '\n' || (/\s/.test(c) && /[.!?]["”’]?$/.test(text.slice(Math.max(0, start - 3), start - 1)))) break;
    start--;
  }
  let end = Math.max(span.end, start);
  while (end < text.length) {
    const c = text[end] ?? '';
    if (c === '\n' || (/[.!?]/.test(c) && /^["”’]?(?:\s|$)/.test(text.slice(end + 1, end + 3)))) { if (c !== '\n') end++; break; }
    end++;
  }
  return { start, end };
}

/** The last parses, by sentence: the clauses of one sentence are read one by one, and parsing is the costly step. */
const parsed = new Map<string, Tok[]>();

/** The words of the sentence around text[span), parsed once per sentence. */
function sentenceTokens(text: string, span: Span): Tok[] {
  const s = sentenceAround(text, span);
  const key = `${s.start}:${s.end}:${text.slice(s.start, s.end)}`;
  const hit = parsed.get(key);
  if (hit) return hit;
  const toks = tokens(text, s);
  if (parsed.size > 64) parsed.clear();
  parsed.set(key, toks);
  return toks;
}

/** The words of text[span), with lemma, tags and offsets from compromise. */
function tokens(text: string, span: Span): Tok[] {
  const slice = text.slice(span.start, span.end);
  const doc = nlp(slice);
  doc.compute('root');
  const out: Tok[] = [];
  let from = 0;
  // The parse's own terms, read in place: serialising them to JSON cost as much as a third of the parse.
  for (const sentence of doc.docs) {
    for (const t of sentence as Term[]) {
      // "Zaria's" comes back as the name and an empty "is": a word with no text is no word here.
      if (!t.text) continue;
      // Place each word by searching forward for its text (compromise's offsets count characters its own way).
      const at = slice.indexOf(t.text, from);
      if (at < 0) continue;
      from = at + t.text.length;
      const lower = t.normal || t.text.toLowerCase();
      out.push({ text: t.text, lower, root: (t.root ?? lower).toLowerCase(), start: span.start + at, end: span.start + at + t.text.length, post: t.post, pre: t.pre, tags: new Set(t.tags) });
    }
  }
  return out;
}

const isVerb = (t: Tok | undefined): boolean => !!t && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Copula');
const breaksAfter = (t: Tok | undefined): boolean => !!t && /[,;:—–]/.test(t.post);

/** Where the verb group of the predicate at `i` begins (auxiliaries, adverbs and negation before it). */
function groupStart(toks: Tok[], i: number): number {
  let j = i;
  while (j > 0) {
    const p = toks[j - 1];
    if (!p || breaksAfter(p)) break;
    if (AUX.has(p.lower) || NEGATION.has(p.lower) || p.tags.has('Adverb') || p.tags.has('Auxiliary') || p.tags.has('Modal')) j--;
    else break;
  }
  return j;
}

/** Whether the verb group before `i` is negated, or the act is refused ("yet to", "declined to"). */
function negated(toks: Tok[], start: number, i: number): boolean {
  for (let j = start; j < i; j++) if (NEGATION.has(toks[j]?.lower ?? '')) return true;
  const before = toks.slice(Math.max(0, start - 3), start).map((t) => t.lower).join(' ');
  return /\b(?:yet to|refused to|declined to|failed to|no longer)$/.test(before);
}

/** Whether the verb group is passive ("was blamed", "has been claimed"). */
function passive(toks: Tok[], start: number, i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  for (let j = start; j < i; j++) if (/^(?:was|were|is|are|be|been|being|got)$/.test(toks[j]?.lower ?? '')) return true;
  return false;
}

/**
 * The subject phrase before the verb group that begins at `start`: back to the last clause
 * boundary, skipping one or more comma-bounded asides ("X, an armed group based in Y, claimed").
 */
function subjectBefore(toks: Tok[], start: number): [number, number] | null {
  return subjectAndAside(toks, start).subject;
}

/**
 * The subject phrase before the verb group that begins at `start`, back to the last clause boundary,
 * and the aside between commas it skipped ("X, an armed group based in Y, claimed": X, and "an armed
 * group based in Y"). A relative pronoun's antecedent is the subject ("X, which has denied").
 */
function subjectAndAside(toks: Tok[], start: number): { subject: [number, number] | null; aside?: [number, number] } {
  let end = start; // exclusive
  let aside: [number, number] | undefined;
  if (/^(?:which|who)$/.test(toks[end - 1]?.lower ?? '') && breaksAfter(toks[end - 2])) end -= 1;
  else if (end > 0 && breaksAfter(toks[end - 1])) {
    let k = end - 1;
    while (k > 0 && !breaksAfter(toks[k - 1])) k--;
    if (k === 0) return { subject: null };
    aside = [k, end];
    end = k;
  }
  let s = end;
  while (s > 0) {
    const p = toks[s - 1];
    if (!p || BOUNDARY.has(p.lower)) break;
    // "armed forces", "hired gunmen": a participle right before the noun it modifies is in the phrase.
    const before = toks[s - 2];
    const modifies = p.tags.has('PastTense') && !SPEECH.has(p.root) && s < end && toks[s]?.tags.has('Noun') === true && toks[s]?.tags.has('Pronoun') === false &&
      (!before || before.tags.has('Determiner') || before.tags.has('Possessive') || /['’]s$/.test(before.text) || breaksAfter(before));
    if (isVerb(p) && !modifies && !p.tags.has('Adjective') && !p.tags.has('Noun') && !p.tags.has('ProperNoun')) break;
    if (s < end && breaksAfter(p)) break;
    s--;
  }
  return { subject: end > s ? [s, end] : null, ...(aside ? { aside } : {}) };
}

/** The noun phrase after `i` up to a clause break, a preposition that opens a complement, or a verb. */
function phraseAfter(toks: Tok[], i: number, stopAt: Set<string> = new Set(['for', 'of', 'over', 'in', 'on', 'at', 'as', 'after', 'during', 'to', 'by', 'with', 'amid', 'since', 'from'])): [number, number] | null {
  // '"terrorists financed from abroad"': a quoted object runs to its closing quote.
  if (/[“"]/.test(toks[i]?.pre ?? '')) {
    for (let q = i; q < toks.length && q < i + 10; q++) if (/[”"]/.test(toks[q]?.post ?? '')) return [i, q + 1];
  }
  let e = i;
  while (e < toks.length) {
    const t = toks[e];
    if (!t) break;
    // "the United States and Britain": a conjunction joining names stays inside the phrase.
    const joinsNames = (t.lower === 'and' || t.lower === 'or') && !!toks[e + 1] && (toks[e + 1]?.tags.has('ProperNoun') || (toks[e + 1]?.lower === 'the' && toks[e + 2]?.tags.has('ProperNoun') === true)) && toks[e - 1]?.tags.has('ProperNoun') === true;
    // "members of the X force", "fighters of X": who they belong to is who they are.
    const memberOf = t.lower === 'of' && /^(?:members?|fighters?|men|supporters|elements|militants|units?|soldiers|troops|remnants|loyalists|cells?|wing|branch|faction)$/.test(toks[e - 1]?.lower.replace(/[^\p{L}]/gu, '') ?? '');
    if (e > i && !joinsNames && !memberOf && (stopAt.has(t.lower) || BOUNDARY.has(t.lower))) break;
    const named = selfNameAt(toks, e);
    if (named) { e = named[1]; break; }
    if (e > i && isVerb(t) && !t.tags.has('Noun') && !t.tags.has('Adjective') && !t.tags.has('ProperNoun')) break;
    e++;
    if (breaksAfter(t)) break;
  }
  return e > i ? [i, e] : null;
}

/** Index of the first word at or after `from` that is `word`, within the clause (no "; " or sentence end between). */
function nextWord(toks: Tok[], from: number, words: Set<string>, limit = 12): number {
  for (let j = from; j < toks.length && j < from + limit; j++) {
    const t = toks[j];
    if (!t) break;
    if (words.has(t.lower)) return j;
    if (/[;:]/.test(t.post)) break;
  }
  return -1;
}

/** The end of the name after "calling itself" / "known as" at `i` (the words of the name: capitalised, "of", "al"), or -1. */
function selfNameAt(toks: Tok[], i: number): [number, number] | null {
  const a = toks[i];
  const b = toks[i + 1];
  if (!a || !b) return null;
  const naming = (/^(?:call|name|dub|style)$/.test(a.root) || /^(?:calling|calls|named|naming)$/.test(a.lower)) && /^(?:itself|themselves)$/.test(b.lower);
  if (!naming && !(a.lower === 'known' && b.lower === 'as')) return null;
  let s = i + 2;
  if (toks[s]?.lower === 'the') s++;
  let e = s;
  while (e < toks.length && (/^\p{Lu}/u.test(toks[e]?.text ?? '') || (/^(?:of|al|el|the|and)$/.test(toks[e]?.lower ?? '') && /^\p{Lu}/u.test(toks[e + 1]?.text ?? '')))) {
    e++;
    if (breaksAfter(toks[e - 1]) || /[”"]/.test(toks[e - 1]?.post ?? '')) break;
  }
  return e > s ? [s, e] : null;
}

/** Whether a phrase names a party (an organisation or a country) rather than a bystander. */
function partyEntity(e: Entity): boolean {
  if (e.kind === 'organization') return !BYSTANDER_RE.test(e.subtype ?? '');
  return e.kind === 'place' && e.subtype === 'country';
}

/** "Iran-backed": a name used as a modifier of ties, not an actor. */
function modifierAt(text: string, end: number): boolean {
  return /^-(?:linked|backed|aligned|affiliated|allied|inspired|supported|sponsored|led|based)\b/i.test(text.slice(end, end + 12));
}

/**
 * The actors a phrase names: the parties the engine found inside it; else, for a pronoun or a bare
 * description ("it", "the group", "its fighters", "the army"), the actor it refers back to; else a
 * people's adjective naming its country ("Dravian forces"). Empty when it names no actor.
 */
function resolve(text: string, toks: Tok[], [s, e]: [number, number], entities: Entity[], prefer: ReferentKind | undefined, speaker?: string[], seekName = true, describe = true): string[] {
  // "a group calling itself X", "(itself) X" after "calling": the name the group goes by.
  for (let k = Math.max(0, s - 2); seekName && k < e; k++) {
    const named = selfNameAt(toks, k);
    if (named && named[0] > k) {
      const inner = resolve(text, toks, named, entities, prefer, undefined, false);
      if (inner.length) return inner;
      return [text.slice(toks[named[0]]?.start ?? 0, toks[named[1] - 1]?.end ?? 0).replace(/^[“"]+|[”".,;:]+$/g, '')];
    }
  }
  const first = toks[s];
  const last = toks[e - 1];
  if (!first || !last) return [];
  const start = first.start;
  const end = last.end;
  if (NEGATION.has(first.lower) || /^(?:no one|nobody|none)$/.test(first.lower)) return [];
  const names: string[] = [];
  for (const ent of entities) {
    if (!partyEntity(ent)) continue;
    // "the Islamic Resistance [in Iraq]": a phrase cut inside a name still names it.
    if (ent.mentions.some((m) => m.start >= start && m.start < end && !modifierAt(text, m.end))) names.push(ent.name);
  }
  if (names.length) return names;
  // "blamed Manila": a capital or region standing alone for its government.
  const bare = text.slice(start, end).replace(/^[“"]+|[”".,;:]+$/g, '').replace(/^the\s+/i, '');
  // Only as the one charged: a town that "denied" or "claimed" is a misread, not a government's voice.
  const place = prefer === 'any' ? entities.find((ent) => ent.kind === 'place' && ent.mentions.some((m) => m.text === bare && m.start >= start && m.end <= end)) : undefined;
  if (place) return [place.name];
  // A pronoun, a possessive ("its fighters") or a bare description: the speaker when it is the
  // subject under the speaker's verb, else the last actor of its kind named before.
  const words = toks.slice(s, e).map((t) => t.lower);
  const tailFrom = Math.max(0, words.length - 4);
  for (let k = tailFrom; k < words.length; k++) {
    const w = toks[s + k];
    if (!w) continue;
    const sub = text.slice(w.start, end).replace(/[,.;:]+$/, '');
    const possessive = /^(?:its|their|our)$/.test(w.lower);
    const kind = possessive ? 'any' : referenceKind(sub);
    if (!kind || kind === 'person') continue;
    if (speaker?.length && (possessive || /^(?:it|they|we)$/.test(w.lower) || kind === 'group')) return speaker;
    const pronoun = possessive ? { start: w.start, end: w.end } : { start: w.start, end };
    const name = resolveReference(text, possessive ? pronoun : pronoun, entities, w.start, prefer);
    if (name) return [name];
    if (possessive) {
      const n2 = resolveReference(text, { start: w.start, end: w.start + 2 }, entities, w.start, prefer);
      if (n2) return [n2];
    }
  }
  // "Dravian forces", "Zarian troops": a people's adjective before an armed noun stands for its state.
  for (let k = 0; k + 1 < words.length; k++) {
    const country = /^\p{Lu}/u.test(toks[s + k]?.text ?? '') ? countryOfPeople(toks[s + k]?.text ?? '') : undefined;
    if (country && OWN_FORCES.has(words[k + 1] ?? '')) return [country];
  }
  // "Iran-aligned militia groups", "separatists", '"terrorists financed from abroad"': a description of
  // armed actors the charge names, kept as written (the last step keeps only what names a party).
  const phrase = text.slice(start, end).replace(/^[“"]+|[”".,;:]+$/g, '').replace(/^(?:the|a|an)\s+/i, '').trim();
  const quoted = /^[“"]/.test(text.slice(start - 1, start + 1)) && /[”"]/.test(text.slice(end - 1, end + 1));
  // "the group", "this militia": a singular reference that found nothing before it names no one
  // ("the separatists", a plural, still describes a class of actors).
  const reference = /^(?:the|this|that)\s+\S*[^s\W]$/i.test(text.slice(start, end).replace(/[”".,;:]+$/g, '').trim());
  if (!describe || reference) return [];
  if ((ACTOR_NOUN_RE.test(phrase) || quoted) && phrase.split(/\s+/).length <= 6 && !/^(?:it|they|its|their|he|she)\b/i.test(phrase)) return [phrase];
  return [];
}

/** The speaker of the clause a complement at `s` sits in ("X said (that) it ..."): its resolved names. */
function speakerOf(text: string, toks: Tok[], s: number, entities: Entity[]): string[] | undefined {
  let j = s - 1;
  if (toks[j]?.lower === 'that') j--;
  // "said on Monday that", "said in a statement that": a short phrase may stand between.
  for (let back = 0; back < 6 && j >= 0 && !(isVerb(toks[j]) && SPEECH.has(toks[j]?.root ?? '')); back++) {
    if (breaksAfter(toks[j]) && back > 0) return undefined;
    j--;
  }
  const verb = toks[j];
  if (!verb || !SPEECH.has(verb.root) || !isVerb(verb)) return undefined;
  const { subject: subj, aside } = subjectAndAside(toks, groupStart(toks, j));
  if (!subj) return undefined;
  const names = resolve(text, toks, subj, entities, 'group');
  // "a little-known hacker group, X, said it was behind": a description's name is its aside.
  if (aside && !names.some((n) => entities.some((e) => e.name === n))) {
    const named = resolve(text, toks, aside, entities, 'group');
    if (named.length) return named;
    const words = toks.slice(aside[0], aside[1]);
    if (words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w.text) || /^(?:of|al|the|and)$/.test(w.lower))) return [text.slice(words[0]?.start ?? 0, words[words.length - 1]?.end ?? 0)];
  }
  return names.length ? names : undefined;
}

/** A speaker that speaks for a state's forces: a ministry, the army, a command, the government. */
const STATE_BODY_RE = /\b(?:ministry|army|military|armed forces|air force|navy|command|government|junta|defen[cs]e)\b/i;
/** Armed means a state uses, named without an owner ("army helicopters", "armed drones", "jets"). */
const STATE_MEANS = new Set(['helicopters', 'artillery', 'jets', 'warplanes', 'aircraft', 'drones', 'troops', 'soldiers', 'forces', 'gunships', 'planes']);

/**
 * The state body whose voice tells of its own means striking ("Army helicopters pounded X, the
 * defence ministry said"; "the armed forces said armed drones had bombed X"): the strike is its claim.
 * The means must carry no other owner (a people's name, "rebel", "enemy").
 */
function stateVoice(text: string, toks: Tok[], subj: [number, number], i: number, entities: Entity[]): string[] | undefined {
  const words = toks.slice(subj[0], subj[1]);
  const head = words[words.length - 1];
  if (!head || !STATE_MEANS.has(head.lower.replace(/[^\p{L}]/gu, '')) && !words.some((w) => STATE_MEANS.has(w.lower.replace(/[^\p{L}]/gu, '')))) return undefined;
  if (words.some((w) => /^\p{Lu}/u.test(w.text) && !/^(?:Army|Air|Force|Navy|Military|The|Government)$/.test(w.text)) || words.some((w) => /^(?:rebel|militant|enemy|insurgent|jihadist|their|his|her)$/.test(w.lower))) return undefined;
  // The opening speaker ("X said (that) ...") or the closing one (", the defence ministry said").
  let speakerSpan: [number, number] | null = null;
  let j = subj[0] - 1;
  if (toks[j]?.lower === 'that') j--;
  for (let back = 0; back < 6 && j >= 0 && !(isVerb(toks[j]) && SPEECH.has(toks[j]?.root ?? '')); back++) j--;
  if (j >= 0 && isVerb(toks[j]) && SPEECH.has(toks[j]?.root ?? '')) speakerSpan = subjectBefore(toks, groupStart(toks, j));
  if (!speakerSpan) {
    for (let k = i + 1; k < toks.length; k++) {
      const v = toks[k];
      if (!v || /[;]/.test(v.post)) break;
      if (!isVerb(v) || !SPEECH.has(v.root)) continue;
      const sp = subjectBefore(toks, groupStart(toks, k));
      if (sp && breaksAfter(toks[sp[0] - 1])) speakerSpan = sp;
      break;
    }
  }
  if (!speakerSpan) return undefined;
  const spText = text.slice(toks[speakerSpan[0]]?.start ?? 0, toks[speakerSpan[1] - 1]?.end ?? 0);
  if (!STATE_BODY_RE.test(spText)) return undefined;
  const names = resolve(text, toks, speakerSpan, entities, 'state');
  return names.length ? names : undefined;
}

/**
 * Whether the act at `i` stops an attack's weapons rather than attacking: "destroyed two drones",
 * "shot down a missile", "intercepted the rockets" tell of a defence, which claims no incident.
 */
function defends(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || !DEFEND_ACT.has(t.root)) return false;
  let from = i + 1;
  if (toks[from]?.lower === 'down') from++;
  // The object up to its first preposition or break ("five uncrewed surface vessels over the port").
  for (let q = from; q < toks.length && q < from + 6; q++) {
    const x = toks[q];
    if (!x || (q > from && /^(?:over|in|at|on|near|from|off|as|after|before|which|that|and|launched|fired|sent)$/.test(x.lower))) break;
    if (WEAPON_NOUN_RE.test(x.lower.replace(/[^\p{L}]/gu, ''))) return true;
    if (/[,;.:]/.test(x.post)) break;
  }
  return false;
}

/**
 * Whether the state word at `j` ("behind", "responsible", "involved") closes its clause or goes on to
 * an act ("behind the attack", "responsible for the bombing", "involved in it"), not to something else.
 */
function closesOrActs(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || /[.;:!?]/.test(t.post) || /[,—–]/.test(t.post) || j + 1 >= toks.length) return true;
  let k = j + 1;
  const w = toks[k]?.lower ?? '';
  if (toks[j]?.lower !== 'behind') {
    if (!/^(?:for|in|with)$/.test(w)) return !/^(?:to|as|towards?)$/.test(w) && !toks[k]?.tags.has('Noun');
    k++;
  }
  for (let q = k; q < toks.length && q < k + 6; q++) {
    const x = toks[q];
    if (!x) break;
    const bare = x.lower.replace(/[^\p{L}]/gu, '');
    if (EVENT_NOUN.has(bare) || ((x.tags.has('Gerund') || /ing$/.test(bare)) && ATTACK_CHARGE.has(x.root))) return true;
    if (/[,;.:]/.test(x.post)) break;
  }
  return false;
}

/** Whether the clause whose subject starts at `s` is the content of a denial ("denied (that) the group was ..."). */
function governedByDenial(toks: Tok[], s: number): boolean {
  let j = s - 1;
  if (toks[j]?.lower === 'that') j--;
  // "rejected claims that X was behind": the denial turns down a charge whose content this is.
  if (CHARGE_NOUN.has(toks[j]?.lower ?? '') && toks[s - 1]?.lower === 'that') { j--; if (/^(?:the|any|all|those|these)$/.test(toks[j]?.lower ?? '')) j--; }
  const v = toks[j];
  return !!v && DENY.has(v.root) && v.tags.has('Verb');
}

/** Whether the object after a claim names other, earlier events ("claimed similar attacks in the past"). */
function background(toks: Tok[], from: number): boolean {
  for (let j = from; j < toks.length && j < from + 8; j++) {
    const t = toks[j];
    if (!t) break;
    if (BACKGROUND.has(t.lower)) return true;
    if (t.lower === 'past' || t.lower === 'previously') return true;
    if (/[;.]/.test(t.post)) break;
  }
  return false;
}

/** Whether the verb group from `gs` to `i` dates the charge before today ("have previously blamed", "has long held"). */
function pastCharge(toks: Tok[], gs: number, i: number): boolean {
  for (let j = gs; j < i; j++) if (PAST_CHARGE.has(toks[j]?.lower ?? '')) return true;
  return false;
}

/** Gerunds of a charge that is about an attack ("of carrying out", "for backing the gunmen"). */
const ATTACK_CHARGE = new Set([...ACT, 'be', 'plan', 'order', 'mastermind', 'orchestrate', 'sponsor', 'support', 'back', 'arm', 'finance', 'fund', 'harbour', 'harbor', 'shelter', 'plot', 'use', 'send', 'deploy', 'organize', 'organise', 'direct', 'help', 'aid', 'train', 'instigate', 'incite', 'provoke', 'start', 'open', 'drop', 'torch', 'burn', 'seize', 'have', 'violate', 'break']);

/**
 * Whether the "for"/"of" complement after the object at `from` charges something other than this
 * incident: earlier events ("for a surge in attacks"), a charge of another kind ("of failing to ..."),
 * or, in a sentence naming no event, anything that does not refer to an act.
 */
function otherCharge(toks: Tok[], from: number, referenceOnly: boolean): boolean {
  const prep = toks[from]?.lower;
  if (prep !== 'for' && prep !== 'of') return false;
  if (background(toks, from + 1)) return true;
  const first = toks[from + 1];
  if (first && PLURAL_ACT_RE.test(first.lower.replace(/[^\p{L}]/gu, ''))) return true;
  if (first && (first.tags.has('Gerund') || /ing$/.test(first.lower)) && !ATTACK_CHARGE.has(first.root)) return true;
  if (!referenceOnly) return false;
  for (let j = from + 1; j < toks.length && j < from + 8; j++) {
    const t = toks[j];
    if (!t) break;
    if (EVENT_NOUN.has(t.lower.replace(/[^\p{L}]/gu, '')) || ((t.tags.has('Gerund') || /ing$/.test(t.lower)) && ATTACK_CHARGE.has(t.root))) return false;
    if (/[;.]/.test(t.post)) break;
  }
  return true;
}

/** The roles the parse of text[span) states; empty lists when none. */
export function readPredicates(text: string, span: Span, entities: Entity[], referenceOnly = false, rejections = true): Roles {
  const out: Roles = { claimedBy: [], deniedBy: [], blamedOn: [] };
  const slice = text.slice(span.start, span.end);
  if (!ROLE_STEM_RE.test(text.slice(Math.max(0, span.start - 60), span.end)) && !(ACT_STEM_RE.test(slice) && tellsOwnAct(text, span))) return out;
  const toks = sentenceTokens(text, span);
  const add = (into: string[], names: string[]): void => { for (const n of names) if (!into.some((x) => x.toLowerCase() === n.toLowerCase())) into.push(n); };
  const agent = (i: number, prefer: ReferentKind = 'group'): string[] => {
    const gs = groupStart(toks, i);
    const { subject: subj0, aside } = subjectAndAside(toks, gs);
    let subj = subj0;
    // "it said ..., and denied that ...": a verb joined by "and" shares the subject of the sentence's first verb.
    if (!subj && /^(?:and|but)$/.test(toks[gs - 1]?.lower ?? '')) {
      for (let j = 0; j < gs - 1 && !subj; j++) if (isVerb(toks[j])) subj = subjectBefore(toks, groupStart(toks, j));
    }
    if (!subj) return [];
    const speaker = speakerOf(text, toks, subj[0], entities);
    const names = resolve(text, toks, subj, entities, prefer, speaker);
    // "A separatist militia, the X Front (XF), claimed": a description whose name is the aside.
    const found = names.filter((n) => entities.some((e) => e.name === n));
    if (aside && !found.length) {
      const named = resolve(text, toks, aside, entities, prefer).filter((n) => entities.some((e) => e.name === n));
      if (named.length) return named;
    }
    if (names.length) return names;
    // "Coca growers' leader X denied ...": a person who speaks for no named body denies or claims in person.
    const first = toks[subj[0]]; const last = toks[subj[1] - 1];
    const person = first && last ? entities.find((e) => e.kind === 'person' && e.mentions.some((m) => m.start >= first.start && m.end <= last.end)) : undefined;
    return person ? [person.name] : [];
  };
  // A claimant names itself: a claim "by a little-known group" that gives no name names no one.
  const byPhrase = (i: number, describe = true): string[] => {
    const by = nextWord(toks, i + 1, new Set(['by']), 10);
    if (by < 0) return [];
    const np = phraseAfter(toks, by + 1);
    return np ? resolve(text, toks, np, entities, 'group', undefined, true, describe) : [];
  };
  // "X denied that | its forces had fired": a clause given alone is governed by the verb right before it.
  let governor = -1;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (!t || t.end > span.start) continue;
    governor = t.lower === 'that' ? i - 1 : i;
    break;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    // Only predicates inside the span count; their arguments may lie anywhere in the sentence.
    if (!t || ((t.start < span.start || t.end > span.end) && i !== governor)) continue;
    const gs = groupStart(toks, i);
    const neg = negated(toks, gs, i);
    const pass = passive(toks, gs, i);
    const next = toks[i + 1];
    const root = t.root;
    // Ownership: "claimed/took/accepted (full) responsibility", "claimed the attack", "claimed by X".
    // "has since accepted responsibility": compromise may tag the participle an adjective; its stem still counts.
    const stem = t.tags.has('Verb') ? root : t.lower.replace(/(?:ed|d|s)$/, '');
    if ((TAKE.has(root) && t.tags.has('Verb')) || (TAKE.has(stem) && !t.tags.has('Noun') && nextWord(toks, i + 1, OWNERSHIP, 3) >= 0)) {
      if (pass && root === 'claim') { if (!neg) add(out.claimedBy, byPhrase(i, false)); continue; }
      const obj = nextWord(toks, i + 1, OWNERSHIP, 4);
      // "claimed it was a victory": a pronoun that opens a clause is its subject, not the claim's object.
      const pronounSubject = !!next && /^(?:it|this|that|them)$/.test(next.lower) && !!toks[i + 2] && (toks[i + 2]?.tags.has('Verb') === true || toks[i + 2]?.tags.has('Copula') === true || toks[i + 2]?.tags.has('Auxiliary') === true) && !breaksAfter(next);
      const eventObj = root === 'claim' && next && !pronounSubject && ((EVENT_NOUN.has(next.lower) && next.lower !== 'that') || (/^(?:the|this|that|a|an|its|their)$/.test(next.lower) && [toks[i + 2], toks[i + 3]].some((x) => x && EVENT_NOUN.has(x.lower) && !/^(?:that|this|it|them)$/.test(x.lower))));
      const toHave = root === 'claim' && (() => { const to = nextWord(toks, i + 1, new Set(['to']), 5); return to >= 0 && toks[to + 1]?.lower === 'have'; })();
      // "claimed the intrusion", "claimed Sunday's operation": a claim whose object is an act, not a victory or lives.
      const objNp = root === 'claim' && next && !/^(?:that|to|on|in|at|victory|lives|life)$/.test(next.lower) ? phraseAfter(toks, i + 1) : null;
      const objHead = objNp ? toks[objNp[1] - 1] : undefined;
      const actObj = !!objHead && objHead.tags.has('Noun') && !objHead.tags.has('ProperNoun') && !objHead.tags.has('Pronoun') && !/^(?:victory|victories|lives|life|seats?|title|ownership|sovereignty|territory|control|credit|asylum|benefits?|compensation|damages|share|prize|win|wins|record|majority)$/.test(objHead.lower.replace(/[^\p{L}]/gu, ''));
      if ((obj >= 0 || eventObj || toHave || actObj) && !neg && !background(toks, i + 1)) add(out.claimedBy, agent(i));
      continue;
    }
    if (OWNERSHIP.has(t.lower) && t.tags.has('Noun')) {
      // "Responsibility for the bombing was claimed by X" is read at "claimed"; "X's claim of responsibility" is rare.
      continue;
    }
    // Denial: "denied involvement", "rejected the accusations", "dismissed the charges as baseless".
    if (DENY.has(root) && t.tags.has('Verb') && !pass) {
      const o = next;
      if (!o || neg) continue;
      const head = phraseAfter(toks, i + 1);
      const objWords = head ? toks.slice(head[0], head[1]).map((x) => x.lower.replace(/[^\p{L}']/gu, '')) : [];
      if (root === 'deny') {
        if (objWords.some((w) => DENY_OTHER.has(w))) continue;
        // "denied the accusation": turning down a charge answers the incident only right after its report.
        if (!rejections && objWords.some((w) => /^(?:accusations?|allegations?|charges?|claims?|reports?|it|this|them)$/.test(w))) continue;
      } else if (!rejections || !objWords.some((w) => CHARGE_NOUN.has(w))) continue;
      add(out.deniedBy, agent(i));
      continue;
    }
    // "had nothing to do with", "had no role in", "was not involved / behind / responsible": the subject denies
    // when it is the speaker or a party; said of a third party by someone else it is no one's denial.
    const selfState = (j: number): 'none' | 'behind' | null => {
      const w = toks[j]?.lower ?? '';
      if (w === 'nothing' && toks[j + 1]?.lower === 'to' && toks[j + 2]?.lower === 'do') return 'none';
      if (w === 'no' && /^(?:role|part|involvement|hand|links?|connection|responsibility)$/.test(toks[j + 1]?.lower ?? '')) return 'none';
      if (/^(?:behind|involved|responsible)$/.test(w)) return 'behind';
      return null;
    };
    if ((root === 'have' || root === 'is' || root === 'be' || root === 'play' || root === 'bear') && !t.tags.has('Noun')) {
      let j = i + 1;
      let negHere = neg;
      while (j < toks.length && (NEGATION.has(toks[j]?.lower ?? '') && toks[j]?.lower !== 'no' || /^(?:any|also|directly|in\s?any\s?way|ever|been|solely)$/.test(toks[j]?.lower ?? ''))) { if (NEGATION.has(toks[j]?.lower ?? '')) negHere = true; j++; }
      const st = selfState(j);
      if (!st) continue;
      // "behind/responsible" must be followed by an event or close the clause ("was responsible for the attack"):
      // "behind the reform", "responsible to its members" are no role.
      if (st === 'behind' && !closesOrActs(toks, j)) continue;
      const gsj = groupStart(toks, i);
      const subj = subjectBefore(toks, gsj);
      if (!subj) continue;
      // "X denied the group was involved": the content of a denial blames no one.
      if (st === 'behind' && !negHere && governedByDenial(toks, subj[0])) continue;
      const speaker = speakerOf(text, toks, subj[0], entities);
      const names = resolve(text, toks, subj, entities, 'group', speaker);
      if (!names.length) continue;
      const self = speaker !== undefined && names.every((n) => speaker.includes(n));
      if (st === 'none' || (st === 'behind' && negHere)) add(out.deniedBy, names);
      else if (self) add(out.claimedBy, names);
      else add(out.blamedOn, names);
      continue;
    }
    // Blame: "blamed X (for Y)", "blamed Y on X", "accused X of", "X was blamed for", "was blamed on X", "pointed the finger at X".
    if ((BLAME_OBJECT.has(root) || root === 'point') && t.tags.has('Verb') && !neg) {
      if (root === 'point') {
        if (!/^(?:the|an)$/.test(next?.lower ?? '') || !/finger/.test(`${toks[i + 2]?.lower ?? ''} ${toks[i + 3]?.lower ?? ''}`)) continue;
        const at = nextWord(toks, i + 1, new Set(['at']), 5);
        const np = at >= 0 ? phraseAfter(toks, at + 1) : null;
        if (np) add(out.blamedOn, resolve(text, toks, np, entities, 'any'));
        continue;
      }
      if (pass) {
        const on = next?.lower === 'on' ? i + 1 : nextWord(toks, i + 1, new Set(['on']), 4);
        if (on >= 0 && root === 'blame') {
          const np = phraseAfter(toks, on + 1);
          if (np) add(out.blamedOn, resolve(text, toks, np, entities, 'any'));
        } else {
          // "X was blamed for the attack", "X is accused of carrying out": the subject is blamed.
          add(out.blamedOn, agent(i, 'any'));
        }
        continue;
      }
      if (root === 'suspect' && !(next && (next.tags.has('Determiner') || next.tags.has('ProperNoun')))) continue;
      // "blamed at the time on X", "blamed it on X": the one blamed follows "on".
      const onAt = root === 'blame' ? nextWord(toks, i + 1, new Set(['on']), 6) : -1;
      if (onAt >= 0 && nextWord(toks, i + 1, new Set(['for', 'of']), onAt - i) < 0) {
        const np2 = phraseAfter(toks, onAt + 1);
        if (np2) add(out.blamedOn, resolve(text, toks, np2, entities, 'any'));
        continue;
      }
      const np = phraseAfter(toks, i + 1);
      if (!np) continue;
      // "blamed the attack on X": the object is the event, the one blamed follows "on".
      const objWords = toks.slice(np[0], np[1]).map((x) => x.lower.replace(/[^\p{L}]/gu, ''));
      if (objWords.some((w) => EVENT_NOUN.has(w) && w !== 'that' && w !== 'this')) {
        const on = nextWord(toks, np[1], new Set(['on']), 3);
        const np2 = on >= 0 ? phraseAfter(toks, on + 1) : null;
        if (np2) add(out.blamedOn, resolve(text, toks, np2, entities, 'any'));
        continue;
      }
      if (!otherCharge(toks, np[1], referenceOnly) && !pastCharge(toks, gs, i)) add(out.blamedOn, resolve(text, toks, np, entities, 'any'));
      continue;
    }
    // "held X responsible", "holds X accountable".
    if (root === 'hold' && t.tags.has('Verb') && !neg) {
      const r = nextWord(toks, i + 1, new Set(['responsible', 'accountable']), 24);
      if (r <= i + 1 || otherCharge(toks, r + 1, false) || pastCharge(toks, gs, i)) continue;
      // "held X (XF), al-Qaida's affiliate in the region, responsible": the name before the aside.
      let cut = i + 1;
      while (cut < r && !breaksAfter(toks[cut])) cut++;
      add(out.blamedOn, resolve(text, toks, [i + 1, Math.min(cut + 1, r)], entities, 'any'));
      continue;
    }
    // "attributed the blast to X", "the attack was attributed to X", "pinned it on X".
    if (ASCRIBE.has(root) && t.tags.has('Verb') && !neg) {
      if (root === 'link' || root === 'tie') { if (!pass || !/^(?:has|have|had)$/.test(toks[gs]?.lower ?? '')) continue; }
      const to = nextWord(toks, i + 1, new Set(['to', 'on']), 8);
      const np = to >= 0 ? phraseAfter(toks, to + 1) : null;
      if (np) add(out.blamedOn, resolve(text, toks, np, entities, 'any'));
      continue;
    }
    // "carried out by X", "the attack was initiated by X": the passive act's agent is its doer.
    if (pass && !neg && t.tags.has('Verb')) {
      const subj = subjectBefore(toks, gs);
      const aboutEvent = subj !== null && toks.slice(subj[0], subj[1]).some((x) => EVENT_NOUN.has(x.lower.replace(/[^\p{L}]/gu, '')) && !/^(?:it|them|this|that)$/.test(x.lower));
      if (ACT.has(root) || aboutEvent) add(out.blamedOn, byPhrase(i).filter((n) => !/^(?:blast|explosion|bomb|shell|bullet|mine|drone|missile|rocket|fire|gunfire|device|shrapnel)s?$/i.test(n)));
      if (ACT.has(root) || aboutEvent) continue;
    }
    // "X said it / its forces struck ...": a speaker telling of its own act claims it.
    if ((ACT.has(root) || STATE_ACT.has(root)) && t.tags.has('Verb') && !pass && !neg && !t.tags.has('Gerund')) {
      const subj = subjectBefore(toks, gs);
      if (!subj || defends(toks, i)) continue;
      const stateSpeaker = stateVoice(text, toks, subj, i, entities);
      if (stateSpeaker && STATE_ACT.has(root)) { add(out.claimedBy, stateSpeaker); continue; }
      const speaker = speakerOf(text, toks, subj[0], entities);
      if (!speaker) continue;
      const words = toks.slice(subj[0], subj[1]).map((x) => x.lower);
      const selfWord = words.length === 1 && /^(?:it|we|they)$/.test(words[0] ?? '');
      const ownForces = /^(?:its|our|their)$/.test(words[0] ?? '') && words.slice(1).some((w) => OWN_FORCES.has(w));
      if (!selfWord && !ownForces) continue;
      if (!STATE_ACT.has(root) && !selfWord) continue;
      add(out.claimedBy, speaker);
    }
  }
  return out;
}
