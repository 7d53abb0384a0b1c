/**
 * Who claimed, denied or was blamed for an incident, read from the clause that reports it or from a
 * following sentence ("X claimed responsibility."). Names resolve to the engine's entities when one
 * is named; otherwise a short description is kept ("Iran-aligned militia groups").
 */
import type { Entity, Span } from '../types';
import { COUNTRIES, countryOfPeople, DEMONYMS, stateOf } from './countries';
import { ACTOR_NOUN_RE } from './lexicon';
import { finishRoleNames, partyPhrase } from './party-names';
import { communityNoun, describedByOrigin, genericDoer, memberOfExtent, originExtent, partyInDescription } from './parties';
import { readPredicates } from './predicates';
import { referenceKind, resolveReference, type ReferentKind } from './referents';

/** The three role lists of an incident. */
export interface Roles {
  claimedBy: string[];
  deniedBy: string[];
  blamedOn: string[];
}

/** Roles found in one range, and whether the range is about responsibility at all. */
export interface RoleReading extends Roles {
  /** A responsibility cue was present, even if negated ("No group has claimed responsibility"). */
  cue: boolean;
}

/**
 * An adverb between the auxiliary and the cue ("has repeatedly denied", "has since claimed",
 * "had also denied"): without it the subject would swallow "has repeatedly".
 */
const ADVERB = String.raw`(?:(?:\w+ly|also|since|long|again|already|consistently|previously|now)\s+)?`;
const CLAIM_SUBJECT_RE = new RegExp(String.raw`\s(?:has |have |had )?${ADVERB}(?:claimed|claims|claiming)\s+(?:(?:on|in|via|through)\s+[^,.;]{1,40}?\s+)?to\s+have\s+(?:\w+\s+)?(?:carried out|launched|knocked|hacked|attacked|struck|hit|targeted|killed|bombed|shot|downed|destroyed|breached|disabled|stolen|leaked|fired|kidnapped|abducted|seized|captured)\b|` + String.raw`\s(?:has |have |had )?${ADVERB}(?:claimed|claims|claiming|took|takes|taken|accepted|accepts|assumed|assumes)\s+(?:full\s+|sole\s+)?(?:responsibility|credit)\b|\s(?:has |have |had )?${ADVERB}(?:admitted|admits|acknowledged|acknowledges)\s+(?:to\s+)?(?:carrying out|launching|staging|being behind|responsibility)\b`, 'gi');
/**
 * "X said (on Monday / at the time) (that) it / its fighters / their forces had fired / captured ...": X claims the attack. The
 * doer may be the speaker itself or its own forces, named by a possessive. Not "said it had shot down
 * three drones": downing the weapons of an attack is defending against it, not claiming it.
 */
/**
 * "On Sunday, Puntland forces shelled positions near X, killing 11 fighters, the regional information
 * ministry said": a state body telling of its own side's forces' act claims it. Group 1: the forces'
 * place or people word, if any; group 2: the speaker.
 */
const OWN_FORCES_ACT_RE = /^(?:[^,;]{0,40},\s*)?(?:[Tt]he\s+)?(?:(\p{Lu}[\p{L}'’-]+)\s+)?(?:government\s+)?(?:forces|troops|soldiers|army|military|air force|jets|warplanes|aircraft)\s+(?:had\s+|have\s+|also\s+)?(?:shelled|struck|bombed|raided|hit|killed|attacked|pounded)\b[^;]*,\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+(?:['’]s)?\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:ministry|army|military|government|command|spokesman|spokeswoman|spokesperson))\s+(?:said|says|announced)\b[^,;]*$/u;
const CLAIM_SAID_IT_RE = new RegExp(
  String.raw`\s(?:said|says|saying|announced|stated)\s+(?:(?:in|on|at|via|through|late|early)\b[^,.;:“"]{0,80}?\s+)?(?:that\s+)?` +
    String.raw`(it|they|(?:(?:one|two|three|some|several) of\s+)?(?:its|their|the group[’']s|the movement[’']s)\s+(?:own\s+)?(?:(?:naval|air|armed|fighter|combat|attack|special|ground|border)\s+){0,2}(?:forces|fighters|troops|units|militants|members|men|soldiers|drones|aircraft|jets|warplanes|navy|air force|artillery)|the\s+(?:group|movement|militia|organi[sz]ation|agency|service|air force|army|military|navy))\s+` +
    String.raw`(?:had\s+|have\s+|has\s+)?(?:(?:also|later|then|first|again|already|subsequently|successfully)\s+)?(?:["“]\s*(?=\p{Ll}+ed\b)|(?:["“]\s*)?(?:carried out|launched|conducted|was behind|were behind|was responsible for|were responsible for|was responsible(?=\s*[.,;]|\s+for\s+(?:the|this|that|it)\b)|were responsible(?=\s*[.,;])|targeted|fired|attacked|struck|hit|bombed|shelled|ambushed|killed|destroyed|neutrali[sz]ed|captured|seized|overran|stormed|planted|detonated|set off|kidnapped|abducted|raided|torched))\b`,
  'giu',
);
/**
 * "masked men, who identified themselves as members of X, said the bombing was only the beginning":
 * people speaking about the attack as members of a group claim it for that group.
 */
const SELF_IDENTIFIED_RE = /\b(?:identified|described|presented|introduced)\s+themselves\s+as\s+(?:(?:members|fighters|militants|commanders|representatives|soldiers)\s+of\s+)?/gi;
/** Speech about the attack after the self-identification ("..., said the bombing was ..."). */
const SELF_IDENTIFIED_SPEECH_RE = /^[^.;]{0,80}?\b(?:said|says|claimed|claims|declared|warned)\b[^.;]{0,60}?\b(?:the|this|their|our)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|explosion|strike|raid|ambush|assault|kidnapping|abduction|shooting|operation)\b/i;
/**
 * "gunmen who said they belonged to X stopped a bus", "men claiming to be from X seized ...": doers
 * who name their group as they act claim the act for it.
 */
const SAID_THEY_BELONG_RE = /\b(?:who|,)\s*(?:said|say|says|claimed|claiming|saying|announced)\s+(?:that\s+)?(?:they|he|she)\s+(?:belonged|belong|belongs|were|was|are|is)\s+(?:to|(?:members|fighters|soldiers|part)\s+of|from|with)\s+|\b(?:claiming|purporting)\s+to\s+(?:be|belong)\s+(?:to|from|(?:members|fighters)\s+of)\s+/gi;
/** What such doers did: the act after the self-naming. */
const DOER_ACT_RE = /\b(?:attacked|stormed|stopped|seized|took|abducted|kidnapped|killed|shot|opened fire|fired|ambushed|raided|burned|torched|set fire|blew up|detonated|planted|hijacked|snatched|grabbed|dragged|led away|executed|beheaded)\b/i;
/**
 * "It said the attackers belonged to X", "the gunmen were members of X": the doers of the incident
 * placed in a group by someone else, a charge against that group.
 */
const DOERS_BELONG_RE = /\b(?:attackers|gunmen|assailants|kidnappers|abductors|bombers|raiders|hijackers|perpetrators|militants|fighters)\s+(?:had\s+|have\s+)?(?:(?:belonged|belong|belongs)\s+to|(?:were|are|was)\s+(?:all\s+)?(?:members|fighters|part)\s+of)\s+/gi;
/**
 * "officials attributed the attack to X", "the bombing bore the hallmarks of X", "police said the
 * attack was the work of X": charges whose object is the incident by reference.
 */
const ATTRIBUTED_EVENT_RE = /\b(?:attributed|attributes|attributing|traced|traces)\s+(?:the|this|that|these|those|it|them)\b(?:\s+[\w-]+){0,2}?\s+to\s+|\b(?:bore|bears|bear|had|has|carried|carries)\s+(?:all\s+)?the\s+(?:hallmarks?|signature|marks)\s+of\s+|\b(?:it|the\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|strike|raid|ambush|assault|kidnapping|abduction|shooting|killing))\s+(?:(?:was|were|had been|is)\s+(?:\w+ly\s+)?|(?:appeared|appears|seemed|seems|looked|looks)\s+to\s+(?:be|have been)\s+)(?:the\s+)?(?:work|handiwork|doing)\s+of\s+|\bsuspicions?\s+(?:has\s+|have\s+|had\s+)?(?:fell|fallen|falls|fall|pointed|points|centred|centered)\s+(?:on|at|to)\s+/gi;
/** "Authorities said X was behind the attack": the incident by reference after "behind". */
const BEHIND_EVENT_RE = /\s(?:was|were|is|are|had been|has been|have been)\s+(?:\w+ly\s+)?(?:behind|responsible for)\s+(?:the|this|that|these|those|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|raids?|ambush|assaults?|kidnappings?|abductions?|shootings?|killings?|massacre|incident|hack|cyberattack)\b/gi;
/**
 * "X distanced itself from the attack", "X said it was not involved", "X called the accusation
 * baseless", "X said the allegations were lies": denials without the verb "deny".
 */
