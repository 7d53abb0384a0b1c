/**
 * Types a capitalised name nobody knows by the words around it: "the village of X" and "in X,
 * Tennessee" make places, "think tank X", "X, a Dogon militia," and "an analyst at X" make
 * organizations, "X, a shopkeeper" a person. News introduces new actors exactly this way, so these
 * cues generalise where a list of names cannot.
 */
import {
  ORG_APPOSITIVE_HEADS, ORG_NOUNS_BEFORE, ORG_TAILS, PERSON_APPOSITIVE_HEADS, PERSON_AT_NOUNS, PLACE_APPOSITIVE_HEADS, PLACE_HYPHEN_SUFFIXES,
  PLACE_OF_NOUNS, PLURAL_PLACE_TAILS,
} from './context-vocab';
import type { Token } from './tokenize';

/** What the context says about a name, or null when it says nothing. */
export type ContextKind = 'person' | 'organization' | 'place';

/** People named by where they live or work the land: "from X" after them is a place. */
const PEOPLE_FROM_PLACE = /^(farmers?|fisherm[ae]n|villagers?|shopkeepers?|herders?|traders?|merchants?|vendors?|residents|natives|housewife|widow|mother|father|grandmother|grandfather|families|family|woman|man|women|men|teacher|teachers|owners?|pilgrims|tourists|visitors|migrants|refugees|worshippers|youths|mourners|voters)$/;

/** Place nouns that may stand right before a place's name ("the provincial capital X", "the port city X"). */
const PLACE_NOUNS_BEFORE = /^(capital|city|town|village|hamlet|township|suburb)$/;

/** Nouns of a route or a line between two places ("the road between X and Y"). */
const ROUTE_NOUNS = /^(road|roads|highway|route|routes|railway|rail|line|border|frontier|flights?|corridor|crossing|stretch|trip|journey|convoy|convoys)$/;

const LOCATIVES = /^(in|near|outside|across|at|toward|towards|around|into|through|inside)$/;
const DETERMINERS = /^(the|a|an)$/;
/** What may follow a place head that ends its phrase: "the capital of", "a town near", "a city,". */
// ("X, a farming village about 25 km from …", "a district known for …", "a town close to …", "a village west of …":
// a distance, a description or a bearing after the head.)
const PLACE_HEAD_FOLLOWERS = /^(of|in|near|on|outside|where|that|which|about|some|roughly|around|nearly|known|located|close|home|just|along|across|bordering|west|east|north|south|northwest|northeast|southwest|southeast|,|\.|;)$/;

/** Words that may follow a person noun closing its appositive ("a farmer in", "a waitress who hid"). */
const PERSON_HEAD_FOLLOWERS = /^(who|whose|in|at|from|with|for|of|and|or|to|on|near|living|based|working|whom|since)$/;

