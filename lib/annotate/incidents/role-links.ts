/**
 * Which incident a claim, denial or charge is about. Clustering gives a sentence that only states
 * roles (or refers back with "the attack") to the incident told last; but wire copy often states the
 * roles of an earlier or a side incident after another one ("Islamic State claimed the school
 * attack" after the army's strike; "A group calling itself X took responsibility" after the lines on
 * a hacked website). The sentence says which incident it means: by the place it names, by the day, by
 * the kind of act its reference names ("the hack", "the kidnapping"), by a word the incident's report
 * used ("the school attack"), or, for a hack, by the words of computing around it.
 */
import type { IncidentType } from '../types';
import type { IncidentCluster } from './cluster';
import { findDates } from './dates';
import { triggerStem, type IncidentMention } from './mentions';
import { placesRelated, type PlaceRelations } from './places';
import { mergeRoles, type Roles } from './roles';

const ROLE_KEYS = ['claimedBy', 'deniedBy', 'blamedOn'] as const;

function hasRoles(m: IncidentMention): boolean {
  return m.roles.claimedBy.length + m.roles.deniedBy.length + m.roles.blamedOn.length > 0;
}

/** "the school attack", "Monday's hack", "the kidnapping of the guard": a definite reference to an act, with up to two modifiers. */
const EVENT_REFERENCE_RE =
  /\b(?:the|this|that|Monday[’']s|Tuesday[’']s|Wednesday[’']s|Thursday[’']s|Friday[’']s|Saturday[’']s|Sunday[’']s)\s+((?:[\p{L}-]+\s+){0,2}?)(attack|raid|strike|air ?strike|bombing|blast|explosion|shooting|ambush|assault|kidnapping|abduction|hack|cyberattack|cyber-attack|outage|breach|defacement|intrusion|storming|shelling|killings?|massacre)\b/giu;

/** The kinds of act a reference noun names; absent for nouns any attack may take ("attack", "raid"). */
const NOUN_TYPES: Record<string, IncidentType[]> = {
  bombing: ['explosion'], blast: ['explosion'], explosion: ['explosion'],
  shooting: ['shooting'], kidnapping: ['kidnapping'], abduction: ['kidnapping'],
  hack: ['cyber'], cyberattack: ['cyber'], 'cyber-attack': ['cyber'], outage: ['cyber'], breach: ['cyber'], defacement: ['cyber'], intrusion: ['cyber'],
  airstrike: ['airstrike', 'drone'], 'air strike': ['airstrike', 'drone'], shelling: ['shelling', 'mortar'], storming: ['storming'],
};

/** Modifiers too general to tell incidents apart ("the latest attack", "the deadly raid"). */
const VAGUE_MODIFIER_RE = /^(?:latest|recent|last|first|second|deadly|deadliest|suspected|alleged|apparent|reported|same|whole|entire|new|earlier|later|previous|weekend|overnight|night|morning|evening|afternoon|attempted|failed|planned|brazen|coordinated|twin|double|suicide|terrorist|terror|militant|rebel|armed|its|their|his|her)$/i;

/** Reference nouns any attack may take. */
const GENERIC_NOUN_RE = /^(?:attack|strike|assault|killings?)$/i;

/** A place named in a description of a party ("affiliate in the Sahel", "a group based in X"). */
const DESCRIBED_PLACE_RE = /\b(?:affiliate|branch|wing|franchise|based|active|operating|headquartered|from)\b[^,.;:]*$/i;

/** Words of computing: a role sentence among them is about a hack. */
const CYBER_WORDS_RE = /\b(?:website|web site|site|hack(?:ed|ers?|ing)?|defaced|servers?|data|databases?|files|offline|denial-of-service|DDoS|ransomware|malware|leaked|e-?mails?|systems|network|online)\b/i;

/** The text of every mention of a cluster but `skip`, lower-cased. */
function clusterText(text: string, c: IncidentCluster, skip: IncidentMention): string {
  return c.mentions.filter((x) => x !== skip).map((x) => text.slice(x.span.start, x.span.end)).join(' ').toLowerCase();
}

/** The only cluster of `pool` that passes `test`, when `current` does not. */
function only(pool: IncidentCluster[], current: IncidentCluster, test: (c: IncidentCluster) => boolean): IncidentCluster | undefined {
  if (test(current)) return undefined;
  const hits = pool.filter((c) => c !== current && test(c));
  return hits.length === 1 ? hits[0] : undefined;
}

/** What a role-bearing mention's own words say about which incident it means. */
interface Signals { places: string[]; types: IncidentType[]; modifiers: string[]; stems: string[]; cyber: boolean }

function signalsOf(text: string, m: IncidentMention, previous: string): Signals {
  const body = text.slice(m.span.start, m.span.end);
  // "X, al-Qaida's affiliate in the Sahel": a place in a description of a party is not where an act was.
  const places = m.places.filter((p) => !p.country && !p.origin && !DESCRIBED_PLACE_RE.test(text.slice(Math.max(0, p.start - 40), p.start))).map((p) => p.name);
  const types: IncidentType[] = [];
  const modifiers: string[] = [];
  const stems: string[] = [];
  for (const r of body.matchAll(EVENT_REFERENCE_RE)) {
    const noun = (r[2] ?? '').toLowerCase();
    if (!GENERIC_NOUN_RE.test(noun)) stems.push(triggerStem(noun));
    types.push(...(NOUN_TYPES[noun] ?? NOUN_TYPES[noun.replace(/s$/, '')] ?? []));
    for (const w of (r[1] ?? '').trim().split(/\s+/)) if (w.length >= 4 && !VAGUE_MODIFIER_RE.test(w)) modifiers.push(w.toLowerCase());
  }
  const s: Signals = { places, types, modifiers, stems, cyber: m.type === null && CYBER_WORDS_RE.test(`${previous} ${body}`) };
  return s;
}

/**
 * The incident a role-bearing mention means when its words point to one other than the incident it was
 * given: one place, day, kind of act or report word that only that other incident has.
 */
function referredIncident(text: string, m: IncidentMention, current: IncidentCluster, clusters: IncidentCluster[], rel: PlaceRelations, sig: Signals): IncidentCluster | undefined {
  // "held X responsible for the raid" in an incident told with "raided": the reference names the incident it was given.
  if (sig.stems.some((st) => current.mentions.some((x) => x !== m && x.stems?.includes(st)))) return undefined;
  const at = (c: IncidentCluster): boolean => c.places.some((q) => !q.country && sig.places.some((p) => placesRelated(p, q.name, rel.contains)));
  if (sig.places.length) {
    const byPlace = only(clusters, current, at);
    // "said the drone had been launched from X across the Y river and blamed Z", given the drone strike: a
    // reference by the incident's own specific kind means it, not an act of another kind at a place it names.
    const ownKind = m.type !== null && m.typeRank >= 3 && current.type === m.type && byPlace?.type !== m.type;
    if (byPlace && !ownKind) return byPlace;
  }
  if (sig.types.length) {
    const byType = only(clusters, current, (c) => c.type !== null && sig.types.includes(c.type));
    if (byType) return byType;
  }
  for (const w of sig.modifiers) {
    const byWord = only(clusters, current, (c) => new RegExp(String.raw`\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`, 'u').test(clusterText(text, c, m)));
    if (byWord) return byWord;
  }
  if (sig.cyber) return only(clusters, current, (c) => c.type === 'cyber');
  return undefined;
}

/** Whether the mention names one day, and it is the day of the incident it was given. */
function current(c: IncidentCluster, m: IncidentMention, text: string, publishedTime: string | undefined): boolean {
  if (!c.date) return false;
  const days = findDates(text, m.span.start, m.span.end, publishedTime).filter((d) => d.precision === 'day' && !d.report);
  return days.length === 1 && days[0]?.date.slice(0, 10) === c.date;
}

/** `roles` without the names only `m` gave it (another mention of the cluster may state them too). */
function withoutMention(c: IncidentCluster, m: IncidentMention): Roles {
  const out: Roles = { claimedBy: [...c.roles.claimedBy], deniedBy: [...c.roles.deniedBy], blamedOn: [...c.roles.blamedOn] };
  for (const k of ROLE_KEYS) {
    const others = new Set(c.mentions.filter((x) => x !== m).flatMap((x) => x.roles[k].map((n) => n.toLowerCase())));
    const mine = new Set(m.roles[k].map((n) => n.toLowerCase()));
    out[k] = out[k].filter((n) => !mine.has(n.toLowerCase()) || others.has(n.toLowerCase()));
  }
  return out;
}

/**
 * Moves each sentence that states roles without reporting an act ("X claimed the school attack",
 * "A group calling itself X took responsibility") to the incident its words point to, when that is not
 * the one clustering gave it; the roles go with it.
 */
export function relinkRoles(clusters: IncidentCluster[], text: string, sentences: readonly { start: number; end: number }[], rel: PlaceRelations, publishedTime?: string): void {
  if (clusters.length < 2) return;
  const moves: { m: IncidentMention; from: IncidentCluster; to: IncidentCluster }[] = [];
  for (const c of clusters) {
    for (const m of c.mentions) {
      if (m.strength === 'strong' || m.strength === 'casualty' || !hasRoles(m) || c.mentions.length < 2) continue;
      const prev = sentences[m.sentence - 1];
      const previous = prev ? text.slice(prev.start, prev.end) : '';
      const to = referredIncident(text, m, c, clusters, rel, signalsOf(text, m, previous));
      // "said ... that the air force had struck X on Sunday": the day of the incident it was given confirms it
      // (read only for a sentence that would move: reading dates is the costly step).
      if (to && !(current(c, m, text, publishedTime))) moves.push({ m, from: c, to });
    }
  }
  for (const { m, from, to } of moves) {
    from.roles = withoutMention(from, m);
    from.mentions = from.mentions.filter((x) => x !== m);
    to.mentions.push(m);
    to.roles = mergeRoles(to.roles, m.roles);
  }
}

/**
 * Two incidents of the same kind, on the same day, at the same town or site are one event that
 * clustering left in two ("Israeli drone strike kills two near X" in the lead and "a drone strike on a
 * car on the outskirts of X killed two men" later): who claimed, denied or was blamed for one holds
 * for the other.
 */
export function shareRolesOfSameEvent(clusters: IncidentCluster[], rel: PlaceRelations): void {
  const specific = (c: IncidentCluster): string[] => c.places.filter((p) => !p.country && !p.origin && p.rank >= 2).map((p) => p.name);
  for (const a of clusters) {
    for (const b of clusters) {
      if (a === b || !a.date || a.date !== b.date || !a.type || a.type === 'other' || a.type !== b.type) continue;
      const pa = specific(a);
      if (!specific(b).some((q) => pa.some((p) => placesRelated(p, q, rel.contains)))) continue;
      a.roles = mergeRoles(a.roles, b.roles);
    }
  }
}

