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

/** A body named after the place it serves ("Police Service of Northern Ireland", "Bank of Kenya"): the place. */
const BODY_OF_PLACE_RE = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})$/u;

/**
 * The place in the name of an organization the span mentions ("hackers broke into a PSNI database",
 * PSNI standing for the Police Service of Northern Ireland): where a hack of that body's systems
 * happened, when its sentences name no place. Only a place the article itself names.
 */
export function targetBodyPlace(span: { start: number; end: number }, entities: readonly Entity[]): { name: string; entityId?: string } | undefined {
  for (const e of entities) {
    if (e.kind === 'place' || !e.mentions.some((m) => m.start >= span.start && m.end <= span.end)) continue;
    const key = BODY_OF_PLACE_RE.exec(e.name)?.[1]?.toLowerCase();
    if (!key) continue;
    const place = entities.find((p) => p.kind === 'place' && (p.name.toLowerCase() === key || p.aliases.some((a) => a.toLowerCase() === key)));
    if (place) return { name: place.name, entityId: place.id };
  }
  return undefined;
}
