/**
 * Which party a role's noun phrase names. Reports give the claimant or the accused as a description
 * that contains or points to a name ("inmates from the Red Moon gang", "fighters of 4K", "a message
 * signed by the Red Moon", "a spokesman for 4K"), or as a bare doer noun that names no party at all
 * ("gunmen", "Separatist fighters", "hackers"). Reading the phrase's shape, not its wording, lets a
 * role go to the party whatever the sentence's verb, and lets a doer noun that names nobody be dropped.
 */
import type { Entity, Span } from '../types';
import { countryOfPeople } from './countries';

/** Nouns for people who act for a party: members, fighters, inmates of a gang, men of a unit. */
const MEMBER_NOUN = String.raw`(?:members?|fighters?|militants?|gunm[ae]n|men|inmates?|prisoners?|cadres?|commanders?|leaders?|loyalists?|supporters?|followers?|units?|elements?|operatives?|soldiers?|troops|guerrillas?|rebels?|insurgents?|militiamen|youths?|affiliates?|wing|arm|remnants?|cells?|branch(?:es)?|factions?|splinter (?:group|faction)s?|offshoots?)`;

/** Words that head a party's own voice: its spokesman, its statement. */
const VOICE_NOUN = String.raw`(?:spokes(?:man|woman|person)|representatives?|statement|message|communiqu[eé]|letter|video|post|note|leaflet|audio (?:message|recording)|recording)`;

/** Words of a party's kind that may follow its name ("the Red Moon gang", "4K militia"). */
const KIND_NOUN = String.raw`(?:gang|group|militia|movement|faction|network|cell|cartel|organi[sz]ation|brigade|battalion|front|army)s?`;

/**
 * A name as reports write it: capitalised words or tokens with digits ("Red Moon", "4K", "Barrio 9",
 * "MX-12"), joined by "of", "al-" and the like. A lowercase word ends it.
 */
const NAME_TOKEN = String.raw`(?:[\p{Lu}\d](?:[\p{L}\d'’-]|\.(?=\p{L}))*)`;
const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:(?:of|al|el|de|del|la|and)\s+)?${NAME_TOKEN})*`;

/** "<members> of|from|in|within|belonging to|loyal to [the] NAME [gang]" → NAME. */
const MEMBER_OF_RE = new RegExp(
  String.raw`^(?:(?:an?|the|some|several|two|three|four|five|\d+|dozens of|hundreds of|armed|suspected|alleged|rival|local|masked|senior|jailed|imprisoned)\s+)*(?:[\p{Ll}-]+\s+)?${MEMBER_NOUN}\s+(?:of|from|in|within|belonging to|loyal to|linked to|allied to|affiliated with|with)\s+(?:the\s+)?(${NAME})(?:\s+${KIND_NOUN})?\s*$`,
  'u',
);

/** "a spokesman for NAME", "a statement from NAME", "a message signed / issued by NAME ..." → NAME. */
const VOICE_OF_RE = new RegExp(
  String.raw`^(?:(?:an?|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}?${VOICE_NOUN}\s+(?:(?:for|from|of|by)|(?:[^,;.]{0,40}?\s)?(?:signed|issued|released|posted|sent|attributed to|purportedly from)\s+by|attributed to|purportedly from)\s+(?:the\s+)?(${NAME})(?:\s+${KIND_NOUN})?\b`,
  'u',
);

/** "the Red Moon's spokesman", "4K's statement": the party that owns the voice. */
const OWNED_VOICE_RE = new RegExp(String.raw`^(?:[Tt]he\s+)?(${NAME})[’']s\s+(?:[\p{Ll}-]+\s+){0,2}?${VOICE_NOUN}\b`, 'u');

/** "NAME leaders", "NAME members", "the NAME gang": the party named before its members or its kind. */
const NAME_THEN_MEMBERS_RE = new RegExp(String.raw`^(?:[Tt]he\s+|[Aa]n?\s+)?(${NAME})\s+(?:${MEMBER_NOUN}|${KIND_NOUN})\s*$`, 'u');

/** A span inside `span` covered by an entity's mention that is not a place: the entity's name. */
function entityWithin(span: Span, entities: Entity[]): string | undefined {
  let best: { name: string; at: number } | undefined;
  for (const e of entities) {
    if (e.kind === 'place') continue;
    for (const m of e.mentions) {
      if (m.start >= span.start && m.end <= span.end && (!best || m.start < best.at)) best = { name: e.name, at: m.start };
    }
  }
  return best?.name;
}

const MINOR_WORD_RE = /^(?:of|the|and|for|in|al|el|de|del|la|wal)$/i;

/**
 * The organization an acronym stands for ("ADF" for "Allied Democratic Forces"): the one found whose
 * name's initials, or an alias, spell it. Reports name a group in full once and by its letters after;
 * the engine does not always tie the letters to the name.
 */
export function expandAcronym(token: string, entities: Entity[]): string | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(token)) return undefined;
  const found = entities.filter((e) => e.kind === 'organization' && (e.aliases.includes(token) ||
    e.name.split(/[\s-]+/).filter((w) => w && !MINOR_WORD_RE.test(w)).map((w) => w.charAt(0)).join('').toUpperCase() === token));
  return found.length === 1 ? found[0]?.name : undefined;
}

