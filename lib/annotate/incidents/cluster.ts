/**
 * Folds mentions into incidents. Mentions that can start an incident join an earlier one when type,
 * date and place fit (and the text does not say "another"); references back ("the attack") and
 * responsibility or casualty sentences then join the incident they most likely mean: the one
 * mentioned last before them. An incident reported in five sentences becomes one incident.
 */
import type { IncidentType } from '../types';
import { mergeCasualties, type Casualties } from './casualties';
import { triggerStem, type IncidentMention } from './mentions';
import { placesCompatible, placesRelated, type PlaceHit, type PlaceRelations } from './places';
import { mergeRoles, type Roles } from './roles';

/** One incident being assembled from its mentions. */
export interface IncidentCluster {
  mentions: IncidentMention[];
  type: IncidentType | null;
  typeRank: number;
  /** Every type any mention named ("drones and rockets"). */
  types: Set<IncidentType>;
  places: PlaceHit[];
  date?: string;
  period?: string;
  casualties: Casualties;
  roles: Roles;
}

const MONTH_RE = /^\d{4}-\d{2}$/;
/** A day this long before publication is background history, not the news of the day. */
const LONG_AGO_MS = 60 * 86_400_000;

/**
 * Whether a period ("2025-03", "2025") lies wholly before the publication day: a month, or without a
 * publication day only a month (a bare year may be this one).
 */
function past(period: string, pubDay: string | undefined): boolean {
  if (!pubDay) return MONTH_RE.test(period);
  return !pubDay.startsWith(period) && period < pubDay.slice(0, period.length);
}

const UNEXPLOSIVE = new Set<IncidentType>(['kidnapping', 'cyber']);
const SHELLS = new Set<IncidentType>(['mortar', 'shelling']);

function typesCompatible(m: IncidentMention, c: IncidentCluster): boolean {
  const a = m.type;
  // A type only inherited from the incident told before (typeRank 0) is a guess, not the report's word.
  const b = c.typeRank > 0 ? c.type : null;
  if (!a || !b || a === b) return true;
  if (a === 'other' || b === 'other') return true;
  // A blast may be any attack's, but not a kidnapping's nor a hack's: those are other events.
  if (a === 'explosion' || b === 'explosion') return !UNEXPLOSIVE.has(a) && !UNEXPLOSIVE.has(b);
  // "lobbed mortar rounds ...", then "Shells were falling on the houses": mortar rounds are shells, told
  // of the same fire when the report is a sentence or two before; farther off it may be another's.
  if (SHELLS.has(a) && SHELLS.has(b)) return c.mentions.some((x) => x.sentence <= m.sentence && m.sentence - x.sentence <= 2);
  return c.types.has(a) || m.types.includes(b);
}

/**
 * A hack and a physical attack at the same place and day are two events ("rockets hit X province";
 * "the X provincial government's websites were defaced"): nothing one reports is a weapon of the other.
 */
function apartInKind(m: IncidentMention, c: IncidentCluster): boolean {
  return m.type !== null && c.type !== null && (m.type === 'cyber') !== (c.type === 'cyber');
}

/** Same named place (not merely the same country or town): reports may name the weapon differently. */
function samePlace(m: IncidentMention, c: IncidentCluster, rel: PlaceRelations): boolean {
  const a = specificPlaces(m).filter((p) => p.away !== true);
  const b = c.places.filter((p) => !p.country && p.away !== true);
  return a.length > 0 && a.every((p) => b.some((q) => placesRelated(p.name, q.name, rel.contains)));
}

/** Acts done by men on the ground at the scene: a raid, a storming, an abduction. */
const GROUND_STEMS = new Set(['raid', 'raided', 'storm', 'overran', 'kidnap', 'kidnapp', 'abduct', 'abduction']);

function onGround(types: Iterable<IncidentType>, stems: Iterable<string>): boolean {
  for (const t of types) if (t === 'storming' || t === 'kidnapping') return true;
  for (const s of stems) if (GROUND_STEMS.has(s)) return true;
  return false;
}

