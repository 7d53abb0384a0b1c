/**
 * Country names and the demonyms news uses for them. Countries are the least specific place an
 * incident can have, and a demonym before an attack ("Iranian missile attack") names who was blamed.
 */
import worldCountries from 'world-countries';

const COUNTRY_NAMES = `Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|
Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|
China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|
Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|India|Indonesia|Iran|Iraq|Ireland|
Israel|Italy|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Mali|
Mauritania|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|
North Korea|Norway|Oman|Pakistan|Palestine|Panama|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|
Saudi Arabia|Senegal|Serbia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|
Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Türkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|
United Kingdom|UK|U.K.|Britain|Great Britain|United States|US|U.S.|USA|U.S.A.|America|Uzbekistan|Venezuela|Vietnam|
Yemen|Zambia|Zimbabwe`;

/** Lower-cased country names and common short forms. */
export const COUNTRIES: ReadonlySet<string> = new Set(
  COUNTRY_NAMES.split('|').map((n) => n.trim().toLowerCase()).filter(Boolean),
);

/** Demonym or short adjective → the country name used as an actor ("Iranian" → "Iran"). */
export const DEMONYMS: Readonly<Record<string, string>> = {
  afghan: 'Afghanistan', american: 'United States', 'u.s.': 'United States', us: 'United States',
  azerbaijani: 'Azerbaijan', armenian: 'Armenia', british: 'United Kingdom', chinese: 'China',
  egyptian: 'Egypt', french: 'France', german: 'Germany', indian: 'India', iranian: 'Iran',
  iraqi: 'Iraq', israeli: 'Israel', jordanian: 'Jordan', lebanese: 'Lebanon', libyan: 'Libya',
  pakistani: 'Pakistan', palestinian: 'Palestine', russian: 'Russia', saudi: 'Saudi Arabia',
  somali: 'Somalia', sudanese: 'Sudan', syrian: 'Syria', turkish: 'Turkey', ukrainian: 'Ukraine',
  yemeni: 'Yemen', emirati: 'United Arab Emirates', qatari: 'Qatar', nigerian: 'Nigeria',
  ethiopian: 'Ethiopia', malian: 'Mali', belarusian: 'Belarus', 'north korean': 'North Korea',
};

/** True when the name is a country (by the list, or by the entity's own subtype). */
export function isCountryName(name: string, subtype?: string): boolean {
  if (subtype && /country|nation/i.test(subtype)) return true;
  return COUNTRIES.has(name.trim().toLowerCase().replace(/^the\s+/, ''));
}

/** Capital city (lower-cased) → the country whose government it stands for in news copy ("New Delhi" → "India"). */
const CAPITALS: ReadonlyMap<string, string> = new Map(
  worldCountries.flatMap((c) => (c.capital ?? []).map((cap): [string, string] => [cap.toLowerCase(), c.name.common])),
);
/** Demonyms of every country (lower-cased) → its common name, on top of DEMONYMS. */
const ALL_DEMONYMS: ReadonlyMap<string, string> = new Map(
  worldCountries.flatMap((c) => {
    const d = c.demonyms?.['eng']?.m;
    return d ? [[d.toLowerCase(), c.name.common] as [string, string]] : [];
  }),
);

/**
 * Whether a word is the adjective of a country's people ("Kyrgyz", "Ecuadorian", "Tajik"): by the
 * demonym lists, or as the stem of a country's name ("Kyrgyz" + "stan", "Ecuador" + "ian"). Such a
 * word before a noun ("Kyrgyz villages") says which country, never names a town.
 */
export function isPeopleAdjective(word: string): boolean {
  return countryOfPeople(word) !== undefined;
}

/** The country a people's adjective names ("Kyrgyz" → "Kyrgyzstan"), see isPeopleAdjective. */
export function countryOfPeople(word: string): string | undefined {
  const w = word.trim().toLowerCase();
  const listed = DEMONYMS[w] ?? ALL_DEMONYMS.get(w);
  if (listed || !/^[a-z]{4,}$/.test(w)) return listed;
  const title = (c: string): string => c.replace(/\b\p{L}/gu, (x) => x.toUpperCase());
  for (const suffix of ['stan', 'istan']) if (COUNTRIES.has(w + suffix)) return title(w + suffix);
  const stem = /^(.{4,}?)(?:ians?|eans?|ans?|is|i|ese|ish)$/.exec(w)?.[1];
  if (!stem) return undefined;
  for (const c of COUNTRIES) if (c.startsWith(stem) && !c.includes(' ') && c.length - stem.length <= 2) return title(c);
  return undefined;
}

/** Buildings that stand for a state's government or defence ministry in news copy. */
const SEATS: Readonly<Record<string, string>> = {
  pentagon: 'United States', 'white house': 'United States', 'state department': 'United States', kremlin: 'Russia',
  'downing street': 'United Kingdom', elysee: 'France', 'élysée': 'France', 'blue house': 'South Korea',
};

/** A body of a state named by its country ("India's foreign ministry", "the Indian army", "Russian forces"). */
const STATE_BODY_RE = /^(?:the\s+)?(.+?)(?:[’']s)?\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|embassy|consulate|mission|army|military|forces|navy|air force|president|presidency|cabinet|authorities|officials|command|warplanes|jets|aircraft|troops|soldiers|drones|artillery|warships|general staff)$/i;

/**
 * The state a role-holder speaks or acts for, when its name says so: a country, its capital (a
 * metonym for its government) or a body named by the country. Undefined for anyone else. Lets "India's
 * foreign ministry rejected the accusation" answer an accusation made against "New Delhi".
 */
export function stateOf(name: string): string | undefined {
  const key = name.trim().toLowerCase().replace(/^the\s+/, '');
  if (COUNTRIES.has(key)) return canonicalCountry(key);
  const seat = SEATS[key];
  if (seat) return seat;
  const capital = CAPITALS.get(key);
  if (capital) return capital;
  const body = STATE_BODY_RE.exec(name.trim())?.[1]?.toLowerCase();
  if (!body) return undefined;
  if (COUNTRIES.has(body)) return canonicalCountry(body);
  const direct = DEMONYMS[body] ?? ALL_DEMONYMS.get(body);
  if (direct) return direct;
  // "the Royal Thai Army", "the Imperial Japanese Navy": a title word before the people's adjective.
  const titled = /^(?:the\s+)?(?:royal|imperial)\s+(\p{L}+)\s/iu.exec(name.trim())?.[1]?.toLowerCase();
  return titled ? DEMONYMS[titled] ?? ALL_DEMONYMS.get(titled) : undefined;
}

/** One spelling per country ("u.s.", "us", "america" → "United States"), so two names of a state compare equal. */
function canonicalCountry(key: string): string {
  const bare = key.replace(/\./g, '');
  const known = DEMONYMS[key] ?? DEMONYMS[bare];
  if (known) return known;
  const same = (a: string): boolean => a.toLowerCase().replace(/\./g, '') === bare;
  const hit = worldCountries.find((c) => same(c.name.common) || same(c.name.official) || c.altSpellings.some(same));
  return hit?.name.common ?? key;
}