/** Words that start a sentence or a description and are not names ("The", "Some"). */
const NOT_A_NAME_RE = /^(?:The|A|An|Some|Several|Its|Their|His|Her|This|That|These|Those|Local|Police|Officials?|Government|Army|Military)$/;

function pointed(text: string, span: Span, m: RegExpExecArray, entities: Entity[]): string | undefined {
  const name = m[1];
  if (!name || NOT_A_NAME_RE.test(name)) return undefined;
  const raw = text.slice(span.start, span.end);
  const at = span.start + raw.indexOf(name, m.index);
  const known = entityWithin({ start: at, end: at + name.length }, entities) ?? expandAcronym(name, entities);
  if (known) return known;
  // A people's name is no party ("fighters from Dravia" are Dravian fighters, a description).
  if (countryOfPeople(name)) return undefined;
  return name;
}

/**
 * The party a description names: "inmates from the Red Moon gang" → "Red Moon", "fighters of 4K" →
 * "4K", "a spokesman for 4K" → "4K", "a message signed by the Red Moon" → "Red Moon". The entity's
 * canonical name when the engine found one there. Undefined when the phrase has no such shape.
 */
export function partyInDescription(text: string, span: Span, entities: Entity[]): string | undefined {
  const whole = text.slice(span.start, span.end);
  // "an X cell operating from the forest": the participle after the head noun opens a clause of its own.
  const raw = whole.trim().replace(/\s+\p{Ll}+ing$/u, '');
  const lead = whole.length - whole.trimStart().length;
  const inner = { start: span.start + lead, end: span.start + lead + raw.length };
  // The first word of a description is lowercased for the shapes that start with a common noun ("Inmates from").
  const lowered = raw.charAt(0).toLowerCase() + raw.slice(1);
  for (const re of [MEMBER_OF_RE, VOICE_OF_RE, OWNED_VOICE_RE, NAME_THEN_MEMBERS_RE]) {
    const m = re.exec(re === NAME_THEN_MEMBERS_RE || re === OWNED_VOICE_RE ? raw : lowered);
    // "Kuki militants", "Suspected militants": a capitalised word before a member noun is a people or the
    // sentence's first word; only a coined name (digits, capitals: "4K fighters", "MX-12 members") is a party there.
    if (m && re === NAME_THEN_MEMBERS_RE && !/\d|^\p{Lu}{2,}/u.test(m[1] ?? '')) continue;
    if (m) {
      const p = pointed(text, inner, m, entities);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * "fighters" + " of 4K, a Central African group": where a phrase cut at "of" / "from" goes on to a
 * name that its member noun points to. Returns the new length of `rest` to keep, or `len` unchanged.
 */
export function memberOfExtent(rest: string, len: number): number {
  const head = rest.slice(0, len);
  if (!new RegExp(String.raw`(?:^|\s)${MEMBER_NOUN}$`, 'iu').test(head)) return len;
  const tail = new RegExp(String.raw`^\s+(?:of|from|in|within|belonging to|loyal to)\s+(?:the\s+)?${NAME}(?:\s+${KIND_NOUN})?`, 'u').exec(rest.slice(len));
  return tail ? len + tail[0].length : len;
}

/** Nouns of people that a place or origin may qualify ("herders from across the frontier"). */
const PEOPLE_NOUN_RE = /(?:^|\s)(?:herders|herdsmen|farmers|tribesmen|clansmen|villagers|settlers|youths?|men|gunmen|fighters|militants|bandits|rebels|insurgents|smugglers|traffickers|poachers|raiders|nomads|militiamen)$/i;

/**
 * "herders" + " from across the frontier": a people noun cut at "from" keeps the origin that tells
 * who they are. Returns the new length to keep, or `len`.
 */
export function originExtent(rest: string, len: number): number {
  if (!PEOPLE_NOUN_RE.test(rest.slice(0, len))) return len;
  const tail = /^\s+from\s+(?:across|beyond|over|inside|outside|the|a|neighbouring|neighboring|nearby)\b[^,.;:()“”"]{2,50}?(?=[,.;:()“”"]|\s(?:who|which|that|and|but|said|had|have|were|was)\b|$)/i.exec(rest.slice(len));
  return tail ? len + tail[0].length : len;
}

/** Adjectives that describe doers without naming a party ("armed", "masked", "Separatist", "Islamist"). */
const GENERIC_ADJECTIVE_RE = /^(?:armed|unidentified|unknown|masked|suspected|alleged|hooded|heavily armed|several|some|two|three|four|five|six|\d+|dozens of|about \d+|[\p{L}-]*ists?|rebel|militant|jihadi|criminal|rival|local|young|foreign|other|gang|militia|group|cartel)$/iu;

/** Doer nouns that name no party by themselves. */
const DOER_NOUN_RE = /^(?:gunm[ae]n|men|members|attackers?|assailants?|hackers?|fighters?|militants?|insurgents?|rebels?|bandits?|raiders?|kidnappers?|abductors?|bombers?|jihadists?|separatists?|extremists?|terrorists?|criminals?|gangs?|groups?|people|individuals|persons|elements|militiamen|shooters?|perpetrators?)$/i;

/** A doer noun for one person. */
const SINGLE_DOER_RE = /^(?:gunman|attacker|assailant|bomber|shooter|militant|fighter|man)$/i;

/**
 * Whether a phrase is a bare doer noun that names no party: "gunmen", "Separatist gunmen", "armed
 * men", "hackers". A name ("Kuki militants", "Dravian troops") or a qualifier ("from X") is a party.
 */
export function genericDoer(phrase: string): boolean {
  const words = phrase.trim().replace(/^(?:the|a|an|some)\s+/i, '').split(/\s+/);
  const head = words.pop();
  if (!head || !DOER_NOUN_RE.test(head) || words.length > 2) return false;
  // "a Palestinian gunman", "a Dravian attacker": one person of a people is no side; "Dravian troops" are.
  const one = SINGLE_DOER_RE.test(head);
  return words.every((w) => (one && countryOfPeople(w) !== undefined) || (GENERIC_ADJECTIVE_RE.test(w) && !countryOfPeople(w)));
}

/** "herders from across the frontier", "youths from the hills of X": a people noun told by where they come from. */
export function describedByOrigin(phrase: string): boolean {
  const at = phrase.search(/\sfrom\s/i);
  return at > 0 && PEOPLE_NOUN_RE.test(phrase.slice(0, at)) && phrase.split(/\s+/).length <= 9;
}

/** Plural nouns of a community that acts as a side ("settlers", "herders", "villagers"), not of doers as such ("gunmen"). */
const COMMUNITY_NOUN_RE = /^(?:(?:armed|local|ethnic)\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:settlers|herders|herdsmen|tribesmen|clansmen|villagers|nomads|farmers|poachers|smugglers|traffickers|miners)$/u;

/**
 * "dozens of settlers stormed the village", "herders attacked": a community named as the doers of a
 * told act is the side the report blames, though no group's name is given. Returns the noun phrase
 * (without a count), or undefined when the phrase is no community noun.
 */
export function communityNoun(phrase: string): string | undefined {
  const p = phrase.trim().replace(/^(?:(?:about|around|some|nearly|more than|at least|up to)\s+)?(?:\d[\d,]*|dozens|scores|hundreds|a group|a band|a crowd|a mob)\s+of\s+/i, '').replace(/^(?:the|a|an)\s+/i, '');
  return COMMUNITY_NOUN_RE.test(p) ? p : undefined;
}
