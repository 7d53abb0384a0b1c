/**
 * Country names and the demonyms news uses for them. Countries are the least specific place an
 * incident can have, and a demonym before an attack ("Iranian missile attack") names who was blamed.
 */

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
