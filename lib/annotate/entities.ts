/**
 * Folds raw mentions into one entity per real-world actor or place: known names, full names and
 * their near-miss spellings, surnames and given names after a full name (never across two people
 * sharing a surname), organization short forms and acronyms, office handles ("@POTUS").
 */
import type { Gazetteer, KnownEntity } from './gazetteer';
import { isCommonWord, isFirstName, isLastName, lexKind } from './lexicon';
import type { RawMention } from './mention';
import { editDistance, looseNameKey, nameKey } from './normalize';
import type { Entity, EntityKind } from './types';
import { NAME_PARTICLES, OFFICE_HANDLES, ORG_HEADS, ORG_OF_HEADS, PLACE_HEADS } from './vocab';

/** Entities plus, for each raw mention kept, the id of its entity. */
export interface BuiltEntities {
  entities: Entity[];
  entityOf: Map<RawMention, string>;
}

interface Group {
  kind: EntityKind;
  name: string;
  known?: KnownEntity;
  subtype?: string;
  role?: string;
  /** Every title seen with this entity's mentions. */
  roles: string[];
  mentions: RawMention[];
  words: string[];
}

const SKIP_WORDS = new Set(['of', 'and', 'the', 'for', '&']);

function words(s: string): string[] {
  const w = looseNameKey(s).split(' ').filter(Boolean);
  // "Ferdinand Marcos Jr.": the surname is "Marcos", the suffix only tells generations apart.
  return w.length > 2 && /^(jr|sr|ii|iii|iv)\.?$/.test(w[w.length - 1] ?? '') ? w.slice(0, -1) : w;
}

function initials(name: string): string {
  return nameKey(name).split(' ').filter((w) => w && !SKIP_WORDS.has(w)).map((w) => w[0]).join('');
}

/** Builds the article's entities from its raw mentions. */
export function buildEntities(mentions: RawMention[], gaz: Gazetteer, typeUnknown?: (ms: RawMention[]) => void): BuiltEntities {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOf = new Map<RawMention, Group>();
  const open = (key: string, g: Group): Group => {
    const existing = byKey.get(key);
    if (existing) return existing;
    byKey.set(key, g);
    groups.push(g);
    return g;
  };
  const attach = (m: RawMention, g: Group): void => {
    g.mentions.push(m);
    groupOf.set(m, g);
    m.kind = g.kind;
    if (m.role && (!g.role || m.role.length > g.role.length)) g.role = m.role;
    if (m.role) g.roles.push(m.role);
  };

  // 1. Known entities and multi-word names.
  const singles: RawMention[] = [];
  for (const m of mentions) {
    if (m.known) {
      const g = open(`k:${m.known.id}`, { kind: m.known.type, name: m.known.name, known: m.known, subtype: m.known.subtype, roles: [], mentions: [], words: words(m.known.name) });
      attach(m, g);
      continue;
    }
    const w = words(m.name ?? m.text);
    // "Marsh-Ortiz" after "Ellen Marsh-Ortiz": a hyphenated surname alone is resolved like a single word.
    const hyphenatedAlone = m.kind === 'person' && !m.role && w.length >= 2 && !/\s/.test(m.text) && m.text.includes('-');
    if (m.handle || w.length <= 1 || m.kind === 'unknown' || hyphenatedAlone || (m.kind === 'person' && NAME_PARTICLES.has(w[0] ?? ''))) { singles.push(m); continue; }
    const kind = m.kind;
    const g: Group = { kind, name: m.name ?? m.text, subtype: m.subtype, roles: [], mentions: [], words: w };
    attach(m, open(groupKey(g), g));
  }

  // 2. Near-miss spellings of people: against each other and against known people.
  mergeNearMisses(groups, byKey, groupOf, gaz);

  // 3. Single words, handles and untyped names.
  const unresolved: RawMention[] = [];
  const place = (m: RawMention, g: Group | null): void => {
    if (!g) return;
    attach(m, groups.includes(g) ? g : open(groupKey(g), g));
  };
  for (const m of singles) {
    const g = resolveSingle(m, groups.filter((x) => x.mentions.length > 0), gaz);
    if (!g && m.kind === 'unknown' && words(m.text).length >= 2) unresolved.push(m);
    else place(m, g);
  }
  if (typeUnknown && unresolved.length > 0) {
    typeUnknown(unresolved.filter((m) => !m.hint));
    for (const m of unresolved) {
      if (m.kind === 'unknown' && m.hint) m.kind = m.hint;
      else if (m.kind === 'unknown' && m.afterLocative) m.kind = 'place';
      if (m.kind !== 'unknown') place(m, resolveSingle(m, groups.filter((x) => x.mentions.length > 0), gaz));
    }
  }
  foldPartyPlaces(groups, groupOf);
  foldShortCountryNames(groups, groupOf);
  foldArmiesIntoArmedForces(groups, groupOf);
  foldIntoNationalBranches(groups, groupOf);
  preferProperNames(groups);

  const entities: Entity[] = [];
  const entityOf = new Map<RawMention, string>();
  for (const g of groups) {
    if (g.mentions.length === 0) continue;
    const id = `e${entities.length + 1}`;
    const seen = new Set<string>();
    const aliases: string[] = [];
    for (const m of g.mentions) {
      entityOf.set(m, id);
      if (m.text !== g.name && !seen.has(m.text)) { seen.add(m.text); aliases.push(m.text); }
    }
    const ms = [...g.mentions].sort((a, b) => a.start - b.start);
    entities.push({
      id, name: g.name, kind: g.kind, aliases,
      ...(g.subtype ? { subtype: g.subtype } : {}),
      ...(g.role ? { role: g.role } : {}),
      mentions: ms.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    });
  }
  return { entities, entityOf };
}

