/**
 * Killed and injured counts stated in a clause ("killing one contractor", "two soldiers were
 * wounded"), and explicit zeroes ("caused no casualties", "no one was hurt"). A restricted zero
 * ("no Americans were injured") says nothing about everyone else and gives nothing.
 */
import { COUNT_SOURCE, parseCount } from './numbers';

/** Casualty figures found in one clause; absent fields were not stated. */
export interface Casualties {
  killed?: number;
  injured?: number;
}

const WEAPON_AFTER_RE = /^(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?|drones?|mortars?|shells?|bombs?|projectiles?|vehicles?|cars?|buildings?|houses?|homes?)\b/i;
const KILL = String.raw`(?:killing|killed|kills|kill|claimed the lives of|claiming the lives of|shot dead|shooting dead|gunned down|gunning down|massacred|massacring|beheaded|beheading|executed|executing|lynched|stabbed to death)`;
const HURT = String.raw`(?:injuring|injured|injures|wounding|wounded|wounds|hurting|hurt|hurts)`;
/** Victims, after a partitive ("two of the movement's own fighters"), with how they were found ("commandos travelling in a second vehicle", "guards posted at the gate"), and their age ("a 12-year-old boy"). */
const VICTIM = String.raw`(?:of\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+[’']s\s+)?(?:own\s+)?)?(?:[\p{L}-]+\s+(?:\d+-year-old\s+)?){0,4}?(?:(?:travell?ing|riding|sitting|standing|posted|stationed|waiting|working)\s+(?:in|on|at|near|inside|outside)\s+(?:[\p{L}-]+\s+){1,3}?)?`;

const KILL_VERB_FIRST = new RegExp(String.raw`\b(?:${KILL}|(?:killing|killings|deaths|massacre|murder) of)\s+(${COUNT_SOURCE})\b(?!\s*(?:rockets?|missiles?|drones?))`, 'giu');
const KILL_COUNT_FIRST = new RegExp(String.raw`\b(${COUNT_SOURCE})\s+(${VICTIM})(?:(?:were|was|have been|had been|are|being)\s+)?(?:killed|dead|died|deaths|fatalities|lost their lives|gunned down|beheaded|executed|lynched)\b`, 'giu');
/** "two more workers were shot dead": killed by a verb of manner, told in the passive (the active "two men shot dead X" counts the doers). */
const KILL_COUNT_PASSIVE = new RegExp(String.raw`\b(${COUNT_SOURCE})\s+(${VICTIM})(?:were|was|have been|had been)\s+(?:shot dead|shot and killed|stabbed to death|beaten to death)\b`, 'giu');
/** "leaving two dead" — but not "leaving 3,000 homes without power": "left" counts the dead only with "dead". */
const LEFT_DEAD_RE = new RegExp(String.raw`\b(?:leaving|left)\s+(${COUNT_SOURCE})\s+(?:[\p{L}-]+\s+){0,3}?(?:dead|killed)\b`, 'giu');
/** "the death toll rose to 21", "as toll rises to 21" (a headline's shorthand). */
const TOLL_RE = new RegExp(String.raw`\b(?:death\s+)?toll\s+(?:\w+\s+){0,3}?(?:to|at|of|reached|hit)\s+(${COUNT_SOURCE})\b`, 'giu');
const HURT_VERB_FIRST = new RegExp(String.raw`\b${HURT}\s+(${COUNT_SOURCE})\b`, 'giu');
/**
 * "Three sailors, two Filipinos and an Indian, were hurt": an appositive may stand between the count
 * and the verb; "one crew member had suffered burns": injuries told by what was suffered.
 */
const APPOSITIVE = String.raw`(?:[\p{L}-]+,(?![^,.;]*\b(?:said|says|told|according|reported)\b)[^,.;]{1,40},\s*(?=(?:were|was|have been|had been)\s))?`;
const HURT_COUNT_FIRST = new RegExp(String.raw`\b(${COUNT_SOURCE})\s+(${VICTIM})${APPOSITIVE}(?:(?:were|was|have been|had been|are|being)\s+)?(?:injured|wounded|hurt|injuries|(?:had\s+|have\s+|has\s+)?suffered\s+(?:[\w-]+\s+)?(?:burns|injuries|wounds))\b`, 'giu');