/**
 * "Fighters raided the village on Monday ... Air force jets struck their positions near the village
 * on Monday evening": an air strike and a raid on the ground are two acts by two sides, whatever
 * their day and place.
 */
function airAndGround(m: IncidentMention, c: IncidentCluster): boolean {
  const mAir = m.type === 'airstrike';
  const cAir = c.typeRank > 0 && c.types.has('airstrike');
  if (mAir === cAir) return false;
  const cStems = c.mentions.flatMap((x) => x.stems ?? []);
  return mAir ? onGround(c.types, cStems) : onGround(m.types, m.stems ?? []);
}

/** People killed or wounded: no hack does that, so such a report is never of a cyber attack (nor a hack of a deadly one). */
function harms(x: Casualties): boolean {
  return (x.killed ?? 0) + (x.injured ?? 0) > 0;
}

function fits(m: IncidentMention, c: IncidentCluster, rel: PlaceRelations, pubDay?: string): boolean {
  if ((c.type === 'cyber' && harms(m.casualties)) || (m.type === 'cyber' && harms(c.casualties))) return false;
  // "Troops had also blown up houses" after a shelling: a second act, even at the same place.
  if (m.also && m.type && c.type && m.type !== c.type && !c.types.has(m.type)) return false;
  if (m.strength === 'strong' && airAndGround(m, c)) return false;
  if (!typesCompatible(m, c) && (!samePlace(m, c, rel) || apartInKind(m, c))) return false;
  if (!datesFit(m, c, pubDay)) return false;
  // "They fled towards the X valley after a gunfight": where the doers went, or fired from, is not the
  // scene, so it sets the report apart from no incident.
  return placesCompatible(m.places.filter((p) => p.away !== true), c.places, rel);
}

/** Whether the mention's day or period can be the incident's. */
function datesFit(m: IncidentMention, c: IncidentCluster, pubDay: string | undefined): boolean {
  if (m.date && c.date && m.date !== c.date) return false;
  // "In March 2025, two car bombs exploded ...": an event dated to an earlier month is background,
  // never more of an undated incident the story reports (those happen now).
  // So is one dated to a day of an earlier month ("since Feb. 16 last year, when gunmen ambushed a boat").
  const longAgo = m.date !== undefined && pubDay !== undefined && Date.parse(pubDay) - Date.parse(m.date) > LONG_AGO_MS;
  if ((longAgo || (m.period && past(m.period, pubDay))) && !c.date && !c.period && !c.mentions.some((x) => x.sentence === m.sentence)) return false;
  const a = m.date ?? m.period;
  const b = c.date ?? c.period;
  return !(a && b && !a.startsWith(b) && !b.startsWith(a));
}

/** Where the incident was last mentioned before `pos`; an event given only as background ("days after X") is not a topic one refers back to. */
function lastStartBefore(c: IncidentCluster, pos: number): number {
  let best = -1;
  for (const m of c.mentions) if (!m.background && m.span.start < pos && m.span.start > best) best = m.span.start;
  return best;
}

function firstStart(c: IncidentCluster): number {
  return Math.min(...c.mentions.map((m) => m.span.start));
}

/** The cluster a mention most likely refers to: the last one mentioned before it, else the next. */
function salient(clusters: IncidentCluster[], pos: number): IncidentCluster | undefined {
  let best: IncidentCluster | undefined;
  let bestPos = -1;
  for (const c of clusters) {
    const p = lastStartBefore(c, pos);
    if (p > bestPos) { best = c; bestPos = p; }
  }
  if (best) return best;
  return [...clusters].sort((a, b) => firstStart(a) - firstStart(b))[0];
}

/**
 * Whether a mention's type replaces the incident's: a more specific one does, and people seized win
 * over the gunfire used to seize them ("opened fire on the bus and abducted 20 passengers"; "The
 * kidnapping was blamed on ..."): the act's aim decides. A headline's word (`keepSpecific`) does not
 * override a body's specific type: it may sum up another event of the story.
 */