/** The key under which a group is unique within the article. */
function groupKey(g: Group): string {
  if (g.known) return `k:${g.known.id}`;
  return g.kind === 'person' ? `p:${g.words.join(' ')}` : `${g.kind}:${nameKey(g.name)}`;
}

function mergeNearMisses(groups: Group[], byKey: Map<string, Group>, groupOf: Map<RawMention, Group>, gaz: Gazetteer): void {
  const people = groups.filter((g) => g.kind === 'person');
  for (const g of people) {
    if (g.known || g.mentions.length === 0) continue;
    // Against known people of the knowledge file.
    for (const k of gaz.entities.values()) {
      if (k.type !== 'person') continue;
      if (sameNameish(g.words, words(k.name))) {
        const target = byKey.get(`k:${k.id}`);
        if (target) moveAll(g, target, groupOf);
        else { g.known = k; g.name = k.name; g.subtype = k.subtype; byKey.set(`k:${k.id}`, g); g.words = words(k.name); }
        break;
      }
    }
  }
  for (let i = 0; i < people.length; i++) {
    const a = people[i];
    if (!a || a.mentions.length === 0) continue;
    for (let j = i + 1; j < people.length; j++) {
      const b = people[j];
      if (!b || b.mentions.length === 0 || a === b) continue;
      if (sameNameish(a.words, b.words)) {
        const [keep, drop] = b.known && !a.known ? [b, a] : [a, b];
        moveAll(drop, keep, groupOf);
      }
    }
  }
}

