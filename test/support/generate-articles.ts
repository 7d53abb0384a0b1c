/**
 * A deterministic reading log of any size, for tests and benchmarks: `generateArticles(10_000)` gives a
 * referentially complete Snapshot (the JSON export's tables) shaped like real reading — a few hundred
 * recurring actors and places, 2 mentions per appearance, some anonymous attributions, incidents that
 * several articles report. Feed it to writeImport (lib/import/write-import.ts) to fill a database, or
 * to toJsonExport (lib/export/json.ts) to get an importable file.
 */
import type { Snapshot } from '../../lib/export/format';
import type { EntityKind, IncidentType } from '../../lib/annotate/types';
import { incidentKey } from '../../lib/store/incident-key';
import { aliasKeys, entityKey } from '../../lib/store/entity-key';
import { quoteOf } from '../../lib/store/quote';

/** A small seeded PRNG (mulberry32): same seed, same log. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amira', 'Oleh', 'Dana', 'Karim', 'Lena', 'Tomas', 'Hana', 'Yusuf', 'Ines', 'Pavel', 'Sara', 'Malik'];
const LAST = ['Haddad', 'Kiper', 'Novak', 'Barzani', 'Okafor', 'Lind', 'Moreau', 'Sato', 'Rahman', 'Costa', 'Weber', 'Ilunga'];
const ORGS = ['Ministry of Defence', 'Harbour Authority', 'Red Crescent', 'Border Guard', 'Central Bank', 'Coast Guard', 'Energy Agency', 'Peace Mission'];
const PLACES = ['Odesa', 'Erbil', 'Mosul', 'Kharkiv', 'Aden', 'Goma', 'Tripoli', 'Basra', 'Kherson', 'Sirte', 'Bunia', 'Mykolaiv', 'Kirkuk', 'Hodeidah'];
const SITES = ['The Harbour Courier', 'Daily Ledger', 'Wire Service', 'Evening Post', 'Frontline Review', 'Morning Star', 'Gazette', 'Observer'];
const TYPES: IncidentType[] = ['drone', 'missile', 'shelling', 'airstrike', 'explosion', 'shooting', 'rocket', 'kidnapping'];
const CUES = ['said', 'told reporters', 'said in a statement', 'confirmed', 'denied'];

/** Midnight UTC, 1 March 2026: the generated reading spans the year before it. */
export const GENERATED_END = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

function pick<T>(list: readonly T[], r: () => number): T {
  return list[Math.floor(r() * list.length)] as T;
}

interface Pool {
  name: string;
  kind: EntityKind;
  subtype?: string;
}

function entityPool(size: number, r: () => number): Pool[] {
  const pool: Pool[] = [];
  const seen = new Set<string>();
  for (let i = 0; pool.length < size && i < size * 20; i++) {
    const roll = r();
    const suffix = i >= 150 ? ` ${Math.floor(i / 150)}` : '';
    const e: Pool =
      roll < 0.5
        ? { name: `${pick(FIRST, r)} ${pick(LAST, r)}${suffix}`, kind: 'person' }
        : roll < 0.75
          ? { name: `${pick(ORGS, r)}${suffix}`, kind: 'organization' }
          : { name: `${pick(PLACES, r)}${suffix}`, kind: 'place', subtype: 'city' };
    const key = entityKey(e.kind, e.name);
    if (!seen.has(key)) seen.add(key), pool.push(e);
  }
  return pool;
}

/** `n` articles with their entities, mentions, appearances, attributions and incidents. */
export function generateArticles(n: number, seed = 1): Snapshot {
  const r = rng(seed);
  const pool = entityPool(Math.max(20, Math.min(3000, Math.round(n / 4))), r);
  const s: Snapshot = { articles: [], entities: [], mentions: [], appearances: [], attributions: [], incidents: [] };
  const entityIdOf = new Map<number, number>();
  const incidents = new Map<string, Snapshot['incidents'][number]>();
  for (let a = 1; a <= n; a++) {
    const visited = GENERATED_END - Math.floor(r() * 365 * DAY);
    const cast = [...new Set(Array.from({ length: 4 + Math.floor(r() * 7) }, () => Math.floor(r() * pool.length)))];
    const sentences = cast.map((p, i) => `${pool[p]?.name} ${pick(CUES, r)} the situation was serious in report ${i}.`);
    const text = sentences.join(' ');
    s.articles.push({
      id: a,
      url: `https://news${a % 37}.example/story/${a}`,
      title: `Story ${a}: ${pool[cast[0] ?? 0]?.name ?? 'news'} and the week's events`,
      site: pick(SITES, r),
      publishedTime: new Date(visited - DAY).toISOString(),
      firstVisited: visited,
      lastVisited: visited,
      visits: [visited],
      textHash: `hash${a}`,
      wordCount: text.split(' ').length,
      truncated: false,
    });
    let offset = 0;
    cast.forEach((p, i) => {
      const e = pool[p] as Pool;
      let entityId = entityIdOf.get(p);
      if (entityId === undefined) {
        entityId = s.entities.length + 1;
        entityIdOf.set(p, entityId);
        s.entities.push({ id: entityId, key: entityKey(e.kind, e.name), name: e.name, kind: e.kind, subtype: e.subtype, aliases: [], aliasKeys: aliasKeys(e.kind, e.name, []) });
      }
      const sentence = sentences[i] as string;
      const start = offset;
      const end = start + e.name.length;
      const quote = { start, end, ...quoteOf(text, start, end) };
      s.mentions.push({ id: s.mentions.length + 1, articleId: a, entityId, ...quote });
      const later = text.indexOf('report', start);
      s.mentions.push({ id: s.mentions.length + 1, articleId: a, entityId, start: later, end: later + 6, ...quoteOf(text, later, later + 6) });
      s.appearances.push({ entityId, articleId: a, visited, mentionCount: 2, sentence, quote });
      if (i < 4) {
        const anonymous = r() < 0.3;
        s.attributions.push({
          id: s.attributions.length + 1,
          articleId: a,
          source: anonymous ? 'officials' : e.name,
          sourceEntityId: anonymous || e.kind === 'place' ? undefined : entityId,
          cue: 'said',
          anonymous,
          quote: { start, end: start + sentence.length - 1, ...quoteOf(text, start, start + sentence.length - 1) },
          content: 'the situation was serious',
        });
      }
      offset += sentence.length + 1;
    });
    const placeIdx = cast.find((p) => pool[p]?.kind === 'place');
    if (placeIdx !== undefined && r() < 0.6) {
      const placeEntityId = entityIdOf.get(placeIdx) as number;
      const type = pick(TYPES, r);
      const date = new Date(visited - Math.floor(r() * 3) * DAY).toISOString().slice(0, 10);
      const key = incidentKey(type, `#${placeEntityId}`, date, a);
      const source = { articleId: a, evidence: sentences[0] as string, quote: { start: 0, end: (sentences[0] as string).length, ...quoteOf(text, 0, (sentences[0] as string).length) } };
      const known = incidents.get(key);
      if (known) {
        known.articleIds.push(a);
        known.sources.push(source);
      } else {
        incidents.set(key, {
          id: incidents.size + 1, key, type, location: pool[placeIdx]?.name, placeEntityId, date,
          killed: r() < 0.4 ? Math.floor(r() * 10) : undefined,
          claimedBy: [], deniedBy: [], blamedOn: [], actorEntityIds: [], articleIds: [a], sources: [source],
        });
      }
    }
  }
  s.incidents = [...incidents.values()];
  return s;
}
