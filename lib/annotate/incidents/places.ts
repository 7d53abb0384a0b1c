/**
 * Where an incident happened: place names inside a clause (the engine's place entities plus named
 * sites it may miss, "Erbil International Airport"), ranked from most to least specific, and the
 * "is inside" relations the text itself states ("Baghdad's Green Zone", "Erbil, Iraq").
 */
import type { Attribution, Entity, Span } from '../types';
import { countryOfPeople, isCountryName, isPeopleAdjective } from './countries';
import { ACTOR_HEAD_RE } from './lexicon';

/** One place named in the text. `rank`: 3 site, 2 city or unknown, 1 region, 0 country. */
export interface PlaceHit {
  name: string;
  entityId?: string;
  start: number;
  end: number;
  rank: number;
  country: boolean;
  /** Named as where something came from ("fired from Gaza"), not where it happened. */
  origin: boolean;
  /**
   * Named as where people or fire went or came from ("fled towards X", "fired from X", "the hospital
   * in X"), not a landmark or a road's end that locates the scene: it tells no incident apart.
   */
  away?: boolean;
}

/**
 * "on the Maiduguri-Damboa road": a road named by the two towns it links names both towns, not one
 * place called "Maiduguri-Damboa".
 */
function splitRouteNames(text: string, hits: PlaceHit[]): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    const pair = h ? /^(\p{Lu}[\p{L}'’]+)[-–](\p{Lu}[\p{L}'’]+)$/u.exec(h.name) : null;
    if (!h || !pair?.[1] || !pair[2] || !/^\s+(?:road|highway|route|railway|motorway|expressway|corridor|axis)\b/i.test(text.slice(h.end, h.end + 14))) continue;
    const second = h.end - pair[2].length;
    hits.splice(i, 1,
      { name: pair[1], start: h.start, end: h.start + pair[1].length, rank: 2, country: false, origin: h.origin, away: h.away },
      { name: pair[2], start: second, end: h.end, rank: 2, country: false, origin: h.origin, away: h.away });
  }
}

/** What the text says about how its places relate: nesting pairs and the names of its towns. */
export interface PlaceRelations {
  contains: Set<string>;
  /** placeKey of every place that is neither a country nor a named site. */
  towns: Set<string>;
}

