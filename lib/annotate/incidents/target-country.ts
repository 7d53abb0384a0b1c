/**
 * The country a cyber attack's sentence names only by a people's adjective on what was hit ("knocked
 * the Kyrgyz border service's website offline"): better evidence of where it happened than the
 * dateline or the story's most-named country, when its sentences name no place.
 */
import type { Entity } from '../types';
import { countryOfPeople } from './countries';

/**
 * A capitalised word (not the end of "pro-Russian") qualifying, within three words, what an attack hits:
 * a public body or a site ("Kyrgyz border service", "a Tajik border post", "the Georgian ministry's website").
 */
const QUALIFYING_RE = /(?<![-\p{L}])(\p{Lu}[\p{L}]+)\s+(?=(?:\p{Ll}[\p{L}'’-]*\s+){0,2}(?:service|ministry|agency|border|post|posts|base|embassy|consulate|website|site|army|police|company|broadcaster|bank|airport|port|checkpoint|village|town|depot|pipeline|plant|refinery|network|systems?)\b)/gu;

/**
 * The country of the last people's adjective qualifying a body or site in the span, as a place (with
 * the country's entity when the article names it), or undefined.
 */
export function targetCountry(text: string, span: { start: number; end: number }, entities: readonly Entity[]): { name: string; entityId?: string } | undefined {
  let found: string | undefined;
  for (const m of text.slice(span.start, span.end).matchAll(QUALIFYING_RE)) {
    const country = m.index === 0 ? undefined : countryOfPeople(m[1] ?? '');
    if (country) found = country;
  }
  if (!found) return undefined;
  const key = found.toLowerCase();
  const entity = entities.find((e) => e.kind === 'place' && (e.name.toLowerCase() === key || e.aliases.some((a) => a.toLowerCase() === key)));
  return entity ? { name: entity.name, entityId: entity.id } : { name: found };
}