function takesType(c: IncidentCluster, m: IncidentMention, keepSpecific = false): boolean {
  if (!m.type) return false;
  if (keepSpecific && c.type && c.typeRank >= 2) return false;
  if (!c.type || m.typeRank > c.typeRank) return true;
  return m.type === 'kidnapping' && c.type === 'shooting' && m.typeRank === c.typeRank;
}

function add(c: IncidentCluster, m: IncidentMention, addPlaces: boolean, keepSpecific = false): void {
  c.mentions.push(m);
  if (m.type && takesType(c, m, keepSpecific)) { c.type = m.type; c.typeRank = m.typeRank; }
  for (const t of m.types) c.types.add(t);
  if (addPlaces) c.places.push(...m.places);
  // A reference back that fixes the day ("The convoy was attacked on Thursday") dates an incident its
  // first report left at a period or undated ("last week"): the date is attached to its own trigger.
  if (!c.date && m.date && (m.strength === 'strong' || (m.strength === 'weak' && !m.plural))) c.date = m.date;
  if (!c.period && m.period && m.strength === 'strong') c.period = m.period;
  c.casualties = mergeCasualties(c.casualties, m.casualties);
  c.roles = mergeRoles(c.roles, resolveDescriptions(m.roles, c.roles));
}

/** A claimant described, not named ("the al-Qaida-linked extremist group", "the militants"). */
const GROUP_DESCRIPTION_RE = /^(?:[\p{L}'’-]+\s+){0,3}(?:group|militants|movement|organi[sz]ation|militia|rebels|insurgents|jihadists|fighters)$/iu;
const PROPER_RE = /^(?:(?:al|el|ad|ar|as|an|at)-)?\p{Lu}/u;

/**
 * "Al-Shabaab fighters detonated a car bomb ... The al-Qaida-linked extremist group claimed
 * responsibility": a group described after the report names the doer already blamed for it.
 */
function resolveDescriptions(roles: Roles, known: Roles): Roles {
  const described = (n: string): boolean => GROUP_DESCRIPTION_RE.test(n) && /(?:^|\s)\p{Ll}+$/u.test(n);
  const named = known.blamedOn.filter((n) => PROPER_RE.test(n) && !described(n));
  const doer = named.length === 1 ? named[0] : undefined;
  if (!doer) return roles;
  const swap = (list: string[]): string[] => list.map((n) => (described(n) ? doer : n));
  return { claimedBy: swap(roles.claimedBy), deniedBy: roles.deniedBy, blamedOn: roles.blamedOn };
}

function newCluster(m: IncidentMention, inheritType: IncidentType | null): IncidentCluster {
  const c: IncidentCluster = { mentions: [], type: m.type ?? inheritType, typeRank: m.type ? m.typeRank : 0, types: new Set(), places: [], casualties: {}, roles: { claimedBy: [], deniedBy: [], blamedOn: [] } };
  add(c, m, true);
  return c;
}

function specificPlaces(m: IncidentMention): PlaceHit[] {
  return m.places.filter((p) => !p.country);
}

/**
 * How many sentences after the last report of an incident a bare figure ("21 soldiers had been
 * killed and 20 wounded") still belongs to it: the next one, or the one after a sentence that reports
 * nothing ("He said an unspecified number had died."). Any report in between resets the count.
 */
const CASUALTY_REACH = 2;

/** Event nouns too general to tell incidents apart ("the attack"). */
const GENERIC_STEMS = new Set(['attack', 'incident', 'assault', 'strike', 'violence', 'operation', 'fighting', 'clash']);

/** How many sentences after its last report an incident stays the one an untyped "the attack" means. */
const TOPIC_GAP = 3;

/**
 * "Azerbaijani forces opened fire on posts near X late on Monday. The ministry said its units had
 * fired small arms and mortars at Armenian positions": a report with no place and no day of its own,
 * in the sentence right after an incident's report (or after one that reports nothing), tells more of
 * that incident (here, its weapons).
 */
function elaborated(clusters: IncidentCluster[], m: IncidentMention, reported: Set<number>): IncidentCluster | undefined {
  if (m.date || m.period || m.also || m.another || m.retaliation) return undefined;
  let best: IncidentCluster | undefined;
  let bestSentence = -1;
  for (const c of clusters) {
    for (const x of c.mentions) if (x.sentence < m.sentence && x.sentence > bestSentence) { best = c; bestSentence = x.sentence; }
  }
  // "Militants fired rockets on a village in Manipur state on Saturday. At least four rockets struck houses in
  // X, in Y district": the next sentence names the same weapon and a town where the report gave only a
  // region; it tells where, not a new attack.
  if (m.places.length > 0) {
    // "Guerrillas ambushed a patrol in X province on Wednesday. The soldiers were on foot near the village
    // of Y when rebels detonated a bomb and opened fire": a kind of weapon told right after an act of no
    // named weapon (an ambush, an attack) says how it was done, and where.
    const how = (t: IncidentType): boolean => best !== undefined && (best.types.has(t) || (best.typeRank <= 1 && !UNEXPLOSIVE.has(t)));
    const narrows = best !== undefined && bestSentence === m.sentence - 1 && m.type !== null && m.type !== 'other' && how(m.type) &&
      !m.places.some((p) => p.country) && m.places.some((p) => p.rank >= 2) && best.places.some((p) => !p.country) &&
      best.places.every((p) => p.country || p.rank <= 1);
    return narrows ? best : undefined;
  }
  // "... went from house to house, said the administrator. Several women were taken away, he said.":
  // a sentence that reports nothing (no trigger, no role) between does not end the report.
  const next = bestSentence === m.sentence - 1 || (bestSentence === m.sentence - 2 && !reported.has(m.sentence - 1));
  return next ? best : undefined;
}

/**
 * "Inmates stormed a wing of a prison in central X. The attackers broke through a gate at Y prison in
 * Z": more of a report placed only in a country or region, told of the doers, that names the
 * settlement or site gives the incident its place.
 */
function narrows(m: IncidentMention, c: IncidentCluster): boolean {
  // "The patrol was returning to its camp near X": where the target was going is no scene.
  return (m.doers === true || m.scene === true) && m.places.some((p) => !p.country && !p.origin && p.rank >= 2) && c.places.every((p) => p.country || p.rank <= 1);
}

/**
 * "In X, doctors said 11 of the 31 wounded were critical", told after another incident's report: a
 * toll placed in the town or site of one incident, not of the one told last, is that incident's.
 */
function placedElsewhere(m: IncidentMention, last: IncidentCluster, clusters: IncidentCluster[], rel: PlaceRelations): IncidentCluster | undefined {
  const named = specificPlaces(m).filter((p) => p.rank >= 2 && !p.origin);
  if (named.length === 0) return undefined;
  const at = (c: IncidentCluster): boolean => c.places.some((q) => !q.country && q.rank >= 2 && named.some((p) => placesRelated(p.name, q.name, rel.contains)));
  if (at(last)) return undefined;
  const others = clusters.filter((c) => c !== last && at(c));
  return others.length === 1 ? others[0] : undefined;
}

/** A reference back by the kind of act ("The blast") naming a site where its incident names only regions and countries. */
function narrowsRegion(m: IncidentMention, c: IncidentCluster): boolean {
  return m.type !== null && m.type !== 'other' && m.places.some((p) => !p.origin && p.rank === 3) && m.places.every((p) => p.country || p.rank === 3) &&
    c.places.every((p) => p.country || p.rank <= 1);
}

/** Whether a report of the incident (other than the reference itself) names the thing the reference says was hit. */
function namesObject(c: IncidentCluster, m: IncidentMention, text: string): boolean {
  const word = new RegExp(String.raw`\b${m.object ?? ''}\b`, 'i');
  return c.mentions.some((x) => x !== m && x.sentence !== m.sentence && word.test(text.slice(x.span.start, x.span.end)));
}

/** Groups mentions (text order) into incident clusters. `rel`: how the article's places relate; `text`: the article, to read what references name. */
export function clusterMentions(mentions: IncidentMention[], rel: PlaceRelations, pubDay?: string, headline?: number, text?: string): IncidentCluster[] {
  const clusters: IncidentCluster[] = [];
  let lastCreated: IncidentCluster | undefined;
  // Sentences reporting an event of their own; one that only refers back ("The attackers stormed the
  // school") continues the report before it.
  const reported = new Set(mentions.filter((m) => m.strength === 'strong').map((m) => m.sentence));
  // Pass 1: mentions that can stand for an incident on their own. The headline's come after the
  // body's: it sums up the story, often with another event's word ("Bombs hit shops; ranger shot dead").
  const strong = mentions.filter((m) => m.strength === 'strong');
  const lines = headline === undefined ? strong : [...strong.filter((m) => m.sentence !== headline), ...strong.filter((m) => m.sentence === headline)];
  for (const m of lines) {
    if (m.sentence === headline && !m.another) {
      // A headline tells today's news: never an event dated to an earlier month told as background.
      const fitting = clusters.filter((c) => fits(m, c, rel, pubDay) && (c.date !== undefined || c.period === undefined || !past(c.period, pubDay)));
      const sameKind = m.type && m.type !== 'other' ? fitting.filter((c) => c.types.has(m.type as IncidentType)) : [];
      // "Tribal gunmen kill nine ...": a headline's toll names the incident that has it, whatever words the body used.
      // "Islamic State claims drone-and-ground assault ... as toll rises to 21": the toll names it even when the
      // headline's weapon is not the body's word for the act (a storming), at a place and day that fit.
      const sameToll = m.casualties.killed
        ? clusters.filter((c) => c.casualties.killed === m.casualties.killed && (fitting.includes(c) || (datesFit(m, c, pubDay) && placesCompatible(m.places, c.places, rel) && !apartInKind(m, c))))
        : [];
      const target = (sameToll.length === 1 ? sameToll[0] : undefined) ?? sameKind[0] ?? salient(fitting, m.span.start);
      if (target) add(target, m, true, true);
      else {
        lastCreated = newCluster(m, null);
        clusters.push(lastCreated);
      }
      continue;
    }
    if (m.another) {
      lastCreated = newCluster(m, lastCreated?.type ?? null);
      clusters.push(lastCreated);
      continue;
    }
    // "Gunmen raided a camp on Monday, hours after soldiers came under fire": the clause told as background
    // is an earlier event, never the one its sentence reports.
    const fitting = clusters.filter((c) => fits(m, c, rel, pubDay) && !(m.background && c.mentions.some((x) => x.sentence === m.sentence && !x.background)));
    // "An explosion at a checkpoint ..., and drones hit a depot two days later. ... an explosive device
    // had been hidden in a crate": a report naming a kind means the incident told with that kind, not
    // a later-told one of another kind that merely does not contradict it.
    const sameKind = m.type && m.type !== 'other' ? fitting.filter((c) => c.types.has(m.type as IncidentType)) : [];
    const target = salient(sameKind.length ? sameKind : fitting, m.span.start) ?? elaborated(clusters, m, reported);
    if (target) add(target, m, true);
    else {
      lastCreated = newCluster(m, lastCreated?.type ?? null);
      clusters.push(lastCreated);
    }
  }
  clusters.sort((a, b) => firstStart(a) - firstStart(b));
  // The headline's incident is the body's before references back pick among them.
  const folded = [...foldHeadline(clusters, headline)];
  clusters.length = 0;
  clusters.push(...folded);
  const twinsFolded = foldTwins(clusters, rel);
  clusters.length = 0;
  clusters.push(...twinsFolded);
  // An article whose only reports are references back still reports one incident.
  if (clusters.length === 0) {
    const first = mentions.find((m) => m.strength === 'weak' && m.eventNoun && !m.plural && (m.places.length > 0 || (m.type !== null && m.type !== 'other')));
    if (first) clusters.push(newCluster({ ...first, strength: 'strong' }, null));
  }
  // Pass 2: references back, responsibility and casualty sentences.
  let lastSentence = -10;
  let lastCluster: IncidentCluster | undefined;
  const owners = new Map<IncidentMention, IncidentCluster>();
  for (const c of clusters) for (const m of c.mentions) owners.set(m, c);
  for (const m of mentions) {
    const owner = owners.get(m);
    if (owner) { lastSentence = m.sentence; lastCluster = owner; continue; }
    if (m.strength === 'weak' && m.continues && lastCluster && lastSentence === m.sentence - 1) {
      // "The patrol was returning to its camp near X when it came under fire": more of the report before.
      // "Gunmen raided X, and the army said its jets struck the attackers. The assailants had ...": the
      // doers are the first act's, not the answer's.
      // "..., hours after a drone strike killed two. The gunman opened fire ...": a background clause is not what the next sentence goes on with.
      const told = clusters.filter((c) => c.mentions.some((x) => x.sentence === m.sentence - 1 && !x.retaliation && !x.background));
      // "Gunmen raided X, ..., before the army said its jets had struck fighters. The attackers reached Y":
      // those who reached a place on foot are the ground act's doers, not the air strike's.
      const ground = m.doers ? told.filter((c) => onGround(c.types, c.mentions.flatMap((x) => x.stems ?? []))) : [];
      const byGround = ground.length > 0 && !ground.includes(lastCluster) ? ground[0] : undefined;
      const target = byGround ?? (told.includes(lastCluster) || told.length === 0 ? lastCluster : salient(told, m.span.start) ?? lastCluster);
      add(target, m, narrows(m, target));
      lastCluster = target;
      lastSentence = m.sentence;
    } else if (m.strength === 'weak') {
      const fitLoose = clusters.filter((c) => fits(m, c, rel));
      // "The kidnapping was blamed on traffickers angry at ... on the X river", right after the kidnapping's
      // report: a reference by a specific kind means the incident of that kind just told, whatever place an aside names.
      const loose0 = fitLoose.length || !m.type || m.typeRank < 3 ? fitLoose
        : clusters.filter((c) => c.types.has(m.type as IncidentType) && datesFit(m, c, pubDay) && lastStartBefore(c, m.span.start) >= 0 && c.mentions.some((x) => x.sentence >= m.sentence - 2 && x.sentence < m.sentence));
      // "said the drone strike showed that Morocco had chosen war": a reference by a specific kind that names
      // only a country means the incident of that kind told before, not one of another kind the country fits.
      const ofKind = m.type && m.type !== 'other' && m.typeRank >= 3 && !m.plural && m.places.every((p) => p.country) && !loose0.some((c) => c.types.has(m.type as IncidentType))
        ? clusters.filter((c) => c.typeRank >= 3 && c.types.has(m.type as IncidentType) && datesFit(m, c, pubDay) && lastStartBefore(c, m.span.start) >= 0)
        : [];
      const loose = ofKind.length ? ofKind : loose0;
      // "Residents said the blast was heard miles away": a reference naming a kind means the incident of
      // that kind, not a later-told one of another ("an attack") that merely does not contradict it.
      // "soldiers fired live rounds during the raid": a specific noun ("raid") names the act told with that word,
      // before the kind of the clause's other words (a shooting).
      const nounStem = m.noun ? triggerStem(m.noun) : '';
      const byNoun = nounStem && !GENERIC_STEMS.has(nounStem) ? loose.filter((c) => c.mentions.some((x) => x.stems?.includes(nounStem))) : [];
      const sameKind = m.type && m.type !== 'other' ? loose.filter((c) => c.types.has(m.type as IncidentType)) : [];
      // "The prime minister condemned the attack", sentences after a paragraph on an earlier month's
      // attack: an undated reference that does not follow that report at once means the story's own.
      const olderOnly = (c: IncidentCluster): boolean => !c.date && c.period !== undefined && past(c.period, pubDay) &&
        !c.mentions.some((x) => x.sentence === m.sentence || x.sentence === m.sentence - 1);
      const undated = !m.date && !m.period;
      const fresh = (xs: IncidentCluster[]): IncidentCluster[] => (undated ? xs.filter((c) => !olderOnly(c)) : xs);
      // "The assault began ..., when several men opened fire": of the kind of a background event only, an
      // undated reference still means today's incident when one fits.
      const kindFit = byNoun.length ? byNoun : sameKind.length && (fresh(sameKind).length || !fresh(loose).length) ? sameKind : sameKind.length ? fresh(loose) : loose;
      const current = fresh(kindFit);
      const fitting0 = current.length ? current : kindFit;
      // "said the ambush had frightened people": a reference by a specific noun means the incident told with that word.
      const stem = m.noun ? triggerStem(m.noun) : '';
      const lexical = stem && !GENERIC_STEMS.has(stem) ? fitting0.filter((c) => c.mentions.some((x) => x.stems?.includes(stem))) : [];
      const lexFit = lexical.length ? lexical : fitting0;
      // "The attack on the substation followed ...": a reference naming what was hit means the incident whose report named it.
      const named = m.object && text ? lexFit.filter((c) => namesObject(c, m, text)) : [];
      const fitting = named.length === 1 ? named : lexFit;
      let target = salient(fitting, m.span.start);
      // Joined by its noun ("the raid"), a reference keeps the incident's kind: another word of the clause
      // ("the raid was not linked to Thursday's bombing") may name another event.
      const byNounOnly = target !== undefined && byNoun.includes(target) && m.type !== null && !target.types.has(m.type);
      // "Prime Minister X condemned the attack", sentences after any report: an untyped reference far
      // from every report means the story's lead incident, its topic.
      const lead = clusters[0];
      if (target && lead && target !== lead && fitting.includes(lead) && named.length !== 1 && (!m.type || m.type === 'other') && !m.date && !m.period &&
        !target.mentions.some((x) => x.sentence >= m.sentence - TOPIC_GAP && x.sentence <= m.sentence)) target = lead;
      // "Police blamed militants from the hills of X, saying the rockets had been fired from there": a
      // reference back means an incident told before it, never one told later (a new day's attack at X)
      // when one was told before. A background clause ("hours after X fired rockets") may tell ahead.
      // An event first told as background ("hours after soldiers came under fire") was told before all the same.
      const toldBefore = (c: IncidentCluster): boolean => c.mentions.some((x) => x.span.start < m.span.start);
      if (target && !m.background && !toldBefore(target) && !target.mentions.some((x) => x.sentence === m.sentence) && clusters.some((c) => lastStartBefore(c, m.span.start) >= 0)) {
        target = salient(clusters.filter((c) => typesCompatible(m, c) && datesFit(m, c, pubDay) && lastStartBefore(c, m.span.start) >= 0), m.span.start);
      }
      if (!target) continue;
      // "The strike hit a car between X and Y": a reference back names the spot an incident placed only in a country.
      // "The blast destroyed a guard post at the X bridge": a site or town where the incident was placed
      // only in a region says better where it was.
      const joined = byNounOnly ? { ...m, type: null, typeRank: 0, types: [] } : m;
      add(target, joined, !m.plural && (target.places.every((p) => p.country) || narrowsRegion(m, target)));
      lastSentence = m.sentence;
      lastCluster = target;
    } else if (m.strength === 'role') {
      const target = salient(clusters, m.span.start);
      if (target) { add(target, m, false); lastSentence = m.sentence; lastCluster = target; }
    } else if (m.strength === 'casualty' && lastCluster && m.sentence - lastSentence <= CASUALTY_REACH) {
      // "Late on Monday, four projectiles landed on the outskirts of a town. They hit open ground in X":
      // the sentence right after a report that names no town tells where it happened, not that it is X's other incident.
      const unplaced = m.sentence === lastSentence + 1 && lastCluster.places.every((p) => p.country);
      add((unplaced ? undefined : placedElsewhere(m, lastCluster, clusters, rel)) ?? lastCluster, m, unplaced);
      lastSentence = m.sentence;
    }
  }
  // A role stated for "the attacks on X and Y" holds for the incidents at X and at Y.
  for (const c of clusters) {
    for (const m of c.mentions) {
      const named = specificPlaces(m);
      const hasRoles = m.roles.claimedBy.length + m.roles.deniedBy.length + m.roles.blamedOn.length > 0;
      if (m.strength === 'strong' || !hasRoles || new Set(named.map((p) => p.name)).size < 2) continue;
      // "said the drone had been launched from X across the Y river and blamed Z": one act of a named kind at
      // places not joined by "and" is no "rocket attack on X and Y".
      if (!m.plural && m.type !== null && m.typeRank >= 3 && text !== undefined &&
        !named.some((p, i) => i > 0 && /^\s*(?:,\s*)?(?:and|or|,)\s+(?:the\s+)?$/i.test(text.slice(named[i - 1]?.end ?? 0, p.start)))) continue;
      for (const other of clusters) {
        if (other === c) continue;
        const otherPlaces = other.places.filter((p) => !p.country);
        if (named.some((p) => otherPlaces.some((q) => placesRelated(p.name, q.name, rel.contains)))) other.roles = mergeRoles(other.roles, m.roles);
      }
    }
  }
  return clusters.sort((a, b) => firstStart(a) - firstStart(b));
}

/**
 * "Israeli drone strike kills two near Tubas" ... "Earlier on Monday, a drone strike on a car on the
 * outskirts of Tubas killed two men": an act of one specific kind told twice, on the same day at the
 * same place, with no toll that differs, is one act, when only "earlier" set the second report apart.
 */
function twins(a: IncidentCluster, b: IncidentCluster, rel: PlaceRelations): boolean {
  if (!a.type || a.type !== b.type || a.typeRank < 3 || b.typeRank < 3 || !a.date || a.date !== b.date) return false;
  const founder = b.mentions.reduce((x, m) => (m.span.start < x.span.start ? m : x));
  if (founder.another && !founder.looseAnother) return false;
  if (b.mentions.some((m) => m.strength === 'strong' && m.another && !m.looseAnother)) return false;
  const pa = a.places.filter((p) => !p.country && !p.origin);
  const pb = b.places.filter((p) => !p.country && !p.origin);
  if (pa.length === 0 || pb.length === 0 || !pa.some((p) => pb.some((q) => placesRelated(p.name, q.name, rel.contains)))) return false;
  for (const k of ['killed', 'injured'] as const) {
    const x = a.casualties[k];
    const y = b.casualties[k];
    if (x !== undefined && y !== undefined && x !== y) return false;
  }
  return true;
}

function foldTwins(clusters: IncidentCluster[], rel: PlaceRelations): IncidentCluster[] {
  const out: IncidentCluster[] = [];
  for (const c of clusters) {
    const twin = out.find((a) => twins(a, c, rel));
    if (!twin) { out.push(c); continue; }
    twin.mentions.push(...c.mentions);
    for (const t of c.types) twin.types.add(t);
    twin.places.push(...c.places);
    twin.casualties = mergeCasualties(twin.casualties, c.casualties);
    twin.roles = mergeRoles(twin.roles, c.roles);
  }
  return out;
}

/**
 * A headline names the story's event in other words ("Rockets hit capital's airport") and often with
 * a looser place than the body ("the airport" for its full name): an incident told only in the
 * headline is the first body incident of a kind it fits, when there is one.
 */
function foldHeadline(clusters: IncidentCluster[], headline: number | undefined): IncidentCluster[] {
  if (headline === undefined) return clusters;
  const only = clusters.filter((c) => c.mentions.every((m) => m.sentence === headline));
  if (only.length !== 1) return clusters;
  const head = only[0];
  const body = clusters.filter((c) => c !== head).sort((a, b) => firstStart(a) - firstStart(b));
  const target = head && body.find((c) => c.mentions.some((m) => typesCompatible({ ...m, type: head.type, types: [...head.types] }, c)));
  if (!head || !target) return clusters;
  target.mentions.push(...head.mentions);
  for (const t of head.types) target.types.add(t);
  if (!target.type) { target.type = head.type; target.typeRank = head.typeRank; }
  target.casualties = mergeCasualties(target.casualties, head.casualties);
  target.roles = mergeRoles(target.roles, head.roles);
  return body;
}
