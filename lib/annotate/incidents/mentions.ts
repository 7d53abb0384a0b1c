/**
 * Turns sentences into incident mentions: each clause that reports an event becomes one mention
 * carrying what that clause says (type, places, date, numbers, roles). Clauses about sets of events
 * ("hundreds of strikes") or unreal ones ("threatened to attack") give none; sentences that only
 * assign responsibility or casualties give a mention that later attaches to the incident before it.
 */
import type { Attribution, Entity, IncidentType, Span } from '../types';
import { extractCasualties, type Casualties } from './casualties';
import { stateOf } from './countries';
import { findDates, type DateHit } from './dates';
import { ACTOR_NOUN_RE, AGGREGATE_RE, REPORT_WORD_RE } from './lexicon';
import type { PlaceHit } from './places';
import { extractQuantity } from './quantity';
import { extractRoles, type RoleReading, type Roles } from './roles';
import { datelineEnd, FRONTED_STEP_RE, splitClauses } from './segment';
import { findTriggers, readTriggers, type TriggerHit, type TriggerReading } from './triggers';

/**
 * How a mention may be used: `strong` ones can start an incident, `weak` ones only refer back
 * ("the attack"), `role` and `casualty` ones carry responsibility or figures for a nearby incident.
 */
export type MentionStrength = 'strong' | 'weak' | 'role' | 'casualty';

/** One report of an incident inside one sentence. */
export interface IncidentMention {
  span: Span;
  sentence: number;
  strength: MentionStrength;
  type: IncidentType | null;
  typeRank: number;
  types: IncidentType[];
  plural: boolean;
  another: boolean;
  /** `another` rests only on "Earlier, ...": a same-kind report of the same day and place may still be the same act. */
  looseAnother?: boolean;
  /** One more act "also" done (see TriggerReading.also): it joins no incident of another kind. */
  also?: boolean;
  /** An earlier event given as background ("..., two days after a drone attack on X"): later references mean the main event. */
  background?: boolean;
  /** Told as an answer to another act ("in response", "in retaliation"): it tells no more of the incident before it. */
  retaliation?: boolean;
  /**
   * Tells more of the incident reported just before, whatever places it names: "The patrol was
   * returning to its camp near X when it came under fire" after "Gunmen ambushed an army patrol",
   * or the other side's account of who "opened fire first".
   */
  continues?: boolean;
  /** A continuing report whose subject is the doers named again ("The attackers broke through a gate at X"): its places are the scene's. */
  doers?: boolean;
  /** A sentence naming the report's target again with where it stands ("The school, St. X, stands above the village of Y"): its places are the scene's. */
  scene?: boolean;
  /** The head word when it is an event noun ("ambush", "raid"): a later "the ambush" means an incident told with it. */
  noun?: string;
  /** What a reference back names as hit ("the attack on the substation", "the school attack" → "substation", "school"). */
  object?: string;
  /** Stems of every trigger word of the clause ("ambushed" → "ambush"). */
  stems?: string[];
  /** The mention names the event with a noun ("attack"), not only a verb or weapon. */
  eventNoun: boolean;
  places: PlaceHit[];
  date?: string;
  /** A month ("2021-02") or year ("2020") when the text gives no day. */
  period?: string;
  quantity?: number;
  casualties: Casualties;
  roles: Roles;
}

/** Everything mention building needs about the article. */
export interface MentionContext {
  text: string;
  sentences: Span[];
  places: PlaceHit[];
  entities: Entity[];
  attributions: Attribution[];
  publishedTime?: string;
}

const SUBREFERENCE_RE = /^,?\s*including\s+(?:one|two|three|an?|the|some)\b[^,]{0,40}?\b(?:that|which|where|in which|when)\b/i;

/** A running total rather than one incident's toll ("since the war began", "so far this year"). */
const CUMULATIVE_RE = /\bsince\b|\bso far\b|\bin total\b|\boverall\b|\bthis year\b|\bin all\b|\bcumulative\b|\btoll (?:in|of) the (?:war|conflict)\b|\b(?:died|killed|perished|lost their lives|were killed|have been killed) (?:in|during) the (?:[\w-]+ ){0,2}?(?:war|conflict|insurgency|uprising|civil war|violence|fighting|revolution)\b|\bbetween (?:19|20)\d\d and (?:19|20)\d\d\b|\bover (?:the (?:past |last )?)?(?:two |three |four |five |several )?(?:decades?|years)\b/gi;

/**
 * "(one of) the deadliest attacks since the coup", "the worst violence in the region this year": a
 * superlative ranks this event against earlier ones; its own toll is still this event's.
 */
const SUPERLATIVE_BEFORE_RE =
  /\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most (?:serious|violent|intense|significant|brazen)|first)\b(?:\s+\S+){0,9}\s*$/i;

/** Whether a clause gives a running total rather than one event's toll. */
/**
 * "X claimed the attack, saying its fighters had killed 23 soldiers": the doers' own count, told to boast,
 * is no toll (the army's or a hospital's figure is).
 */
const CLAIMANT_TOLL_RE = /\b(?:claimed|claiming|claims)\b[^.;]{0,120}\b(?:saying|said|says|adding)\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:fighters|militants|men|members|forces|mujahideen|soldiers|units)\s+(?:had\s+|have\s+)?(?:killed|killing)\b/i;

function cumulative(clause: string): boolean {
  for (const m of clause.matchAll(CUMULATIVE_RE)) {
    if (SUPERLATIVE_BEFORE_RE.test(clause.slice(Math.max(0, m.index - 80), m.index))) continue;
    // "..., wounding nine people, raising fears of the violence that has gripped the state since 2023": the
    // running time belongs to a relative clause about something else, told after this event's toll.
    const pre = clause.slice(0, m.index);
    const rel = pre.search(/\b(?:that|which)\s+(?:has|have|had)\b[^,;]*$/i);
    if (rel >= 0 && /\b(?:kill|wound|injur)/i.test(pre.slice(0, rel)) && !/\b(?:kill|wound|injur)/i.test(pre.slice(rel))) continue;
    return true;
  }
  return false;
}

/**
 * `fresh`: the clause opens with "followed ..." / "came days after ...": it reports an earlier event,
 * so the clause before it (the later event's subject, "Tuesday's clash") is not part of it.
 */
interface ClauseInfo {
  span: Span;
  reading: TriggerReading | null;
  excluded: boolean;
  fresh: boolean;
  /** For an excluded clause: where its excluded part starts (the set of events, the unreal one). */
  cut?: number;
}

/**
 * Where the text before an excluded stretch stops being about something else: the last comma,
 * dash or relative pronoun before `cut` ("said it had targeted X, whom it described as responsible
 * for attacks"). Without such a break the cue belongs to the excluded events themselves ("claimed
 * responsibility for dozens of attacks") and gives no role.
 */
