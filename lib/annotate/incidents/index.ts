/**
 * Incident extraction: the violent or hostile events an article reports, each with its type, place,
 * day, numbers and who claimed, denied or was blamed for it. DOM-free and synchronous; the engine
 * calls it after entities and attributions are known.
 */
import type { Attribution, Entity, Incident, Span } from '../types';
import { isCountryName } from './countries';
import { clusterMentions, type IncidentCluster } from './cluster';
import { attachStrayRoles } from './links';
import { relinkRoles, shareRolesOfSameEvent } from './role-links';
import { buildMentions } from './mentions';
import { findPlaces, learnRelations, mostSpecific, siteReferredTo, storyCountry, type PlaceHit, type PlaceRelations } from './places';
import { datelineEnd, refineSentences } from './segment';
import { targetBodyPlace, targetCountry } from './target-country';

/** What incident extraction reads: the text and what the engine already found in it. */
export interface IncidentInput {
  text: string;
  sentences: Span[];
  entities: Entity[];
  attributions: Attribution[];
  /** The article's publication date (ISO), to fix "on Monday" to a day. */
  publishedTime?: string;
}

/** A place to fall back on: where the story is filed from, else the country it is about. */
interface Fallback { name: string; entityId?: string }

/**
 * The place the dateline names ("CHISINAU (Reuters) -"): wire copy reports events there without
 * naming the place again, so an incident whose sentences name no place happened there.
 */
function datelinePlace(entities: Entity[], dateline: Span | undefined): Fallback | undefined {
  if (!dateline) return undefined;
  let best: (Fallback & { country: boolean }) | undefined;
  for (const e of entities) {
    if (e.kind !== 'place' || !e.mentions.some((m) => m.start >= dateline.start && m.end <= dateline.end)) continue;
    const country = isCountryName(e.name, e.subtype);
    if (!best || (best.country && !country)) best = { name: e.name, entityId: e.id, country };
  }
  return best ? { name: best.name, entityId: best.entityId } : undefined;
}

/**
 * Where to place an incident whose sentences name no place: where the story is filed from, else the
 * country it is about. An earlier event dated to a past month or year ("in 2021, the gang kidnapped
 * 17 missionaries") is known only to be in that country: the dateline says where today's news is.
 */
function fallbackFor(c: IncidentCluster, pubDay: string | undefined, dateline?: Fallback, country?: Fallback): Fallback | undefined {
  const earlier = !c.date && c.period !== undefined && pubDay !== undefined && !pubDay.startsWith(c.period) && c.period < pubDay.slice(0, c.period.length);
  return earlier ? country ?? dateline : dateline ?? country;
}

function toIncident(c: IncidentCluster, relations: PlaceRelations, text: string, places: PlaceHit[], entities: readonly Entity[], fallback?: Fallback): Incident {
  const spans = c.mentions
    .map((m) => m.span)
    .sort((a, b) => a.start - b.start)
    .filter((s, i, all) => i === 0 || s.start !== all[i - 1]?.start);
  const first = c.mentions.reduce<IncidentCluster['mentions'][number] | undefined>((a, m) => (!a || m.span.start < a.span.start ? m : a), undefined);
  const named = mostSpecific(c.places, relations) ?? (first ? siteReferredTo(text, first.span, places) : undefined);
  // "Reinforcements sent from X were ambushed": a place named only as where people or fire came from is
  // no scene; the story's place says more.
  const cameFrom = named?.origin === true && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, named.start - 12), named.start));
  const place = cameFrom && fallback ? undefined : named;
  let quantity: number | undefined;
  for (const m of c.mentions) if (m.quantity !== undefined && (quantity === undefined || m.quantity > quantity)) quantity = m.quantity;
  const out: Incident = {
    type: c.type ?? 'other',
    mentions: spans.map((s) => ({ start: s.start, end: s.end })),
    claimedBy: c.roles.claimedBy,
    deniedBy: c.roles.deniedBy,
    blamedOn: c.roles.blamedOn,
  };
  if (place) {
    out.location = place.name;
    if (place.entityId) out.locationEntityId = place.entityId;
  } else {
    // A cyber attack happens where its target is: a people's adjective on what was hit ("the Kyrgyz
    // border service's website") says more than the dateline or the story's country.
    // "hackers broke into a PSNI database": a body named after the place it serves says where.
    const target = c.type === 'cyber' ? c.mentions.map((m) => targetCountry(text, m.span, entities) ?? targetBodyPlace(m.span, entities)).find((x) => x !== undefined) : undefined;
    const where = target ?? fallback;
    if (where) {
      out.location = where.name;
      if (where.entityId) out.locationEntityId = where.entityId;
    }
  }
  if (c.date) out.date = c.date;
  if (quantity !== undefined) out.quantity = quantity;
  if (c.casualties.killed !== undefined) out.killed = c.casualties.killed;
  if (c.casualties.injured !== undefined) out.injured = c.casualties.injured;
  return out;
}

/**
 * The index of the headline sentence: the text's first line, when it is a short line with no closing
 * full stop followed by more text (a dateline paragraph is not one).
 */
function headlineIndex(text: string, sentences: Span[]): number | undefined {
  const first = sentences[0];
  if (!first || sentences.length < 2) return undefined;
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || first.end > lineEnd) return undefined;
  const line = text.slice(first.start, lineEnd).trim();
  if (line.length > 160 || /[.!?]["”’]?$/.test(line) || datelineEnd(text, first) > first.start) return undefined;
  return 0;
}

/** Extracts the incidents an article reports, one per real-world event, in order of first mention. */
export function extractIncidents(input: IncidentInput): Incident[] {
  const { text, entities, attributions, publishedTime } = input;
  const sentences = refineSentences(text, input.sentences);
  const datelines = sentences
    .map((s) => ({ start: s.start, end: datelineEnd(text, s) }))
    .filter((d) => d.end > d.start);
  const places = findPlaces(text, entities, datelines, attributions);
  const relations = learnRelations(text, places);
  const ctx = { text, sentences, places, entities, attributions, ...(publishedTime ? { publishedTime } : {}) };
  const mentions = buildMentions(ctx);
  const country = storyCountry(places);
  const dateline = datelinePlace(entities, datelines[0]?.start === sentences[0]?.start ? datelines[0] : undefined);
  const countryFallback = country ? { name: country.name, ...(country.entityId ? { entityId: country.entityId } : {}) } : undefined;
  const pubDay = /^\d{4}-\d{2}-\d{2}/.exec(publishedTime ?? '')?.[0];
  const clusters = clusterMentions(mentions, relations, pubDay, headlineIndex(text, sentences), text);
  attachStrayRoles(clusters, mentions);
  relinkRoles(clusters, text, sentences, relations, publishedTime);
  shareRolesOfSameEvent(clusters, relations);
  return clusters.map((c) => toIncident(c, relations, text, places, entities, fallbackFor(c, pubDay, dateline, countryFallback)));
}