/** One person named by a role after "the" ("killing the driver"). */
const ONE_PERSON = String.raw`driver|passenger|pilot|gunman|attacker|bomber|commander|guard|officer|soldier|policeman|journalist|owner|mayor|governor|leader|man|woman|boy|girl|child`;
/**
 * One person named by a role or a tie after a possessive ("killing its driver", "wounding her teenage
 * son"): one victim, as with "the".
 */
const ONE_OWNED = String.raw`(?:its|his|her|their)\s+(?:[\p{L}-]+\s+)?(?:${ONE_PERSON}|son|daughter|wife|husband|mother|father|brother|sister|nephew|niece|cousin|grandson|granddaughter)`;
const NOT_ONE = String.raw`(?!(?:number|lot|handful|total|few|dozen|couple|pair|host|series|range|further|new)\b)`;
/** Verbs of killing one person named or described right after them. */
const KILL_ONE = String.raw`\b(?:shot dead|shooting dead|gunned down|gunning down|killed|killing|assassinated|beheaded|stabbed to death)`;
/** What may close such a victim's words: a break, or a preposition of where or when. */
const VICTIM_END = String.raw`(?=\s*[,.;]|\s+(?:in|at|outside|near|on|as)\s)`;
/** "shot dead Tarik Osmani, a former mayor,": one person killed, named (two or three capitalised words, then a break). */
const NAMED_VICTIM = String.raw`${KILL_ONE}\s+\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}${VICTIM_END}`;
/**
 * Case matters for a name of three words: "killed Red Cross workers" is no one person. Two words after
 * the verb, closed by a break, stay one victim in any case ("gunned down the mayor," as before).
 */
const NAMED_VICTIM_RE = new RegExp(NAMED_VICTIM, 'u');
// ("were killed in Tole, a village": a preposition opens where, not whom.)
const TWO_WORD_VICTIM_RE = new RegExp(String.raw`${KILL_ONE}\s+(?!(?:in|at|on|near|by|during|outside|inside|when|while|after|as|for|from|with|over)\s)[\p{L}'’-]+\s+[\p{L}'’-]+${VICTIM_END}`, 'iu');
// ("shooting dead its driver", "gunned down the driver": every verb of killing one, not only "killing".)
const ONE_KILLED_RE = new RegExp(String.raw`(?:${KILL_ONE}|\bkills)\s+the\s+(?:${ONE_PERSON})\b|(?:${KILL_ONE}|\bkills)\s+${ONE_OWNED}\b|\b(?:killing|killed|kills|shot dead|shooting dead|gunned down|gunning down|stabbed to death|killing of|murder of)\s+an?\s+${NOT_ONE}[\p{L}\d-]+\b|(?<!\bno\s)\b(?:an?|one)\s+${NOT_ONE}(?:[\p{L}-]+\s+){1,3}?(?:was|has been|had been)\s+(?:killed|shot dead|stabbed to death|beaten to death|shot and killed)\b`, 'iu');
/** ("a police reservist was shot and wounded": the act before the harm.) */
const ONE_HURT_RE = new RegExp(String.raw`\b(?:injuring|injured|wounding|wounded|hurting)\s+the\s+(?:${ONE_PERSON})\b|\b(?:injuring|wounding|hurting)\s+${ONE_OWNED}\b|\b(?:injuring|injured|wounding|wounded|hurting)\s+an?\s+${NOT_ONE}[\p{L}-]+\b|(?<!\bno\s)\b(?:an?|one)\s+${NOT_ONE}(?:[\p{L}\d-]+\s+){1,3}?(?:was|has been|had been)\s+(?:(?:badly|seriously|severely|critically|gravely|lightly|slightly)\s+)?(?:(?:(?:shot|stabbed|beaten|hit)\s+and\s+)?(?:injured|wounded|hurt|burned|burnt)|shot\s+in\s+(?:the|both|one|his|her)\s+(?:legs?|arms?|foot|feet|hands?|shoulder|back|chest|stomach|abdomen|thigh|knee))\b`, 'iu');

const ZERO_BOTH_RE =
  /\bno (?:reported |immediate |known )?casualties\b|\bno (?:immediate )?reports? of casualties\b|\bwithout (?:causing )?(?:any )?casualties\b|\b(?:no one|nobody|none) (?:\w+ ){0,2}?(?:was|were|had been|has been)? ?(?:hurt|harmed|injured)\b|\bno (?:one|people) (?:were|was) (?:hurt|harmed|injured)\b|\bno (?:injuries or deaths|deaths or injuries)\b/i;