const DISOWN_RE = /\s(?:has |have |had )?(?:\w+ly\s+)?(?:distanced|distances|distancing)\s+(?:itself|themselves|himself|herself)\s+from\b|\s(?:said|says|insisted|stated)\s+(?:that\s+)?(?:it|they)\s+(?:was|were|had been)\s+(?:["“]\s*)?not\s+(?:involved|behind|responsible)\b|\s(?:called|calls|described|describes|termed|branded)\s+(?:the|these|those|such)\s+(?:\S+\s+)?(?:accusations?|allegations?|charges?|claims?)\s+(?:as\s+)?(?:["“]\s*)?(?:baseless|false|groundless|unfounded|lies|fabricated|absurd|ridiculous|untrue|slander|propaganda)\b|\s(?:said|says)\s+(?:that\s+)?(?:the|these|those|such)\s+(?:\S+\s+)?(?:accusations?|allegations?|charges?|claims?)\s+(?:were|was|are|is)\s+(?:["“]\s*)?(?:baseless|false|groundless|unfounded|lies|fabricated|absurd|ridiculous|untrue|slander|propaganda)\b/gi;
/**
 * "an army airstrike", "a government raid", "the military's shelling": a state force named as the
 * maker of the attack blames it. Armed groups are named as modifiers by name (resolved elsewhere).
 */
const FORCE_EVENT_RE = /\b(?:an?|the)\s+(army|military|government|regime|junta|police|navy|air force|paramilitary|security forces?)(?:[’']s)?\s+(?:drone\s+|missile\s+|rocket\s+|artillery\s+|air\s+)?(?:air ?strikes?|strikes?|attacks?|raids?|shelling|bombardments?|bombings?|offensives?|assaults?|ambush)\b/gi;
/** A description whose head is the event itself ("army airstrike", "rebel attack"). */
const EVENT_HEAD_RE = /\b(?:air ?strikes?|strikes?|attacks?|raids?|shelling|bombardments?|bombings?|assaults?|offensives?|ambush)$/i;
/** "witnesses said the attackers were Dorva fighters": the doers said to be a named group's men. */
const DOERS_WERE_RE = /\b(?:attackers|gunmen|assailants|kidnappers|abductors|bombers|raiders|hijackers|perpetrators)\s+(?:were|was)\s+(?!(?:killed|wounded|injured|arrested|shot|captured|caught|detained|not|later|still|armed|wearing|riding|seen)\b)/gi;
/** "a statement signed by X said it carried out": the signatory speaks. */
const SIGNED_BY_RE = /\b(?:statement|communiqu[eé]|letter|message|video|post)\b[^,;]{0,60}?\b(?:signed|issued|released|posted)\s+by\s+/gi;
/** A doer named by a bare description ("the agency", "the air force") rather than a pronoun or a possessive. */
const DESCRIBED_DOER_RE = /^the\s(?![\w-]+[’']s\s)/i;
/** The doer is the armed branch of a state ("the air force had struck"): the claim is the state speaker's. */
const STATE_FORCE_RE = /^the\s+(?:air force|army|military|navy)$/i;
/**
 * "said (that) (air force) jets had hit ...", "said the strike killed three militants": what a state's
 * military voice says its own arms did (no people's name or possessive before them: "Dravian jets" or
 * "rebel drones" are another side's), or that its strike killed enemy fighters.
 */
const STATE_MEANS_CLAIM_RE = new RegExp(
  String.raw`\s(?:said|says|announced|stated|confirmed)\s+(?:separately\s+)?(?:(?:in|on|at|late|early)\b[^,.;:“"]{0,60}?\s+)?(?:that\s+)?` +
    // "said separately that one of its helicopters had struck": one of its craft is its arms too.
    String.raw`(?:(?:(?:one|two|three|some|several)\s+of\s+)?(?:(?:air force|army|military|naval|navy|fighter|combat|government|security|its|our)\s+){0,2}(?:jets|warplanes|aircraft|helicopters|gunships|drones|troops|soldiers|forces|artillery)\s+(?:had\s+|have\s+|has\s+)?(?:struck|hit|bombed|shelled|targeted|destroyed|killed|raided|attacked|pounded|neutrali[sz]ed)\b(?!\s+(?:its|our|their|a|an|the)?\s*(?:own\s+)?(?:base|positions?|post|barracks|camp|convoy|soldiers|troops)\b)` +
    String.raw`|the\s+(?:air\s?strikes?|strikes?|raids?|bombardment|operation)\s+(?:on\s+\w+day\s+|[^,.;]{0,60}?\s)?(?:had\s+|have\s+)?killed\s+(?:at least\s+|more than\s+|about\s+|some\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|scores of)?\s*(?:[\p{Ll}-]+\s+)?(?:militants|fighters|terrorists|insurgents|rebels|jihadists|extremists|combatants|gunmen|bandits))`,
  'giu',
);
/** A speaker that speaks for a state or its forces: a ministry, the military, a junta, a command, its spokesman. */
const STATE_SPEAKER_RE = /\b(?:ministry|military|army|navy|air force|junta|government|command|defen[cs]e|general staff|spokes(?:man|woman|person))\b/i;
/**
 * "The group, which has claimed similar attacks in the past": a claim or charge whose object is
 * other, earlier events is background, not a role in this incident.
 */
const BACKGROUND_OBJECT_RE =
  /^\s*(?:on\s+\w+day\s+)?(?:(?:for|in)\s+)?(?:similar|previous|past|earlier|other|prior|several|many|numerous|multiple|a\s+(?:string|series|spate|wave|number|surge|rise|spike|increase|upsurge|campaign)\s+(?:of|in)|dozens\s+of|scores\s+of|hundreds\s+of|most\s+of)\b|^\s*(?:on\s+\w+day\s+)?for\s+(?:attacks|bombings|strikes|raids|kidnappings|assaults|operations)\b/i;
/**
 * Gerunds of violence or its backing: "accused X of shelling", "blamed X for arming the gunmen" charge
 * X with an attack; any other ("accused X of failing to secure the border", "of stealing public
 * money") is a charge of another kind, about no incident.
 */
const ATTACK_GERUND_RE = /^\s+(?:of|for)\s+(?:(?:\w+ly|directly|personally)\s+)?(?:carrying|launching|staging|attacking|bombing|shelling|firing|killing|kidnapping|abducting|targeting|striking|hitting|being|orchestrating|planning|ordering|masterminding|ambushing|raiding|sponsoring|supporting|backing|arming|financing|funding|harbou?ring|sheltering|plotting|using|sending|deploying|organi[sz]ing|committing|perpetrating|shooting|downing|violating|breaking|instigating|inciting|provoking|starting|opening|dropping|detonating|planting|torching|burning|storming|seizing|hacking|having|masterminding|helping|aiding|training|directing|involvement|mistaking|confusing)\b/i;

/**
 * Whether the complement after a charge ("for"/"of" ...) is about something other than an incident:
 * earlier or repeated events ("for a surge in attacks"), or a charge of another kind ("of failing to ...").
 */
function otherCharge(complement: string, adjacent = true): boolean {
  const c = complement.replace(/^\s+of\s/i, ' for ');
  if (BACKGROUND_OBJECT_RE.test(c)) return true;
  return adjacent && /^\s+(?:of|for)\s+(?:\w+ly\s+)?\p{L}+ing\b/iu.test(complement) && !ATTACK_GERUND_RE.test(complement);
}

/** Whether the "for"/"of" at `forAt` in `rest` comes right after the charge's object (its complement, not a later phrase's). */
function adjacentComplement(rest: string, forAt: number): boolean {
  const np = NP_END_RE.exec(rest);
  return np !== null && np.index === forAt;
}

/**
 * Whether a charge in `slice` ("accused X of failing to ...", "held X responsible for a surge in
 * attacks") is about no incident: then "a charge X denies" in the same sentence answers it, not the incident.
 */
function chargeAboutOther(slice: string): boolean {
  for (const m of slice.matchAll(BLAME_OBJECT_RE)) {
    const rest = slice.slice(m.index + m[0].length);
    const forAt = /\s(?:for|of)\s/i.exec(rest);
    if (forAt && otherCharge(rest.slice(forAt.index, forAt.index + 80), adjacentComplement(rest, forAt.index))) return true;
  }
  for (const m of slice.matchAll(HELD_RESPONSIBLE_RE)) if (otherCharge(slice.slice(m.index + m[0].length, m.index + m[0].length + 80))) return true;
  return false;
}

/** "has not claimed", "never denied", "declined to claim": the cue is negated. */
const NEGATED_BEFORE_RE = /(?:\b(?:not|never|no longer|yet to|refused to|declined to)|n[’']t)(?:\s+\w+ly)?(?:\s+(?:have|has|had))?\s*$/i;
/** "The attack was attributed to X", "was traced to X": a passive whose agent is blamed. */
const ATTRIBUTED_TO_RE = /\b(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?(?:attributed|traced)\s+to\s+/gi;
/** "X was blamed for the attack", "X is held responsible for": the subject of a passive blame is blamed. */
const BLAMED_SUBJECT_RE = /\s(?:was|were|is|are|has been|had been|have been)\s+(?:\w+ly\s+)?(?:blamed|held responsible|held accountable)\s+for\b|\s(?:was|were|has been|had been|have been)\s+(?:\w+ly\s+)?(?:held\s+(?:responsible|accountable)|blamed)(?=\s*[.,;]|\s+by\b)/gi;
/** The object of "destroyed"/"neutralised" when it is the weapons of an attack ("five uncrewed surface vessels", "two drones"). */
const DOWNED_WEAPONS_RE = /^\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|rockets?|vessels?|boats?|UAVs?|projectiles?|shells?)\b/i;
const CLAIM_EVENT_RE = /\s(?:has |have |had )?(?:\w+ly\s+|later\s+|since\s+)?(?:claimed|claims)\s+(?:it\b(?!\s+(?:was|is|had|has|were|would|will|could|as|to)\b)|(?:the|this|that|a|an|its|their|Friday's|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|last\s+\w+'s)\s+(?:[\w-]+\s+)?(?:attack|bombing|strike|assault|blast|explosion|raid|killing|kidnapping|abduction|shooting|operation|capture|seizure|takeover|intrusion|hack|breach|cyberattack)s?\b)/gi;
const CLAIM_AGENT_RE = /\b(?:responsibility|credit)\s+(?:for\s+[^,.;]{0,60}?\s+)?(?:was|has been|had been)\s+(?:(?:\w+ly|later|since|also|swiftly)\s+)?claimed\s+by\s+|\b(?:it\s+(?:was|has been|had been)\s+|(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|bombings?|blasts?|explosions?|raids?|assaults?|kidnappings?|abductions?|ambush(?:es)?|shootings?|hacks?|cyberattacks?|operations?)\s*,?\s+(?:(?:was|were|has been|had been|is)\s+)?)(?:(?:\w+ly|later|since|also|swiftly|too)\s+)?claimed\s+by\s+/gi;
const DENY_RE = new RegExp(
  // "denied firing it", "denies launching them": the denier did not do the act referred to.
    String.raw`\s(?:has |have |had )?${ADVERB}(?:denied|denies|denying)\s+(?:having\s+)?(?:firing|launching|carrying out|planting|detonating|staging|ordering|sending|flying)\s+(?:it|them|the\s+(?:[\w-]+\s+)?(?:rocket|rockets|missile|missiles|drone|drones|bomb|attack|strike|shells?))\b|` +
    String.raw`\s(?:has |have |had )?${ADVERB}(?:denied|denies|denying|rejected|rejects)\s+(?:any\s+|all\s+|its\s+|their\s+|having\s+|the\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+[’']s\s+)?(?:role|involvement|responsibility|links?|part|participation|connection|carrying out|being behind|that it|it was|any hand|targeting|attacking|striking|shelling|bombing|firing on|firing at|launching|having (?:carried out|attacked|targeted|fired|launched|struck))\b` +
    // "denied that its forces had fired on ...": the denier's own forces did not do it.
    // "denied that Tajik forces had fired", "denied that its young men had taken part": the denier's side did not do it.
    String.raw`|\s(?:has |have |had )?${ADVERB}(?:denied|denies|denying)\s+(?:that\s+)?(?:its|their|[\p{Lu}][\p{L}-]*)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+)?(?:forces|troops|fighters|units|soldiers|members|men|youths?|militants|army|military|navy|drones|aircraft|guards|police)\s+(?:had\s+|have\s+|has\s+|were\s+)?(?:fired|attacked|shelled|struck|hit|targeted|launched|carried out|bombed|opened fire|taken part|took part|participated|been involved|involved)\b` +
    // "denied that its fighters had any role in it": the denier's own side had no part.
    String.raw`|\s(?:has |have |had )?${ADVERB}(?:denied|denies|denying)\s+(?:that\s+)?(?:it|they|(?:its|their)\s+(?:own\s+)?\w+)\s+(?:had|has|have|was|were|played)\s+(?:any\s+)?(?:role|part|involvement|hand|links?|connection|involved|behind)\b` +
    // "denied the base had been hit": that the event took place at all.
    String.raw`|\s(?:has |have |had )?${ADVERB}(?:denied|denies|denying)\s+(?:that\s+)?(?:the|its|their)\s+(?:[\w-]+\s+){1,2}?(?:had|has|have|was|were)\s+been\s+(?:hit|struck|attacked|targeted|damaged|shelled|bombed)\b`,
  'giu',
);
/**
 * "a defence ministry spokesperson said the U.K. had not conducted any strikes": the speaker says its
 * side did not do it, a denial without the word.
 */
const SAID_NOT_RE = /\s(?:said|says|stated)\s+(?:that\s+)?(it|they|its\s+\w+|their\s+\w+|the\s+[\p{Lu}][\p{L}.]*|[\p{Lu}][\p{L}.]*)\s+(?:had|has|have|did|does|do)\s+(?:["“]\s*)?(?:not|never)\s+(?:conducted|carried out|launched|fired|been involved in|taken part in|conduct|carry out|launch|fire|stage|order|take part in)\s+(?:any|the|this|that|these|those)\b/giu;
/**
 * "Iran's foreign ministry said that Tehran had no role in the attack": the speaker says its side had
 * no part in it, a denial without the word.
 */
const SAID_NO_ROLE_RE = /\s(?:said|says|stated|insisted)\s+(?:in\s+a\s+statement\s+)?(?:(?:on|late on|early on)\s+\w+\s+)?(?:that\s+)?(it|they|its\s+\w+|their\s+\w+|the\s+[\p{Lu}][\p{L}.]*|[\p{Lu}][\p{L}.]*)\s+(?:(?:(?:had|has|have)\s+)?(?:had|has|have|bore|bears|played|plays)\s+(?:["“]\s*)?no\s+(?:role|part|involvement|connection|links?|hand|responsibility)|(?:had|has|have)\s+(?:["“]\s*)?nothing\s+to\s+do\s+with)\b/giu;
/**
 * "police officials said they suspected the BLA": the group the investigators suspect is blamed. Only
 * after a subject (a pronoun or an investigating body), so "suspected militants attacked" is no blame.
 */
/** "Prosecutors charged three members of X over the attack", "arrested fighters of X": those charged are of the group blamed. */
const CHARGED_MEMBERS_RE = /\b(?:charged|indicted|convicted|sentenced|arrested|detained|jailed)\s+(?:at least\s+|more than\s+)?(?:[\w-]+\s+){0,2}?(?:members|suspected members|fighters|militants|commanders|leaders|operatives)\s+of\s+/gi;
const SUSPECT_RE = /\b(?:they|we|it|police|officials|authorities|investigators|prosecutors|the army|the military)\s+(?:\w+ly\s+)?(?:suspected|suspect|suspects)\s+(?!that\b)/gi;
/**
 * "X rejected the accusations", "dismissed the allegations as baseless": turning down what it is
 * accused of is a denial, said in wire copy right after the accusation and without repeating it.
 */
const REJECT_ACCUSATION_RE = new RegExp(
  String.raw`\s(?:has |have |had )?${ADVERB}(?:rejected|rejects|dismissed|dismisses|denied|denies|refuted|refutes)\s+(?:the|these|those|such|all|any|what it called|what they called)\s+(?:\S+\s+)?(?:accusations?|allegations?|charges?|claims?|reports?)\b` +
    // "The militia denied it": right after the charge, "it" is the charge.
    String.raw`|\s(?:has |have |had )?${ADVERB}(?:denied|denies|rejected|rejects)\s+(?:it|this|that|them)\b(?!\s+(?:was|had|is|were|has|have))`,
  'gi',
);
/** "..., a charge New Delhi denied", "an accusation the group rejects", "a claim the Angolan military dismissed": the subject of the relative clause turns the charge down. */
const CHARGE_DENIED_RE = /(?:\b(?:a|an|the)\s+(?:charge|accusation|allegation|claim)s?\s+(?:that\s+|which\s+)?|,\s*(?:which|something|an accusation|a charge|a claim)\s+)((?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}(?:\s+(?:groups|leaders|officials|militants|rebels|authorities|military|army|government|forces|police|navy|ministry))?)\s+(?:has\s+|have\s+|had\s+)?(?:(?:\w+ly|also|too)\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|refutes)\b/gu;
/** ", which denied it", ", which has rejected the charge": the relative pronoun's antecedent denies. */
const WHICH_DENIED_RE = /,\s*which\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses)\s+(?:it|this|that|them|the\s+(?:\w+\s+)?(?:charges?|accusations?|allegations?|claims?)|any\s+(?:role|involvement|part))\b/gi;
/** "pointed the finger at X": wire idiom for blaming X, said of the accuser. */
const FINGER = String.raw`point(?:ed|s|ing)?\s+(?:the|an accusing)\s+finger\s+at`;
const BLAME_OBJECT_RE = new RegExp(String.raw`\b(?:blamed|blames|blame|blaming|accused|accuses|accusing|${FINGER})\s+(?!on\b|(?:at the time|then|later|initially|quickly|immediately|publicly|largely|squarely)\s+on\b)`, 'gi');
const HELD_RESPONSIBLE_RE = /\b(?:held|holds|hold|holding)\s+([^.;]{2,140}?)\s*,?\s+(?:responsible|accountable)\b/gi;
/**
 * "hackers whom officials have linked to a group known as X", "the attack has been attributed to X":
 * a finite verb (an auxiliary first), so "a man linked to the faction" (a description) is not blame.
 */
const LINKED_TO_RE = /\b(?:have|has|had)\s+(?:been\s+)?(?:\w+ly\s+)?(?:linked|tied|attributed)\s+(?:(?:it|them|the\s+\w+)\s+)?to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:group|unit|network|gang|cell)\s+(?:known as|called|dubbed|named)\s+)?/gi;
const BLAMED_EVENT_ON_RE = /\b(?:blamed|blames|blaming|pinned)\s+(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|raids?|blasts?|explosions?|bombings?|shelling|shooting|killings?|incidents?|kidnappings?|abductions?|ambush(?:es)?|assaults?|massacres?|riots?|hacks?|cyberattacks?)\s+on\s+/gi;
/** "blamed on X", "a raid the administration blamed at the time on X": a time phrase may stand between. */
const BLAMED_ON_RE = /\b(?:blamed|pinned)\s+(?:(?:at the time|then|later|initially|quickly|immediately|publicly|largely|squarely)\s+|by\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?\s+)?on\s+/giu;
/**
 * "The strike was blamed on the rebels": a passive blame whose subject refers back to the incident
 * just reported, so it counts in a sentence naming no event of its own.
 */
const EVENT_BLAMED_ON_RE = /\b(?:it|(?:the|this|that|these|those|his|her|their)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|raids?|blasts?|explosions?|bombings?|shelling|shooting|killings?|incidents?|kidnappings?|abductions?|ambush))\s+(?:was|were|has been|had been|is|have been)\s+(?:\w+ly\s+)?(?:blamed|pinned)\s+(?:by\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?\s+)?on\s+/giu;
const AGENT_BY_RE = /\b(?:carried out|launched|conducted|initiated|perpetrated|staged|orchestrated|committed|executed|fired|attacks?|strikes?|assaults?|bombings?|raids?|shelling|airstrikes?)\s+by\s+/gi;
/**
 * "a reservist was shot and wounded at a well near X by suspected militants": the agent of a passive
 * act of violence is its doer, whatever stands between the verb and "by" within the clause.
 */
const PASSIVE_AGENT_RE = /\b(?:was|were|been|being|got)\s+(?:\w+ly\s+)?(?:shot|wounded|killed|kidnapped|abducted|seized|ambushed|attacked|targeted|stormed|raided|bombed|shelled|snatched|beheaded|executed|hacked)(?:\s+(?:and|or)\s+(?:\w+ly\s+)?[a-z]+ed)?\b[^.;,:()“”"]{0,60}?\sby\s+(?!(?:a|an|the)?\s*(?:\w+\s+){0,2}?(?:blast|explosion|bomb|shell|bullet|mine|drone|missile|rocket|shrapnel|fire|gunfire|car|truck|vehicle|device|phone|road|roadside|side|river|night|day|morning|evening|noon|midnight|dawn|way)s?\b)/gi;

/** Nouns of plans and programmes: what is "launched by" someone without being an attack. */
const NON_ATTACK_BEFORE_RE = /\b(?:campaign|programme|program|initiative|investigation|inquiry|probe|drive|plan|policy|project|reform|process|talks|appeal|review|scheme|effort|mission|bid|fund|scheme|study|survey|website|app)\s+(?:\w+\s+)?$/i;
const BEHIND_RE = /\s(?:was|were|is|are|had been|has been|have been)\s+(?:(?:\w+ly|also)\s+)?(?:behind|responsible for|(?:responsible|to blame)(?=\s*[.,;]|\s+for\b)|(?:suspected|believed|thought|accused)\s+(?:of|to have)\s+(?:carrying out|carried out|been behind|launched|staging|staged|launching))\b/gi;
const CARRIED_RE = /\s(?:carried|had carried|have carried|has carried)\s+(?:it|them|the (?:attack|strike|assault|bombing))\s+out\b|\s(?:carried|had carried) out\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|strike|assault|bombing|raid)\b/gi;
/** "X was involved", but not inside a denial's content ("denied the group was involved"). */
const INVOLVED_RE = /(?<!\b(?:denied|denies|denying|deny|rejected|rejects)\s+(?:that\s+)?[^,.;]{0,40})\s(?:was|were)\s+["“]?involved\b/gi;
/**
 * "an attack the Dorva Front claimed at the time", "a bombing which the group has claimed": the
 * incident named first, its claimant as the subject of a relative clause.
 */
const RELATIVE_CLAIM_RE = /\b(?:an?|the|that|this)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|strikes?|raids?|assaults?|ambush(?:es)?|kidnappings?|abductions?|shootings?|operations?|hacks?|killings?|massacres?)\s+(?:that\s+|which\s+)?((?:the\s+)?[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,4}|the\s+(?:group|militia|movement|rebels|militants|insurgents|gang|faction))\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|later|quickly|swiftly|since|itself)\s+)?(?:claimed|claims)\b/gu;
/**
 * "Y denied the group was involved", "a message signed by X denied the gang had planned the
 * killings": a denial whose content names who did not do it. The denier is the subject when it is a
 * party, else (a spokesman, a person) the party the content names.
 */
const DENY_CONTENT_RE = new RegExp(
  String.raw`\s(?:has |have |had )?${ADVERB}(?:denied|denies|denying)\s+(?:that\s+)?((?:the|its|their)\s+[\p{Ll}-]+|it|they|[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,3})\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:involved|behind|responsible|planned|ordered|organi[sz]ed|staged|carried out|launched|attacked|targeted|fired|kidnapped|abducted|taken part|took part|played (?:any|a) (?:role|part))\b`,
  'gu',
);
/**
 * Verbs of a told act whose subject is its doer ("Rebels from the X Front killed 11 people", "dozens of
 * settlers stormed the village"). Only a subject that names a party is blamed (see readRoles).
 */
const ATTACK_SUBJECT_RE = /\s(?:attacked|fired|launched|shelled|bombed|stormed|raided|overran|torched|seized|kidnapped|abducted|struck|hit|ambushed|blew up|shot dead|gunned down|opened fire|killed|massacred|executed|beheaded)\b/gi;
const DEMONYM_RE = new RegExp(
  String.raw`(?:^|[^\p{L}.])(${Object.keys(DEMONYMS).map((d) => d.replace(/\./g, '\\.')).join('|')})\s+(?:[\p{L}-]+\s+){0,2}?(?:attacks?|strikes?|air ?strikes?|raids?|shelling|bombardments?|offensives?|assaults?|missiles|rockets|shells|warplanes|(?:fighter )?jets|glide bombs)\b`,
  'giu',
);

/** "the drones were Ukrainian", "the attackers were Dravian": weapons or doers given a people's name. */
const DOERS_NATIONALITY_RE = /\b(?:the|these|those|both|all)\s+(?:[\p{Ll}-]+\s+)?(?:drones?|missiles?|rockets?|shells?|aircraft|warplanes?|jets?|attackers|gunmen|assailants|raiders|hackers|saboteurs)\s+(?:had\s+been|were|was)\s+(?:all\s+|probably\s+|likely\s+)?(\p{Lu}\p{Ll}+)(?=\s*(?:[,.;]|$|\s(?:and|but|or|without|according|as|officials|police)\b))/gu;

const PEOPLE_WEAPON_RE = /(?:^|[^\p{L}.-])(\p{Lu}\p{Ll}+)\s+(?:drones?|missiles?|rockets?|warplanes?|jets?|helicopters?|gunboats?|artillery|troops|forces|soldiers|tanks?|mortars?)\s+(?:had\s+|have\s+|has\s+)?(?:struck|hit|attacked|targeted|dropped|fired|bombed|shelled)\b/gu;

const SUBJECT_BOUNDARY_RE = /\b(?:that|said|says|saying|told\s+\S+|when|because|after|while|as|but|if|whether|who|which|and that|although|though|whereas)\s+|[;:“(—–]\s*/gi;
// "blaming Rwanda directly": a manner adverb closes the object.
const NP_END_RE = /[,.;:!?“”"()]|\s(?:for|of|on|in|at|over|which|who|that|as|after|during|to|with|amid|while|because|since|but|near|against|from|and that|said|says|told|by|directly|publicly|openly|squarely|explicitly|indirectly)\b/i;
const LEADING_RE = /^(?:(?:(?:one|two|three|some|several|many|most|all|none) of|the|a|an|at least|some|hundreds of|dozens of|scores of|thousands of|one|two|three|its|their|his|her|both|several|all|any|other|powerful|so-called|suspected|alleged)[\s-]+)+/i;
const NOT_AN_ACTOR_RE = /^(?:it|they|he|she|we|you|i|who|whoever|those|this|that|these|which|what|someone|anyone|nobody|none|officials?|sources?|perpetrators?|attackers)$/i;

const MEANS_RE = /\b(?:jets?|aircraft|planes?|helicopters?|gunships?|warplanes?|drones?|missiles?|rockets?|shells?|bombs?)$/i;
const NAME_WORD = String.raw`(?:[\p{Lu}\d][\p{L}\d'’.-]*|and|of|the|in|for|on|al-\S+|el-\S+|de|del|la|bin|ul)`;
const PROPER_NAME_RE = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD})*$`, 'u');

function cleanPhrase(s: string): string {
  return s
    .replace(/[“”"‘]/g, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_RE, '')
    .replace(/[’']$/, '')
    .trim();
}

/** "a separatist militia", "A little-known group", "another armed faction": an actor described, not named. */
const INDEFINITE_DESCRIPTION_RE = /^\s*(?:an?|another)\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:group|militia|faction|movement|organi[sz]ation|outfit|coalition|alliance|network|gang|cell)\s*$/iu;

/** "a little-known group", "a new outfit": a group described only as obscure. */
const OBSCURE_DESCRIPTION_RE = /^\s*(?:an?|another)\s+(?:(?:little[\s-]known|previously\s+unknown|hitherto\s+unknown|unknown|obscure|shadowy|new|newly[\s-]formed|little|known)\s+)+(?:group|militia|faction|movement|organi[sz]ation|outfit|network|cell)\s*$/iu;

/** ", the X Legion," / ", X (XL)": the name in apposition right after a description, up to its closing comma or stop. */
const APPOSITIVE_NAME_RE = /^\s*,\s*(?:the\s+)?([\p{Lu}\d](?:[\p{L}\d'’-]|\.(?=\p{L}))*(?:\s+(?:(?:of|al|el|de|the|and|for)\s+)?[\p{Lu}\d](?:[\p{L}\d'’-]|\.(?=\p{L}))*){0,5})(?=\s*(?:\([^()]{1,20}\)\s*)?(?:[,.;]|$))/u;

/** The subject phrase that ends at `end`: after the last clause boundary, skipping an appositive. */
function subjectBefore(text: string, from: number, end: number): Span | null {
  let pre = text.slice(from, end).replace(/\s+$/, '');
  // "The banned Workers' Party (Marxist) claimed ...": a bracketed qualifier after the name is not the subject's end.
  pre = pre.replace(/\s*\((?:[\p{Lu}][\p{L}-]*)(?:\s+[\p{L}-]+){0,2}\)$/u, '');
  // "the Northern Front, which claimed ..." → the phrase before the relative pronoun.
  pre = pre.replace(/,\s*(?:which|who|that)$/i, '');
  // "The 3R group, whose name stands for Return, Reclamation and Rehabilitation, rejected ...": a relative
  // clause set off by commas (with commas of its own) describes the subject before it.
  if (pre.endsWith(',')) {
    const rel = [...pre.matchAll(/,\s*(?:whose|which|who)\s/gi)].at(-1);
    if (rel && rel.index > 0 && !/[;]/.test(pre.slice(rel.index))) pre = pre.slice(0, rel.index);
  }
  if (pre.endsWith(',')) {
    pre = pre.slice(0, -1);
    const comma = pre.lastIndexOf(',');
    if (comma < 0) return null;
    // "A separatist militia, the Ambazonia Front (AF), claimed ...": after an indefinite description
    // the appositive is the name of who acts.
    const appositive = pre.slice(comma + 1);
    let headStart = Math.max(0, pre.lastIndexOf(',', comma - 1) + 1);
    for (const m of pre.slice(0, comma).matchAll(SUBJECT_BOUNDARY_RE)) headStart = Math.max(headStart, m.index + m[0].length);
    const head = pre.slice(headStart, comma).trim();
    if (INDEFINITE_DESCRIPTION_RE.test(head) && /(?:^|\s)(?:the\s+)?[\p{Lu}]/u.test(appositive) && !/[,;]/.test(head)) {
      const lead = appositive.length - appositive.trimStart().length;
      return { start: from + comma + 1 + lead, end: from + pre.length };
    }
    pre = pre.slice(0, comma).replace(/\s*\([^()]{1,40}\)$/u, '');
  }
  let start = 0;
  for (const m of pre.matchAll(SUBJECT_BOUNDARY_RE)) start = m.index + m[0].length;
  const commaCut = pre.lastIndexOf(',');
  if (commaCut >= start) {
    // "X (XG), the armed wing of the Y movement, said ...": an appositive between the subject and its
    // verb describes the subject; the name before it acts.
    const named = appositiveHead(text, from + start, from + commaCut, pre.slice(commaCut + 1));
    if (named) return named;
    start = commaCut + 1;
  }
  // ", and the army said": the conjunction joins clauses; it is no part of the subject.
  const lead = /^\s*(?:and|but|or|then|while)\s+/i.exec(pre.slice(start));
  if (lead) start += lead[0].length;
  const s = from + start;
  const e = from + pre.length;
  return e > s ? { start: s, end: e } : null;
}

/** A description in apposition: "the armed wing of ...", "a former rebel group that ...", "al-Qaida's affiliate in ...". */
const APPOSITIVE_RE = /^\s*(?:(?:the|an?)\s+(?:[\p{Ll}\d][\p{L}\d'’-]*|[\p{Lu}][\p{L}-]*(?:an|ese|i|ish|ic)\b)|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*[’']s\s+\p{Ll})/u;

/**
 * The name before an appositive ("NAME (ABBR), the ... group,"): the span text[from, to) when it is one
 * named actor (a name the engine found, with an optional bracketed short form), else null.
 */
function appositiveHead(text: string, from: number, to: number, appositive: string): Span | null {
  if (!APPOSITIVE_RE.test(appositive)) return null;
  let head = text.slice(from, to);
  const lead = head.length - head.trimStart().length;
  head = head.trim().replace(/\s*\([^()]{1,40}\)$/, '');
  if (!/^[\p{Lu}\d]/u.test(head) || /,/.test(head) || /^(?:On|In|At|After|Before|During|Since|Late|Early|Last|Hours|Days|Separately|Meanwhile|Earlier|Later)\b/.test(head)) return null;
  return { start: from + lead, end: from + lead + head.length };
}

/**
 * The subject of the first verb of speech in text[from, at) ("In a statement, it said ..., and
 * denied"): the doer of a verb joined to it by "and".
 */
function sharedSubject(text: string, from: number, at: number): Span | null {
  const m = /(?:^|[,;]\s*)([^,;]*?)\s+(?:said|says|stated|announced|insisted)\b/.exec(text.slice(from, at));
  if (!m?.[1]) return null;
  const s = from + m.index + m[0].indexOf(m[1]);
  return { start: s, end: s + m[1].length };
}

/** "a group linked to Russian intelligence", "militias loyal to X": the ties belong to the description. */
const TIES_RE = /^[^,.;:]{0,40}?\s(?:linked|tied|loyal|close|allied|affiliated)\s+to\s+(?:the\s+)?[\p{Lu}\p{Ll}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*/u;

function phraseAfter(text: string, start: number, limit: number): Span | null {
  const rest = text.slice(start, limit);
  // 'blamed "organised armed youth from the hills"': a quoted object runs to its closing quote.
  const quoted = /^["“]([^"”]{2,100})["”]/.exec(rest);
  if (quoted?.[1]) return { start: start + 1, end: start + 1 + quoted[1].length };
  const ties = TIES_RE.exec(rest);
  if (ties && !NP_END_RE.exec(rest.slice(0, ties[0].search(/\s(?:linked|tied|loyal|close|allied|affiliated)\s+to\s/)))) {
    const after = rest.slice(ties[0].length);
    const m2 = NP_END_RE.exec(after);
    const len = knownAs(rest, ties[0].length + (m2 ? m2.index : after.length));
    return { start, end: start + len };
  }
  const m = NP_END_RE.exec(rest);
  const cut = knownAs(rest, m ? m.index : rest.length);
  // "fighters of 4K", "herders from across the frontier": the name or origin that tells who they are.
  const len = originExtent(rest, memberOfExtent(rest, cut));
  return len > 0 ? { start, end: start + len } : null;
}

/**
 * "blamed on the Workers' Party of Lorvak": a phrase cut at "of" inside a name runs on to the end of
 * the name the engine found there.
 */
function wholeNames(span: Span | null, entities: Entity[], limit: number): Span | null {
  if (!span) return span;
  let end = span.end;
  for (const e of entities) {
    if (e.kind === 'place') continue;
    for (const m of e.mentions) if (m.start >= span.start && m.start < span.end && m.end > end && m.end <= limit) end = m.end;
  }
  return end === span.end ? span : { start: span.start, end };
}

/** "a gang loyal to a bandit leader known as Dogo Kware": a phrase cut at "as" goes on to the name. */
function knownAs(rest: string, len: number): number {
  const as = /^\s+as\s/i.exec(rest.slice(len));
  if (!as || !/\bknown$/i.test(rest.slice(0, len))) return len;
  const from = len + as[0].length;
  const next = NP_END_RE.exec(rest.slice(from));
  return from + (next ? next.index : rest.length - from);
}

const MISSION_RE = /^(?:the\s+)?(.+?)(?:[’']s)?\s+(?:embassy|consulate|mission|diplomatic mission|permanent mission)(?:\s+(?:in|to)\s+.+)?$/i;

/**
 * An embassy or mission denies or claims for its state ("China's Embassy in Washington rejected the
 * accusations" is China's denial): the role goes to the country, whatever the mission's own name.
 */
function stateOfMission(name: string): string {
  const m = MISSION_RE.exec(name.trim());
  const who = m?.[1]?.trim().toLowerCase();
  if (!who) return name;
  const country = DEMONYMS[who] ?? (COUNTRIES.has(who) ? who.replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : undefined);
  return country ?? name;
}

/** "Its spokesman", "their leader", "the group's statement": the possessor speaks or acts. */
const POSSESSOR_RE = /^\s*(?:(?:one|two|three|some|several|many|most|all) of\s+)?(its|their|the\s+(?:group|movement|militia|organi[sz]ation)[’']s)\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|leader|commander|chief|statement|fighters|forces|members|media (?:arm|wing|office)|news agency)\b/i;
/** "Junta spokesman Major General X", "a spokesman for the Northern Front": the body the spokesman speaks for. */
const SPOKESMAN_RE = /\bspokes(?:man|woman|person)\b/i;

/**
 * A pronoun or bare description ("it", "the group", "its spokesman") stands for an actor named
 * before; a spokesman's words are his body's. Undefined when the phrase is neither or nothing fits.
 */
function referredActor(text: string, span: Span, entities: Entity[], prefer?: ReferentKind): string[] | undefined {
  const raw = text.slice(span.start, span.end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = { start: span.start + lead, end: span.start + raw.trimEnd().length };
  const possessor = POSSESSOR_RE.exec(raw);
  if (possessor?.[1]) {
    const at = span.start + possessor.index + possessor[0].indexOf(possessor[1]);
    const word = possessor[1].replace(/[’']s$/, '');
    const name = resolveReference(text, { start: at, end: at + word.length }, entities);
    return name ? [stateOfMission(name)] : undefined;
  }
  if (referenceKind(text.slice(trimmed.start, trimmed.end))) {
    const name = resolveReference(text, trimmed, entities, trimmed.start, prefer);
    return name ? [stateOfMission(name)] : undefined;
  }
  const spokes = SPOKESMAN_RE.exec(raw);
  if (spokes) {
    const inside = (m: { start: number; end: number }): boolean => m.start >= span.start && m.end <= span.end;
    const orgs = entities.filter((e) => e.kind === 'organization' && e.subtype !== 'news outlet' && e.mentions.some(inside)).map((e) => e.name);
    if (orgs.length) return orgs.map(stateOfMission);
    const body = cleanPhrase(raw.slice(0, spokes.index));
    if (body && ACTOR_NOUN_RE.test(body) && body.split(' ').length <= 4) return [body];
  }
  return undefined;
}

/** "a group calling itself X", "a previously unknown group known as X": the name after the naming words. */
const SELF_NAMED_RE = /\b(?:calling (?:itself|themselves)|known as|which calls itself|that calls itself|who call themselves|going by the name(?: of)?)\s+(?:the\s+)?["“]?([\p{Lu}][^,;:”"]*?)["”]?\s*$/u;

/** A tail telling how attackers came or were armed ("on motorcycles", "in pickup trucks", "with rifles"). */
const MANNER_TAIL_RE = /\s(?:on|in|with|riding|armed with|wearing)\s+(?:\w+\s+){0,2}?(?:motorcycles?|motorbikes?|horseback|foot|boats?|trucks?|pickups?|pickup trucks|vehicles?|cars?|rifles?|guns?|machetes?|knives|uniforms?)$/i;

/** An adjective of feeling or intent closing a phrase whose complement was cut ("angry [at]", "opposed [to]"). */
const FEELING_TAIL_RE = /\s+(?:angry|furious|upset|unhappy|opposed|eager|keen|desperate|determined|resentful|hostile|seeking|bent|intent)$/i;

/** Names for a phrase: the actors named in it, a country it is, else a short description. */
function resolveActors(text: string, span0: Span, entities: Entity[], requireActor: boolean, refer = true, prefer?: ReferentKind): string[] {
  // "JNIM (JNIM), al-Qaida's affiliate in the Sahel,": the appositive describes the name before it.
  const span = nameBeforeAppositive(text, span0, entities) ?? span0;
  const raw = text.slice(span.start, span.end);
  // "claimed by a little-known group, the X Legion, which said ...": the description's name follows it.
  const named = INDEFINITE_DESCRIPTION_RE.test(raw) ? APPOSITIVE_NAME_RE.exec(text.slice(span.end, span.end + 120)) : null;
  if (named?.[1]) {
    const at = span.end + named[0].length - named[1].length;
    return resolveActors(text, { start: at, end: at + named[1].length }, entities, false, false);
  }
  // "a little-known group", "a previously unknown group": a description that says only that the group is obscure names no one.
  if (OBSCURE_DESCRIPTION_RE.test(raw)) return [];
  // '"Georgian special services"': a quoted label is the accuser's own words for the party.
  const quoted = /^\s*["“]([^"”]{3,60})["”]\s*$/.exec(raw)?.[1];
  if (quoted && !/[,;]/.test(quoted) && quoted.split(/\s+/).length <= 6 && !referenceKind(quoted)) {
    const inner = resolveActors(text, { start: span.start + raw.indexOf(quoted), end: span.start + raw.indexOf(quoted) + quoted.length }, entities, false, false);
    return inner.length ? inner : [quoted];
  }
  // "Islamic State's East Asia Province": a named branch of a named parent is the branch, as written.
  const branch = BRANCH_RE.exec(cleanPhrase(raw));
  if (branch && !/\b(?:Ministry|Embassy|Government|Army|Military|Police|Office|Service|Agency|Forces)$/.test(branch[2] ?? '')) return [branch[0]];
  // "Islamic State's regional affiliate": the branch the article names, not the parent.
  const affiliate = affiliateOf(text, cleanPhrase(raw), entities);
  if (affiliate) return [affiliate];
  if (refer) {
    const referred = referredActor(text, span, entities, prefer);
    if (referred) return referred;
  }
  // "a group calling itself the Cyber Brigade": the name the group goes by.
  const selfNamed = SELF_NAMED_RE.exec(raw);
  if (selfNamed?.[1]) {
    const at = span.start + selfNamed.index + selfNamed[0].indexOf(selfNamed[1]);
    // "the Congolese army and allied militias known as X": actors named before the naming words stay.
    const before = span.start + selfNamed.index;
    const earlier = entities.filter((e) => e.kind !== 'place' && e.mentions.some((m) => m.start >= span.start && m.end <= before)).map((e) => stateOfMission(e.name));
    const named = resolveActors(text, { start: at, end: at + selfNamed[1].length }, entities, false, false);
    return [...earlier, ...named.filter((n) => !earlier.includes(n))];
  }
  // "drug traffickers angry at the raids": a feeling after the noun (its complement cut off) describes them.
  const cleaned = cleanPhrase(raw).replace(FEELING_TAIL_RE, '');
  if (!cleaned || NOT_AN_ACTOR_RE.test(cleaned) || /^no\b/i.test(cleaned)) return [];
  // '"the Cambodian side"', "the Tolan camp": one side of a two-state dispute is that state.
  const side = /^(\p{Lu}[\p{L}-]+)\s+(?:side|camp)$/u.exec(cleaned);
  const sideState = side?.[1] ? countryOfPeople(side[1]) : undefined;
  if (sideState) return [sideState];
  // "A military jet bombed ...": the aircraft or weapon is the means, not who is to blame.
  if (MEANS_RE.test(cleaned)) return [];
  const inside = (m: { start: number; end: number }): boolean => m.start >= span.start && m.end <= span.end;
  const names: string[] = [];
  // "the al-Qaida-linked group", "Yemen's Iran-aligned movement": a name in a compound modifier
  // describes the claimant's ties; it is not the claimant.
  const modifier = (m: { end: number }): boolean => /^-(?:linked|backed|aligned|affiliated|allied|inspired|supported|sponsored|led)\b/i.test(text.slice(m.end, m.end + 12));
  for (const e of entities) {
    if (e.kind === 'place') continue;
    const first = e.mentions.filter((m) => inside(m) && !modifier(m)).sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    // '"Kuki militants"' where "Kuki" is the short form of the "Kuki Inpi Manipur" body: the armed men of a
    // people or movement are described, not the body whose name begins with the same word.
    const tail = text.slice(first.end, span.end);
    if (first.text !== e.name && e.name.toLowerCase().startsWith(first.text.toLowerCase()) && GROUP_TAIL_RE.test(tail)) continue;
    names.push(e.name);
  }
  if (names.length) return names.map(stateOfMission);
  // "inmates from the Red Moon gang", "fighters of 4K", "a spokesman for 4K": the party the description points to.
  const party = partyInDescription(text, span, entities);
  if (party) return [party];
  for (const e of entities) {
    if (e.kind !== 'place') continue;
    if (e.mentions.some((m) => inside(m) && cleanPhrase(m.text).toLowerCase() === cleaned.toLowerCase())) return [e.name];
  }
  const antecedent = groupAntecedent(text, span, raw, entities) ?? namedByWord(text, cleaned, entities);
  if (antecedent) return [antecedent];
  if (requireActor && !ACTOR_NOUN_RE.test(cleaned)) return [];
  // "blamed miners who had been expelled from the area": a bare people's noun that a relative clause singles out is a description.
  if (!requireActor && /^[\p{Ll}-]+(?:ers|ors|ists|ants|ents|ians|men)$/u.test(cleaned) && /^\s+(?:who|that)\s/i.test(text.slice(span.end, span.end + 8))) return [cleaned];
  const words = cleaned.split(' ');
  if (words.length > 10 || NOT_AN_ACTOR_RE.test(words[words.length - 1] ?? '')) return [];
  if (!ACTOR_NOUN_RE.test(cleaned) && !PROPER_NAME_RE.test(cleaned) && !describedByOrigin(cleaned) && (requireActor || !PEOPLE_HEAD_RE.test(cleaned))) return [];
  // "Gunmen on motorcycles", "militants in pickup trucks": how they came is no part of who they are.
  const manner = MANNER_TAIL_RE.exec(cleaned);
  if (manner && ACTOR_NOUN_RE.test(cleaned.slice(0, manner.index))) return [cleaned.slice(0, manner.index)];
  return [cleaned];
}

/**
 * A description of people by what they do or where they serve ("illegal miners", "Georgian special
 * services", "the local authorities"): who an explicit charge names, though no armed-group noun. A
 * bare noun ("herders") describes no one in particular; a qualifier makes it a description.
 */
const PEOPLE_HEAD_RE = /^(?:[\p{L}-]+\s+){1,3}(?:(?!(?:others|members|numbers|orders|powers|papers|matters|workers|passengers|customers|voters|officers|soldiers)$)[\p{Ll}-]+(?:ers|ors|ists|ants|ents|ians)|[\p{Ll}-]*men|services|agencies|authorities|clans?|tribes?)$/u;

/** "Islamic State's East Asia Province": a parent's name, a possessive, and the branch's capitalised name. */
const BRANCH_RE = /^([\p{Lu}][\p{L}.-]*(?:\s+[\p{Lu}][\p{L}.-]*){0,3})[’']s\s+((?:[\p{Lu}][\p{L}-]*)(?:\s+[\p{Lu}][\p{L}-]*){0,4})$/u;

/**
 * The name before an appositive inside a phrase ("X (XG), the armed wing of Y,", "X, al-Qaida's
 * affiliate in the Sahel"): the part before the comma when it holds a name the engine found.
 */
function nameBeforeAppositive(text: string, span: Span, entities: Entity[]): Span | null {
  const raw = text.slice(span.start, span.end);
  const comma = raw.indexOf(',');
  if (comma <= 0) return null;
  const after = raw.slice(comma + 1);
  if (!APPOSITIVE_RE.test(after) && !/^\s*(?:al|el)[\s-][\p{L}-]+[’']s\s+\p{Ll}/u.test(after)) return null;
  const head = raw.slice(0, comma).replace(/\s*\([^()]{1,40}\)\s*$/, '');
  const lead = head.length - head.trimStart().length;
  const cut = { start: span.start + lead, end: span.start + head.trimEnd().length };
  if (cut.end <= cut.start || /,/.test(head)) return null;
  const named = entities.some((e) => e.mentions.some((m) => m.start >= cut.start && m.end <= cut.end));
  return named ? cut : null;
}

/** "<Parent>'s (regional) affiliate / branch / wing": a description of a branch by its parent's name. */
const AFFILIATE_RE = /^(.{2,60}?)[’']s\s+(?:[\p{Ll}-]+\s+){0,2}(?:affiliate|branch|wing|arm|franchise|offshoot|chapter|province)$/u;

/**
 * The branch a description "<Parent>'s affiliate" stands for: the actor the article defines so in an
 * appositive ("X (XG), <Parent>'s affiliate in the region"), else the one other actor whose name holds
 * the parent's ("Islamic State Khorasan Province" for "Islamic State's branch"). Undefined when none or several.
 */
function affiliateOf(text: string, phrase: string, entities: Entity[]): string | undefined {
  const parent = AFFILIATE_RE.exec(phrase)?.[1]?.trim();
  if (!parent) return undefined;
  const p = parent.toLowerCase();
  const actors = entities.filter((e) => e.kind !== 'person' && ![e.name, ...e.aliases].some((a) => a.toLowerCase() === p));
  const defined = actors.filter((e) => e.mentions.some((m) => {
    const after = text.slice(m.end, m.end + 30 + parent.length).replace(/^\s*\([^()]{1,40}\)/, '');
    return after.toLowerCase().replace(/^,\s+(?:the\s+)?/, '').startsWith(`${p}'s `) || after.toLowerCase().replace(/^,\s+(?:the\s+)?/, '').startsWith(`${p}’s `);
  }));
  if (defined.length === 1) return defined[0]?.name;
  const named = actors.filter((e) => e.kind === 'organization' && e.name.toLowerCase().includes(p));
  return named.length === 1 ? named[0]?.name : undefined;
}

