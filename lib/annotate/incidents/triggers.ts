/**
 * Finds the trigger words of a clause and reads the noun phrase around the main one: is it one
 * event ("an attack", "three rockets"), a reference back ("the attack"), a set of events ("recent
 * attacks", "hundreds of strikes"), or not real ("threatened to attack")?
 */
import type { IncidentType } from '../types';
import {
  ACTOR_NOUN_RE, AGGREGATE_NP_RE, AGGREGATE_QUANTIFIER_RE, AGGREGATE_RE, HYPOTHETICAL_RE, PLURAL_AGGREGATE_RE, TRIGGERS, TYPE_RANK, type TriggerKind,
} from './lexicon';

/** One trigger word occurrence (absolute offsets). */
export interface TriggerHit {
  start: number;
  end: number;
  text: string;
  type: IncidentType | null;
  kind: TriggerKind;
  corefOnly: boolean;
}

/** How the main trigger of a clause is introduced. */
export interface TriggerReading {
  triggers: TriggerHit[];
  head: TriggerHit;
  /** Best type named in the clause; null when only untyped words ("salvo") name it. */
  type: IncidentType | null;
  /** How specific `type` is (see typeRank). */
  typeRank: number;
  /** Every type the clause names ("drones and rockets" → drone, rocket). */
  types: IncidentType[];
  definite: boolean;
  plural: boolean;
  another: boolean;
  /** `another` rests only on "Earlier, ...": apart from the story's lead, maybe not from an act named elsewhere. */
  looseAnother: boolean;
  /** "troops had also blown up houses": one more act, of its own kind, besides the one reported. */
  also: boolean;
  aggregate: boolean;
  /** The only sign of a pattern is a vague count ("thousands of rockets"), which a date can undo. */
  vagueCountOnly: boolean;
  hypothetical: boolean;
  weapon: boolean;
  action: boolean;
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'latest', 'last', 'such']);
const INDEFINITE = new Set(['a', 'an', 'one']);
const STOP = new Set(['in', 'on', 'of', 'for', 'by', 'to', 'with', 'at', 'and', 'or', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'after', 'before', 'from', 'into', 'amid', 'over', 'under', 'against', 'since', 'during', 'when', 'as', 'while', 'if', 'which', 'who', 'said', 'says']);

