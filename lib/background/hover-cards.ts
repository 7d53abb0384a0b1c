/**
 * Assembles what the page's hover card shows, after the article was saved: for each entity the page
 * will highlight, its canonical name, type, role, other names in this article and its earlier
 * coverage (from the store's cross-reference); for each attribution its source and channel. The page
 * gets only these small cards, indexed from its spans, never the database.
 */
import type { Annotation, Entity } from '../annotate/types';
import type { AttributionCard, EntityCard, HighlightSpan } from '../messages';
import type { ArticleCoverage, EntityCoverage } from '../store/cross-reference';
import { entityKey } from '../store/entity-key';

/** Earlier articles listed per card: the card is small. */
export const CARD_EARLIER_LIMIT = 3;

/** Spans with card indexes, and the cards. */
export interface CardedSpans {
  spans: HighlightSpan[];
  entities: EntityCard[];
  attributions: AttributionCard[];
  /** The entity behind each of `entities`, to fill in coverage later. */
  cardEntities: Entity[];
}

function toIso(ms: number): string | undefined {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** The stored coverage of an annotation entity: by its stored id, else by its name or aliases. */
export function coverageFor(
  entity: Entity,
  storedId: number | undefined,
  coverage: ArticleCoverage | undefined,
): EntityCoverage | undefined {
  const list = coverage?.entities ?? [];
  const byId = storedId === undefined ? undefined : list.find((c) => c.entityId === storedId);
  if (byId) return byId;
  // Without the store's id map, tie the two by their keys (name or any alias).
  const keys = new Set([entity.name, ...entity.aliases].map((n) => entityKey(entity.kind, n)));
  return list.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => keys.has(entityKey(c.kind, n))));
}

/** The card of an article entity, with its coverage when the article is stored (else none yet). */
export function entityCard(entity: Entity, cov: EntityCoverage | undefined): EntityCard {
  const aliases = [...new Set(entity.aliases)].filter((a) => a !== entity.name);
  return {
    name: entity.name,
    kind: entity.kind,
    ...(entity.subtype ?? cov?.subtype ? { subtype: entity.subtype ?? cov?.subtype } : {}),
    ...(entity.role ?? cov?.role ? { role: entity.role ?? cov?.role } : {}),
    aliases,
    earlierCount: cov?.otherArticles ?? 0,
    earlier: (cov?.earlier ?? []).slice(0, CARD_EARLIER_LIMIT).map((e) => {
      const time = e.publishedTime ?? toIso(e.visited);
      return { title: e.title, url: e.url, ...(e.site ? { site: e.site } : {}), ...(time ? { time } : {}) };
    }),
  };
}

/**
 * Gives each span the index of its card. `spans` are in the offsets of `annotation` (the text just
 * annotated); `whole` turns one of its entities into the article's entity it was merged into (a live
 * blog's new post annotated alone), whose id `storedIds` maps to the stored entity.
 */
export function attachCards(
  spans: readonly HighlightSpan[],
  annotation: Annotation,
  storedIds: ReadonlyMap<string, number>,
  coverage: ArticleCoverage | undefined,
  whole: (entity: Entity) => Entity = (entity) => entity,
): CardedSpans {
  const entities: EntityCard[] = [];
  const cardEntities: Entity[] = [];
  const attributions: AttributionCard[] = [];
  const entityIndex = new Map<string, number>();
  const attributionIndex = new Map<string, number>();
  const out: HighlightSpan[] = [];
  for (const span of spans) {
    if (span.kind === 'attribution') {
      const key = `${span.start}:${span.end}`;
      let index = attributionIndex.get(key);
      if (index === undefined) {
        const a = annotation.attributions.find((x) => x.start === span.start && x.end === span.end);
        if (a) {
          index = attributions.push({ source: a.source, anonymous: a.anonymous, cue: a.cue, ...(a.channel ? { channel: a.channel } : {}) }) - 1;
          attributionIndex.set(key, index);
        }
      }
      out.push(index === undefined ? span : { ...span, attribution: index });
      continue;
    }
    const entity = annotation.entities.find(
      (e) => e.kind === span.kind && e.name === span.label && e.mentions.some((m) => m.start === span.start && m.end === span.end),
    ) ?? annotation.entities.find((e) => e.kind === span.kind && e.name === span.label);
    if (!entity) {
      out.push(span);
      continue;
    }
    const full = whole(entity);
    let index = entityIndex.get(full.id);
    if (index === undefined) {
      index = entities.push(entityCard(full, coverageFor(full, storedIds.get(full.id), coverage))) - 1;
      cardEntities.push(full);
      entityIndex.set(full.id, index);
    }
    out.push({ ...span, entity: index });
  }
  return { spans: out, entities, attributions, cardEntities };
}