/** A plural noun of armed men right after a name ("Kuki militants", "Kuki groups"), closing the phrase. */
const GROUP_TAIL_RE = /^\s+(?:armed\s+)?(?:militants|fighters|rebels|gunmen|insurgents|groups|militias|youths?)\s*$/i;

const GROUP_NOUN_RE = /^(?:rebels?|militants?|insurgents?|jihadists?|separatists?|militias?|rebel group|militant group|armed group)$/i;

/**
 * "blamed on the rebels" in an article that named "the M23 rebel group" / "M23 rebels": a definite
 * bare group noun is the last actor named with that noun as its description ("-backed rebels" is a
 * sponsor, not the group). None when no such actor was named before.
 */
function groupAntecedent(text: string, span: Span, raw: string, entities: Entity[]): string | undefined {
  const cleaned = cleanPhrase(raw);
  if (!/^\s*the\s/i.test(raw) || !GROUP_NOUN_RE.test(cleaned)) return undefined;
  const stem = (cleaned.split(' ')[0] ?? '').replace(/s$/i, '').toLowerCase();
  let best: { name: string; at: number } | undefined;
  for (const e of entities) {
    if (e.kind === 'place') continue;
    for (const m of e.mentions) {
      if (m.end > span.start) continue;
      const after = text.slice(m.end, m.end + 30).toLowerCase();
      if (!new RegExp(String.raw`^\s+(?:[\w-]+\s+)?${stem}`).test(after)) continue;
      if (!best || m.start > best.at) best = { name: e.name, at: m.start };
    }
  }
  return best?.name;
}