/** Same person written differently: same surname, given names equal or one edit apart. */
function sameNameish(a: string[], b: string[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  const la = a[a.length - 1] ?? '';
  const lb = b[b.length - 1] ?? '';
  const fa = a[0] ?? '';
  const fb = b[0] ?? '';
  if (a.join(' ') === b.join(' ')) return true;
  if (la === lb) return fa.length >= 4 && fb.length >= 4 && fa[0] === fb[0] && editDistance(fa, fb, 1) <= 1;
  if (fa === fb && la.length >= 5 && lb.length >= 5 && la[0] === lb[0]) return editDistance(la, lb, 1) <= 1;
  return false;
}

function moveAll(from: Group, to: Group, groupOf: Map<RawMention, Group>): void {
  for (const m of from.mentions) { to.mentions.push(m); groupOf.set(m, to); }
  if (from.role && (!to.role || from.role.length > to.role.length)) to.role = from.role;
  to.roles.push(...from.roles);
  from.mentions = [];
}

function roleMatches(role: string | undefined, wanted: string): boolean {
  if (!role) return false;
  const r = nameKey(role);
  const w = nameKey(wanted).split(' ').filter((x) => x.length > 2 && !/^(u\.s\.|us|the)$/.test(x));
  return w.length > 0 && w.every((x) => r.includes(x));
}

/** Finds (or creates) the group of a single-word mention, a handle or an untyped name. */
function resolveSingle(m: RawMention, groups: Group[], gaz: Gazetteer): Group | null {
  if (m.handle) {
    const pattern = OFFICE_HANDLES[m.text.toLowerCase()];
    const holder = pattern ? groups.find((g) => g.kind !== 'place' && g.roles.some((r) => pattern.test(r))) : undefined;
    if (holder) return holder;
    return { kind: 'person', name: m.text, roles: [], mentions: [], words: [m.text.toLowerCase()] };
  }
  const w = words(m.text);
  const linked = sameNameGroup(m, w, groups);
  if (linked) return linked;
  const people = groups.filter((g) => g.kind === 'person' && g.words.length >= 2);
  // "Marsh-Ortiz": a hyphenated surname written alone, ending one longer full name.
  if (w.length >= 2 && !/\s/.test(m.text) && m.text.includes('-') && (m.kind === 'unknown' || m.kind === 'person')) {
    const holders = people.filter((g) => g.words.length > w.length && w.every((x, i) => g.words[g.words.length - w.length + i] === x));
    if (holders.length === 1) return holders[0] ?? null;
  }
  // "Del Castillo", "De la Puente": a particle surname written alone, inside one full name.
  if (w.length >= 2 && NAME_PARTICLES.has(w[0] ?? '') && (m.kind === 'unknown' || m.kind === 'person')) {
    const holders = people.filter((g) => g.words.length > w.length && containsRun(g.words.slice(1), w));
    if (holders.length === 1) return holders[0] ?? null;
  }
  if (w.length === 1 && (m.kind === 'unknown' || m.kind === 'person')) {
    const word = w[0] ?? '';
    const bySurname = people.filter((g) => g.words[g.words.length - 1] === word);
    if (bySurname.length === 1) return bySurname[0] ?? null;
    // "Mamani" after "Rosa Elena Mamani Condori": the first of two surnames, in one full name only.
    const byInner = bySurname.length === 0 && !isFirstName(word) ? people.filter((g) => g.words.length >= 3 && g.words.slice(1, -1).includes(word)) : [];
    if (byInner.length === 1) return byInner[0] ?? null;
    if (bySurname.length > 1) {
      const withRole = m.role ? bySurname.filter((g) => g.roles.some((r) => roleMatches(r, m.role ?? ''))) : [];
      return withRole.length === 1 ? (withRole[0] ?? null) : null;
    }
    const byGiven = people.filter((g) => g.words[0] === word);
    if (byGiven.length === 1 && !isCommonWord(word)) return byGiven[0] ?? null;
    const orgs = groups.filter((g) => g.kind === 'organization' && g.words.length >= 2);
    const byFirst = orgs.filter((g) => g.words[0] === word);
    if (byFirst.length === 1 && lexKind(word) !== 'place' && !isHeadWord(word)) return byFirst[0] ?? null;
    const upper = m.text.replace(/\./g, '');
    if (/^[A-Z]{2,6}$/.test(upper)) {
      const byAcr = orgs.filter((g) => initials(g.name) === upper.toLowerCase());
      if (byAcr.length === 1) return byAcr[0] ?? null;
    }
    // "the town of Baghdadi", "near Baghdadi": a word the text types as a place is no famous person's surname.
    const known = m.hint === 'place' || m.afterLocative ? undefined : knownBySurname(word, gaz);
    if (known) {
      const g = groups.find((x) => x.known === known);
      return g ?? { kind: 'person', name: known.name, known, subtype: known.subtype, roles: [], mentions: [], words: words(known.name) };
    }
  }
  let kind: EntityKind | 'unknown' = m.kind;
  if (kind === 'unknown' && m.role) kind = 'person';
  // "Abena Osei" beside "Karim Osei": a relative; or a known family name.
  const lastWord = w[w.length - 1] ?? '';
  if (kind === 'unknown' && w.length >= 2 && w.length <= 4 && (people.some((g) => g.words[g.words.length - 1] === lastWord) || isLastName(lastWord))) kind = 'person';
  if (m.headWord && !m.hint) return null;
  if (kind === 'unknown' && m.hint && w.length === 1) kind = m.hint;
  if (kind === 'unknown' && w.length === 1) {
    const word = w[0] ?? '';
    const lex = lexKind(word);
    // "a prison in Tamara", "near Ariel": news names a person by surname, so a bare given name (that is no
    // family name too) after a locative is a place.
    kind = m.afterLocative && lex === 'person' && isFirstName(word) && !isLastName(word) ? 'place' : (lex ?? (m.afterLocative ? 'place' : 'unknown'));
  }
  if (kind === 'unknown') return null;
  return { kind, name: m.name ?? m.text, subtype: m.subtype, role: m.role, roles: [], mentions: [], words: w };
}

/** The words `run` appear together, in order, inside `words`. */
function containsRun(words: string[], run: string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((x, k) => words[i + k] === x)) return true;
  return false;
}

