/**
 * Who a pronoun or a bare description stands for when it fills a role ("It claimed responsibility",
 * "the group denied any role", "its spokesman said"): the last actor of a matching kind named before
 * it. Wire copy names a claimant once and then calls it "the group" or "it"; without this step the
 * role would go to nobody or to the useless word "group".
 */
import type { Entity, Span } from '../types';
import { REBEL_ARMY_NAME_RE } from '../vocab';

/** What kind of actor a reference can stand for. */
export type ReferentKind = 'group' | 'state' | 'person' | 'any';

/** Pronouns, possessives and bare descriptions that refer back, by the kind of actor they fit. */
const PRONOUN_RE = /^(?:it|its|they|their|them)$/i;
const PERSON_RE = /^(?:he|she|his|her)$/i;
/**
 * "the group", "the militia", "the Islamist movement", "the al-Qaida-linked group": a non-state armed
 * or political body. Modifiers are common words or ties ("-linked"); a capitalised one makes a name
 * ("the Dawlah Islamiyah group"), which is no reference.
 */
const MODIFIER = String.raw`(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?:ist|ian|ic|ite|ese)|[\p{L}-]+-(?:linked|backed|aligned|affiliated|allied|inspired|leaning))`;
const GROUP_RE = new RegExp(String.raw`^the\s+(?:${MODIFIER}\s+){0,2}?(?:group|militia|movement|organi[sz]ation|faction|network|outfit|rebels|militants|insurgents|jihadists|separatists|gang|cell)$`, 'u');
/** "the ministry", "the agency", "the army": a body of a state, referring to a named body with that word in its name. */
const STATE_RE = new RegExp(String.raw`^the\s+(?:${MODIFIER}\s+){0,2}?(?:ministry|agency|service|army|military|navy|air force|command|police)$`, 'u');

/** Subtypes of organizations that speak for a state rather than an armed group. */
const STATE_SUBTYPE_RE = /government|ministry|military|agency|embassy|court|legislature|police|army|navy/i;
/** Subtypes never a claimant nor the accused: the outlet that reports it, a lender, a forum. */
const BYSTANDER_SUBTYPE_RE = /news outlet|central bank|statistics|payments|international organization|NGO|company/i;

/** A firm by its name ("Sahel Transport Company", "Kivu Mining Ltd"): a target or employer, never a claimant. */
const COMPANY_NAME_RE = /\b(?:Company|Co\.|Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|PLC|LLC|Holdings|Industries|Airlines?|Airways|Bank|Telecom|Telecommunications|Communications|Mining|Petroleum|Energy|Motors|Logistics|Shipping)$/;

/** How far back (characters) a reference may reach: about three sentences of wire copy. */
const REACH = 900;

/** The kind of actor a phrase refers back to, or null when it is no reference (a name, a description with modifiers). */
export function referenceKind(phrase: string): ReferentKind | null {
  const p = phrase.trim().replace(/\s+/g, ' ').replace(/^The\s/, 'the ');
  if (PRONOUN_RE.test(p)) return 'any';
  if (PERSON_RE.test(p)) return 'person';
  if (GROUP_RE.test(p)) return 'group';
  if (STATE_RE.test(p)) return 'state';
  return null;
}

/** The body noun that a state description must share with the name ("the ministry" → a "... Ministry"). */
const NAMED_HEAD_RE = /(?:ministry|agency|service|army|military|navy|air force|command|police)$/i;

/** Names of a state's armed forces that stand for one another ("the army", "the military", "the armed forces"). */
const LAND_FORCE = ['army', 'military', 'armed forces', 'defence forces', 'defense forces'];

function fits(e: Entity, kind: ReferentKind, head: string): boolean {
  if (e.kind === 'person') return kind === 'person';
  if (kind === 'person') return false;
  if (e.kind === 'place') return kind === 'any' && e.subtype === 'country';
  const sub = e.subtype ?? '';
  if (BYSTANDER_SUBTYPE_RE.test(sub) || COMPANY_NAME_RE.test(e.name)) return false;
  if (kind === 'group') return !STATE_SUBTYPE_RE.test(sub);
  if (kind === 'state') {
    const named = NAMED_HEAD_RE.exec(head)?.[0].toLowerCase();
    if (named === undefined) return false;
    // "the army" refers back to "Benin's armed forces" as well: one state's land force by any of its names.
    const heads = LAND_FORCE.includes(named) ? LAND_FORCE : [named];
    // "the army" in a story of the "Revolutionary Armed Forces of Colombia" or the "New People's Army" is
    // the state's, not the rebels' named for a cause.
    if (LAND_FORCE.includes(named) && REBEL_ARMY_NAME_RE.test(e.name)) return false;
    return [e.name, ...e.aliases].some((a) => heads.some((h) => a.toLowerCase().includes(h)));
  }
  return true;
}

/**
 * "the Iran-backed militia", "al-Qaida-linked": a name inside a compound modifier describes ties and
 * is no actor one refers back to.
 */
function modifierAt(text: string, end: number): boolean {
  return /^-(?:linked|backed|aligned|affiliated|allied|inspired|supported|sponsored|led|based)\b/i.test(text.slice(end, end + 12));
}

/**
 * The actor that `span` (a pronoun or bare description) stands for: the last one of a fitting kind
 * named before it within a few sentences, skipping names used as modifiers and names inside `span`'s
 * own clause after `floor` (a subject does not refer to its own object). Undefined when none fits.
 */
export function resolveReference(text: string, span: Span, entities: Entity[], floor = span.start, prefer?: ReferentKind): string | undefined {
  const phrase = text.slice(span.start, span.end).trim();
  const found = referenceKind(phrase);
  if (!found) return undefined;
  // "It claimed responsibility": claims come from armed groups, so a bare pronoun that claims means
  // the last group named when there is one, before any government.
  if (found === 'any' && prefer && prefer !== 'any') {
    const preferred = lastFitting(text, span, entities, floor, prefer, phrase);
    if (preferred) return preferred;
  }
  const last = lastFitting(text, span, entities, floor, found, phrase);
  if (last || found !== 'state') return last;
  // "..., and the army said" before the army is named: a definite state body is the article's only one of that kind.
  const bodies = entities.filter((e) => e.kind === 'organization' && fits(e, 'state', phrase));
  if (bodies.length <= 1) return bodies[0]?.name;
  // "the army said its aircraft had struck ... Benin's armed forces held X responsible": with several
  // bodies of the kind and none named before, the one the article names next is the one meant.
  let next: { name: string; at: number } | undefined;
  for (const e of bodies) for (const m of e.mentions) if (m.start >= span.end && m.start - span.end <= REACH * 2 && (!next || m.start < next.at)) next = { name: e.name, at: m.start };
  return next?.name;
}

function lastFitting(text: string, span: Span, entities: Entity[], floor: number, kind: ReferentKind, phrase: string): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const e of entities) {
    if (!fits(e, kind, phrase)) continue;
    for (const m of e.mentions) {
      if (m.end > floor || m.start < span.start - REACH || modifierAt(text, m.end)) continue;
      // "told Reuters": the outlet a source speaks to is not who the story is about.
      if (/\btold\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
      // "a statement carried by the state news agency X": the outlet that carries the words is not their speaker.
      if (/\b(?:news agency|agency|newspaper|broadcaster|channel|television|radio|daily|outlet|carried by|published by|aired by)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 24), m.start))) continue;
      if (!best || m.start > best.at) best = { name: e.name, at: m.start };
    }
  }
  return best?.name;
}