/** "Maoist rebels", "the same Maoist unit", "Zarian militants": armed men described by a word from a group's name. */
const WORD_DESCRIBED_RE = /^(?:(?:same|local|armed|suspected|banned)\s+)*(\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+)?(?:rebels?|militants?|insurgents?|fighters?|guerrillas?|units?|cadres?|groups?|factions?|gunmen|commanders?)$/u;

/**
 * The one armed group that the describing word names by its creed ("Maoist rebels" for "Communist
 * Party of India (Maoist)", "Marxist guerrillas" for the "Lorvak Marxist Front"): the word in brackets
 * right after the group's name, or an "-ist" word inside it. A people's name is not enough: "Kuki
 * militants" are armed men of a people, not the "Kuki Inpi" council, and "Thai troops" stay Thai troops.
 */
function namedByWord(text: string, cleaned: string, entities: Entity[]): string | undefined {
  const word = WORD_DESCRIBED_RE.exec(cleaned)?.[1];
  if (!word || countryOfPeople(word)) return undefined;
  const stem = word.replace(/s$/, '').toLowerCase();
  const creed = /ist$/.test(stem);
  const has = (s: string): boolean => creed && s.toLowerCase().split(/[^\p{L}-]+/u).some((w) => w === stem || w === `${stem}s`);
  const bracketed = new RegExp(String.raw`^\s*\(\s*${stem}s?\s*\)`, 'i');
  const found = entities.filter((e) => e.kind === 'organization' && !/government|ministry|military|police|news outlet|company/i.test(e.subtype ?? '') &&
    (has(e.name) || e.mentions.some((m) => has(m.text) || bracketed.test(text.slice(m.end, m.end + 30)))));
  return found.length === 1 ? found[0]?.name : undefined;
}

