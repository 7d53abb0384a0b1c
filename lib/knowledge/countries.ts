/**
 * Countries as knowledge entries, taken from the world-countries package: English common and official
 * names, usable alternative spellings and demonyms. A few overrides give the names English news uses.
 */
import countries from 'world-countries';
import { PLACE_HEADS } from '../annotate/vocab';
import type { KnowledgeEntry } from './schema';

/** Canonical names English-language news uses where the package's common name differs. */
const NAME_OVERRIDES: Record<string, string> = { TR: 'Turkey', CZ: 'Czech Republic', CD: 'Democratic Republic of the Congo' };

/** Extra surface forms the package lacks (abbreviations written in news copy). */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'US', 'USA', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'],
  TR: ['Türkiye', 'Turkiye'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa'],
  KP: ['DPRK'],
  RU: ['Russian Federation'],
  CZ: ['Czechia'],
  MM: ['Burma'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  PS: ['Palestinian territories'],
  VA: ['Holy See'],
};

/** Extra demonyms and adjectives ("Emirati" is in the package; these are not). */
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  US: ['American', 'Americans', 'US', 'U.S.'],
  GB: ['British', 'Briton', 'Britons'],
  SA: ['Saudi', 'Saudis'],
  KR: ['South Korean', 'South Koreans'],
  KP: ['North Korean', 'North Koreans'],
  IL: ['Israeli', 'Israelis'],
  PS: ['Palestinian', 'Palestinians'],
  // ("Philippine army", "Philippine coast guard": the adjective of institutions; "Filipino" is of people.)
  PH: ['Philippine', 'Filipino', 'Filipinos'],
  // Central Asia: the package has only "Kirghiz", "Tadzhik", "Kazakhstani", "Uzbekistani"; the news writes these.
  KG: ['Kyrgyz'],
  TJ: ['Tajik', 'Tajiks'],
  KZ: ['Kazakh', 'Kazakhs'],
  UZ: ['Uzbek', 'Uzbeks'],
  BA: ['Bosnian', 'Bosnians'],
  // The news's nouns of people the package lacks ("a Serb party", "Kosovar police", "Turkish and Turks").
  RS: ['Serb', 'Serbs'],
  HR: ['Croat', 'Croats'],
  XK: ['Kosovar', 'Kosovars'],
  TR: ['Turk', 'Turks'],
  SE: ['Swede', 'Swedes'],
  DK: ['Dane', 'Danes'],
};

const USABLE_ALT = /^[A-Za-z][A-Za-z .,'’()-]+$/;

function pluralDemonym(d: string): string[] {
  if (/(ese|ss|sh|ch|Swiss|French|Dutch|Irish|Welsh|Thai|Iraqi|Israeli|Pakistani|Omani|Qatari|Kuwaiti|Yemeni|Emirati|Bahraini|Bangladeshi|Somali|Azerbaijani|Afghan|Saudi)$/.test(d)) return d.endsWith('i') || d === 'Afghan' || d === 'Saudi' ? [`${d}s`] : [];
  return [`${d}s`];
}

/** All countries of the package as place entries with aliases and demonyms. */
export function countryEntries(): KnowledgeEntry[] {
  const out: KnowledgeEntry[] = [];
  for (const c of countries) {
    const name = NAME_OVERRIDES[c.cca2] ?? c.name.common;
    const aliases = new Set<string>([c.name.common, c.name.official, ...(EXTRA_ALIASES[c.cca2] ?? [])]);
    for (const alt of c.altSpellings) {
      // "Island" (Iceland's own name) is also the English word that ends "Huangyan Island": no alias.
      if (alt.length > 3 && USABLE_ALT.test(alt) && !alt.includes(',') && !PLACE_HEADS.has(alt.toLowerCase())) aliases.add(alt);
    }
    aliases.delete(name);
    const adjectives = new Set<string>(EXTRA_ADJECTIVES[c.cca2] ?? []);
    const dm = c.demonyms?.['eng'];
    for (const d of [dm?.m, dm?.f]) {
      if (!d) continue;
      adjectives.add(d);
      for (const p of pluralDemonym(d)) adjectives.add(p);
    }
    out.push({ name, type: 'place', subtype: 'country', aliases: [...aliases], adjectives: [...adjectives] });
  }
  return out;
}
