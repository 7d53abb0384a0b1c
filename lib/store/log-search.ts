/**
 * Search across titles, entities (names and aliases) and attributed statements (who, the cue, what was
 * said), and the entity-type filter. IndexedDB has no full-text index, so this scans, but only the
 * fields needed and only once per query; the log runs it after the reader pauses typing, never on
 * first paint.
 */
import type { EntityKind } from '../annotate/types';
import { attributionsOf } from './article-content';
import type { SourcemarkDb } from './db';
import { normalizeName } from './entity-key';
import { attributionId } from './export-snapshot';
import { articlesOfEntity } from './queries-log';
import type { AttributionRecord, EntityRecord } from './records';

/** What a search found: the articles to list and what matched, to show why. */
export interface SearchResult {
  articleIds: Set<number>;
  entities: Array<EntityRecord & { id: number }>;
  statements: AttributionRecord[];
}

/** Statements shown under the search box; the article list carries all of them. */
export const STATEMENT_LIMIT = 50;

/** Folds case and diacritics so "erdogan" finds "Erdoğan". */
function fold(s: string): string {
  return normalizeName(s);
}

/**
 * Adds to `into` the articles naming any of `entities`: keys of each entity's range of the
 * entityVisits index, one request each, all in flight at once. Reading every article's content
 * instead (as it once did above 200 entities) carried all their texts: over a minute at 10,000.
 */
async function addArticlesNaming(db: SourcemarkDb, entities: ReadonlyArray<{ id: number }>, into: Set<number>): Promise<void> {
  const lists = await Promise.all(entities.map((e) => articlesOfEntity(db, e.id)));
  for (const list of lists) for (const id of list) into.add(id);
}

/**
 * Articles whose title, an entity or an attributed statement contains `query`. With an entity `kind`
 * the type decides what may match, as a reader choosing "People" means: entities of that kind only,
 * and statements whose speaker is an entity of that kind; titles, which have no type, do not match.
 */
export async function searchLog(db: SourcemarkDb, query: string, kind?: EntityKind): Promise<SearchResult> {
  const q = fold(query);
  const articleIds = new Set<number>();
  if (!q) return { articleIds, entities: [], statements: [] };
  return db.transaction('r', [db.articles, db.entities, db.articleContent], async () => {
    // toArray (one getAll request) rather than each() (a cursor: one round trip per record).
    if (!kind) for (const a of await db.articles.toArray()) if (a.id !== undefined && fold(a.title).includes(q)) articleIds.add(a.id);
    const all = await db.entities.toArray();
    const entities = all.filter(
      (e): e is EntityRecord & { id: number } =>
        e.id !== undefined && (!kind || e.kind === kind) && [e.name, ...e.aliases].some((n) => fold(n).includes(q)),
    );
    await addArticlesNaming(db, entities, articleIds);
    const speakers = kind ? new Set(all.flatMap((e) => (e.id !== undefined && e.kind === kind ? [e.id] : []))) : undefined;
    const statements: AttributionRecord[] = [];
    for (const { articleId, attributions } of (await db.articleContent.toArray()).map(attributionsOf)) {
      attributions.forEach((a, i) => {
        if (speakers && (a.sourceEntityId === undefined || !speakers.has(a.sourceEntityId))) return;
        if (!fold(`${a.source} ${a.cue} ${a.content ?? ''} ${a.quote.exact}`).includes(q)) return;
        articleIds.add(articleId);
        if (statements.length < STATEMENT_LIMIT) statements.push({ id: attributionId(articleId, i), articleId, ...a });
      });
    }
    return { articleIds, entities, statements };
  });
}

/**
 * The articles naming at least one actor or place of `kind`: what the entity-type filter alone keeps
 * in the list (a reader choosing "Organizations" sees the articles that name one). One scan of the
 * entities, then their articles from the index (keys only), not on the first-paint path.
 */
export async function articlesNamingKind(db: SourcemarkDb, kind: EntityKind): Promise<Set<number>> {
  return db.transaction('r', [db.entities, db.articleContent], async () => {
    const ofKind = (await db.entities.toArray()).flatMap((e) => (e.id !== undefined && e.kind === kind ? [{ id: e.id }] : []));
    const out = new Set<number>();
    await addArticlesNaming(db, ofKind, out);
    return out;
  });
}