const ZERO_INJURED_RE = /\bno (?:(?:damage|deaths|casualties) (?:or|and) )?(?:reported |immediate )?injuries\b|\b(?:no (?:one|body)|nobody)(?: else)? (?:was |were )?wounded\b|\bno injuries were reported\b/i;
const ZERO_KILLED_RE = /\bno (?:reported )?(?:deaths|fatalities)\b|\b(?:no one|nobody)(?: else)? (?:was |were )?killed\b/i;

const UNVERIFIED_RE = /\b(?:could not|cannot|can't|couldn't) (?:be )?(?:independently )?(?:verified|confirmed|verify|confirm)\b|\bnot (?:been )?independently (?:verified|confirmed)\b/i;
const EARLIER_COUNT_RE = /\b(?:an?|the) (?:earlier|previous|initial|first) (?:count|figure|toll|tally|report|estimate)s? of [^,;.]*/gi;

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

/** People one more victim may be named by ("killing five children and a woman"). */
const ANOTHER_PERSON = String.raw`${ONE_PERSON}|civilian|villager|resident|worker|farmer|teacher|student|official|nurse|doctor|trader|herder|bystander|policewoman|teenager|baby|infant|relative|son|daughter|wife|husband|mother|father`;
/** One victim named by a determiner and a role ("the assistant coach", "the team's press officer"). */
const LISTED_VICTIM = String.raw`(?:the|an?|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${ANOTHER_PERSON}|coach|captain|manager|secretary|spokesman|spokeswoman|director|engineer|priest|pastor|imam|chief|judge|prosecutor|lawyer|reporter|photographer|cameraman|interpreter|translator|bodyguard|aide)`;
/** "killing the assistant coach, the team's press officer and the bus driver": one victim per item of the list. */
const KILLED_LIST_RE = new RegExp(String.raw`\b(?:killing|killed)\s+(${LISTED_VICTIM}(?:,\s+${LISTED_VICTIM})*,?\s+and\s+${LISTED_VICTIM})\b`, 'iu');
const LISTED_VICTIM_RE = new RegExp(LISTED_VICTIM, 'giu');

/**
 * What a count's victims end with when another victim, or another count of them, is joined by "and":
 * "killing three of its fighters and a truck driver" (4), "killing two soldiers and three civilians" (5).
 */