const SITE_HEAD = String.raw`(?:International\s+)?(?:Airport|Air Base|Airbase|Base|Embassy|Consulate|Compound|Zone|Palace|Camp|Square|Hospital|Refinery|Oilfield|Field|Port|Harbou?r|Bridge|Tower|Mosque|Church|Cathedral|Synagogue|Temple|Shrine|Market|Bazaar|Mall|University|Academy|School|Museum|Headquarters|Barracks|Garrison|Outpost|Fort|Complex|Checkpoint|Crossing|Station|Terminal|Plant|Pipeline|Dam|Prison|Hotel|Stadium|Forest)`;
/** Generic facility nouns written lower-case after a name ("Khor Mor gas field", "Ain al-Asad air base"). */
const LOW_SITE_HEAD = String.raw`(?:gas field|oil field|oilfield|air base|airbase|military base|base|refinery|airport|power plant|power station|dam|border crossing|crossing|bridge|checkpoint|camp|refugee camp|prison|port|forest|temple|mosque|church|monastery|pagoda|shrine|copper mine|gold mine|coal mine|mine)`;
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}\d.'’-]*|(?:al|el|ad|ar|as|an|at)-[\p{L}'’-]+)`;
const SITE_RE = new RegExp(String.raw`(?:${NAME_WORD}\s+){1,5}(?:${SITE_HEAD}|${LOW_SITE_HEAD})\b`, 'gu');
const SITE_END_RE = new RegExp(String.raw`(?:${SITE_HEAD}|${LOW_SITE_HEAD})$`, 'u');
const REGION_RE = /\b(?:Region|Province|Governorate|Oblast|District|County|Territory|Prefecture|Valley|Strip)$/;
/** "a Buddhist monastery", "the Catholic church": a faith names the kind of site, not the site. */
const FAITH_RE = /^(?:(?:Roman\s+)?Catholic|Buddhist|Christian|Muslim|Islamic|Hindu|Sikh|Jewish|Orthodox|Protestant|Anglican|Evangelical|Pentecostal|Coptic|Sunni|Shia|Shiite|Shi'ite|Sufi|Ahmadi|Baptist|Methodist|Lutheran|Presbyterian)$/;
/** A town's possessive opening a site's name ("Tripoli's ", "Baghdad’s "). */
const SITE_OWNER_RE = /^(?:[\p{Lu}][\p{L}.-]*\s+){0,2}[\p{Lu}][\p{L}.-]*[’']s\s+(?=[\p{Lu}])/u;
const LEADING_FUNCTION_RE = /^(?:(?:The|A|An|In|At|On|Near|From|To|Of|By|And|Inside|Outside)\s+)+/;
/** A place acting as an actor: the subject of a verb ("Iran attacked", "US urges"). */
const ACTOR_VERB_AFTER_RE =
  /^\s+(?:(?:has |have |had |was |is |also )?(?:attacked|fired|launched|struck|shelled|bombed|targeted|said|says|urges?d?|blamed|blames|denied|denies|claimed|claims|accused|accuses|condemned|condemns|warned|warns|vowed|retaliated|responded|called|demanded|announced|confirmed|reported|threatened|held|holds|rejected|rejects)|(?:did|does|has|have|had|would)\s+(?:not|never|yet to)\s+(?:claim|comment|confirm|deny|respond|say|acknowledge|admit|address|(?!been\b)[a-z]+ed))\b/;

const REGION_AFTER_RE = /^\s+(?:province|governorate|region|district|state|county|oblast|prefecture|territory)\b/i;

/**
 * "the Yigi river", "the Kessel hills": a natural feature spans many settlements; the village or
 * town named with it ("a bridge over the X river near Y") says better where the event was.
 */
const FEATURE_RE = /\b(?:river|lake|creek|stream|hills|mountains|range|gorge|ridge|plateau|swamp|marshes|delta)$/i;
const FEATURE_AFTER_RE = /^\s+(?:river|lake|creek|stream|hills|mountains|range|gorge|ridge|plateau|swamp|marshes|delta)\b/i;

function rankOf(name: string, subtype: string | undefined, country: boolean, after = ''): number {
  if (country) return 0;
  if (REGION_AFTER_RE.test(after) || FEATURE_RE.test(name) || FEATURE_AFTER_RE.test(after)) return 1;
  if (subtype && /site|facility|building|airport|base/i.test(subtype)) return 3;
  if (SITE_END_RE.test(name)) return 3;
  if (subtype && /region|province|state|governorate/i.test(subtype)) return 1;
  if (REGION_RE.test(name)) return 1;
  return 2;
}

/** "Residents of Kfar Kila said": the place of unnamed people speaking is where they are, not an actor. */
const PEOPLE_OF_PLACE_RE = /\b(?:residents|villagers|people|fishermen|farmers|witnesses|families|locals|inhabitants)\s+(?:of|in|from)\s+(?:the\s+)?$/i;

/** "blamed Yerevan", "accused Kyiv of": the object of blame is a government, not a scene. */
const BLAME_OBJECT_BEFORE_RE = /\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:(?:it|them|the\s+\w+)\s+)?(?:on\s+)?$/i;
/** "held X responsible", "holds X accountable": the object of blame, told with "hold". */
const HELD_BEFORE_RE = /\b(?:held|holds|hold|holding)\s+$/i;
const HELD_AFTER_RE = /^\s+(?:responsible|accountable|liable)\b/i;
/**
 * "a tanker off the port of Mokha reported", "a farmer near Kissi said": a place after a locative is
 * where the noun before it is; the verb that follows is that noun's, not the place's.
 */
const LOCATIVE_BEFORE_RE = /\b(?:(?:port|town|city|village|island|district|province|region|area) of|off|near|outside)\s+(?:the\s+)?$/i;

/** Capitalised words after a place that end in the head of a force's or body's name ("Rifles", "State Police Command"). */
const FORCE_NAME_AFTER_RE = /^\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:Rifles|Police|Command|Regiment|Corps|Guards?|Brigades?|Division|Battalions?|Constabulary|Gendarmerie|Militia|Legion|Scouts|Rangers)\b/u;

/**
 * "the army's Second Military Region", "the 4th Army Command": a military command's area named as the
 * body a spokesman speaks for, never the scene (the text names the villages hit).
 */
const COMMAND_AREA_RE = /\b(?:Army|Military|Naval|Navy|Air Force|Marine|Infantry|Border)\s+(?:Region|Command|District|Area|Zone|Division)$/;
/** "a spokesman for the ...", "commander of the ...": the body someone speaks for or leads. */
const SPOKESMAN_FOR_RE = /\b(?:spokes(?:man|woman|person)|commander|chief|head|officer|officials?)\s+(?:for|of|at)\s+(?:the\s+)?$/i;

/** "Sahel branch", "Somalia affiliate": a place before the word for a part of a body names the part, not a scene. */
const BRANCH_AFTER_RE = /^\s+(?:branch|affiliate|wing|offshoot|franchise|chapter)\b/i;

/** "Africa Cup of Nations", "Asian Games", "Gulf Summit": a place as the first word of an event's name. */
const EVENT_NAME_AFTER_RE = /^\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:Cup|Games|Championships?|Olympics|Festival|Summit|Expo)\b/u;

/** "(ISKP)": an acronym in brackets right after a name, or the bracket closing the acronym itself. */
const ACRONYM_AFTER_RE = /^(?:\s*\([\p{Lu}\d&-]{2,10}\)|\))/u;
/** ", the Afghan branch of the militant group,": a description of a body set off by commas. */
const GROUP_APPOSITIVE_AFTER_RE = /^,\s+(?:the|an?)\s+[^,;.()]{0,80}?\b(?:branch|affiliate|wing|offshoot|faction|group|militia|movement|network|organi[sz]ation|rebels|insurgents)\b[^,;.()]{0,40},/i;

/**
 * "Islamic State Khorasan Province (ISKP), the Afghan branch of the militant group, said": a name
 * given an acronym, described as a group and followed by a verb of speech or action is a body's,
 * whatever its last word; none of its mentions is a scene.
 */
/** ", in a statement posted on Telegram,": the channel a body spoke through, set off by commas. */
const CHANNEL_ASIDE_AFTER_RE = /^,\s+in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|claim|message|post|video|communiqu[eé]|audio message|voice message)\b[^,;.()]{0,80},/i;

function describedAsGroup(text: string, end: number): boolean {
  const after = text.slice(end, end + 200);
  const rest = after.replace(ACRONYM_AFTER_RE, '');
  if (rest.length === after.length) return false;
  // "X (ISSP), in a claim published by its news agency, said": the channel set off by commas stands between name and verb.
  const verb = rest.replace(GROUP_APPOSITIVE_AFTER_RE, '').replace(CHANNEL_ASIDE_AFTER_RE, '');
  return verb.length < rest.length && ACTOR_VERB_AFTER_RE.test(verb);
}

function actsAsActor(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (BLAME_OBJECT_BEFORE_RE.test(before)) return true;
  // "held Belgrade responsible for the attack": the one held to account is a government, not a scene.
  if (HELD_BEFORE_RE.test(before) && HELD_AFTER_RE.test(text.slice(end, end + 20))) return true;
  if (COMMAND_AREA_RE.test(text.slice(start, end)) && SPOKESMAN_FOR_RE.test(before)) return true;
  const after = text.slice(end, end + 60);
  if (/^-(?:backed|aligned|led|based|made|allied|sponsored|linked|supported)\b/i.test(after)) return true;
  if (ACTOR_VERB_AFTER_RE.test(after) && !LOCATIVE_BEFORE_RE.test(before)) return true;
  // "Tehran had no role in the attack": a government disowning a part in it.
  if (/^\s+(?:had|has|have|bore|bears)\s+(?:["“]\s*)?no\s+(?:role|part|involvement|connection|links?|hand)\b/i.test(after)) return true;
  // "an Assam Rifles patrol", "the Lagos State Police Command": a place inside the name of a force.
  if (FORCE_NAME_AFTER_RE.test(after)) return true;
  // "Islamic State's Sahel branch", "the group's Somalia affiliate": a place naming which part of a body.
  if (BRANCH_AFTER_RE.test(after)) return true;
  // "the Africa Cup of Nations", "the Asian Games": a place inside the name of an event.
  if (EVENT_NAME_AFTER_RE.test(after)) return true;
  const rest = after.replace(/^\s+/, '');
  return (/^[’']s\s/.test(after) || /^\s/.test(after)) && ACTOR_HEAD_RE.test(rest.replace(/^[’']s\s+/, ''));
}

/**
 * "in response to American support for Israel", "to balance ties with Washington": a country named as
 * the other party of a relation is a motive or a partner, not where anything happened.
 */
const RELATION_BEFORE_RE = /\b(?:support for|supporting|ties with|ties to|relations with|solidarity with|backing for|aid to|alliance with|war with|war against|pressure on|sanctions on|sanctions against)\s+(?:the\s+)?$/i;

/** "ties with Washington and Tehran": the second of two coordinated partners. */
const COORDINATED_PARTNER_RE = /\b(?:support for|supporting|ties with|ties to|relations with|solidarity with|backing for|aid to|alliance with|war with|war against|pressure on|sanctions on|sanctions against)\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:and|or)\s+(?:the\s+)?$/u;

function isRelationReference(text: string, start: number): boolean {
  return RELATION_BEFORE_RE.test(text.slice(Math.max(0, start - 24), start)) || COORDINATED_PARTNER_RE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * "a village about 25 kilometers (15 miles) from the town of X", "30 km north of X": a place a
 * distance is measured from is a landmark, not where the event happened.
 */
const LANDMARK_BEFORE_RE = /\b(?:kilometers|kilometres|km|miles)\)?\s+(?:\([^()]{1,20}\)\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+)?(?:of|from)\s+(?:the\s+(?:(?:provincial|regional|district|state)\s+)?(?:town|city|village|capital|port)\s+of\s+)?$/i;

/**
 * "on the highway between X and Y", "the road linking X to Y": the towns a road joins are landmarks;
 * the scene is somewhere along it (the text may name it: "near the town of Z").
 */
const ROUTE_END_BEFORE_RE = /\b(?:road|highway|route|railway|rail line|motorway|expressway)\s+(?:(?:between|linking|connecting|from)\s+(?:the\s+)?|(?:between|linking|connecting|from)\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}\s+(?:and|to|with)\s+(?:the\s+)?)$/u;

/** "fled towards the nearby town of X", "escaped into the village of Y": where the doers went, not the scene. */
const FLED_TOWARDS_RE = /\b(?:fled|escaped|retreated|withdrew|headed|sped off|drove off)\s+(?:to|towards?|into|for)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:town|village|city|camp|area|region|district)\s+of\s+$/iu;

/** "the city of", "into", "outside": words that put a bare name where a place stands. */
const PLACE_WORD_BEFORE_RE = /\b(?:(?:city|town|village|province|region|enclave|port|capital)\s+of|into|outside|near|in)\s+(?:the\s+)?$/i;

/** "defaced with images of the X temple", "a map of Y": a place shown in a picture is no scene. */
const DEPICTED_BEFORE_RE = /\b(?:images?|pictures?|photos?|photographs?|footage|videos?|maps?|posters?|drawings?|paintings?)\s+of\s+(?:the\s+)?$/i;

/**
 * All place names in the text, each occurrence once, outside the given excluded ranges (datelines).
 * Places used as actors ("Iraq's military said", "Iran-backed") are left out.
 */
export function findPlaces(text: string, entities: Entity[], exclude: Span[], attributions: Attribution[] = []): PlaceHit[] {
  const hits: PlaceHit[] = [];
  // "the Belgorod region, which borders Ukraine", "near the border with Mali": a neighbour named to locate, not the scene.
  // "near the borders with Burkina Faso and Mali": the second neighbour of a pair too.
  const isBorderReference = (start: number): boolean => /\b(?:borders|bordering|border with|borders with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 20), start)) ||
    /\b(?:borders|bordering|border with|borders with)\s+(?:the\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}\s+(?:and|or)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, start - 60), start)) || isRelationReference(text, start);
  // "taken to the hospital in Bocaranga": where the wounded were treated is no scene.
  const isAway = (start: number): boolean => /\b(?:from|towards?|fled to|fled into|fled)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 14), start)) ||
    /\b(?:hospital|clinic|health cent(?:re|er)|medical cent(?:re|er)|morgue|mortuary)\s+in\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i.test(text.slice(Math.max(0, start - 40), start)) ||
    FLED_TOWARDS_RE.test(text.slice(Math.max(0, start - 70), start));
  const isOrigin = (start: number): boolean => isAway(start) ||
    LANDMARK_BEFORE_RE.test(text.slice(Math.max(0, start - 60), start)) || ROUTE_END_BEFORE_RE.test(text.slice(Math.max(0, start - 80), start)) || DEPICTED_BEFORE_RE.test(text.slice(Math.max(0, start - 30), start));
  // "Residents of Kfar Kila said": unnamed people of a place speak from where it happened; that place stays.
  const isSpeaker = (s: number, e: number, name: string): boolean =>
    attributions.some((a) => s >= a.start && e <= a.end && a.source.toLowerCase().includes(name.toLowerCase()) && !(a.anonymous && /\b(?:of|in|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(a.start, s - 10), s))));
  const actorSpans = entities.filter((e) => e.kind !== 'place').flatMap((e) => e.mentions);
  const excluded = (s: number, e: number): boolean => exclude.some((x) => s < x.end && x.start < e);
  for (const ent of entities) {
    if (ent.kind !== 'place') continue;
    // "two Kyrgyz villages": a people's adjective taken for a place names the country, not a town.
    const country = isCountryName(ent.name, ent.subtype) || ent.mentions.some((m) => isCountryName(m.text)) || isPeopleAdjective(ent.name);
    if (!country && ent.mentions.some((m) => describedAsGroup(text, m.end))) continue;
    // "a Shi'ite target": a faith taken for a place names no place.
    if (FAITH_RE.test(ent.name)) continue;
    // "an ADF camp", later "the ADF": a site named by the group that holds it is no named place, and
    // its owner's name alone names no site at all.
    const ownedSite = !country && ent.mentions.some((m) => ownedSiteAt(text, m.start, m.end));
    for (const m of ent.mentions) {
      if (ownedSite || headless(ent.name, m.text)) continue;
      if (excluded(m.start, m.end) || (actsAsActor(text, m.start, m.end) && !PEOPLE_OF_PLACE_RE.test(text.slice(Math.max(0, m.start - 30), m.start))) || (isSpeaker(m.start, m.end, m.text) && !LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start))) || isBorderReference(m.start)) continue;
      if (actorSpans.some((a) => a.start <= m.start && m.end <= a.end && a.end - a.start > m.end - m.start)) continue;
      // "Kyrgyz" stands for "Kyrgyzstan" when it is an incident's only place.
      const name = (!isCountryName(ent.name, ent.subtype) && countryOfPeople(ent.name)) || ent.name;
      hits.push({ name, entityId: ent.id, start: m.start, end: m.end, rank: rankOf(ent.name, ent.subtype, country, text.slice(m.end, m.end + 20)), country, origin: isOrigin(m.start), away: isAway(m.start) });
    }
  }
  // "outside the city of Cabinda" in a story that also names the "Cabinda Civic Association": the entity
  // engine may take the bare word for the body named after the place; after a locative it is the place.
  for (const ent of entities) {
    if (ent.kind !== 'organization') continue;
    const first = ent.name.split(/\s+/)[0] ?? '';
    if (ent.name.split(/\s+/).length < 3 || !/^\p{Lu}\p{Ll}{2,}$/u.test(first)) continue;
    for (const m of ent.mentions) {
      if (m.text !== first || excluded(m.start, m.end) || !PLACE_WORD_BEFORE_RE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
      if (hits.some((h) => h.start < m.end && m.start < h.end)) continue;
      hits.push({ name: first, start: m.start, end: m.end, rank: rankOf(first, undefined, false, text.slice(m.end, m.end + 20)), country: false, origin: isOrigin(m.start), away: isAway(m.start) });
    }
  }
  for (const m of text.matchAll(SITE_RE)) {
    const function_ = LEADING_FUNCTION_RE.exec(m[0])?.[0].length ?? 0;
    // "Tripoli's Mitiga International Airport": the town that owns the site is no part of its name.
    const lead = function_ + (SITE_OWNER_RE.exec(m[0].slice(function_))?.[0].length ?? 0);
    const start = m.index + lead;
    const end = m.index + m[0].length;
    const name = text.slice(start, end);
    // "The Japanese Embassy in Manila said": a site named as the speaker is no scene.
    if (!/\s/.test(name) || excluded(start, end) || !/^[\p{Lu}]/u.test(name) || isSpeaker(start, end, name)) continue;
    // "12 students of Wollega University", "staff of the Kolba Hospital": the people's
    // school or workplace, not where the act happened.
    if (/\b(?:students|pupils|staff|employees|workers|teachers|lecturers|doctors|nurses|graduates|members)\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "the Russian Black Sea port of Novorossiysk": a generic site named by its town after "of"; the town is the place.
    if (/^\s+of\s+\p{Lu}/u.test(text.slice(end, end + 8)) && new RegExp(String.raw`\s(?:${LOW_SITE_HEAD})$`, 'u').test(name)) continue;
    const namePart = name.replace(new RegExp(String.raw`\s+(?:${LOW_SITE_HEAD})$`, 'u'), '');
    if (namePart !== name && (isCountryName(namePart) || isPeopleAdjective(namePart) || FAITH_RE.test(namePart))) continue;
    // "at Abkhazia crossing": a region's name before a generic noun says whose crossing, not which one.
    if (namePart !== name && hits.some((h) => h.rank === 1 && h.start === start && placeKey(h.name) === placeKey(namePart))) continue;
    // "the Ecuadorean port city of Guayaquil": a generic site named by the town after "city of"; the town is the place.
    if (/^\s+(?:city|town)\s+of\s+\p{Lu}/u.test(text.slice(end, end + 16))) continue;
    // "a Catholic Church body", "a Kolba Hospital team": a site's name that qualifies a body is no scene.
    if (/^\s+(?:body|group|charity|agency|organi[sz]ation|network|institution|affiliate|arm|team|official|officials|spokes(?:man|woman|person))\b/i.test(text.slice(end, end + 16))) continue;
    if (ownedSiteAt(text, start, end)) continue;
    const covering = hits.findIndex((h) => h.start <= start && end <= h.end);
    if (covering >= 0) continue;
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i];
      if (h && start <= h.start && h.end <= end && h.rank < 3 && !h.country && end - start > h.end - h.start && h.start === start) hits.splice(i, 1);
    }
    hits.push({ name, start, end, rank: 3, country: false, origin: isOrigin(start), away: isAway(start) });
  }
  for (const u of unknownPlaces(text, hits, entities)) if (!excluded(u.start, u.end)) hits.push({ ...u, origin: isOrigin(u.start), away: isAway(u.start) });
  for (const f of namedFeatures(text, hits)) if (!excluded(f.start, f.end)) hits.push({ ...f, origin: isOrigin(f.start), away: isAway(f.start) });
  for (const f of namedSettlements(text, hits)) if (!excluded(f.start, f.end)) hits.push({ ...f, origin: isOrigin(f.start), away: isAway(f.start) });
  splitRouteNames(text, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * "fired on a patrol in neighbouring Shariff Aguak", "a bomb exploded in Dorvesh": a capitalised name
 * after "in"/"near" that closes an attack's clause is a place even when the gazetteer does not know
 * it (small towns). Only after an attack word earlier in the same sentence, and never a known actor,
 * a day, a month or a country's adjective.
 */
const LOCATIVE_NAME_RE = new RegExp(
  String.raw`\b(?:in|near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of)\s+(?:the\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|remote|restive)\s+)?(${NAME_WORD}(?:\s+(?:(?:del|de|de la|do|da|dos|das|di|du)\s+)?${NAME_WORD}){0,2})(?=\s*[,.;]|\s+(?:on|late|early|last|this|overnight|at|in|after|before|when|where|killing|wounding|injuring|and)\b)`,
  'gu',
);
const NOT_A_PLACE_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|Parliament|Congress|English|Arabic|March|Christmas|Ramadan|Eid|Easter|God|Telegram|X|Facebook|Twitter|Reuters|AFP|AP)$/;
const ATTACK_WORD_RE = /\b(?:attack(?:ed|s)?|ambush(?:ed)?|fired (?:on|at)|grenades?|opened fire|exploded|explosion|blast|bomb(?:ed|ing)?|shell(?:ed|ing)|stormed|raid(?:ed)?|struck|strikes?|airstrikes?|kidnapped|abducted|killed|shot)\b/i;

function unknownPlaces(text: string, hits: PlaceHit[], entities: Entity[]): Array<Omit<PlaceHit, 'origin'>> {
  const out: Array<Omit<PlaceHit, 'origin'>> = [];
  // "an attack on a bar in San Miguel del Ene": a name the entity engine took for a person, standing
  // exactly where a locative puts a place, is that place; other names stay theirs.
  // "fired at a ministry building in Tiraspol": a one-word name the engine took for a body (a capital
  // speaking for its government, "Tiraspol blames X") is a place where a locative puts it.
  const known = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, person: e.kind === 'person' || (e.kind === 'organization' && !e.subtype && !/\s/.test(e.name)) })));
  for (const m of text.matchAll(LOCATIVE_NAME_RE)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].lastIndexOf(name);
    const end = start + name.length;
    if (!name || name.split(/\s+/).some((w) => NOT_A_PLACE_RE.test(w)) || isCountryName(name) || isPeopleAdjective(name)) continue;
    // "south of Sheikh Zuweid": a town named after a title, taken for a person's name ("Zuweid"), is the town.
    if (hits.some((h) => h.start < end && start < h.end) || known.some((k) => k.start < end && start < k.end && !(k.person && k.start >= start && k.end <= end))) continue;
    const sentenceStart = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start), 0);
    if (!ATTACK_WORD_RE.test(text.slice(sentenceStart, m.index))) continue;
    out.push({ name, start, end, rank: rankOf(name, undefined, false, text.slice(end, end + 20)), country: false });
  }
  return out;
}

/**
 * "struck an ADF camp", "a Hamas base": a generic site after an indefinite article and a name is one
 * of the sites that name's owner holds, not a named site ("the Ain al-Asad air base").
 */
const OWNED_SITE_BEFORE_RE = /\b(?:an?|one|another|several|two|three)\s+$/i;
const LOW_SITE_END_RE = new RegExp(String.raw`\s(?:${LOW_SITE_HEAD})$`, 'u');

function ownedSiteAt(text: string, start: number, end: number): boolean {
  return LOW_SITE_END_RE.test(text.slice(start, end)) && OWNED_SITE_BEFORE_RE.test(text.slice(Math.max(0, start - 12), start));
}

/** "ADF" for a site named "ADF camp": a mention without the site's head noun names its owner, not the site. */
function headless(siteName: string, mention: string): boolean {
  const head = LOW_SITE_END_RE.exec(siteName)?.[0].trim();
  return head !== undefined && !mention.toLowerCase().includes(head.toLowerCase());
}

/**
 * "on the slopes of the Rwenzori mountains", "in the Kessel hills": a named natural feature the
 * gazetteer may not know. It spans many settlements (rank 1), but it says where an act in the wild was.
 */
const NAMED_FEATURE_RE = new RegExp(
  String.raw`\bthe\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2}\s+(?:mountains|hills|highlands|range|forest|valley|gorge|plateau|swamp|marshes|desert))\b`,
  'gu',
);

function namedFeatures(text: string, hits: PlaceHit[]): Array<Omit<PlaceHit, 'origin'>> {
  const out: Array<Omit<PlaceHit, 'origin'>> = [];
  for (const m of text.matchAll(NAMED_FEATURE_RE)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    const first = name.split(/\s+/)[0] ?? '';
    if (NOT_A_PLACE_RE.test(first) || isPeopleAdjective(first) || FAITH_RE.test(first)) continue;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    out.push({ name, start, end, rank: 1, country: false });
  }
  return out;
}

/**
 * "outside the Ariel settlement", "the Kiryat Arba settlement": a name before "settlement" or "kibbutz"
 * is a place, a town, whatever the entity engine took it for (a first name, here).
 */
const NAMED_SETTLEMENT_RE = new RegExp(String.raw`\bthe\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,2})(?=\s+(?:settlement|outpost|kibbutz|moshav)\b)`, 'gu');

function namedSettlements(text: string, hits: PlaceHit[]): Array<Omit<PlaceHit, 'origin'>> {
  const out: Array<Omit<PlaceHit, 'origin'>> = [];
  for (const m of text.matchAll(NAMED_SETTLEMENT_RE)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (NOT_A_PLACE_RE.test(name) || isCountryName(name) || isPeopleAdjective(name) || FAITH_RE.test(name)) continue;
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    out.push({ name, start, end, rank: 2, country: false });
  }
  return out;
}

/** Lower-case, quote- and punctuation-folded form used to compare place names. */
export function placeKey(name: string): string {
  let k = KEY_CACHE.get(name);
  if (k === undefined) {
    k = name.toLowerCase().replace(/[’']s$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (KEY_CACHE.size > 5000) KEY_CACHE.clear();
    KEY_CACHE.set(name, k);
  }
  return k;
}

const KEY_CACHE = new Map<string, string>();

/** One hit per place name: compatibility depends on which places, not how often they are named. */
function distinct(places: PlaceHit[]): PlaceHit[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = placeKey(p.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Pairs "outer > inner" the text states: "Baghdad's Green Zone", "Green Zone in Baghdad",
 * "Mosul, Iraq", "north of Baghdad". Keys are placeKey forms.
 */
export function learnRelations(text: string, places: PlaceHit[]): PlaceRelations {
  const towns = new Set(places.filter((p) => p.rank < 3 && !p.country).map((p) => placeKey(p.name)));
  return { contains: learnContainment(text, places), towns };
}

function learnContainment(text: string, places: PlaceHit[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < places.length; i++) {
    const a = places[i];
    const b = places[i + 1];
    if (!a || !b) continue;
    const between = text.slice(a.end, b.start);
    if (/^[’']s\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(between)) pairs.add(`${placeKey(a.name)}>${placeKey(b.name)}`);
    // "Dorf in the neighbouring Marn region", "a town in southern Kessel province": adjectives may stand between.
    else if (/^(?:\s+in\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}|\s*,\s*|\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|near)\s+(?:of\s+)?)$/u.test(between)) {
      pairs.add(`${placeKey(b.name)}>${placeKey(a.name)}`);
    }
  }
  return pairs;
}

/** True when two place names can denote the same incident location (equal, nested by name or by the text). */
export function placesRelated(a: string, b: string, contains: Set<string>): boolean {
  const ka = placeKey(a);
  const kb = placeKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const ta = ka.split(' ');
  const tb = kb.split(' ');
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const joined = ` ${long.join(' ')} `;
  if (joined.includes(` ${short.join(' ')} `)) return true;
  return contains.has(`${ka}>${kb}`) || contains.has(`${kb}>${ka}`);
}

/**
 * Whether the places of a new mention fit an incident's places. Countries only conflict with
 * countries: "in Iraq" fits an incident in Baghdad unless the incident is placed in another country.
 */
export function placesCompatible(mentionAll: PlaceHit[], incidentAll: PlaceHit[], rel: PlaceRelations): boolean {
  if (mentionAll.length === 0 || incidentAll.length === 0) return true;
  const mention = distinct(mentionAll);
  const incident = distinct(incidentAll);
  const { contains } = rel;
  const mSpec = mention.filter((p) => !p.country);
  const iSpec = incident.filter((p) => !p.country);
  const related = (xs: PlaceHit[], ys: PlaceHit[]): boolean => xs.some((x) => ys.some((y) => placesRelated(x.name, y.name, contains)));
  // A named site that names no town ("Hayat Hotel") may lie in any town — unless its side already names
  // the town it lies in ("the Ain al-Hilweh camp near Sidon"), which then must fit.
  const siteInTown = (xs: PlaceHit[], ys: PlaceHit[]): boolean =>
    !xs.some((x) => x.rank < 3) && xs.some((x) => x.rank === 3 && !namesTown(x.name, rel.towns) && ys.some((y) => y.rank < 3));
  // Two named sites in no named town ("Scarborough Shoal", "Second Thomas Shoal") that do not relate are two scenes.
  const sites = (xs: PlaceHit[]): PlaceHit[] => xs.filter((x) => x.rank === 3 && !namesTown(x.name, rel.towns));
  const distinctSites = sites(mSpec).length > 0 && sites(iSpec).length > 0 && !related(sites(mSpec), sites(iSpec)) && !mSpec.some((x) => x.rank === 2) && !iSpec.some((x) => x.rank === 2);
  if (mSpec.length && iSpec.length) {
    return related(mSpec, iSpec) || (!distinctSites && (siteInTown(mSpec, iSpec) || siteInTown(iSpec, mSpec))) ||
      townInRegion(mSpec, iSpec, contains) || townInRegion(iSpec, mSpec, contains);
  }
  const mC = mention.filter((p) => p.country);
  const iC = incident.filter((p) => p.country);
  if (!mSpec.length && !iSpec.length) return related(mC, iC);
  const [countryOnly, other] = mSpec.length ? [iC, mention] : [mC, incident];
  const otherCountries = other.filter((p) => p.country);
  if (otherCountries.length === 0) return true;
  return related(countryOnly, otherCountries) || related(countryOnly, other.filter((p) => !p.country));
}

/**
 * "gunmen abducted workers in Mexico's Sinaloa state" then "they were taken from a camp near the town
 * of Concordia": an incident placed only in a region fits a town the text puts in no other region.
 * A town stated to lie elsewhere ("Kamyshin in the neighbouring Volgograd region") does not, nor one
 * reported with a region of its own.
 */
function townInRegion(towns: PlaceHit[], regions: PlaceHit[], contains: Set<string>): boolean {
  if (!regions.every((r) => r.rank === 1) || !towns.some((t) => t.rank === 2)) return false;
  // "In the Belgorod region, a drone hit Shebekino": the town's side names its own, other region.
  if (towns.some((t) => t.rank === 1 && !regions.some((r) => placesRelated(t.name, r.name, contains)))) return false;
  const regionKeys = new Set(regions.map((r) => placeKey(r.name)));
  return towns.every((t) => {
    const inner = `>${placeKey(t.name)}`;
    for (const pair of contains) if (pair.endsWith(inner) && !regionKeys.has(pair.slice(0, -inner.length))) return false;
    return true;
  });
}

function namesTown(site: string, towns: Set<string>): boolean {
  const k = ` ${placeKey(site)} `;
  for (const t of towns) if (k.includes(` ${t} `)) return true;
  return false;
}

/** The most specific place of a list (ties: the one named most often, then the first). */
export function mostSpecific(all: PlaceHit[], rel?: PlaceRelations): PlaceHit | undefined {
  const where = all.filter((p) => !p.origin);
  const places = where.length ? where : all;
  // A place the text puts inside another one of the list ("Penjwen in Sulaimani") is more specific.
  const inner = (p: PlaceHit): number =>
    rel && places.some((q) => q !== p && placeKey(q.name) !== placeKey(p.name) && rel.contains.has(`${placeKey(q.name)}>${placeKey(p.name)}`)) ? 1 : 0;
  const count = new Map<string, number>();
  for (const p of places) count.set(placeKey(p.name), (count.get(placeKey(p.name)) ?? 0) + 1);
  let best: PlaceHit | undefined;
  for (const p of places) {
    if (!best) { best = p; continue; }
    const d = p.rank - best.rank || inner(p) - inner(best) || (count.get(placeKey(p.name)) ?? 0) - (count.get(placeKey(best.name)) ?? 0);
    if (d > 0) best = p;
  }
  return best;
}

const SETTLEMENT_REFERENCE_RE = /\b(?:near|in|outside|to|into|around|on)\s+the\s+(village|town)\b(?!\s+of\b)/i;

/**
 * "Air force jets struck their positions near the village": a report naming no place but "the
 * village" means the village named last before it ("the village of X", "X, a village of ...").
 */
function settlementReferredTo(text: string, span: Span, places: PlaceHit[], noun: string): PlaceHit | undefined {
  const before = new RegExp(String.raw`\b${noun}\s+of\s+$`, 'i');
  const after = new RegExp(String.raw`^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?${noun}\b`, 'i');
  return places.filter((p) => p.end <= span.start && p.rank === 2 && !p.country &&
    (before.test(text.slice(Math.max(0, p.start - 16), p.start)) || after.test(text.slice(p.end, p.end + 40)))).at(-1);
}

const SITE_REFERENCE_RE = /\b(?:the|that)\s+(air base|airbase|base|airport|embassy|compound|camp|port|refinery|terminal|plant|prison|hotel|garrison|outpost|barracks)\b/i;

/**
 * "Last month two rockets landed inside the base": a report naming no place but "the base" means the
 * site of that kind named last before it ("Ain al-Asad air base"), if the text named one.
 */
export function siteReferredTo(text: string, span: Span, places: PlaceHit[]): PlaceHit | undefined {
  const settlement = SETTLEMENT_REFERENCE_RE.exec(text.slice(span.start, span.end))?.[1]?.toLowerCase();
  if (settlement) return settlementReferredTo(text, span, places, settlement);
  const m = SITE_REFERENCE_RE.exec(text.slice(span.start, span.end));
  const noun = m?.[1]?.toLowerCase();
  if (!noun) return undefined;
  const kind = noun === 'base' ? '(?:air ?base|military base|base)' : noun;
  const named = new RegExp(String.raw`\b${kind}$`, 'i');
  const followed = new RegExp(String.raw`^\s+${kind}\b`, 'i');
  // "Ain al-Asad air base": the kind may close the name or follow it in lower case.
  return places.filter((p) => p.end <= span.start && p.rank === 3 && (named.test(p.name) || named.test(text.slice(p.start, p.end)) || followed.test(text.slice(p.end, p.end + 16)))).at(-1);
}

/**
 * The country the story is about: the one its places name most often (ties: the first named). An
 * incident whose sentences name no place ("hackers took the agency's website offline") happened
 * there as far as the text tells.
 */
export function storyCountry(places: PlaceHit[]): PlaceHit | undefined {
  const count = new Map<string, number>();
  let best: PlaceHit | undefined;
  for (const p of places) {
    if (!p.country || p.origin) continue;
    const k = placeKey(p.name);
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    if (!best || n > (count.get(placeKey(best.name)) ?? 0)) best = p;
  }
  return best;
}