/** The organization or place already named exactly so ("Kourani"), or whose name this one opens ("Meridian Crest"). */
function sameNameGroup(m: RawMention, w: string[], groups: Group[]): Group | null {
  if (w.length === 0 || (m.kind !== 'unknown' && m.kind !== 'organization' && m.kind !== 'place')) return null;
  if (m.headWord) {
    // "the House" → the organization whose head that word is ("House of Representatives", "European Commission").
    const word = w[0] ?? '';
    const orgs = groups.filter((g) => g.kind === 'organization' && g.words.length >= 2 && g.words.length <= 6);
    const ofHeads = orgs.filter((g) => g.words[g.words.indexOf(word) + 1] === 'of');
    const heads = ofHeads.length > 0 ? ofHeads : orgs.filter((g) => g.words[g.words.length - 1] === word);
    return heads.length === 1 ? (heads[0] ?? null) : null;
  }
  const key = w.join(' ');
  const same = groups.filter((g) => g.kind !== 'person' && g.words.join(' ') === key && (m.kind === 'unknown' || g.kind === m.kind));
  if (same.length === 1) return same[0] ?? null;
  if (m.kind !== 'unknown') return null;
  if (isHeadWord(w[0] ?? '')) return null;
  // "Sulawesi Mineral" after "PT Sulawesi Mineral Nusantara": a company's legal form before its name is left out too.
  const prefix = groups.filter((g) => {
    if (g.kind === 'person') return false;
    // (Two words at least: "in Sulawesi" alone stays the island.)
    const gw = LEGAL_FORMS.test(g.words[0] ?? '') && w.length >= 2 ? g.words.slice(1) : g.words;
    return gw.length > w.length && w.every((x, i) => gw[i] === x);
  });
  return prefix.length === 1 ? (prefix[0] ?? null) : null;
}

/** Legal forms that open a company's name ("PT", "PJSC"), which its short form drops. */
const LEGAL_FORMS = /^(pt|jsc|pjsc|ojsc|cjsc|pao|oao|zao)$/;

/** "Colorado" beside the "Colorado Party": a place word that opens a party's name stands for the party. */
function foldPartyPlaces(groups: Group[], groupOf: Map<RawMention, Group>): void {
  for (const g of groups) {
    if (g.kind !== 'place' || g.words.length !== 1 || g.subtype === 'country' || g.mentions.length === 0) continue;
    const party = groups.find((o) => o.kind === 'organization' && o.words.length === 2 && o.words[0] === g.words[0] && /^(party|movement|front)$/.test(o.words[1] ?? ''));
    if (party) moveAll(g, party, groupOf);
  }
}

/**
 * "Congo" in a story datelined "Democratic Republic of Congo": a short form that is not the known
 * country's own name ("Republic of the Congo") stands for the other country the article names in
 * full and whose name also holds it.
 */