const AND_MORE_RE = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+){0,4}?and\s+(?:(?:an?|one|their|the|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:${ANOTHER_PERSON})\b|(${COUNT_SOURCE})\s+(?:[\p{L}-]+\s+){0,2}?(?:people|civilians|soldiers|police(?:men)?|officers|children|women|men|villagers|fighters|guards|workers|others)\b)`,
  'iu',
);

/** The count of a verb-first match ("killing six guards"), with the victims "and" joins to it. */
function countWithJoined(text: string, m: RegExpMatchArray, joinable: boolean): number | undefined {
  const count = parseCount(m[1] ?? '');
  if (!joinable || count === undefined) return count;
  const more = AND_MORE_RE.exec(text.slice((m.index ?? 0) + m[0].length));
  if (!more) return count;
  const second = more[1] === undefined ? 1 : parseCount(more[1]);
  return second === undefined ? count : count + second;
}

/**
 * "Two fighters and a 12-year-old boy were killed", "two soldiers and three civilians were wounded":
 * victims joined by "and" before the verb add to the count (0 when none are joined). Undefined when
 * "and" joins something that is no victim: the count is then not of the verb's victims.
 */
const JOINED_VICTIMS_RE = new RegExp(
  String.raw`\band\s+(?:(?:an?|one)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${ANOTHER_PERSON})|(${COUNT_SOURCE})\s+(?:[\p{L}\d-]+\s+){0,2}?(?:people|civilians|soldiers|police(?:men)?|officers|children|women|men|villagers|fighters|guards|workers|others))\s+$`,
  'iu',
);

function joinedVictims(victims: string): number | undefined {
  if (!/\band\b/i.test(victims)) return 0;
  const m = JOINED_VICTIMS_RE.exec(victims);
  if (!m) return 0;
  return m[1] === undefined ? 1 : parseCount(m[1]);
}

function collect(text: string, res: RegExp[], skipWeapon: boolean, joinable = false): number | undefined {
  let best: number | undefined;
  for (const re of res) {
    for (const m of text.matchAll(re)) {
      if (/\bno\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      if (skipWeapon && (WEAPON_AFTER_RE.test(m[2] ?? '') || /\b(?:that|which|who)\b/i.test(m[2] ?? ''))) continue;
      // "shot dead four workers and wounded two others": the count's victims end at "and"; the verb after it is another act's.
      if (skipWeapon && /\band\s+$/i.test(m[2] ?? '')) continue;
      const joined = skipWeapon ? joinedVictims(m[2] ?? '') : 0;
      if (joined === undefined) continue;
      const count = countWithJoined(text, m, joinable && (re === KILL_VERB_FIRST || re === HURT_VERB_FIRST));
      best = maxOf(best, count === undefined ? undefined : count + joined);
    }
  }
  return best;
}

/** "Three of the more than 20 wounded died in hospital": deaths among the wounded, and the wounded. */
const DIED_OF_WOUNDED_RE = new RegExp(String.raw`\b(${COUNT_SOURCE})\s+of\s+the\s+(?:more\s+than\s+|at\s+least\s+|over\s+|nearly\s+|about\s+)?(${COUNT_SOURCE})\s+(?:wounded|injured)(?:\s+\w+){0,2}?\s+(?:later\s+|have\s+|had\s+)?died\b`, 'iu');

/** Killed and injured figures stated in a clause; zeroes only for unrestricted "no casualties". */
export function extractCasualties(clause: string): Casualties {
  const out: Casualties = {};
  const ofWounded = DIED_OF_WOUNDED_RE.exec(clause);
  if (ofWounded) {
    const died = parseCount(ofWounded[1] ?? '');
    const hurt = parseCount(ofWounded[2] ?? '');
    if (died !== undefined) out.killed = died;
    if (hurt !== undefined) out.injured = hurt;
    return out;
  }
  // "It put the death toll at more than 30, a figure that could not be independently verified": a
  // claimant's figure, not the toll.
  if (UNVERIFIED_RE.test(clause)) return out;
  // "..., raising an earlier count of one injured": the superseded figure is no figure.
  clause = clause.replace(EARLIER_COUNT_RE, (m) => ' '.repeat(m.length));
  const killed = maxOf(collect(clause, [KILL_VERB_FIRST, TOLL_RE, LEFT_DEAD_RE], false, true), collect(clause, [KILL_COUNT_FIRST, KILL_COUNT_PASSIVE], true));
  const injured = maxOf(collect(clause, [HURT_VERB_FIRST], false, true), collect(clause, [HURT_COUNT_FIRST], true));
  const listed = killed === undefined ? KILLED_LIST_RE.exec(clause)?.[1] : undefined;
  if (killed !== undefined) out.killed = killed;
  else if (listed !== undefined) out.killed = [...listed.matchAll(LISTED_VICTIM_RE)].length;
  else if (/killed|killing|kills|shot dead|shooting dead|to death|gunned down|gunning down|assassinated|beheaded/i.test(clause) && (ONE_KILLED_RE.test(clause) || NAMED_VICTIM_RE.test(clause) || TWO_WORD_VICTIM_RE.test(clause))) out.killed = 1;
  if (injured !== undefined) out.injured = injured;
  // ("A fifth man was badly burned": burns count as a wound only when a person has them.)
  else if (/injur|wound|hurt|shot in (?:the|both|one|his|her) |\b(?:man|woman|boy|girl|child|person|soldier|officer|civilian|worker|passenger|driver|guard)\s+was\s+(?:\w+ly\s+)?burn(?:ed|t)\b/i.test(clause) && ONE_HURT_RE.test(clause)) out.injured = 1;
  if (ZERO_BOTH_RE.test(clause)) {
    out.killed ??= 0;
    out.injured ??= 0;
  }
  if (ZERO_INJURED_RE.test(clause)) out.injured ??= 0;
  if (ZERO_KILLED_RE.test(clause)) out.killed ??= 0;
  return out;
}

/** Merges figures from several mentions of one incident: the highest stated figure wins. */
export function mergeCasualties(a: Casualties, b: Casualties): Casualties {
  const out: Casualties = {};
  const killed = maxOf(a.killed, b.killed);
  const injured = maxOf(a.injured, b.injured);
  if (killed !== undefined) out.killed = killed;
  if (injured !== undefined) out.injured = injured;
  return out;
}
