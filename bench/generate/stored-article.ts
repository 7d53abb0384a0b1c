/**
 * Generated articles for the storage benchmark, already annotated: exactly what the background hands
 * lib/store's saveArticle (text, metadata, an Annotation with 30 entities, attributions, an incident,
 * most often with actors who claimed it or were blamed),
 * built without the engine so filling a database with 10,000 of them takes seconds, not hours. The
 * same index always gives the same article, and entities are drawn from a skewed pool so a few appear
 * in thousands of articles and most in a handful, as in a real reading history.
 */
import type { Annotation, Attribution, Entity, Incident } from '../../lib/annotate/types';
import type { ArticleInput } from '../../lib/store/save-article';
import { pick, seededRandom, skewedIndex } from '../shared/prng';
import { poolKind, poolName } from './names';
import { ANONYMOUS_SOURCES, CLAUSES, DAYS } from './vocabulary';

/** Entities per generated article: the popup's "30-entity article". */
export const ENTITIES_PER_ARTICLE = 30;

/** Size of the entity pool articles draw from. */
export const ENTITY_POOL = 20000;

const INCIDENT_TYPES = ['rocket', 'drone', 'explosion', 'shooting', 'airstrike'] as const;

/** First visit of article 0; article i was read i hours later. */
const EPOCH = Date.UTC(2025, 0, 1);

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Stored-article input number `index` (0-based). */
export function storedArticle(index: number): ArticleInput {
  const random = seededRandom(index * 2654435761 + 17);
  const picked = new Set<number>();
  while (picked.size < ENTITIES_PER_ARTICLE) picked.add(skewedIndex(random, ENTITY_POOL));
  const pool = [...picked];
  let text = '';
  const sentences: Array<{ start: number; end: number }> = [];
  const entities: Entity[] = pool.map((p, i) => ({
    id: `e${i}`,
    name: poolName(p),
    kind: poolKind(p),
    aliases: [],
    mentions: [],
  }));
  const attributions: Attribution[] = [];
  const addSentence = (s: string): number => {
    const start = text.length;
    text += `${s} `;
    sentences.push({ start, end: start + s.length });
    return start;
  };
  // About 75 mentions: each entity one to four times, in sentences that attribute or report.
  for (let round = 0; round < 4; round++) {
    entities.forEach((entity, i) => {
      if (round > 0 && random() < 0.5) return;
      const cue = entity.kind === 'place' ? 'in' : 'said';
      const start = addSentence(
        entity.kind === 'place'
          ? `Officials gathered in ${entity.name} ${pick(random, DAYS)} after ${pick(random, CLAUSES)}.`
          : `${entity.name} said ${pick(random, DAYS)} that ${pick(random, CLAUSES)}.`,
      );
      const offset = entity.kind === 'place' ? start + 'Officials gathered in '.length : start;
      entity.mentions.push({ start: offset, end: offset + entity.name.length, text: entity.name });
      if (entity.kind !== 'place' && round === 0 && attributions.length < 6) {
        const cueStart = offset + entity.name.length + 1;
        attributions.push({ start: offset, end: cueStart + cue.length, source: entity.name, sourceEntityId: `e${i}`, cue, anonymous: false });
      }
    });
  }
  for (let k = 0; k < 3; k++) {
    const source = pick(random, ANONYMOUS_SOURCES);
    const start = addSentence(`According to ${source}, ${pick(random, CLAUSES)}.`);
    attributions.push({ start, end: start + 'According to '.length + source.length, source, cue: 'according to', anonymous: true });
  }
  const place = entities.find((e) => e.kind === 'place');
  const visited = EPOCH + index * 3600_000;
  const evidenceStart = addSentence(`A drone struck a depot near ${place?.name ?? 'the border'} ${pick(random, DAYS)}, officials said.`);
  const incident: Incident = {
    type: pick(random, INCIDENT_TYPES),
    location: place?.name,
    locationEntityId: place?.id,
    mentions: [{ start: evidenceStart, end: text.length - 1 }],
    // Dates cluster so the same incident is reported by several articles, as on a real news day.
    date: isoDay(visited - Math.floor(random() * 3) * 86400_000),
    claimedBy: [],
    deniedBy: [],
    blamedOn: [],
  };
  // Most incidents name who claimed them or who was blamed, as real reports do, so the popup's lookups
  // of incidents by actor find some (drawn last: the draws above, and so the rest, stay as they were).
  const actors = entities.filter((e) => e.kind !== 'place');
  if (actors.length > 0) {
    if (random() < 0.6) incident.claimedBy.push(pick(random, actors).name);
    if (random() < 0.4) incident.blamedOn.push(pick(random, actors).name);
  }
  const annotation: Annotation = {
    version: 1,
    sentences,
    entities,
    attributions,
    incidents: [incident],
    wordCount: text.match(/\S+/g)?.length ?? 0,
    truncated: false,
  };
  return {
    url: `https://news.example/bench/${index}`,
    title: `Generated article ${index}: ${entities[0]?.name ?? ''} and ${entities[1]?.name ?? ''}`,
    meta: { siteName: `site${index % 40}.example`, publishedTime: new Date(visited).toISOString(), lang: 'en' },
    text,
    annotation,
    now: visited,
  };
}