function pushAll(into: string[], names: string[]): void {
  for (const n of names) if (!into.some((x) => x.toLowerCase() === n.toLowerCase())) into.push(n);
}

/**
 * "blamed X for the collision / the incident / Tuesday's clash": a definite reference back to an
 * event, which in a sentence naming no event of its own is the incident just reported.
 */
const EVENT_REFERENCE_RE =
  /^\s(?:for|of)\s(?:the|this|that|(?:mon|tues|wednes|thurs|fri|satur|sun)day[’']s)\s(?:[\w-]+\s)?(?:collision|incident|clash|clashes|confrontation|encounter|violence|escalation|fighting|attack|strike|raid|blast|explosion|bombing|shooting|ambush|assault|kidnapping|abduction|shelling|incursion|hack|breach)\b/i;

/** "X had launched it", "X fired them", "X planted it": an act whose object is the incident by reference. */
const DID_IT_RE = /\s(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:launched|fired|staged|planted|detonated|ordered|orchestrated|masterminded|organi[sz]ed|planned)\s+(?:it|them)\b(?!\s+(?:to|was|were|is)\b)/gi;
const BEHIND_IT_RE = /\s(?:was|were|is|are|had been|has been|have been)\s+(?:behind|responsible for)\s+(?:it|them)\b/gi;

/** "..., the Pentagon said." / "..., the Israeli military said in a statement.": the speaker of a closing report. */
const CLOSING_SPEAKER_RE = /,\s+((?:the\s+)?[^,;“”"]{2,60}?)\s+(?:said|says|announced|confirmed|stated)(?:\s+(?:in\s+a\s+statement|on\s+\w+))?(?:[.,”"]*\s*$|,\s+(?:describing|calling|adding|saying|without)\b[^;]*$)/i;

/**
 * "U.S. warplanes struck two sites, the Pentagon said": when a state's own forces are the subject of
 * the attack and a body of that same state reports it, the report is that state's claim.
 */
function sameStateClaim(text: string, span: Span, slice: string, entities: Entity[]): string[] {
  const closing = CLOSING_SPEAKER_RE.exec(slice);
  if (!closing?.[1]) return [];
  const speaker = closing[1];
  const speakerState = stateOf(speaker);
  if (!speakerState) return [];
  for (const m of slice.matchAll(ATTACK_SUBJECT_RE)) {
    if (m.index > closing.index) break;
    const subj = subjectBefore(text, span.start, span.start + m.index);
    if (!subj) continue;
    const doer = cleanPhrase(text.slice(subj.start, subj.end));
    if (stateOf(doer) !== speakerState || stateOf(doer) === undefined || COUNTRIES.has(doer.toLowerCase())) continue;
    const at = span.start + closing.index + closing[0].indexOf(speaker);
    return resolveActors(text, { start: at, end: at + speaker.length }, entities, false);
  }
  return [];
}

/**
 * Whether the cue at slice[at, end) is negated ("has not claimed") or about other, earlier events
 * ("which has claimed responsibility for similar attacks"): then it gives no role here.
 */
function negatedOrBackground(slice: string, at: number, end: number): boolean {
  if (NEGATED_BEFORE_RE.test(slice.slice(Math.max(0, at - 30), at))) return true;
  if (BACKGROUND_OBJECT_RE.test(slice.slice(end, end + 60))) return true;
  // "claimed a similar attack": the object inside the cue names other events.
  if (/\s(?:similar|previous|past|earlier|prior|other)\s/i.test(slice.slice(at, end))) return true;
  return /^[^,.;]{0,50}\b(?:in the past|previously|before that)\b/i.test(slice.slice(end, end + 60)) && /,\s*(?:which|who)\s[^,]*$/i.test(slice.slice(0, at));
}

/**
 * The speaker of a participle ("a source in the service told reporters, saying ..."): the subject of
 * the reporting verb before the comma, or null when the clause before has none.
 */
function participleSpeaker(text: string, from: number, at: number): Span | null {
  const pre = text.slice(from, at);
  const m = /(?:^|[,;]\s*)([^,;]*?)\s+(?:told|said|announced|stated|wrote)(?:\s+[^,;]{0,40})?,\s*$/u.exec(pre);
  if (!m?.[1]) return null;
  const s = from + m.index + m[0].indexOf(m[1]);
  return { start: s, end: s + m[1].length };
}

/**
 * Claimed, denied and blamed actors stated in text[span). With `referenceOnly` (a sentence naming no
 * event) only cues that refer to an incident by themselves count ("claimed responsibility",
 * "denied involvement", "carried it out"), not ones that may be about anything ("accused X of").
 * `rejections`: whether "rejected the accusations" counts; only right after the incident's report
 * is it about the incident rather than some other charge.
 */
export function extractRoles(text: string, span: Span, entities: Entity[], referenceOnly = false, rejections = true): RoleReading {
  const read = readRoles(text, span, entities, referenceOnly, rejections);
  const parsed = readPredicates(text, span, entities, referenceOnly, rejections);
  for (const k of ['claimedBy', 'deniedBy', 'blamedOn'] as const) {
    // The parse fills a role the phrase readers left empty; where they read one, theirs stands.
    if (parsed[k].length) read.cue = true;
    if (read[k].length === 0) pushAll(read[k], parsed[k]);
  }
  return {
    cue: read.cue,
    claimedBy: finishRoleNames(read.claimedBy, entities, span),
    deniedBy: finishRoleNames(read.deniedBy, entities, span),
    blamedOn: finishRoleNames(read.blamedOn, entities, span),
  };
}

/** The roles the phrase readers find in text[span), before each is checked to name a party. */
function readRoles(text: string, span: Span, entities: Entity[], referenceOnly: boolean, rejections: boolean): RoleReading {
  const out: RoleReading = { claimedBy: [], deniedBy: [], blamedOn: [], cue: false };
  const slice = text.slice(span.start, span.end);
  const subjectOf = (re: RegExp, into: string[], requireActor: boolean, prefer?: ReferentKind): void => {
    for (const m of slice.matchAll(re)) {
      out.cue = true;
      if (negatedOrBackground(slice, m.index, m.index + m[0].length)) continue;
      let subj = subjectBefore(text, span.start, span.start + m.index);
      // "it said X had opened fire first, and denied that ...": a second verb shares the clause's subject.
      if (subj && /^\s*(?:and|but)?\s*$/i.test(text.slice(subj.start, subj.end))) subj = sharedSubject(text, span.start, span.start + m.index);
      if (subj) pushAll(into, resolveActors(text, subj, entities, requireActor, true, prefer));
    }
  };
  const objectOf = (re: RegExp, into: string[]): void => {
    for (const m of slice.matchAll(re)) {
      out.cue = true;
      const obj = wholeNames(phraseAfter(text, span.start + m.index + m[0].length, span.end), entities, span.end);
      if (obj) pushAll(into, resolveActors(text, obj, entities, false));
    }
  };
  subjectOf(CLAIM_SUBJECT_RE, out.claimedBy, false, 'group');
  const lead = slice.length - slice.trimStart().length;
  const own = OWN_FORCES_ACT_RE.exec(slice.trim());
  // ("Russian forces shelled X, Ukraine's defence ministry said": a speaker of another place blames.)
  const speakerPlace = own?.[2] ? /^\p{Lu}[\p{L}'’-]+/u.exec(own[2])?.[0] : undefined;
  if (own?.[2] && (!speakerPlace || !own[1] || speakerPlace.slice(0, 4) === own[1].slice(0, 4))) {
    const at = span.start + lead + own[0].lastIndexOf(own[2]);
    const resolved = resolveActors(text, { start: at, end: at + own[2].length }, entities, false);
    out.cue = true;
    pushAll(out.claimedBy, resolved.length ? resolved : [own[2]]);
  }
  // "said its forces had destroyed five uncrewed vessels": downing an attack's weapons is defence, no claim.
  for (const m of slice.matchAll(CLAIM_SAID_IT_RE)) {
    const after = text.slice(span.start + m.index + m[0].length, span.start + m.index + m[0].length + 60);
    if (/(?:destroyed|neutrali[sz]ed)$/i.test(m[0]) && DOWNED_WEAPONS_RE.test(after)) continue;
    if (NEGATED_BEFORE_RE.test(slice.slice(Math.max(0, m.index - 30), m.index))) continue;
    const participle = /^\s*saying\b/i.test(m[0]);
    let subj = participle ? participleSpeaker(text, span.start, span.start + m.index) : subjectBefore(text, span.start, span.start + m.index);
    if (!subj) continue;
    // "A statement signed by X said it carried out the attack": the signatory is the speaker.
    const signed = [...text.slice(subj.start, subj.end).matchAll(SIGNED_BY_RE)].at(-1);
    if (signed) subj = { start: subj.start + signed.index + signed[0].length, end: subj.end };
    const doer = m[1] ?? '';
    if (DESCRIBED_DOER_RE.test(doer)) {
      // "the agency had carried out the operation": a claim only when the description is the speaker's
      // own body (named in the speaker's phrase) or its armed branch ("the air force") under a state speaker.
      const speakerText = text.slice(subj.start, subj.end);
      const inSpeaker = entities.filter((e) => e.kind === 'organization' && e.subtype !== 'news outlet' && e.mentions.some((x) => x.start >= subj.start && x.end <= subj.end));
      if (inSpeaker.length === 1 && !STATE_FORCE_RE.test(doer)) { out.cue = true; pushAll(out.claimedBy, inSpeaker.map((e) => stateOfMission(e.name))); continue; }
      if (STATE_FORCE_RE.test(doer) && STATE_SPEAKER_RE.test(speakerText)) { out.cue = true; pushAll(out.claimedBy, resolveActors(text, subj, entities, false)); continue; }
      // "a source in the military intelligence agency said the agency was behind it": the body the speaker is in.
      const head = doer.split(/\s+/).pop()?.toLowerCase() ?? '';
      const body = new RegExp(String.raw`\b(?:in|at|of|from|with)\s+((?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}?${head})\b`, 'iu').exec(speakerText);
      if (head && body?.[1] && inSpeaker.length === 0) { out.cue = true; pushAll(out.claimedBy, [cleanPhrase(body[1])]); continue; }
      // "Y, a spokesman for the X Front, said the group had fired": a group named before the verb of speech, in
      // the speaker's own words or appositive, is the one "the group" means; its voice claims the act.
      if (referenceKind(doer) === 'group' && inSpeaker.length === 0) {
        const before = entities.filter((e) => e.kind === 'organization' && e.subtype !== 'news outlet' && !/government|ministry|military|police|agency/i.test(e.subtype ?? '') &&
          e.mentions.some((x) => x.start >= span.start && x.end <= span.start + m.index));
        const spokes = /\b(?:spokes(?:man|woman|person)|commander|leader|member|representative)\b/i.test(text.slice(span.start, span.start + m.index));
        if (before.length === 1 && spokes && before[0]) { out.cue = true; pushAll(out.claimedBy, [before[0].name]); }
      }
      continue;
    }
    out.cue = true;
    pushAll(out.claimedBy, resolveActors(text, subj, entities, false));
  }
  for (const m of slice.matchAll(SELF_IDENTIFIED_RE)) {
    const objStart = span.start + m.index + m[0].length;
    const obj = phraseAfter(text, objStart, span.end);
    if (!obj || !SELF_IDENTIFIED_SPEECH_RE.test(text.slice(obj.end, span.end))) continue;
    out.cue = true;
    pushAll(out.claimedBy, resolveActors(text, obj, entities, false));
  }
  for (const m of slice.matchAll(SAID_THEY_BELONG_RE)) {
    const objStart = span.start + m.index + m[0].length;
    const act = DOER_ACT_RE.exec(text.slice(objStart, span.end));
    const obj = act ? phraseAfter(text, objStart, objStart + act.index) : null;
    if (!obj) continue;
    out.cue = true;
    pushAll(out.claimedBy, resolveActors(text, obj, entities, false));
  }
  subjectOf(CLAIM_EVENT_RE, out.claimedBy, false, 'group');
  for (const m of slice.matchAll(RELATIVE_CLAIM_RE)) {
    out.cue = true;
    if (negatedOrBackground(slice, m.index + m[0].length - 7, m.index + m[0].length)) continue;
    const who = m[1] ?? '';
    const at = span.start + m.index + m[0].lastIndexOf(who, m[0].length - 7);
    // "the group" with no group named before it refers to nobody.
    pushAll(out.claimedBy, resolveActors(text, { start: at, end: at + who.length }, entities, false, true, 'group').filter((n) => !/^(?:group|militia|movement|rebels|militants|insurgents|gang|faction)$/i.test(n)));
  }
  pushAll(out.claimedBy, sameStateClaim(text, span, slice, entities));
  // "the army said jets had hit the retreating fighters", "X Command said the strike killed three militants":
  // a state's military voice telling what its own arms did, or whom its strike killed, claims the strike.
  for (const m of slice.matchAll(STATE_MEANS_CLAIM_RE)) {
    if (NEGATED_BEFORE_RE.test(slice.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "said its forces had destroyed five uncrewed vessels": downing an attack's weapons is defence, no claim.
    if (DOWNED_WEAPONS_RE.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    const subj = subjectBefore(text, span.start, span.start + m.index);
    if (!subj) continue;
    const speakerText = text.slice(subj.start, subj.end);
    const person = entities.some((e) => e.kind === 'person' && e.mentions.some((x) => x.start >= subj.start && x.end <= subj.end));
    if (!STATE_SPEAKER_RE.test(speakerText) || (person && !SPOKESMAN_RE.test(speakerText))) continue;
    const named = resolveActors(text, subj, entities, false).filter((n) => !entities.some((e) => e.kind === 'person' && e.name === n));
    if (!named.length) continue;
    out.cue = true;
    pushAll(out.claimedBy, named);
  }
  objectOf(CLAIM_AGENT_RE, out.claimedBy);
  subjectOf(DENY_RE, out.deniedBy, false);
  for (const m of slice.matchAll(DENY_CONTENT_RE)) {
    out.cue = true;
    if (negatedOrBackground(slice, m.index, m.index + m[0].length)) continue;
    const subj = subjectBefore(text, span.start, span.start + m.index);
    const speaker = subj ? resolveActors(text, subj, entities, false, true, 'group') : [];
    const parties = speaker.filter((n) => !entities.some((e) => e.kind === 'person' && e.name === n));
    if (parties.length) { pushAll(out.deniedBy, parties); continue; }
    const who = m[1] ?? '';
    const at = span.start + m.index + m[0].indexOf(who, m[0].search(/denie[sd]|denying/) + 6);
    pushAll(out.deniedBy, resolveActors(text, { start: at, end: at + who.length }, entities, true, true, 'group').filter((n) => !genericDoer(n)));
  }
  subjectOf(DISOWN_RE, out.deniedBy, false);
  subjectOf(SAID_NOT_RE, out.deniedBy, true);
  subjectOf(SAID_NO_ROLE_RE, out.deniedBy, false);
  // "said Dravia had no role in it": the one said to have no part denies too, when named.
  for (const re of [SAID_NOT_RE, SAID_NO_ROLE_RE]) {
    for (const m of slice.matchAll(re)) {
      const who = m[1] ?? '';
      if (!who || /^(?:it|they|its\s|their\s)/i.test(who)) continue;
      const at = span.start + m.index + m[0].indexOf(who, m[0].search(/\s(?:said|says|stated|insisted)\s/i) + 2);
      pushAll(out.deniedBy, resolveActors(text, { start: at, end: at + who.length }, entities, false));
    }
  }
  objectOf(SUSPECT_RE, out.blamedOn);
  objectOf(CHARGED_MEMBERS_RE, out.blamedOn);
  if (rejections) subjectOf(REJECT_ACCUSATION_RE, out.deniedBy, false);
  // "held X responsible for a surge in attacks, a charge Y denies": the denial answers that other charge.
  const otherCharges = chargeAboutOther(slice);
  // "blamed India, which denied it": the one named right before the relative pronoun denies.
  for (const m of otherCharges ? [] : slice.matchAll(WHICH_DENIED_RE)) {
    const at = span.start + m.index;
    const before = entities.filter((e) => e.kind !== 'place' || e.subtype === 'country').find((e) => e.mentions.some((x) => x.end === at));
    if (!before) continue;
    out.cue = true;
    pushAll(out.deniedBy, [stateOfMission(before.name)]);
  }
  for (const m of otherCharges ? [] : slice.matchAll(CHARGE_DENIED_RE)) {
    out.cue = true;
    const who = m[1] ?? '';
    const at = span.start + m.index + m[0].indexOf(who);
    pushAll(out.deniedBy, resolveActors(text, { start: at, end: at + who.length }, entities, false));
  }
  subjectOf(CARRIED_RE, out.blamedOn, false);
  subjectOf(INVOLVED_RE, out.blamedOn, false);
  objectOf(DOERS_BELONG_RE, out.blamedOn);
  objectOf(ATTRIBUTED_EVENT_RE, out.blamedOn);
  subjectOf(BEHIND_EVENT_RE, out.blamedOn, false);
  for (const m of slice.matchAll(DOERS_WERE_RE)) {
    // Only a named group counts: "the attackers were young men" names no one.
    const obj = phraseAfter(text, span.start + m.index + m[0].length, span.end);
    if (!obj || !entities.some((e) => e.kind === 'organization' && e.mentions.some((x) => x.start >= obj.start && x.end <= obj.end))) continue;
    out.cue = true;
    pushAll(out.blamedOn, resolveActors(text, obj, entities, false));
  }
  for (const m of slice.matchAll(FORCE_EVENT_RE)) {
    const word = (m[1] ?? '').toLowerCase();
    // The force named in the article ("the Sudanese Armed Forces' army"): the one entity with that word, else the word.
    const named = entities.filter((e) => e.kind === 'organization' && e.name.toLowerCase().split(/\s+/).includes(word));
    pushAll(out.blamedOn, [named.length === 1 && named[0] ? named[0].name : word]);
  }
  if (referenceOnly) {
    subjectOf(BEHIND_IT_RE, out.blamedOn, false);
    // "The governor said the X Front had launched it from across the border": the doer of the act referred to.
    subjectOf(DID_IT_RE, out.blamedOn, true);
    objectOf(EVENT_BLAMED_ON_RE, out.blamedOn);
    // "It blamed the strikes on X": the event named by reference, the one just reported.
    for (const m of slice.matchAll(BLAMED_EVENT_ON_RE)) {
      out.cue = true;
      const obj = phraseAfter(text, span.start + m.index + m[0].length, span.end);
      if (obj) pushAll(out.blamedOn, resolveActors(text, obj, entities, false));
    }
    // "It accused Morocco of targeting people searching for gold": a charge of an act of violence, right after its report.
    for (const m of slice.matchAll(/\b(?:accused|accuses|accusing)\s+/gi)) {
      const objStart = span.start + m.index + m[0].length;
      const obj = phraseAfter(text, objStart, span.end);
      if (!obj || !/^\s(?:of)\s/i.test(text.slice(obj.end, obj.end + 4)) || !ATTACK_GERUND_RE.test(text.slice(obj.end, obj.end + 60))) continue;
      out.cue = true;
      pushAll(out.blamedOn, resolveActors(text, obj, entities, false));
    }
    for (const m of slice.matchAll(new RegExp(String.raw`\b(?:blamed|blames|blame|blaming|${FINGER})\s+(?!on\b)`, 'gi'))) {
      const objStart = span.start + m.index + m[0].length;
      const rest = text.slice(objStart, span.end);
      // "blamed X for ...": only "for" opens the complement ("the coalition, of which X is a member", "the most powerful of the militias" do not),
      // and only right after the object: "blamed the KNF, an armed group fighting for a homeland" has none.
      const objEnd = phraseAfter(text, objStart, span.end)?.end ?? objStart;
      const forAt = /\sfor\s/i.exec(rest.slice(0, Math.max(0, objEnd - objStart) + 5)) ?? (/^\s(?:for|of)\s/i.test(text.slice(objEnd, objEnd + 5)) ? { index: objEnd - objStart } : null);
      // "blamed X for it", "blame X for planning it": the complement refers back to the incident.
      if (forAt && !/^\s(?:for|of)\s(?:(?:planning|ordering|carrying out|launching|staging|organi[sz]ing|directing)\s+)?(?:it|this|that|them)\b/i.test(rest.slice(forAt.index)) && !EVENT_REFERENCE_RE.test(rest.slice(forAt.index))) continue;
      out.cue = true;
      const obj = phraseAfter(text, objStart, forAt ? objStart + forAt.index : span.end);
      if (obj) pushAll(out.blamedOn, resolveActors(text, obj, entities, false));
    }
    return out;
  }
  for (const m of slice.matchAll(BLAME_OBJECT_RE)) {
    out.cue = true;
    const objStart = span.start + m.index + m[0].length;
    const forAt = /\s(?:for|of)\s/i.exec(text.slice(objStart, span.end));
    // "blamed X for previous attacks", "accused X of similar bombings": a charge about other events.
    // "accused X of failing to secure the border": a charge of another kind.
    if (forAt && otherCharge(text.slice(objStart + forAt.index, objStart + forAt.index + 80), adjacentComplement(text.slice(objStart, span.end), forAt.index))) continue;
    const end = forAt ? objStart + forAt.index : span.end;
    // "pointed the finger at the Tripoli-based Government of National Unity": "of" inside a name does not end the object.
    const obj = wholeNames(phraseAfter(text, objStart, end), entities, span.end);
    if (obj) pushAll(out.blamedOn, resolveActors(text, obj, entities, false));
  }
  for (const m of slice.matchAll(HELD_RESPONSIBLE_RE)) {
    out.cue = true;
    // "held X responsible for a surge in attacks": a charge about other events.
    if (otherCharge(slice.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    const s = span.start + m.index + m[0].indexOf(m[1] ?? '');
    pushAll(out.blamedOn, resolveActors(text, { start: s, end: s + (m[1] ?? '').length }, entities, false));
  }
  objectOf(BLAMED_ON_RE, out.blamedOn);
  objectOf(ATTRIBUTED_TO_RE, out.blamedOn);
  subjectOf(BLAMED_SUBJECT_RE, out.blamedOn, false);
  objectOf(BLAMED_EVENT_ON_RE, out.blamedOn);
  objectOf(LINKED_TO_RE, out.blamedOn);
  for (const m of slice.matchAll(PASSIVE_AGENT_RE)) {
    out.cue = true;
    const obj = phraseAfter(text, span.start + m.index + m[0].length, span.end);
    // Only a doer: a name or an armed-group noun ("by suspected militants"), not a means or a witness.
    if (obj) pushAll(out.blamedOn, resolveActors(text, obj, entities, true).filter((n) => !MEANS_RE.test(n)));
  }
  for (const m of slice.matchAll(AGENT_BY_RE)) {
    // "a disarmament campaign launched by the government": a programme's author is not an attacker.
    if (NON_ATTACK_BEFORE_RE.test(slice.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.cue = true;
    const obj = phraseAfter(text, span.start + m.index + m[0].length, span.end);
    if (obj) pushAll(out.blamedOn, resolveActors(text, obj, entities, false));
  }
  subjectOf(BEHIND_RE, out.blamedOn, false);
  for (const m of slice.matchAll(ATTACK_SUBJECT_RE)) {
    const before = slice.slice(0, m.index);
    if (/\b(?:was|were|been|being|is|are)\s*$/i.test(before)) continue;
    // "Ybañez was a rebel killed in a firefight": a participle a preposition follows is passive, told of the victim.
    if (/^\s(?:killed|shot dead|gunned down|massacred|executed|beheaded|kidnapped|abducted)$/i.test(m[0]) && /^\s+(?:in|during|by|while|near|at|on)\b/i.test(slice.slice((m.index ?? 0) + m[0].length))) continue;
    // "X said its fighters had fired": the speaker's own forces, a claim (CLAIM_SAID_IT_RE), not blame;
    // "X denied that its troops had shelled": a denial (DENY_RE), not blame either.
    if (/\b(?:said|says|announced|stated|denied|denies|denying)\s+(?:\S+\s+){0,3}?(?:its|their)\s+(?:\S+\s+){0,2}?(?:had|have|has)?\s*$/i.test(before)) continue;
    // "denied that Tajik forces had fired": what the denial says did not happen names no doer.
    if (/\b(?:denied|denies|denying)\s+(?:that\s+)?(?:\S+\s+){1,4}?(?:had|have|has)?\s*$/i.test(before)) continue;
    // "Kyrgyz troops had later fired": the auxiliary and an adverb are no part of the doer.
    const subj = subjectBefore(text, span.start, span.start + m.index - (/\s(?:had|have|has)(?:\s+(?:\w+ly|later|also|then|earlier|since|already|again|first))?\s*$/i.exec(before)?.[0].length ?? 0));
    // "An army airstrike hit ...": the event is no doer (its maker is read by FORCE_EVENT_RE).
    // "Separatist gunmen shot ...": the narrative's doer noun names no party; only a name or a description that points to one is blamed.
    // "jihadists first attacked", "Gunmen armed with rifles attacked": the doer noun is judged without the clause's words.
    // '"soldiers of the caliphate" had killed': doers named in someone's quoted words are that speaker's label, no party.
    if (!subj || /^\s*["“]/.test(text.slice(subj.start, subj.end))) continue;
    // "dozens of settlers stormed the village": a community the doers belong to is who the report blames.
    const community = communityNoun(cleanPhrase(text.slice(subj.start, subj.end)));
    if (community) { pushAll(out.blamedOn, [community]); continue; }
    pushAll(out.blamedOn, resolveActors(text, subj, entities, true, false).filter((n) => !EVENT_HEAD_RE.test(n) && !genericDoer(n) && partyPhrase(n, entities, true) !== null));
  }
  // "the ministry said the drones were Ukrainian": the weapons or doers given a people's name blame its country.
  for (const m of slice.matchAll(DOERS_NATIONALITY_RE)) {
    const country = countryOfPeople(m[1] ?? '');
    if (!country) continue;
    out.cue = true;
    pushAll(out.blamedOn, [country]);
  }
  // "a Kyrgyz drone had dropped explosives", "Ukrainian drones struck a depot": the weapon's country is blamed.
  for (const m of slice.matchAll(PEOPLE_WEAPON_RE)) {
    const country = countryOfPeople(m[1] ?? '');
    if (country) pushAll(out.blamedOn, [country]);
  }
  for (const m of slice.matchAll(DEMONYM_RE)) {
    if (m[1] === 'us') continue;
    const country = DEMONYMS[(m[1] ?? '').toLowerCase()];
    if (country) pushAll(out.blamedOn, [country]);
  }
  return out;
}

/** Adds the names of `b` to those of `a`, keeping order and dropping case-insensitive repeats. */
export function mergeRoles(a: Roles, b: Roles): Roles {
  const out: Roles = { claimedBy: [...a.claimedBy], deniedBy: [...a.deniedBy], blamedOn: [...a.blamedOn] };
  pushAll(out.claimedBy, b.claimedBy);
  pushAll(out.deniedBy, b.deniedBy);
  pushAll(out.blamedOn, b.blamedOn);
  return out;
}
