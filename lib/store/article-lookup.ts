/**
 * The article's lookup (ArticleRecord.lookup): what the log's search and entity-type filter read of an
 * article instead of its content record. Built where the article's records are written (save, import)
 * and, for an article stored before lookups existed, derived from its content record when the log first
 * needs it and written back later, as coverage-upkeep.ts does for coverage: no upgrade rewrites them all.
 */
import type { EntityKind } from '../annotate/types';
import { attributionsOf, rowEntityIds } from './article-content';
import type { SourcemarkDb } from './db';
import { entitiesByIds } from './entity-store';
import { normalizeName } from './entity-key';
import type { ArticleAttribution, ArticleContentRecord, ArticleLookup, ArticleRecord } from './records';

/** Folds case and diacritics so "erdogan" finds "Erdoğan": the search folds its query the same way. */
export function foldSearch(s: string): string {
  return normalizeName(s);
}

/** What a search matches an attributed statement against: who, the cue, what was said, the quote. */
export function statementText(a: Pick<ArticleAttribution, 'source' | 'cue' | 'content' | 'quote'>): string {
  return foldSearch(`${a.source} ${a.cue} ${a.content ?? ''} ${a.quote.exact}`);
}

/**
 * The lookup of an article naming the entities `entityIds` (its rows, in order), of the kinds `kindOf`
 * knows (an entity of unknown kind is left out of `kinds`), with these attributions in text order.
 */
export function articleLookup(
  entityIds: readonly number[],
  kindOf: (entityId: number) => EntityKind | undefined,
  attributions: readonly ArticleAttribution[],
): ArticleLookup {
  const kinds = new Set<EntityKind>();
  for (const id of entityIds) {
    const kind = kindOf(id);
    if (kind !== undefined) kinds.add(kind);
  }
  return {
    entityIds: [...entityIds],
    kinds: [...kinds].sort(),
    said: attributions.map((a) => [statementText(a), a.sourceEntityId ?? 0]),
  };
}

/** The lookup of an article from its content record. */
export function lookupFromContent(content: ArticleContentRecord | undefined, kindOf: (entityId: number) => EntityKind | undefined): ArticleLookup {
  if (!content) return { entityIds: [], kinds: [], said: [] };
  return articleLookup(rowEntityIds(content), kindOf, attributionsOf(content).attributions);
}

type Stored = ArticleRecord & { id: number };

/**
 * Every article's lookup, by id: the stored ones, and for articles without one (stored before), one
 * derived from its content record. `kinds` gives entity kinds when the caller has read every entity;
 * else the entities those articles name are read. `derived` lists the articles whose lookup was
 * derived, for the caller to keep (fillLookupsLater) once its read transaction is over. Call inside a
 * transaction over articles' content and entities.
 */
export async function lookupsOf(
  db: SourcemarkDb,
  articles: readonly Stored[],
  kinds?: ReadonlyMap<number, EntityKind>,
): Promise<{ lookups: Map<number, ArticleLookup>; derived: number[] }> {
  const lookups = new Map<number, ArticleLookup>();
  const derived: number[] = [];
  for (const a of articles) {
    if (a.lookup) lookups.set(a.id, a.lookup);
    else derived.push(a.id);
  }
  if (derived.length === 0) return { lookups, derived };
  const content = await db.articleContent.bulkGet(derived);
  const kindOf = kinds ?? (await kindsOfEntities(db, content.flatMap((c) => (c ? rowEntityIds(c) : []))));
  derived.forEach((id, i) => lookups.set(id, lookupFromContent(content[i], (e) => kindOf.get(e))));
  return { lookups, derived };
}

async function kindsOfEntities(db: SourcemarkDb, ids: readonly number[]): Promise<Map<number, EntityKind>> {
  const entities = await entitiesByIds(db, ids);
  return new Map([...entities].map(([id, e]) => [id, e.kind]));
}

/** Articles derived and written per step, so the content records read at once stay few. */
const FILL_CHUNK = 500;

/**
 * Writes the lookup of these articles where it is still missing, derived again inside its own
 * read-write transaction (an article saved in between already has its own), a chunk at a time. One
 * transaction for all: each commit wakes the log's live queries, which would derive the rest again.
 */
export async function fillLookups(db: SourcemarkDb, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', [db.articles, db.articleContent, db.entityPages], async () => {
    for (let i = 0; i < ids.length; i += FILL_CHUNK) {
      const missing = (await db.articles.bulkGet(ids.slice(i, i + FILL_CHUNK))).filter((a): a is Stored => a?.id !== undefined && a.lookup === undefined);
      if (missing.length === 0) continue;
      const { lookups } = await lookupsOf(db, missing);
      await db.articles.bulkPut(missing.map((a) => ({ ...a, lookup: lookups.get(a.id) })));
    }
  });
}

/** Articles whose lookup is being written, per database: a search and the type filter both ask. */
const filling = new WeakMap<SourcemarkDb, Set<number>>();

/**
 * fillLookups run outside the caller's context (a live query may not write), on a timer, for the
 * articles not already being filled; a failure is reported, the reader has its answer already and the
 * lookups are derived again next time.
 */
export function fillLookupsLater(db: SourcemarkDb, ids: readonly number[]): void {
  const busy = filling.get(db) ?? new Set<number>();
  filling.set(db, busy);
  const fresh = ids.filter((id) => !busy.has(id));
  if (fresh.length === 0) return;
  for (const id of fresh) busy.add(id);
  globalThis.setTimeout(() => {
    fillLookups(db, fresh)
      .catch((error: unknown) => console.warn('Sourcemark: could not keep derived article lookups', error))
      .finally(() => {
        for (const id of fresh) busy.delete(id);
      });
  }, 0);
}