function roleEndBefore(text: string, from: number, cut: number): number | undefined {
  const pre = text.slice(from, cut);
  let end: number | undefined;
  // 'said it had struck "a cell" that was planning an attack': a relative "that" after the object also opens the aside.
  for (const m of pre.matchAll(/[,;(—–]|\s(?:who|whom|which|whose)\s|(?<=[\p{L}"”])\s+that\s+(?=(?:was|were|had|has|have|is|are)\b)/gu)) end = from + m.index;
  return end;
}

const FRESH_CLAUSE_RE = /^(?:followed|came)\s/i;

/** The relative clause set off by commas (", which has claimed dozens of attacks,") that holds `at`, with its commas. */
function relativeAround(text: string, span: Span, at: number): Span | undefined {
  const before = text.slice(span.start, at);
  const open = [...before.matchAll(/,\s*(?:which|who)\s/gi)].at(-1);
  if (!open) return undefined;
  const start = span.start + open.index;
  const close = text.slice(at, span.end).search(/,/);
  if (close < 0 || /[;.]/.test(text.slice(start + 1, at + close))) return undefined;
  return { start, end: at + close + 1 };
}

/**
 * Whether a date belongs to the event the head names: next to it for a reference back ("the attack
 * on Tuesday", "the Feb. 15 attack"), in the same stretch without a comma otherwise, or fronted
 * ("On Sunday, three rockets...").
 */
function attached(text: string, range: Span, head: TriggerHit, date: DateHit, definite: boolean): boolean {
  // "in Peshawar, the capital of the province, on Friday": an appositive describing a place is no clause break.
  const between = (date.end <= head.start ? text.slice(date.end, head.start) : text.slice(head.end, date.start))
    .replace(APPOSITIVE_RE, (m) => (REPORT_WORD_RE.test(m) ? m : ' '));
  if (date.start >= head.end && inOtherRelative(between)) return false;
  // "The crew of a ship set ablaze by a missile abandoned it on Friday": the day of the aftermath.
  if (date.start >= head.end && AFTERMATH_RE.test(between)) return false;
  if (definite) {
    if (between.split(/\s+/).filter(Boolean).length <= 3 && !/[,;:“]/.test(between)) return true;
    // "the killing of two youths on Oct. 17", "the abduction of a guard on Saturday": the date closes the noun's own "of" phrase.
    if (date.start >= head.end && /^\s+of\s+(?:[\p{L}\d'’-]+\s+){1,4}$/u.test(between)) return true;
    // "The strike hit the monastery in X at about 2 p.m. on Tuesday": the reference back is the subject
    // of a verb of harm, and the date closes that same clause.
    return date.start >= head.end && DEFINITE_SUBJECT_VERB_RE.test(between) && !/[,;:“"]/.test(between) && !REPORT_WORD_RE.test(between);
  }
  if (!/[,;:“"]/.test(between)) return true;
  // "On Friday, militants killed 11 civilians in an attack on X": the verb and "in an attack" tell one event.
  const others = findTriggers(text, date.end <= head.start ? date.end : head.end, date.end <= head.start ? head.start : date.start)
    .filter((t) => !(t.kind === 'action' && t.end <= head.start && /^[^,;.]*\bin\s+(?:an?|the)\s+(?:[\w-]+\s+)?$/i.test(text.slice(t.end, head.start))));
  if (!/[“"]/.test(between) && !REPORT_WORD_RE.test(between) && others.length === 0) return true;
  return date.end <= head.start && text.slice(range.start, date.start).split(/\s+/).filter(Boolean).length <= 1;
}

/** ", the capital of X province,", ", a town near the border,": a noun phrase set off by commas. */
const APPOSITIVE_RE = /,\s+(?:the|a|an)\s+[^,;:“”"]{1,60}?,\s*/g;

/** What people did after an attack (left, were rescued): a date with it is not the attack's. */
const AFTERMATH_RE = /\b(?:abandoned|evacuated|rescued|(?:were|was) picked up|towed|docked|arrived|returned|reopened|resumed|buried|freed|released|(?:were|was) taken to|sank)\b/i;

/** A verb of harm right after an event noun ("the strike hit", "the blast killed"). */
const DEFINITE_SUBJECT_VERB_RE = /^\s+(?:(?:had|has|have|was|also)\s+)?(?:hit|struck|killed|wounded|injured|destroyed|damaged|targeted|tore through|ripped through|flattened|levelled|leveled)\b/i;

const RELATIVE_RE = /\b(?:that|which|who|whom|whose|where)\b/gi;

/**
 * Whether text after a trigger ends inside a relative clause about another noun ("the hackers got in
 * through a router that had not been patched since 2019"): a date there is that clause's. One about
 * the trigger itself ("an attack that killed five on Monday") keeps it.
 */
function inOtherRelative(between: string): boolean {
  const all = [...between.matchAll(RELATIVE_RE)];
  const last = all[all.length - 1];
  if (!last) return false;
  // "an attack on a base in the north that injured two guards on Monday": a clause that tells harm
  // done is the attack's, however many nouns stand between them (a router does not wound anyone).
  if (HARM_CLAUSE_RE.test(between.slice(last.index + last[0].length))) return false;
  // "A drone strike on two trucks east of the wall that divides X killed three civilians on Sunday": a
  // verb of harm after the relative clause's own words is the main clause's again, and so is its date.
  if (MAIN_HARM_AFTER_RE.test(between.slice(last.index + last[0].length))) return false;
  // "seized two men who were gathering nuts near X on Sunday": what the victims were doing when it
  // happened is the time of the act.
  if (/^who$/i.test(last[0]) && /^\s+(?:was|were)\s+\w+ing\b/i.test(between.slice(last.index + last[0].length))) return false;
  return between.slice(0, last.index).replace(/[\s,]+/g, '') !== '';
}

/** Words of a relative clause, then a past verb of harm with its victims: the main clause resumed. */
const MAIN_HARM_AFTER_RE = /^\s+(?:[\p{L}'’-]+\s+){1,6}?(?:killed|wounded|injured)\s+(?:at least\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several|dozens)\b[^,;]*$/iu;

/** A relative clause that opens by telling harm done (optionally after an auxiliary). */
const HARM_CLAUSE_RE = /^\s+(?:(?:had|has|have|was|were|also|reportedly)\s+)*(?:killed|injured|wounded|hurt|damaged|destroyed|left\s+\w+\s+(?:dead|injured|wounded))\b/i;

const UNTIL_BEFORE_RE = /\b(?:until|till|through|into)\s+(?:(?:early|late|the early hours of|the morning of)\s+)?$/i;

/** "ended the siege on Saturday after a 20-hour gunbattle": an event told by how long it lasted is one already reported. */
const DURATION_BEFORE_RE = /\bafter\s+(?:a|an)\s+(?:[\w]+-)?(?:hour|day|minute|night|week)(?:-long)?\s+(?:[\w-]+\s+)?$/i;

function eventDate(ctx: MentionContext, range: Span, r: TriggerReading, precise: boolean): string | undefined {
  let best: { date: string; dist: number } | undefined;
  for (const d of findDates(ctx.text, range.start, range.end, ctx.publishedTime)) {
    if ((d.precision === 'day') !== precise) continue;
    // "border guards seized two men ... on Sunday, ..., calling the detentions \"an abduction\"": the
    // verb that tells the act carries its day when the head word (a later noun) does not.
    const verbs = r.triggers.filter((t) => t.kind === 'action' && t.end <= r.head.start && !t.corefOnly);
    if (d.report || !(attached(ctx.text, range, r.head, d, r.definite) || verbs.some((t) => d.start >= t.end && attached(ctx.text, range, t, d, false)))) continue;
    // "opened fire on villagers until early Sunday": when an act ended, not the day it happened.
    if (UNTIL_BEFORE_RE.test(ctx.text.slice(Math.max(range.start, d.start - 24), d.start))) continue;
    const dist = Math.abs(d.start - r.head.start);
    if (!best || dist < best.dist) best = { date: d.date, dist };
  }
  return best?.date;
}

const TARGET_NOUN_RE =
  /^\s+(?:\S+\s+){0,3}?(?:bases?|camps?|checkpoints?|convoys?|posts?|stations?|villages?|towns?|city|embassy|compound|airport|patrols?|troops|soldiers|police|barracks|positions?|outposts?|ships?|vessels?|tankers?|boats?|speedboats?|ferr(?:y|ies)|trucks?|cars?|vehicles?|mosques?|church(?:es)?|schools?|hospitals?|markets?|bus(?:es)?|trains?|pipelines?|facilit(?:y|ies)|headquarters|forces|civilians|residents|worshippers|farmers|villagers)\b/i;

/**
 * A bare "attacked" is a physical attack only with a weapon, a place or target after it, or an
 * armed subject before it ("militants attacked"); "the senator attacked the bill" is not one.
 */
function physicalAttackVerb(text: string, r: TriggerReading, places: PlaceHit[]): boolean {
  if (r.head.kind !== 'action' || r.head.type !== 'other' || r.weapon) return true;
  // "fought a five-day war": a war is fought with arms, whatever its object; "the killing of two youths" names its victims.
  if (/^(?:fought|fighting|killings?)(?:\s|$)/i.test(r.head.text)) return true;
  // "killed two dissidents": armed men killed, counted, is an act of arms.
  if (/^(?:killed|kills?|shot dead)\s+\S/i.test(r.head.text)) return true;
  // "set fire to two tractors", "torched a post": setting fire to what others own is an attack whatever its object.
  // ("a health post was set on fire": the same, told in the passive.)
  if (/^(?:(?:was|were|had been|have been|has been)\s+)?(?:set (?:fire|light) to|torch(?:ed|ing)|set\s.*\b(?:ablaze|on fire|alight)|burn(?:ed|t) down)$/i.test(r.head.text)) return true;
  // "The Kestrel Bay was struck on Thursday": a passive hit on a named target or a ship, base, town.
  if (r.head.corefOnly) {
    const subject = text.slice(Math.max(0, r.head.start - 40), r.head.start);
    return /\p{Lu}[\p{L}'’-]*\s*$/u.test(subject) || /\b(?:ships?|vessels?|tankers?|carriers?|bases?|camps?|posts?|stations?|convoys?|villages?|towns?|depots?|refinery|plant|airport|hospital|school|market|building)\s*$/i.test(subject);
  }
  if (places.some((p) => p.start >= r.head.end && p.start - r.head.end <= 5)) return true;
  if (TARGET_NOUN_RE.test(text.slice(r.head.end, r.head.end + 60))) return true;
  const before = text.slice(Math.max(0, r.head.start - 40), r.head.start).split(/\s+/).slice(-4).join(' ');
  return ACTOR_NOUN_RE.test(before);
}

/** "had killed N ... in drone strikes": the outcome of the strikes, told as one operation. */
const KILLED_IN_RE = /\bkill(?:ed|ing)\b[^.;]{0,40}\bin\s+(?:[\w-]+\s+){0,2}?(?:strikes|airstrikes|air strikes|raids|attacks)\b/i;

/** A clause split off after a date ("since April 2025, when bombs ..."): the event that date names. */
const WHEN_CLAUSE_RE = /^when\s/i;

/** A month named with its year or counted back ("In March 2025,", "last month"): a past event's own time. */
const MONTH_PERIOD_RE = /^\d{4}-\d{2}$/;

/** "protect networks from attack", "came under attack": an event noun with no determiner after a preposition names a kind of act. */
const BARE_EVENT_RE = /\b(?:from|under|against|to|of|for)\s+$/i;

function isStrong(r: TriggerReading, date: string | undefined, quantity: number | undefined, places: PlaceHit[], killedIn = false, period?: string, bareNoun = false): boolean {
  if (r.head.corefOnly) return date !== undefined && !r.definite;
  if (date !== undefined) return true;
  if (r.definite) return false;
  // "In August 2023, a strike on the square killed 26", "In March 2025, two car bombs exploded": an
  // earlier event dated to its month is one event, told as background; an undated set ("strikes
  // killed hundreds") is not.
  if (period !== undefined && MONTH_PERIOD_RE.test(period) && (!r.plural || r.action) && !bareNoun) return true;
  if (r.weapon && (r.action || quantity !== undefined)) return true;
  // "killed several fighters in drone strikes near the town of X": one operation at one named town.
  if (r.plural) return killedIn && places.some((p) => !p.country && p.rank === 2) && new Set(places.filter((p) => !p.country).map((p) => p.name)).size === 1;
  return places.length > 0 || (r.type !== null && r.typeRank >= 3 && r.head.kind !== 'weapon');
}

/** "the December 2023 bombing of", "the 2015 massacre at": a determiner, then the event's month or year, then its noun. */
const DATED_NAME_BEFORE_RE = /\b(?:the|its|their)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+)?$/;

/**
 * "Dawlah Islamiyah said it carried out the December 2023 bombing of a Mass at X": an event named with
 * its own month or year is a past event told by its name, one incident, though "the" refers to it.
 */
function datedName(text: string, r: TriggerReading, period: string | undefined): boolean {
  return period !== undefined && r.definite && !r.plural && r.head.kind === 'event' && (r.typeRank >= 2 || /^(?:massacre|attack|assault|raid|ambush)$/i.test(r.head.text)) &&
    DATED_NAME_BEFORE_RE.test(text.slice(Math.max(0, r.head.start - 40), r.head.start));
}

/**
 * Groups each clause that reports an event with the clauses around it that report none. A semicolon
 * ends a statement: "Prison riot kills 14 as gang storms wing; hackers hit prison agency" tells two
 * things, and the toll before it is not the hack's.
 */
function groupClauses(clauses: ClauseInfo[], text: string): Array<{ anchor: ClauseInfo; parts: ClauseInfo[] }> {
  const groups: Array<{ anchor: ClauseInfo; parts: ClauseInfo[] }> = [];
  const pending: ClauseInfo[] = [];
  let prev: ClauseInfo | undefined;
  for (const c of clauses) {
    const statement = prev !== undefined && endsStatement(text, prev);
    prev = c;
    if (c.fresh || statement) pending.length = 0;
    if (c.excluded) continue;
    const last = groups[groups.length - 1];
    if (c.reading) {
      groups.push({ anchor: c, parts: [...pending, c] });
      pending.length = 0;
    } else if (last && !statement) last.parts.push(c);
    else pending.push(c);
  }
  return groups;
}

/** Whether a clause closes its statement with a semicolon. */
function endsStatement(text: string, c: ClauseInfo): boolean {
  return text[c.span.end - 1] === ';';
}

const DAY_MS = 86_400_000;

/**
 * "A senior official in Abuja said", "a police officer in Peshawar, speaking on condition of
 * anonymity, said": where a speaker sits is no scene. Only when a verb of speech follows the phrase
 * and nothing is done to the people named ("officers in X were killed").
 */
const SPEAKER_PLACE_RE = /\b(?:officials?|officers?|sources?|spokes(?:man|woman|person)|diplomats?|analysts?|commanders?|ministers?|correspondents?)\s+(?:based\s+|stationed\s+)?in\s+(?:the\s+)?(?:capital,?\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*/gu;
const SPEECH_AFTER_RE = /^[^.;]{0,140}?\b(?:said|says|told|speaking|according|blamed|accused|denied)\b/i;
/**
 * "Gulnara T., a teacher in Kara-Bulak, told ...", "X, the army's zone commander in Ruma, blamed ...",
 * "..., said X, a village headman in Ruma.": a place in the description of a named speaker says where
 * the speaker lives or works, not where the event happened.
 */
const SPEAKER_APPOSITIVE_RE = /[\p{Lu}][\p{L}'’.-]*,\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:in|at|from)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*(?:\s+(?:sub-district|district|county|province|region|state|town|village|city))?(?=,\s*(?:who\b[^.;]{0,140}?,\s*)?(?:said|says|told|blamed|accused|denied|added)\b|\s*[.]\s*$)/gu;
/** "..., said Batbayar N., a teacher in X.": the appositive closes a sentence whose speaker comes after the verb. */
const SPEAKER_BEFORE_RE = /\b(?:said|says|told|according to)\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){1,5}$/u;
const HARMED_AFTER_RE = /^\s*(?:,\s*)?(?:who\s+)?(?:was|were|had been|have been)\s+(?:\w+\s+)?(?:killed|wounded|injured|kidnapped|abducted|shot|hurt|attacked|targeted)\b/i;

/**
 * Asides whose places are no scene: a reason given for an attack, up to the next comma ("because its
 * owner had called at ports in X"), where a speaker or a group is based ("the government, which is
 * based in the southern city of Aden, blamed ...", "a group which has bases in the X prefecture")
 * and where a speaker spoke ("told reporters in X").
 */
const REASON_RE = /\bbecause\b(?! of)[^,;.]*|\b(?:which|who|that) (?:(?:is|are|was|were) (?:based|headquartered)|(?:has|have|had) (?:its |their )?(?:bases|a base|camps|strongholds|headquarters|hideouts)) in\b[^,;.]*/gi;
/** "before Qatar and Turkey brokered a truce", "a ceasefire brokered with the help of X": the mediators' places are no scene. */
const MEDIATION_RE = /\b(?:before|until|after)\s+[^,;.]{0,60}?\b(?:brokered|mediated)\b[^,;.]*|\b(?:ceasefire|truce|deal|agreement)\s+(?:was\s+)?(?:brokered|mediated)\b[^,;.]*/gi;
const SPOKE_IN_RE = /\btold (?:reporters|journalists) (?:in|at) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/gu;
/**
 * "The blast came less than two days after the raid on X": what an event is counted from happened
 * elsewhere or before; its places are that other event's, not the scene of the one that "came".
 */
/** "al Qaeda's affiliate in the Sahel", "the group's branch in X": where a group operates, not the scene. */
const GROUP_BRANCH_RE = /\b(?:affiliate|branch|franchise|offshoot|chapter)s?\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
const COUNTED_FROM_RE = /\b(?:came|comes|happened|occurred)\s+(?:[\w-]+\s+){0,5}?(?:after|before)\s[^,;.]*/gi;

/**
 * A clause tied to the event before it in the same sentence by a short gap ("..., killing two on
 * Monday, hours after X fired rockets"; "..., a day after gunmen stormed"): its day is that event's,
 * shifted by the days the text states. "days after" fixes no day.
 */
const GAP_RE = /^(?:just\s+|only\s+|some\s+)?(?:(hours|minutes|moments|shortly)|(a|one|two|three)\s+days?)\s+(after|before)\b/i;
const GAP_DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
/** "The kidnapping came a day after ...": the event named before "came" is the one counted from. */
const CAME_RE = /^(?:came|comes|happened|occurred)\s+/i;

/** A clause opening with a gap back in time ("two days after a drone attack ..."): an earlier event, background to the sentence's own. */
const BACKGROUND_RE = /^(?:just\s+|only\s+|some\s+)?(?:(?:a|one|two|three|four|five|six|seven|several|a few|\d+)\s+)?(?:hours?|minutes?|days?|weeks?|moments|shortly|soon)\s+after\b/i;

function relativeDay(clause: string, previous: string | undefined): string | undefined {
  if (!previous) return undefined;
  const m = GAP_RE.exec(clause.trim().replace(CAME_RE, ''));
  if (!m) return undefined;
  const days = m[1] ? 0 : GAP_DAYS[(m[2] ?? '').toLowerCase()] ?? 0;
  // "X, a day after Y": Y came first; "X, a day before Y": Y came later.
  const shift = (m[3] ?? '').toLowerCase() === 'after' ? -days : days;
  const t = Date.parse(`${previous}T00:00:00Z`) + shift * DAY_MS;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/** The small hours of a day ("before dawn on Monday", "in the early hours"): hours before them fall on the day before. */
const EARLY_HOURS_RE = /\b(?:before dawn|at dawn|pre-dawn|predawn|in the early hours|shortly after midnight|just after midnight|overnight)\b/i;
const HOURS_GAP_RE = /^\s*(?:just\s+|only\s+|some\s+)?(?:hours|minutes|moments|shortly)\s+(?:after|before)\b/i;

const STEP_DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * "..., and drones hit a depot two days later", "the following day", "The next day, gunmen ...": a
 * day counted on from the day of the report before. A report verb right before it ("said two days
 * later") dates the statement, not the act.
 */
const LATER_RE = /(?<!\b(?:said|says|announced|reported|confirmed|added|claimed)\s)\b(?:(a|one|two|three|four|five|six|seven)\s+days?\s+(later|earlier)|the\s+(?:following|next)\s+(day|morning|evening|night)|(?:on\s+)?the\s+(previous|preceding)\s+day)\b/i;

function laterDay(clause: string, previous: string | undefined): string | undefined {
  if (!previous) return undefined;
  const m = LATER_RE.exec(clause);
  if (!m) return undefined;
  const days = m[1] ? (STEP_DAYS[m[1].toLowerCase()] ?? 0) * (m[2]?.toLowerCase() === 'earlier' ? -1 : 1) : m[3] ? 1 : -1;
  const t = Date.parse(`${previous}T00:00:00Z`) + days * DAY_MS;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}

/**
 * "after the ruling", "following the vote": a definite reference to the news the lead sentence
 * reports. When that news is dated to the publication day, anything after it and already reported
 * happened that same day.
 */
const AFTER_NEWS_RE =
  /\b(?:after|following|in the wake of)\s+the\s+(?:[\w-]+\s+)?(?:ruling|decision|verdict|vote|announcement|judg(?:e)?ment|sentencing|hearing|speech|session|meeting)\b/i;

/** The lead sentence's own event day when it is the publication day (see AFTER_NEWS_RE). */
function leadDayIfPublished(ctx: MentionContext): string | undefined {
  const pub = /^\d{4}-\d{2}-\d{2}/.exec(ctx.publishedTime ?? '')?.[0];
  const lead = ctx.sentences[0];
  if (!pub || !lead) return undefined;
  const start = datelineEnd(ctx.text, lead);
  const first = findDates(ctx.text, start, lead.end, ctx.publishedTime).find((d) => d.precision === 'day' && !d.report);
  return first?.date === pub ? pub : undefined;
}

/** "... for the kidnapping of four workers and a drone attack on a police station": a second event named after "and". */
const CONJOINED_EVENT_RE =
  /,?\s+and\s+(?:for\s+)?(?:an?|the|another)\s+(?=(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|bombings?|raids?|ambush|kidnapping|abduction|shelling|shooting|assault|explosion|blast)\b)/gi;

/**
 * One clause that names two events of different kinds joined by "and" ("claimed responsibility for
 * the kidnapping of four oil workers and a drone attack on a police station in X") reports two
 * incidents; each part keeps its own place and figures. Weapons joined by "and" ("drones and
 * missiles") stay one attack, and so do two words for one kind.
 */
function conjoinedEvents(text: string, span: Span, reading: TriggerReading): Array<{ span: Span; reading: TriggerReading }> {
  const whole = [{ span, reading }];
  if (reading.head.kind !== 'event' || reading.typeRank < 3) return whole;
  const rest = text.slice(reading.head.end, span.end);
  for (const m of rest.matchAll(CONJOINED_EVENT_RE)) {
    const cut = reading.head.end + m.index;
    const second = { start: cut + m[0].length, end: span.end };
    const a = readTriggers(text, span.start, cut);
    const b = readTriggers(text, second.start, second.end);
    if (!a || !b || a.typeRank < 3 || b.typeRank < 3 || !a.type || !b.type || a.type === b.type) continue;
    if (a.types.includes(b.type) || b.types.includes(a.type)) continue;
    return [{ span: { start: span.start, end: cut }, reading: a }, { span: second, reading: b }];
  }
  return whole;
}

const NO_CLAIM_RE = /\b(?:no (?:one|group|organi[sz]ation|faction)|nobody|not|never|yet to)\b[^.;,]*$/i;

/** "claimed responsibility for the kidnapping ...", "claimed the capture of ...": the claim's object is the report. */
const CLAIM_OBJECT_RE = /\b(?:claimed|claims|claiming)\s+(?:(?:full\s+)?(?:responsibility|credit)\s+(?:on\s+\w+\s+)?for\s+)?(?:the|its|their)\s+(?:[\w-]+\s+)?$/i;

/**
 * A kind of crime rather than an event: a bare noun in a list of rackets ("financed by extortion,
 * kidnapping and drug trafficking") or the subject of a general statement ("Kidnapping is a business").
 */
function generic(text: string, r: TriggerReading): boolean {
  if (r.head.kind !== 'event' || r.definite || r.plural) return false;
  const before = text.slice(Math.max(0, r.head.start - 40), r.head.start);
  if (/\b(?:an?|one|another|the|this|that|its|their)\s+(?:[\w-]+\s+)?$/i.test(before)) return false;
  const around = `${before}${text.slice(r.head.start, r.head.end + 40)}`;
  if (/\b(?:extortion|trafficking|smuggling|illegal mining|robbery|theft|fraud|money laundering|racketeering)\b/i.test(around)) return true;
  // "have turned kidnapping for ransom into a business": the trade, not one abduction ("of two engineers").
  if (/^\s+for\s+ransom\b(?!\s+of\b)/i.test(text.slice(r.head.end, r.head.end + 20))) return true;
  return /^\s+(?:is|has become|remains|was once)\b/i.test(text.slice(r.head.end, r.head.end + 20)) && /(?:^|[.!?"“]\s*)$/.test(before);
}

/** A state's own forces, as a charge names them ("the army", "security forces"). */
const STATE_FORCE_RE = /^(?:the\s+)?(?:army|military|armed forces|security forces|police|troops|soldiers|government forces|government)$/i;
/** A member or body of a government, by title ("Security Minister X", "the defence ministry", "a government spokesman"). */
const STATE_OFFICIAL_RE = /\b(?:[Mm]inister|[Mm]inistry|[Gg]overnment spokes(?:man|woman|person)|[Pp]resident|[Pp]residency)\b/;

/**
 * Roles of a sentence naming no event. "X rejected the accusation" counts right after an incident's
 * report, and also up to five sentences later (or anywhere, when the headline or lede blamed X) when X is who the recent mentions blamed ("Congo blamed
 * Ruvia ... Ruvia rejected the accusation."): only the accused turns an accusation down.
 */
function followUpRoles(text: string, span: Span, entities: Entity[], afterReport: boolean, before: IncidentMention[], si: number): RoleReading {
  const roles = extractRoles(text, span, entities, true, afterReport);
  if (afterReport) return roles;
  // The story's own accusation, in its headline or lede, is still the one answered paragraphs later.
  const blamed = before.filter((m) => m.sentence >= si - 5 || m.sentence <= 2).flatMap((m) => m.roles.blamedOn.map((b) => b.toLowerCase()));
  if (blamed.length === 0) return roles;
  const withRejections = extractRoles(text, span, entities, true, true);
  for (const d of withRejections.deniedBy) {
    const k = d.toLowerCase();
    if (roles.deniedBy.some((x) => x.toLowerCase() === k)) continue;
    const state = stateOf(d)?.toLowerCase();
    // "India's foreign ministry rejected the accusation" answers one made against "New Delhi": same state.
    if (blamed.some((b) => b === k || b.startsWith(`${k} `) || b.startsWith(`${k}-`) || (state !== undefined && stateOf(b)?.toLowerCase() === state))) roles.deniedBy.push(d);
    // "accused the army of ... Security Minister X rejected the accusation": a state's minister answers for its forces.
    else if (blamed.some((b) => STATE_FORCE_RE.test(b)) && STATE_OFFICIAL_RE.test(text.slice(span.start, span.end))) roles.deniedBy.push(d);
  }
  return roles;
}

/**
 * "jets struck the attackers as they fled", "troops pursued the gunmen": a blow at the doers of the
 * event just told, a second act by the other side.
 */
const AGAINST_DOERS_RE = /\b(?:struck|hit|bombed|pounded|targeted|pursued|chased|fired on|fired at)\s+(?:the\s+)?(?:fleeing\s+|retreating\s+)?(?:attackers|assailants|gunmen|raiders|kidnappers|abductors|bandits)\b/i;

/**
 * "Police reinforcements sent from X were ambushed on the road to the village": those sent in answer to
 * an attack, hit on their way, are the victims of another act.
 */
const RESPONDERS_HIT_RE = /^(?:[\p{L}'’-]+\s+){0,2}?(?:reinforcements|rescuers|relief (?:convoy|workers)|(?:troops|soldiers|police(?:men)?|officers) (?:sent|deployed|dispatched|rushed))\b[^.;]{0,60}?\b(?:were|was|had been)\s+(?:ambushed|attacked|fired on|shot at)\b/iu;

/** "in response", "in retaliation for", "retaliated": an act answering another, so never the same incident. */
const RETALIATION_RE = /\b(?:in (?:response|retaliation|revenge)|retaliat(?:ed|ing|ory))\b/i;

/**
 * "X had opened fire first", "fired the first shots", "started the fighting": one side's account of
 * who began an exchange already reported, not a new incident.
 */
const FIRST_FIRE_RE = /\b(?:opened fire first|fired first|fired the first (?:shots?|shells?|rounds?)|started the (?:fighting|shooting|clashes)|provoked the (?:fighting|clashes))\b/i;

const OBJECT_AFTER_RE = /^\s+(?:on|at|against)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]{4,})(?=\s+(?:in|on|at|of|near|was|were|had|has|is|followed|came|killed|left|and|by|that|which)\b|\s*[,.;:]|\s*$)/;
const OBJECT_BEFORE_RE = /\b(?:the|that|this)\s+([a-z]{4,})\s+$/;
const NOT_OBJECT_RE = /^(?:latest|recent|deadly|deadliest|previous|earlier|first|second|suspected|alleged|reported|apparent|failed|brazen|attempted|same|other|whole|entire)$/;

/**
 * The thing a reference back says was hit: "the attack on the substation" → "substation", "the
 * school attack" → "school". A report that named it ("attacked a police substation") is the one meant.
 */
function targetOf(text: string, head: TriggerHit): string | undefined {
  const after = OBJECT_AFTER_RE.exec(text.slice(head.end, head.end + 40))?.[1];
  const before = OBJECT_BEFORE_RE.exec(text.slice(Math.max(0, head.start - 30), head.start))?.[1];
  const noun = after ?? before;
  return noun && !NOT_OBJECT_RE.test(noun) ? noun : undefined;
}

/** A trigger word's stem, so "the ambush" finds "ambushed" and "raids" finds "raid". */
export function triggerStem(word: string): string {
  return word.toLowerCase().split(/\s+/).pop()?.replace(/(?:es|s|ed|ing)$/, '') ?? '';
}

/** "Police arrested three suspects in a raid on a house": an arrest operation, not an attack. */
const ARREST_RAID_RE = /\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|apprehend(?:ed|s)?|rounded up|seized (?:weapons|drugs|explosives|detonators))\b[^.;]{0,60}\bin\s+(?:an?|the|several|two|three)\s+(?:[\w-]+\s+)?raids?\b/i;

/**
 * "Residents said they heard four loud explosions before dawn": what people heard or saw, right after
 * a report, is a witness's account of that event, wherever the witnesses are.
 */
const WITNESSED_RE = /\b(?:heard|hear|saw|felt)\s+(?:[\w-]+\s+){0,3}?(?:explosions?|blasts?|gunfire|shots|shooting|booms?|bangs?)\b/i;

/** "The fighters overran the base at X": the doers of the report before, named again, tell more of it. */
const DEFINITE_DOER_RE = /^["“]?The\s+(?:attackers?|gunm[ae]n|assailants?|shooters?|militants|fighters|rebels|raiders|insurgents|jihadists|bandits|bombers|kidnappers|abductors)\b/;

/** "The patrol was returning ... when it came under fire": a subject naming again a target of the report before. */
const DEFINITE_SUBJECT_RE = /^["“]?The\s+([a-z]+)\b/;

/** Up to `n` sentences right before sentence `si`, as long as no line break (a new paragraph) stands between. */
function sameParagraphBefore(ctx: MentionContext, si: number, n: number): Span[] {
  const out: Span[] = [];
  for (let k = si - 1; k >= Math.max(1, si - n); k--) {
    const a = ctx.sentences[k];
    const b = ctx.sentences[k + 1];
    if (!a || !b || ctx.text.slice(a.end, b.start).includes('\n')) break;
    out.push(a);
  }
  return out;
}

/** "The camp lies near X", "The station stands at the entrance to X": a target said to stand somewhere. */
const LOCATED_SUBJECT_RE = /^["“]?The\s+[a-z]+\s+(?:stands|stood|lies|lay|sits|sat|(?:is|was)\s+(?:located|situated))\b/;
/** How many sentences back a located target may have been reported. */
const LOCATED_REACH = 4;

/** Whether the clause's subject repeats a noun the previous sentence's report introduced ("an army patrol" ... "The patrol"). */
function repeatsTarget(text: string, clause: string, previous: Span | undefined): boolean {
  const noun = DEFINITE_SUBJECT_RE.exec(clause)?.[1];
  if (!noun || !previous) return false;
  if (/^(?:attack|attackers|gunmen|militants|group|government|army|military|police|ministry|statement|report|incident|area|region|country|city|town|village|state|president|minister|official|officials)$/.test(noun)) return false;
  return new RegExp(String.raw`\b(?:an?|the|its|their|one)\s+(?:[\w-]+\s+){0,2}${noun}\b`, 'i').test(text.slice(previous.start, previous.end));
}

/** Like repeatsTarget, also when the subject ends a compound the report used ("the site" after "its website"). */
function targetNamedAgain(text: string, clause: string, previous: Span | undefined): boolean {
  const noun = DEFINITE_SUBJECT_RE.exec(clause)?.[1];
  if (!noun || !previous || noun.length < 4) return false;
  if (/^(?:attack|attackers|gunmen|militants|group|government|army|military|police|ministry|statement|report|incident|area|region|country|city|town|village|state|president|minister|official|officials|strike|blast|explosion|bombing|raid|hackers)$/.test(noun)) return false;
  return new RegExp(String.raw`\b(?:an?|the|its|their|one)\s+(?:[\w'’-]+\s+){0,3}[\w-]*${noun}\b`, 'i').test(text.slice(previous.start, previous.end));
}

const TIME_STEP_RE = /^(?:(?:just|only|some|a few|several|two|three|\d+)\s+)?(?:hours?|minutes?)\s+(?:later|earlier|before\s+the\s+[\w-]+)\b/i;

/**
 * The day and places a sentence sets out right before a report in the same paragraph, when that
 * sentence reports no act and names one day that dates no statement.
 */
function sceneSetting(ctx: MentionContext, si: number, before: IncidentMention[]): { date?: string; places: PlaceHit[] } | undefined {
  const prev = ctx.sentences[si - 1];
  const cur = ctx.sentences[si];
  if (!prev || !cur || si - 1 === 0 || ctx.text.slice(prev.end, cur.start).includes('\n')) return undefined;
  // A sentence that only says who claimed or was blamed reports no act: it may still set the scene.
  if (before.some((m) => m.sentence === si - 1 && m.strength !== 'role')) return undefined;
  const days = findDates(ctx.text, prev.start, prev.end, ctx.publishedTime).filter((d) => d.precision === 'day' && !d.report);
  if (days.length !== 1) return undefined;
  const places = ctx.places.filter((p) => p.start >= prev.start && p.end <= prev.end && !p.country && !p.origin);
  return { date: days[0]?.date, places };
}

/** A clause opened by a step of time from the clause before (", and days later ..."). */
const LATER_STEP_RE = /^and\s+(?:(?:just|only)\s+)?(?:(?:one|two|three|four|five|six|seven|a few|several|\d+)\s+)?(?:hours|days|weeks|a day|a week)\s+later\b/i;

/** All incident mentions of an article, in text order. */
export function buildMentions(ctx: MentionContext): IncidentMention[] {
  const { text } = ctx;
  const out: IncidentMention[] = [];
  const newsDay = leadDayIfPublished(ctx);
  ctx.sentences.forEach((s, si) => {
    const bodyStart = datelineEnd(text, s);
    const clauses: ClauseInfo[] = splitClauses(text, { start: bodyStart, end: s.end }).map((span) => {
      const reading = readTriggers(text, span.start, span.end);
      const sub = SUBREFERENCE_RE.test(text.slice(span.start, span.end));
      const datedPattern = reading?.vagueCountOnly === true &&
        findDates(text, span.start, span.end, ctx.publishedTime).some((d) => !d.report && d.precision === 'day');
      const excluded = sub || (reading !== null && ((reading.aggregate && !datedPattern) || reading.hypothetical || generic(text, reading)));
      const info: ClauseInfo = { span, reading: excluded ? null : reading, excluded, fresh: FRESH_CLAUSE_RE.test(text.slice(span.start, span.end)) };
      if (excluded) info.cut = sub || !reading ? span.start : reading.head.start;
      return info;
    });
    const groups = groupClauses(clauses, text);
    // "because its owner had called at ports in Israel", "which is based in Aden": asides, not the scene.
    const reasons = [...text.slice(s.start, s.end).matchAll(REASON_RE), ...text.slice(s.start, s.end).matchAll(SPOKE_IN_RE), ...text.slice(s.start, s.end).matchAll(MEDIATION_RE), ...text.slice(s.start, s.end).matchAll(GROUP_BRANCH_RE)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
    for (const m of text.slice(s.start, s.end).matchAll(SPEAKER_PLACE_RE)) {
      const after = text.slice(s.start + m.index + m[0].length, s.end);
      if (SPEECH_AFTER_RE.test(after) && !HARMED_AFTER_RE.test(after.slice(0, 60))) reasons.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
    for (const m of text.slice(s.start, s.end).matchAll(SPEAKER_APPOSITIVE_RE)) {
      const at = s.start + m.index;
      // A description closing the sentence is a speaker's only after "said Name".
      if (!/^,\s*\S/.test(text.slice(at + m[0].length, at + m[0].length + 3)) && !SPEAKER_BEFORE_RE.test(text.slice(Math.max(s.start, at - 80), at + m[0].indexOf(',')))) continue;
      reasons.push({ start: at, end: at + m[0].length });
    }
    // The earlier event counted from is told in its own clause when it has a verb; only a report that
    // runs on into it ("The blast came ... after the raid on X") leaves X out.
    const countedFrom = [...text.slice(s.start, s.end).matchAll(COUNTED_FROM_RE)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }));
    const placesIn = (r: Span): PlaceHit[] =>
      ctx.places.filter((p) => p.start >= r.start && p.end <= r.end && !reasons.some((x) => p.start >= x.start && p.end <= x.end) &&
        !countedFrom.some((x) => r.start < x.start && p.start >= x.start && p.end <= x.end));
    if (groups.length === 0) {
      // "X rejected the accusations" answers the sentence before: an incident's report, or some other charge.
      const afterReport = out.some((m) => m.sentence === si - 1 && (m.strength === 'strong' || m.strength === 'weak'));
      const cut = clauses.find((c) => c.excluded)?.cut;
      if (cut !== undefined) {
        // "The TTP, which has claimed dozens of attacks on police, said it had no link to the bombing": the
        // set of events sits in a relative clause; the sentence around it still speaks of the incident.
        const aside = relativeAround(text, { start: bodyStart, end: s.end }, cut);
        if (aside) {
          const blanked = text.slice(0, aside.start) + ' '.repeat(aside.end - aside.start) + text.slice(aside.end);
          const span = { start: bodyStart, end: s.end };
          const roles = extractRoles(blanked, span, ctx.entities, true, afterReport);
          if (roles.claimedBy.length + roles.deniedBy.length + roles.blamedOn.length > 0) {
            out.push({
              span, sentence: si, strength: 'role', type: null, typeRank: 0, types: [], plural: false, another: false, eventNoun: false,
              places: [], casualties: {}, roles,
            });
            return;
          }
        }
        // "The army said it had struck X, whom it called responsible for attacks on Y": the claim
        // before the set of events still refers to the incident just reported.
        const end = roleEndBefore(text, bodyStart, cut);
        if (end === undefined) return;
        const span = { start: bodyStart, end };
        const roles = followUpRoles(text, span, ctx.entities, afterReport, out, si);
        if (roles.claimedBy.length + roles.deniedBy.length + roles.blamedOn.length === 0) return;
        out.push({
          span, sentence: si, strength: 'role', type: null, typeRank: 0, types: [], plural: false, another: false, eventNoun: false,
          places: placesIn(span), casualties: {}, roles,
        });
        return;
      }
      const span = { start: bodyStart, end: s.end };
      const roles = followUpRoles(text, span, ctx.entities, afterReport, out, si);
      const casualties = extractCasualties(text.slice(span.start, span.end));
      const hasRoles = roles.claimedBy.length + roles.deniedBy.length + roles.blamedOn.length > 0;
      // "The assailants, some 40 men, surrounded Bekamba, a farming village ...": the doers named again
      // right after the report tell where they struck, though no word of attack is used.
      const doerPlaces = afterReport && DEFINITE_DOER_RE.test(text.slice(bodyStart, s.end)) ? placesIn(span).filter((p) => !p.country && p.rank >= 2) : [];
      // "The fighters broke into the school ... The school, St. X, stands above the village of Y": the
      // target of the report named again as a subject, with where it stands, gives the scene.
      // "The station stands at the entrance to X", a paragraph after "a grenade hit a police station": a
      // target said to stand somewhere gives the scene of a report told a few sentences before.
      const located = !doerPlaces.length && LOCATED_SUBJECT_RE.test(text.slice(bodyStart, s.end)) &&
        out.some((m) => m.strength === 'strong' && m.sentence >= si - LOCATED_REACH && repeatsTarget(text, text.slice(bodyStart, s.end), ctx.sentences[m.sentence]));
      const scenePlaces = (located || (afterReport && !doerPlaces.length && sameParagraphBefore(ctx, si, 3).some((p) => repeatsTarget(text, text.slice(bodyStart, s.end), p))))
        ? placesIn(span).filter((p) => !p.country && !p.origin && p.rank >= 2) : [];
      if (scenePlaces.length > 0 && !hasRoles) {
        out.push({
          span, sentence: si, strength: 'weak', continues: true, scene: true, type: null, typeRank: 0, types: [], plural: false, another: false, eventNoun: false,
          places: placesIn(span), casualties, roles,
        });
        return;
      }
      // "... knocked the border service's website offline. The site was unavailable for hours on Sunday
      // evening": the report's target named again, with the one day it was hit, dates that report.
      const targetDay = afterReport && !hasRoles && !doerPlaces.length && !AFTERMATH_RE.test(text.slice(bodyStart, s.end)) && targetNamedAgain(text, text.slice(bodyStart, s.end), ctx.sentences[si - 1])
        ? findDates(text, span.start, span.end, ctx.publishedTime).filter((d) => !d.report) : [];
      if (targetDay.length === 1 && targetDay[0]?.precision === 'day') {
        out.push({
          span, sentence: si, strength: 'weak', continues: true, date: targetDay[0].date, type: null, typeRank: 0, types: [], plural: false, another: false, eventNoun: false,
          places: [], casualties, roles,
        });
        return;
      }
      if (doerPlaces.length > 0) {
        out.push({
          span, sentence: si, strength: 'weak', continues: true, doers: true, type: null, typeRank: 0, types: [], plural: false, another: false, eventNoun: false,
          places: placesIn(span), casualties, roles,
        });
        return;
      }
      // "Militant violence in the province killed more than 900 people last year": a year's toll is a total.
      const yearly = findDates(text, span.start, span.end, ctx.publishedTime).some((d) => d.precision === 'year' && !d.report);
      const hasFigures = (casualties.killed !== undefined || casualties.injured !== undefined) && !yearly &&
        !AGGREGATE_RE.test(text.slice(span.start, span.end)) && !cumulative(text.slice(span.start, span.end));
      if (!hasRoles && !hasFigures) return;
      out.push({
        span, sentence: si, strength: hasRoles ? 'role' : 'casualty', type: null, typeRank: 0, types: [], plural: false, another: false, eventNoun: false,
        places: placesIn(span), casualties, roles,
      });
      return;
    }
    const single = groups.length === 1 && !clauses.some((c) => c.excluded || c.fresh || endsStatement(text, c));
    let previousDate: string | undefined;
    let previousPeriod: string | undefined;
    for (const g of groups) {
      const first = g.parts[0];
      const last = g.parts[g.parts.length - 1];
      if (!g.anchor.reading || !first || !last) continue;
      const whole = single ? { start: bodyStart, end: s.end } : { start: first.span.start, end: last.span.end };
      const pieces = conjoinedEvents(text, whole, g.anchor.reading);
      for (const piece of pieces) {
      const r = piece.reading;
      const span = piece.span;
      const body = text.slice(span.start, span.end);
      // "The village has been tense since May 2, 2023, when gunmen killed a guard": the toll is the "when"
      // clause's, whatever running time the words before it give.
      const anchorText = text.slice(g.anchor.span.start, g.anchor.span.end);
      const tollText = WHEN_CLAUSE_RE.test(anchorText) && g.anchor.span.start >= span.start && g.anchor.span.end <= span.end ? anchorText : body;
      // "the kidnapping of four workers and a drone attack on a station in the province of X": a place
      // closing the pair is where both happened.
      const own = placesIn(span);
      const places = pieces.length > 1 && piece === pieces[0] && own.every((p) => p.country) ? placesIn(whole) : own;
      // "..., in September 2024, when explosives dropped on X killed two": the date before "when" is this clause's.
      const whenDate = WHEN_CLAUSE_RE.test(body) ? findDates(text, Math.max(s.start, span.start - 40), span.start, ctx.publishedTime).filter((d) => !d.report && span.start - d.end <= 2).at(-1) : undefined;
      const date = eventDate(ctx, span, r, true) ?? (whenDate?.precision === 'day' ? whenDate.date : undefined);
      const period = date === undefined ? eventDate(ctx, span, r, false) ?? (whenDate && whenDate.precision !== 'day' ? whenDate.date : undefined) : undefined;
      const quantity = extractQuantity(body);
      // "X claimed responsibility for the kidnapping of four workers": the claim's object is the report.
      const claimBefore = text.slice(Math.max(0, r.head.start - 80), r.head.start);
      // "No group has claimed the abduction": a claim denied to anyone is no report of the event.
      const claimed = r.definite && r.typeRank >= 3 && r.head.kind === 'event' && CLAIM_OBJECT_RE.test(claimBefore) && !NO_CLAIM_RE.test(claimBefore);
      const mention: IncidentMention = {
        span, sentence: si,
        strength: physicalAttackVerb(text, r, places) && (claimed || datedName(text, r, period) || isStrong(r, date, quantity, places, KILLED_IN_RE.test(body), period, BARE_EVENT_RE.test(text.slice(Math.max(0, r.head.start - 20), r.head.start)) && r.head.kind === 'event')) ? 'strong' : 'weak',
        type: r.type, typeRank: r.typeRank, types: r.types, plural: r.plural && r.head.kind === 'event', another: r.another, eventNoun: r.head.kind === 'event', places,
        // "More than 330 people have been killed by strikes since the ceasefire": a running total, not this event's toll.
        casualties: cumulative(tollText) || (CLAIMANT_TOLL_RE.test(text.slice(s.start, span.end)) && /\b(?:its|their)\s/i.test(tollText)) ? {} : extractCasualties(tollText),
        // "claimed responsibility for the kidnapping ... and a drone attack ...": the claim holds for both.
        roles: extractRoles(text, pieces.length > 1 ? whole : span, ctx.entities),
      };
      let looseAnother = r.looseAnother;
      if (r.also) mention.also = true;
      if (r.head.kind === 'event' && !r.head.corefOnly) mention.noun = r.head.text.toLowerCase();
      if (r.definite && r.head.kind === 'event') {
        const object = targetOf(text, r.head);
        if (object) mention.object = object;
      }
      mention.stems = r.triggers.map((t) => triggerStem(t.text));
      // "Police arrested three suspects in a raid": an arrest operation names no attack of its own.
      if (ARREST_RAID_RE.test(body) && /^raids?$/i.test(r.head.text)) mention.strength = 'weak';
      const prevSentence = ctx.sentences[si - 1];
      const reportedBefore = out.some((x) => x.sentence === si - 1 && (x.strength === 'strong' || x.strength === 'role'));
      const lasting = reportedBefore && !r.another && DURATION_BEFORE_RE.test(text.slice(Math.max(span.start, r.head.start - 40), r.head.start));
      if (lasting) {
        mention.strength = 'weak';
        mention.continues = true;
      } else if (mention.date === undefined && !date && reportedBefore && !r.another &&
        ((span.start === bodyStart && (DEFINITE_DOER_RE.test(body) || (!r.definite && repeatsTarget(text, body, prevSentence)))) || FIRST_FIRE_RE.test(body) || (r.head.kind === 'event' && WITNESSED_RE.test(body)))) {
        mention.strength = 'weak';
        mention.continues = true;
        if (span.start === bodyStart && DEFINITE_DOER_RE.test(body)) mention.doers = true;
      }
      if (g !== groups[0] && BACKGROUND_RE.test(body)) mention.background = true;
      // "The attack came two days after the military carried out an airstrike near X": the clause
      // after "came ... after" reports an earlier event, never the one the sentence opened with.
      if (g.anchor.fresh && g !== groups[0] && mention.strength === 'strong') { mention.another = true; looseAnother = false; }
      // The second of two events named together is another incident, even at the same place.
      if (pieces.length > 1 && piece !== pieces[0] && mention.strength === 'strong') { mention.another = true; looseAnother = false; }
      // "Hours later, militants fired on a patrol", "Hours before the raid on X, gunmen ambushed a truck": a
      // sentence opened by a time step from the story's event reports a further one.
      if (mention.strength === 'strong' && span.start === bodyStart && TIME_STEP_RE.test(text.slice(bodyStart, s.end))) { mention.another = true; looseAnother = false; }
      // "its aircraft later struck the attackers as they fled": an act against the doers of the event is another one.
      // "Troops later raided X": an act told as coming later is a further one, by its own doers.
      if (mention.strength === 'strong' && r.head.kind === 'action' && /\blater\s+$/i.test(text.slice(Math.max(span.start, r.head.start - 7), r.head.start))) { mention.another = true; looseAnother = false; }
      if (mention.strength === 'strong' && span.start === bodyStart && RESPONDERS_HIT_RE.test(body)) { mention.another = true; looseAnother = false; }
      if (mention.strength === 'strong' && AGAINST_DOERS_RE.test(body)) { mention.another = true; looseAnother = false; mention.retaliation = true; }
      // "Hezbollah said it fired rockets at an army post in response": an answer to the event before, not more of it.
      if (RETALIATION_RE.test(body)) mention.retaliation = true;
      // "Hours before the raid on X, gunmen ambushed a truck": the clause after the fronted time step is a further event.
      if (mention.strength === 'strong' && span.start > bodyStart && FRONTED_STEP_RE.test(text.slice(bodyStart, s.end)) && !FRONTED_STEP_RE.test(body)) { mention.another = true; looseAnother = false; }
      // An event told by how long it lasted ends on the day given, which is not the day it happened.
      // "Hours later, jets struck ...": a sentence opened by a step of hours happened on the day of the last dated report.
      const hoursOn = span.start === bodyStart && TIME_STEP_RE.test(text.slice(bodyStart, s.end)) ? [...out].reverse().find((x) => x.date !== undefined && x.strength === 'strong')?.date : undefined;
      const lastDated = previousDate ?? [...out].reverse().find((x) => x.date !== undefined && x.strength === 'strong')?.date;
      // "The group said its fighters had struck in X late on Saturday. Rangers were returning when a bomb
      // exploded": a sentence of the same paragraph that reports no act of its own sets the scene.
      const setting = mention.strength === 'strong' && period === undefined && g === groups[0] && !r.another ? sceneSetting(ctx, si, out) : undefined;
      if (setting && !places.some((p) => !p.origin)) mention.places = [...places, ...setting.places];
      // "The kidnapping came a day after a drone strike": counted from the day of the event referred to, the last one dated.
      // Hours may cross midnight: only a count of days moves from an event told in another sentence.
      const countedFrom = previousDate ?? (CAME_RE.test(body) && g !== groups[0] && /^\S+\s+(?:just\s+|only\s+)?(?:a|one|two|three)\s+days?\s/i.test(body) ? lastDated : undefined);
      // "raided a camp before dawn on Monday, ..., hours after soldiers came under fire": hours back from the
      // small hours may be the day before; no day is fixed.
      const acrossMidnight = EARLY_HOURS_RE.test(text.slice(bodyStart, span.start)) && HOURS_GAP_RE.test(body);
      const day = lasting ? undefined : date ?? (acrossMidnight ? undefined : relativeDay(body, countedFrom)) ?? laterDay(body, lastDated) ?? hoursOn ?? (newsDay && AFTER_NEWS_RE.test(body) ? newsDay : undefined) ?? setting?.date;
      if (day !== undefined) mention.date = day;
      else if (period !== undefined) mention.period = period;
      // "In late November last year, a drone killed three ..., and days later two more were shot dead": the
      // event counted on from an earlier month's one is of that month too (a background event, not today's).
      else if (previousPeriod !== undefined && LATER_STEP_RE.test(body)) mention.period = previousPeriod;
      previousDate = day;
      previousPeriod = mention.period;
      if (mention.another && looseAnother) mention.looseAnother = true;
      if (quantity !== undefined) mention.quantity = quantity;
      out.push(mention);
      }
    }
  });
  return out;
}