/** The token opens a sentence or a line ("Residents of Spera said"). */
function atSentenceStart(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || !!tokens[i]?.newlineBefore || /^[.!?"“”]$/.test(before.text);
}

/** Person nouns a name is introduced after ("a bandit leader known as X", "a man named X"). */
const PERSON_NAMED_NOUNS = new Set([
  'leader', 'commander', 'man', 'woman', 'boy', 'girl', 'warlord', 'kingpin', 'chief', 'bandit', 'militant',
  'fighter', 'figure', 'preacher', 'cleric', 'suspect', 'gunman', 'son', 'daughter', 'brother', 'sister',
  'wife', 'husband', 'father', 'mother', 'child', 'teenager', 'ringleader', 'mastermind', 'emir', 'envoy',
]);

/** Nouns of places a name is introduced after ("a village called X", "the district known as X"). */
const PLACE_NAMED_NOUNS = new Set(['village', 'town', 'city', 'district', 'area', 'region', 'settlement', 'hamlet', 'camp', 'neighbourhood', 'neighborhood', 'island', 'valley', 'forest']);

/** Group nouns that do not make the name after "known as" an organization ("an operation called X"). */
const NOT_NAMED_BODIES = new Set(['operation', 'arm', 'umbrella']);

/**
 * "a bandit leader known as X", "allied militias known as X", "the naval mission in the Red Sea, known
 * as X", 'a group calling itself the "X"': the noun the name is given to types it.
 */
export function namedAsKind(tokens: Token[], from: number): ContextKind | null {
  let p = from - 1;
  const quote = (k: number): boolean => /^["“‘']$/.test(tokens[k]?.text ?? '');
  while (quote(p)) p--;
  if (tokens[p]?.lower === 'the') p--;
  while (quote(p)) p--;
  const w = tokens[p]?.lower ?? '';
  let q: number;
  if (w === 'as' && /^(known|designated|identified)$/.test(tokens[p - 1]?.lower ?? '')) q = p - 2;
  else if (/^(itself|themselves)$/.test(w) && /^(calling|calls|call|called|naming|names|styling|styles|styled)$/.test(tokens[p - 1]?.lower ?? '')) return 'organization';
  else if (/^(called|named|dubbed)$/.test(w)) q = p - 1;
  else return null;
  for (let k = q; k >= Math.max(0, q - 10); k--) {
    const t = tokens[k];
    if (!t || /^[.;:!?"“”]$/.test(t.text)) return null;
    if (!t.word) continue;
    if (t.cap) {
      // "in the Red Sea, known as X": a place phrase after the noun is passed over; any other name is what X names.
      let m = k;
      while (m > 0 && (tokens[m]?.cap || tokens[m]?.lower === 'the')) m--;
      if (!/^(in|of|on|at|near|off|from)$/.test(tokens[m]?.lower ?? '')) return null;
      k = m;
      continue;
    }
    if (/ly$/.test(t.lower)) continue;
    // The noun right before is the one named: "a bandit leader", "allied militias".
    const sing = t.lower.endsWith('s') && !t.lower.endsWith('ss') ? t.lower.slice(0, -1) : t.lower;
    if (PERSON_NAMED_NOUNS.has(t.lower) || PERSON_NAMED_NOUNS.has(sing)) return 'person';
    if (PLACE_NAMED_NOUNS.has(t.lower) || PLACE_NAMED_NOUNS.has(sing)) return 'place';
    if (NOT_NAMED_BODIES.has(sing)) return null;
    if (ORG_APPOSITIVE_HEADS.has(t.lower) || ORG_APPOSITIVE_HEADS.has(sing) || ORG_TAILS.has(t.lower) || ORG_TAILS.has(sing) || sing === 'mission' || sing === 'militia') return 'organization';
    return null;
  }
  return null;
}

/** Words of going or carrying somewhere: "to X" after them is where ("flown to X", "fled to X", "routes to X"). */
const MOTION_TO = /^(flown|flew|airlifted|evacuated|rushed|taken|transferred|relocated|fled|flee|fleeing|travelled|traveled|deported|deployed|redeployed|displaced|retreated|withdrew|returned|moved|driven|marched|headed|heading|routes?|flights?|roads?|buses|diverted|rerouted|redirected)$/;

/**
 * "The bodies were flown to X", "routes to X, Y and Z": the name, or a name further along a list opened
 * by "to" after a word of going or carrying, is where they went.
 */
function afterMotionTo(tokens: Token[], from: number): boolean {
  let p = from - 1;
  for (let items = 0; items < 4; items++) {
    if (tokens[p]?.lower === 'to') return MOTION_TO.test(tokens[p - 1]?.lower ?? '');
    if (tokens[p]?.text !== ',' && tokens[p]?.lower !== 'and') return false;
    p--;
    if (tokens[p]?.text === ',') p--;
    if (!tokens[p]?.cap) return false;
    while (tokens[p]?.cap || (tokens[p]?.text === '-' && !tokens[p]?.spaceBefore)) p--;
  }
  return false;
}

/** Nouns of elected legislators ("a lawmaker who represents X"). */
const LEGISLATOR_NOUNS = /^(lawmaker|legislator|mp|deputy|senator|congressman|congresswoman|parliamentarian|representative|councillor|councilor)$/;

/** The kind the words before the name suggest. */
function kindBefore(tokens: Token[], from: number): ContextKind | null {
  const named = namedAsKind(tokens, from);
  if (named) return named;
  if (afterMotionTo(tokens, from)) return 'place';
  let p = from - 1;
  const prev = tokens[p];
  if (!prev) return null;
  const noun = tokens[p - 1];
  if (prev.lower === 'of' && noun && PLACE_OF_NOUNS.has(noun.lower) && (!noun.cap || atSentenceStart(tokens, p - 1))) return 'place';
  // "think tank X" — but not "third-party X", where the noun ends a hyphenated modifier.
  if (prev.word && !prev.cap && ORG_NOUNS_BEFORE.has(prev.lower) && !(tokens[p - 1]?.text === '-' && !prev.spaceBefore)) return 'organization';
  // "a Republican from Savannah", "a lawmaker from Kano": where a politician comes from is a place.
  if (prev.lower === 'from' && /^(democrat|republican|lawmaker|legislator|congressman|congresswoman|senator|representative|native|resident|independent)$/.test(tokens[p - 1]?.lower ?? '')) return 'place';
  // "a farmer from Saghata", "villagers from Kourani": people of the land come from a place, not a firm.
  if (prev.lower === 'from' && PEOPLE_FROM_PLACE.test(tokens[p - 1]?.lower ?? '')) return 'place';
  // "a lawmaker who represents Chabahar": what a legislator represents is a constituency.
  if (/^(represents|representing|represented)$/.test(prev.lower) && tokens.slice(Math.max(0, p - 6), p).some((t) => LEGISLATOR_NOUNS.test(t.lower))) return 'place';
  // "the uprising that toppled Muammar Gaddafi": whom an uprising or a coup topples is a ruler.
  if (/^(toppled|topple|ousted|oust|overthrew|overthrow|deposed|depose)$/.test(prev.lower) && from + 1 < tokens.length && tokens[from + 1]?.cap && !tokens[from]?.upper) return 'person';
  // "the party led by Keiko Fujimori": a two- or three-word name after "led by" / "headed by" is a person.
  if (prev.lower === 'by' && /^(led|headed|chaired|founded|co-founded)$/.test(tokens[p - 1]?.lower ?? '') && from + 1 < tokens.length && !tokens[from]?.upper) return 'person';
  // "first reported by Jeune Afrique", "aired by Rudaw": what publishes or airs a story is an outlet.
  if (prev.lower === 'by' && /^(reported|published|broadcast|aired|carried|revealed)$/.test(tokens[p - 1]?.lower ?? '')) return 'organization';
  // "Shenzhen-based Qianhai Microelectronics": what a place is the base of is a company or body.
  if (/^(based|listed|headquartered|registered)$/.test(prev.lower) && tokens[p - 1]?.text === '-' && !prev.spaceBefore && from + 1 < tokens.length) return 'organization';
  if (prev.lower === 'calling' || prev.lower === 'called' || prev.lower === 'named') {
    const q = tokens[p - 1]?.lower ?? '';
    if (ORG_NOUNS_BEFORE.has(q)) return 'organization';
  }
  // "the provincial capital Dalanzadgad", "the port city Hodeidah": a place noun right before the name, after
  // an article or a lower-case adjective, names it.
  if (!prev.cap && PLACE_NOUNS_BEFORE.test(prev.lower) && (DETERMINERS.test(tokens[p - 1]?.lower ?? '') || (!!tokens[p - 1]?.word && !tokens[p - 1]?.cap && DETERMINERS.test(tokens[p - 2]?.lower ?? ''))) && !tokens[from]?.upper) return 'place';
  // "The village, Tounga-Kali, lies …": a name set off by commas right after "the <place noun>" names it.
  if (prev.text === ',' && tokens[from + 1] !== undefined && PLACE_APPOSITIVE_HEADS.has(tokens[p - 1]?.lower ?? '') && DETERMINERS.test(tokens[p - 2]?.lower ?? '')) {
    let end = from;
    while (tokens[end]?.cap || (tokens[end]?.text === '-' && !tokens[end]?.spaceBefore)) end++;
    if (tokens[end]?.text === ',') return 'place';
  }
  // "the road between X and Y", "flights between X and Y": the ends of a route are places.
  if (prev.lower === 'between' && ROUTE_NOUNS.test(tokens[p - 1]?.lower ?? '')) return 'place';
  if (DETERMINERS.test(prev.lower)) p--;
  const prep = tokens[p]?.lower ?? '';
  if (/^(at|for|with|from)$/.test(prep) && PERSON_AT_NOUNS.has(tokens[p - 1]?.lower ?? '')) return 'organization';
  return null;
}

/** ", a Dogon self-defence militia," / ", a shopkeeper in ...": the appositive's head noun. */
function appositiveKind(tokens: Token[], b: number): ContextKind | null {
  if (tokens[b]?.text !== ',') return null;
  // ", once the political wing of …", ", now the main opposition party,": a word of time before the article.
  const open = /^(once|formerly|now|still|then|long)$/.test(tokens[b + 1]?.lower ?? '') ? b + 2 : b + 1;
  for (let k = open; k < open + 7; k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === '.' || t.text === ';' || t.text === '(') return null;
    if (!t.word) continue;
    if (k === open && !DETERMINERS.test(t.lower) && !/^(its|his|her|their|one|another)$/.test(t.lower)) return null;
    // ", an attack the army blamed on ...": a second article opens another phrase (a relative clause's subject).
    if (k > open && DETERMINERS.test(t.lower)) return null;
    if (t.cap) continue;
    // ", the commission's chair": a head with a possessive qualifies the real head after it.
    if (/^[’']s?$/.test(tokens[k + 1]?.text ?? '')) continue;
    if (/^(who|which|that|whose|in|of|for|at|on|with|to|from|by|and|is|was|said|says)$/.test(t.lower)) return null;
    if (ORG_APPOSITIVE_HEADS.has(t.lower) && !PERSON_APPOSITIVE_HEADS.has(tokens[k + 1]?.lower ?? '')) return 'organization';
    // ", the capital of Kedah", ", a town near ...": a place head closing its own phrase.
    if (PLACE_APPOSITIVE_HEADS.has(t.lower) && PLACE_HEAD_FOLLOWERS.test(tokens[k + 1]?.text ?? '')) return 'place';
    // ("X, a refugee camp": a person noun qualifying another noun is no head.)
    const after = tokens[k + 1];
    if (PERSON_APPOSITIVE_HEADS.has(t.lower) && !(after?.word && !after.cap && !PERSON_HEAD_FOLLOWERS.test(after.lower))) return 'person';
  }
  return null;
}

/** Kin and home nouns only a person has ("whose nephew", "whose husband", "whose house"). */
const KIN_NOUNS = /^(nephew|niece|son|sons|daughter|daughters|husband|wife|brother|brothers|sister|sisters|father|mother|parents|cousin|uncle|aunt|grandson|granddaughter|child|children|family|house|home)$/;

/** Nouns of a person who heads, leads or lives in a place or body ("the village head of X"). */
const HEAD_OF_NOUNS = /^(head|chief|leader|leaders|mayor|governor|prefect|sub-prefect|subprefect|wali|administrator|commissioner|ambassador|envoy|elder|elders|resident|residents|member|members|headman|chairman|chairwoman|director|commander|secretary|president|spokesman|spokeswoman|spokesperson)$/;

/**
 * The name stands where a person noun's place or body goes: "a coffee farmer in X", "traders from X",
 * "the village head of X" (not "the son of X", whose relative clause is X's).
 */
export function placeOfPerson(tokens: Token[], from: number): boolean {
  let p = from - 1;
  if (DETERMINERS.test(tokens[p]?.lower ?? '')) p--;
  const prep = tokens[p]?.lower ?? '';
  const noun = tokens[p - 1];
  if (!noun || !noun.word || noun.cap) return false;
  if (/^(in|near|from|outside)$/.test(prep)) return PEOPLE_FROM_PLACE.test(noun.lower) || PERSON_AT_NOUNS.has(noun.lower) || HEAD_OF_NOUNS.test(noun.lower);
  return prep === 'of' && HEAD_OF_NOUNS.test(noun.lower);
}

/** Words of what an armed or political body does, standing between its name and its kind ("guerrilla group"). */
const ARMED_QUALIFIERS = /^(guerrilla|guerilla|armed|militant|rebel|insurgent|jihadist|separatist|criminal|paramilitary|opposition|political|islamist|nationalist|vigilante|self-defence|self-defense)$/;

/** The kind the words after the name suggest ("X-based", "X and Y crossings", "in X, Tennessee"). */
function kindAfter(tokens: Token[], from: number, b: number, placeStartsAt: (i: number) => boolean): ContextKind | null {
  const next = tokens[b];
  if (!next) return null;
  if (next.text === '-' && !next.spaceBefore && PLACE_HYPHEN_SUFFIXES.has(tokens[b + 1]?.lower ?? '')) return 'place';
  // "Micheline Kasongo, who heads ...": "who" follows a person (organizations take "which").
  // ("a farmer in Tunar Bajo, who ...", "the village head of Ban Kho, whose ...": the clause is the person's
  // before the name, which only says where the person lives or what the person heads.)
  if (next.text === ',' && /^(who|whose)$/.test(tokens[b + 1]?.lower ?? '') && placeOfPerson(tokens, from)) return null;
  if (next.text === ',' && tokens[b + 1]?.lower === 'who' && b - from >= 2) return 'person';
  // "Dut Akol Chol, whose nephew was taken": a name whose kin or home is spoken of is a person's.
  if (next.text === ',' && tokens[b + 1]?.lower === 'whose' && KIN_NOUNS.test(tokens[b + 2]?.lower ?? '') && b - from >= 2) return 'person';
  // "Rahima Khatun, 42, who fled": an age in commas follows only a person.
  if (next.text === ',' && /^\d{1,3}$/.test(tokens[b + 1]?.text ?? '') && /^[,.;]$/.test(tokens[b + 2]?.text ?? '') && Number(tokens[b + 1]?.text) < 120) return 'person';
  if (!next.cap && PLURAL_PLACE_TAILS.has(next.lower)) return 'place';
  // "according to Tradeweb data", "Kpler figures showed": who compiles figures is a firm or a body.
  const cites = (tokens[from - 1]?.lower === 'to' && tokens[from - 2]?.lower === 'according') || /^(show|shows|showed|suggest|suggested)$/.test(tokens[b + 1]?.lower ?? '');
  if (!next.cap && /^(data|figures|estimates|statistics)$/.test(next.lower) && b - from <= 2 && cites) return 'organization';
  if (!next.cap && next.spaceBefore && ORG_TAILS.has(next.lower) && b - from <= 3) return 'organization';
  // "the Jaime Martinez front", "the Carlos Patiño column": a unit of guerrillas named after a person (one
  // word before "front" is a war's front: "the Donetsk front").
  // ("the West African bloc ECOWAS": a name after the noun is the body's; the words before only describe it.)
  if (!next.cap && /^(front|bloc|column)$/.test(next.lower) && b - from >= 2 && b - from <= 3 && tokens[from - 1]?.lower === 'the' && !tokens[b + 1]?.cap) return 'organization';
  // "the Shining Path guerrilla group", "the Kamwina Nsapu armed movement": one word of what the body does before its kind.
  // ("a Sunni militant group": after "a", the capitalised word is the group's faith or people, not its name.)
  if (!next.cap && ARMED_QUALIFIERS.test(next.lower) && ORG_TAILS.has(tokens[b + 1]?.lower ?? '') && b - from <= 3 && !/^(a|an)$/.test(tokens[from - 1]?.lower ?? '')) return 'organization';
  // "the Tengrin news website reported", "its Amaq news agency": a medium's noun after "news".
  if (!next.cap && next.lower === 'news' && ORG_APPOSITIVE_HEADS.has(tokens[b + 1]?.lower ?? '') && b - from <= 3) return 'organization';
  if ((next.lower === 'and' || next.text === ',') && tokens[b + 1]?.cap && PLURAL_PLACE_TAILS.has(tokens[b + 2]?.lower ?? '')) return 'place';
  // "between Nabatieh and the village of Kfar Tebnit": a name coordinated with "the village of ..." is a place too.
  if (next.lower === 'and' && tokens[b + 1]?.lower === 'the' && PLACE_OF_NOUNS.has(tokens[b + 2]?.lower ?? '') && tokens[b + 3]?.lower === 'of' && /^(between|in|near|from|to)$/.test(tokens[from - 1]?.lower ?? '')) return 'place';
  let p = from - 1;
  if (DETERMINERS.test(tokens[p]?.lower ?? '')) p--;
  if (next.text === ',' && LOCATIVES.test(tokens[p]?.lower ?? '') && placeStartsAt(b + 1)) return 'place';
  return null;
}

/**
 * "A spokesman for the National Police Service, Muthoni Kamau, rejected …": a name of two to four words
 * set off by commas right after "<person noun> for/of/at <a body's capitalised name>" is the person the
 * noun describes, however unfamiliar the name.
 */
function namedAfterTitledBody(tokens: Token[], from: number, b: number): ContextKind | null {
  if (tokens[from - 1]?.text !== ',' || tokens[b]?.text !== ',' || b - from < 2 || b - from > 4) return null;
  const bodyEnd = from - 2;
  if (!tokens[bodyEnd]?.cap) return null;
  // Back over the body's name ("the Ministry of Health") to the "for"/"of"/"at" a lower-case person noun stands before.
  for (let q = bodyEnd - 1; q > 0 && q >= bodyEnd - 9; q--) {
    const t = tokens[q];
    if (!t?.word) return null;
    if (t.cap || t.lower === 'the' || t.lower === 'and') continue;
    if (!/^(for|of|at)$/.test(t.lower)) return null;
    const noun = tokens[q - 1];
    if (noun?.word && !noun.cap) return HEAD_OF_NOUNS.test(noun.lower) ? 'person' : null;
  }
  return null;
}

/** Words that open the noun phrase a person noun closes ("a neighbour", "the victim's uncle", "his cousin"). */
const PERSON_NOUN_OPENERS = /^(a|an|the|his|her|their|one|another)$/;

/**
 * "A neighbour, Belgacem Hamdi, said", "the victim's uncle, Lounes Amrane, told": a name of two to four
 * words set off by commas right after a noun phrase closed by a person noun is that person, however
 * unfamiliar the name.
 */
function namedAfterPersonNoun(tokens: Token[], from: number, b: number): ContextKind | null {
  if (tokens[from - 1]?.text !== ',' || tokens[b]?.text !== ',' || b - from < 2 || b - from > 4) return null;
  const noun = tokens[from - 2];
  if (!noun?.word || noun.cap || !(PERSON_APPOSITIVE_HEADS.has(noun.lower) || KIN_NOUNS.test(noun.lower))) return null;
  // Back over at most two lower-case modifiers, or a possessive ("the victim's"), to the phrase's opener.
  for (let q = from - 3; q >= Math.max(0, from - 7); q--) {
    const t = tokens[q];
    if (!t) return null;
    if (PERSON_NOUN_OPENERS.test(t.lower)) return 'person';
    // ("his Tajik counterpart": a people's or a body's capitalised word may qualify the noun too.)
    if (/^[’']s$/.test(t.text) || t.word) continue;
    return null;
  }
  return null;
}

/** The kind the context gives the name at tokens [from, b), or null. */
export function contextKind(tokens: Token[], from: number, b: number, placeStartsAt: (i: number) => boolean): ContextKind | null {
  return kindBefore(tokens, from) ?? kindAfter(tokens, from, b, placeStartsAt) ?? appositiveKind(tokens, b) ?? namedAfterTitledBody(tokens, from, b) ?? namedAfterPersonNoun(tokens, from, b);
}