function foldShortCountryNames(groups: Group[], groupOf: Map<RawMention, Group>): void {
  for (const g of groups) {
    if (g.kind !== 'place' || g.subtype !== 'country' || g.mentions.length === 0) continue;
    const texts = new Set(g.mentions.map((m) => nameKey(m.text)));
    if (texts.size !== 1) continue;
    const short = [...texts][0] ?? '';
    if (short.includes(' ') || nameKey(g.name) === short) continue;
    const fuller = groups.filter((o) => o !== g && o.kind === 'place' && o.subtype === 'country' && o.mentions.length > 0 && nameKey(o.name).split(' ').includes(short));
    if (fuller.length === 1 && fuller[0]) moveAll(g, fuller[0], groupOf);
  }
}

/**
 * "Sudan's army" beside the "Sudanese Armed Forces (SAF)": a country's army or military, named by the
 * country, is the armed forces the article names in full.
 */
function foldArmiesIntoArmedForces(groups: Group[], groupOf: Map<RawMention, Group>): void {
  for (const g of groups) {
    if (g.kind !== 'organization' || g.subtype !== 'government' || g.words.length !== 2 || !/^(army|military)$/.test(g.words[1] ?? '') || g.mentions.length === 0) continue;
    const people = g.words[0] ?? '';
    const named = groups.filter((o) => o !== g && o.kind === 'organization' && o.mentions.length > 0 && o.words.length === 3 && o.words[0] === people && o.words[1] === 'armed' && o.words[2] === 'forces');
    if (named.length === 1 && named[0]) moveAll(g, named[0], groupOf);
  }
}

/**
 * "Ittehad-ul-Mujahideen Pakistan ... Ittehad-ul-Mujahideen": a body named with its country at the end
 * is the same body when the text drops the country, if it names no other body that way.
 */
function foldIntoNationalBranches(groups: Group[], groupOf: Map<RawMention, Group>): void {
  for (const g of groups) {
    if (g.kind !== 'organization' || g.subtype !== 'national branch' || g.mentions.length === 0) continue;
    const short = groups.filter((o) => o !== g && o.mentions.length > 0 && !o.known && o.kind !== 'place' && o.words.length >= 1 && g.words.length - o.words.length >= 1 && g.words.length - o.words.length <= 2 && o.words.every((w, k) => g.words[k] === w));
    for (const o of short) if (groups.filter((x) => x.subtype === 'national branch' && x.mentions.length > 0 && o.words.every((w, k) => x.words[k] === w)).length === 1) { for (const m of o.mentions) m.kind = 'organization'; moveAll(o, g, groupOf); }
  }
}

/**
 * "a Chinese coast guard ship ... The China Coast Guard said": a body first met as a country's
 * institution in lower case is called by its own capitalised name once the text writes it.
 */
function preferProperNames(groups: Group[]): void {
  for (const g of groups) {
    if (g.kind !== 'organization' || g.subtype !== 'government' || g.known || /\p{Lu}/u.test(g.name.slice(1).replace(/^\S+\s/, ''))) continue;
    const proper = g.mentions.find((m) => !m.known && /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}\p{Lu}[\p{L}.'’-]*$/u.test(m.text) && !/[’']s\s/.test(m.text));
    if (proper) g.name = proper.text;
  }
}

/** A generic organization or place head ("house", "party"): never enough to link a name by its first word. */
function isHeadWord(word: string): boolean {
  return ORG_HEADS.has(word) || ORG_OF_HEADS.has(word) || PLACE_HEADS.has(word);
}

let surnameIndex: { gaz: Gazetteer; map: Map<string, KnownEntity | null> } | null = null;

/** The one known person with that surname, if exactly one. */
function knownBySurname(word: string, gaz: Gazetteer): KnownEntity | undefined {
  if (!surnameIndex || surnameIndex.gaz !== gaz) {
    const map = new Map<string, KnownEntity | null>();
    for (const k of gaz.entities.values()) {
      if (k.type !== 'person') continue;
      const w = words(k.name);
      const last = w[w.length - 1];
      if (!last || w.length < 2) continue;
      map.set(last, map.has(last) ? null : k);
    }
    surnameIndex = { gaz, map };
  }
  return surnameIndex.map.get(word) ?? undefined;
}