/** All trigger words in text[from, to), longest match first where two overlap. */
export function findTriggers(text: string, from: number, to: number): TriggerHit[] {
  const slice = text.slice(from, to);
  const hits: TriggerHit[] = [];
  for (const entry of TRIGGERS) {
    for (const m of slice.matchAll(entry.re)) {
      const start = from + m.index;
      const end = start + m[0].length;
      // "anti-kidnapping unit", "counter-terrorism": a prefix that names the fight against the act, not an act.
      if (/\b(?:anti|counter)-$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
      if (entry.not) {
        const prevWord = /\S*\s*$/.exec(text.slice(Math.max(0, start - 20), start))?.[0] ?? '';
        const window = prevWord + text.slice(start, Math.min(text.length, end + 30));
        if (entry.not.test(window)) continue;
      }
      // "a group that documents cross-border attacks": what a monitor records, named as its field, is no act.
      if (/\b(?:that|which|who)\s+(?:documents|monitors|tracks|records|investigates|studies|counts|maps|verifies)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, start - 60), start))) continue;
      // '"They came shooting at the houses," the director said', "passengers who ran when the gunmen opened
      // fire": an act told inside a quotation, or in a "when the <attackers> …" clause, is the one already reported.
      const recalled = insideQuote(text, start) || /\bwhen\s+the\s+(?:gunmen|attackers|assailants|militants|fighters|kidnappers|bandits|raiders)\s+(?:had\s+)?$/i.test(text.slice(Math.max(0, start - 40), start));
      hits.push({ start, end, text: m[0], type: entry.type, kind: entry.kind, corefOnly: entry.corefOnly === true || recalled });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: TriggerHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/** Whether `at` falls inside a typographic quotation (“…”) opened in the same paragraph. */
function insideQuote(text: string, at: number): boolean {
  const para = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(para, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** Specificity of a trigger's type; a bomb, mine or grenade names its cause, a bare blast does not. */
export function typeRank(h: TriggerHit): number {
  if (!h.type) return 0;
  if (h.type === 'explosion' && /bomb|ied|improvised|device|grenade|mine/i.test(h.text)) return 3;
  return TYPE_RANK[h.type];
}

/**
 * The clause's most specific type. "Gunmen opened fire on the bus and abducted 20 passengers": people
 * seized are the act's aim, the gunfire its means, so a kidnapping wins over a shooting told with it.
 */
function bestType(hits: TriggerHit[]): { type: IncidentType | null; rank: number } {
  let best: TriggerHit | undefined;
  for (const h of hits) {
    if (!h.type || h.corefOnly) continue;
    if (!best || typeRank(h) > typeRank(best) || (h.type === 'kidnapping' && best.type === 'shooting')) best = h;
  }
  return { type: best?.type ?? null, rank: best ? typeRank(best) : 0 };
}

function isPlural(word: string): boolean {
  const last = word.toLowerCase().split(/\s+/).pop() ?? '';
  return /[^s]s$/.test(last) || /(?:es)$/.test(last) && !/(?:ss)$/.test(last);
}

/** "A second bomber was shot": the ordinal counts people, not attacks. */
function actorBetween(words: string[]): boolean {
  return words.some((w) => ACTOR_NOUN_RE.test(w) || /^(?:bombers?|suspects?|m[ae]n|wom[ae]n|persons?|people|soldiers?|officers?)$/i.test(w));
}

/** "the first / latest / deadliest (such) attack": words that rank an event against others. */
const RANKING_BEFORE_RE = /,\s+(?:in\s+one of\s+|in\s+|one of\s+|marking\s+)?(?:the|its)\s+(?:first|latest|deadliest|bloodiest|worst|biggest|largest|heaviest|most\s+\w+)\s+(?:[\w-]+\s+)?$|,\s+(?:the\s+)?(?:one|latest|last|part|another)\s+(?:of|in)\s+(?:an?\s+|the\s+)?(?:series|wave|spate|string|campaign|rash)\s+of\s+(?:[\w-]+\s+)?$/i;

/** "describing the strikes as", "calling the attack": a participle of speech naming the event reported before it. */
const DESCRIBED_BEFORE_RE = /,\s+(?:[^,;]{0,30}?\s)?(?:describing|calling|branding|labell?ing|condemning|denouncing|defending|justifying)\s+(?:the|these|those|this|its|their)\s+(?:[\w-]+\s+)?$/i;

const AGGREGATE_ALL_RE = new RegExp(AGGREGATE_RE.source, 'gi');

/**
 * Whether a pattern word ("since 2019", "often") is about the trigger: not when it sits in a
 * relative clause after it that has its own verb ("the hackers got in through a router that had
 * not been patched since 2019").
 */
function patternAbout(text: string, from: number, to: number, head: TriggerHit): boolean {
  for (const m of text.slice(from, to).matchAll(AGGREGATE_ALL_RE)) {
    const at = from + m.index;
    if (at >= head.end && /\b(?:that|which|who|whom|whose|where)\b/i.test(text.slice(head.end, at))) continue;
    // "..., one of a series of blasts", "..., the latest in a wave of attacks": the set the event belongs to, named after it.
    if (at >= head.end && /,\s*(?:the\s+)?(?:one|latest|last|first|part|another)\s+(?:of|in)\s+$/i.test(text.slice(head.end, at))) continue;
    return true;
  }
  return false;
}

/**
 * "to leave a bomb", "to build drones", "to use rockets": a weapon as the object of an infinitive of
 * having or using it; "accused the other of breaking the truce by laying new landmines": a charge of a means.
 */
const INFINITIVE_WEAPON_RE = /\b(?:to\s+(?:leave|plant|place|carry|build|make|buy|acquire|use|obtain|smuggle|hide|store|assemble|produce|develop|supply|sell)|of\s+(?:[\w-]+\s+){0,4}?by\s+(?:laying|planting|burying))\s+(?:(?:a|an|the|more|such|new)\s+)?(?:[\w-]+\s+)?$/i;

/** Reads the main trigger of a clause; null when the clause reports no event at all. */
export function readTriggers(text: string, from: number, to: number): TriggerReading | null {
  const triggers = findTriggers(text, from, to);
  const meaningful = triggers.filter((t) => t.kind !== 'action' || t.type !== null);
  if (meaningful.length === 0) return null;
  // "..., in the first attack on shipping in two months": a ranking that follows the report names
  // no event of its own; the words before it (the weapon, the verb) report the event.
  const ranking = (t: TriggerHit): boolean =>
    t.kind === 'event' && RANKING_BEFORE_RE.test(text.slice(Math.max(from, t.start - 40), t.start)) &&
    meaningful.some((o) => o.start < t.start && o !== t);
  // "Jets struck two posts, the army said, describing the strikes as limited": a speaker's word on the
  // event just told names it again; the weapon and the verb before report it.
  const described = (t: TriggerHit): boolean =>
    t.kind === 'event' && DESCRIBED_BEFORE_RE.test(text.slice(Math.max(from, t.start - 50), t.start)) &&
    meaningful.some((o) => o.start < t.start && o.kind !== 'event');
  const head =
    meaningful.find((t) => t.kind === 'event' && !t.corefOnly && !ranking(t) && !described(t)) ??
    meaningful.find((t) => t.kind === 'weapon') ??
    // "Gunmen ambushed a patrol ..., the deadliest attack in two years": with no other event noun, the
    // verb reports the event; the ranking phrase only refers to it.
    meaningful.find((t) => t.kind === 'event' && !ranking(t)) ??
    meaningful.find((t) => !ranking(t)) ??
    meaningful[0];
  if (!head) return null;
  // Walk left over the noun phrase ("the Iranian missile attacks") to its determiner.
  const before = text.slice(from, head.start).split(/\s+/).filter(Boolean);
  let definite = false;
  let indefinite = false;
  let another = false;
  let npStart = before.length;
  // A verb's subject ("the protesters stormed") says nothing about how the event is introduced.
  for (let i = before.length - 1, seen = head.kind === 'action' ? 4 : 0; i >= 0 && seen < 4; i--, seen++) {
    const w = (before[i] ?? '').toLowerCase().replace(/[“”"‘’'(),]/g, '');
    // "reported that warplanes had struck": before a plural noun "that" opens a clause; it is no determiner.
    if ((w === 'that' || w === 'this') && isPlural(head.text)) { npStart = i + 1; break; }
    // "Last month two rockets landed": a time phrase before the noun phrase, not its determiner.
    if (/^(?:last|this|that|next)$/.test(w) && /^(?:week|month|year|night|weekend|summer|winter|spring|autumn|fall|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[,]?$/i.test(before[i + 1] ?? '')) { npStart = i + 2; break; }
    if (DEFINITE.has(w)) { definite = true; npStart = i; break; }
    if (INDEFINITE.has(w)) { indefinite = true; npStart = i; break; }
    if (w === 'another' || w === 'separate') { another = !actorBetween(before.slice(i + 1)); npStart = i; break; }
    if ((w === 'earlier' || w === 'previous' || w === 'prior') && i > 0 && INDEFINITE.has((before[i - 1] ?? '').toLowerCase())) {
      another = true; npStart = i - 1; break;
    }
    if (STOP.has(w) || /[,;:]$/.test(before[i] ?? '')) { npStart = i + 1; break; }
    npStart = i;
  }
  const np = before.slice(npStart).join(' ');
  // "The attackers used a roadside bomb": a clause about the same attackers refers back.
  if (/^\s*(?:[^,;]{0,60}?\b(?:said|says|told\s+\S+|reported)\s+(?:that\s+)?)?(?:the|these|those)\s+(?:attackers|gunmen|assailants|militants|perpetrators|bombers?|hijackers|kidnappers|abductors|fighters|rebels|raiders|insurgents|jihadists|bandits)\b/i.test(text.slice(from, head.start))) definite = true;
  const explicitBefore = another;
  // "Earlier on Monday, a drone strike ...": told as earlier than what the story led with; it may still be
  // the one a headline or a background clause named, so only this cue leaves the act loosely apart.
  const earlierOnly = !another && /^\s*earlier\b/i.test(text.slice(from, head.start));
  if (/^\s*(?:separately|elsewhere|earlier|in (?:a|another) separate (?:incident|attack|development))\b/i.test(text.slice(from, head.start))) another = true;
  // "The oil company said separately on Tuesday that hackers had broken in": a report set apart by its speaker.
  if (/\b(?:said|says|announced|reported)\s+separately\b/i.test(text.slice(from, head.start))) another = true;
  // "Russia, for its part, launched ...", "Meanwhile, ...": the other side's own action, a new incident.
  if (/^\s*(?:[\p{Lu}][\p{L}.'’-]*\s*){0,3},?\s*(?:for (?:its|their|his|her) part|in turn|meanwhile)\b/iu.test(text.slice(from, head.start))) another = true;
  const ordinal = /\b(?:second|third|fourth|fresh|new|further)\b/i.exec(np);
  let looseAnother = earlierOnly && !explicitBefore;
  if (indefinite && ordinal && !actorBetween(np.slice(ordinal.index + ordinal[0].length).split(/\s+/))) { another = true; looseAnother = false; }
  if (/\b(?:said|says|announced|reported)\s+separately\b|^\s*(?:[\p{Lu}][\p{L}.'’-]*\s*){0,3},?\s*(?:for (?:its|their|his|her) part|in turn|meanwhile)\b/iu.test(text.slice(from, head.start))) looseAnother = false;
  // "clashes" names one battle, as "fighting" does; "explosives" is a mass noun, like "gunfire".
  // "twin suicide bombings", "simultaneous blasts": one attack carried out in parts, not a set of events.
  const plural = head.kind !== 'action' && isPlural(head.text) && !/^(?:clashes|explosives)$/i.test(head.text) && !/\b(?:twin|double|triple|simultaneous|coordinated)\b/i.test(np);
  const clause = text.slice(from, to);
  const preNp = before.slice(Math.max(0, npStart - 4), npStart + 1).join(' ');
  // "had no role in the attack", "No group claimed that attack": the negation is of a part in it or of a claim; the attack took place.
  const hypothetical = HYPOTHETICAL_RE.test(preNp.replace(/\bno\s+(?:role|part|involvement|connection|links?|hand|responsibility)\s+(?:in|for|with|to)\b|\bno\s+(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+|immediately\s+)*(?:claimed|claims)\b/gi, ''));
  let aggregate = false;
  // "They don't need many people to leave a bomb in a market": a weapon named as what one could
  // plant, build or use is a capability, no event.
  if (head.kind === 'weapon' && INFINITIVE_WEAPON_RE.test(text.slice(Math.max(from, head.start - 60), head.start))) aggregate = true;
  if (patternAbout(text, from, to, head) && (plural || head.kind !== 'event')) aggregate = true;
  // "repeated strikes" — but not a salvo fired "in response to repeated violations" further on.
  const near = `${before.slice(-4).join(' ')} ${text.slice(head.start, Math.min(to, head.end + 24))}`;
  if (AGGREGATE_NP_RE.test(near) && (plural || head.kind !== 'event')) aggregate = true;
  if (plural && head.kind === 'event' && PLURAL_AGGREGATE_RE.test(np)) aggregate = true;
  // "reads every incident as proof", "each attack on our forces": a noun so quantified names no one event.
  if (head.kind === 'event' && /\b(?:every|each)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(from, head.start - 24), head.start))) aggregate = true;
  const vagueCountOnly = !aggregate && AGGREGATE_QUANTIFIER_RE.test(clause);
  if (vagueCountOnly) aggregate = true;
  const typed = bestType(triggers);
  // "Also on Sunday, gunmen fired on a patrol": a fronted "also" sets the clause's act beside the one told before.
  const also = head.type !== null && (head.kind === 'action' && /\balso\s+$/i.test(text.slice(Math.max(from, head.start - 6), head.start)) ||
    /^\s*also\b(?:\s+(?:on|in|late|early|last|that|this)\b[^,;]{0,30})?,?\s/i.test(text.slice(from, head.start)));
  return {
    triggers,
    head,
    type: typed.type,
    typeRank: typed.rank,
    types: [...new Set(triggers.flatMap((t) => (t.type && !t.corefOnly ? [t.type] : [])))],
    definite,
    plural,
    another,
    looseAnother,
    also,
    aggregate,
    vagueCountOnly,
    hypothetical,
    weapon: triggers.some((t) => t.kind === 'weapon'),
    action: triggers.some((t) => t.kind === 'action'),
  };
}
