/**
 * Search across titles, entities (names and aliases) and attributed statements (who, the cue, what was
 * said). IndexedDB has no full-text index, so this scans, but only the fields needed and only once per
 * query; the log runs it after the reader pauses typing, never on first paint.
 */
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

/** Above this many matched entities, every article's entities are read at once instead of per entity. */
const PER_ENTITY_LIMIT = 200;

/** Articles whose title, an entity or an attributed statement contains `query`. */
export async function searchLog(db: SourcemarkDb, query: string): Promise<SearchResult> {
  const q = fold(query);
  const articleIds = new Set<number>();
  if (!q) return { articleIds, entities: [], statements: [] };
  return db.transaction('r', [db.articles, db.entities, db.articleEntities, db.articleAttributions], async () => {
    // toArray (one getAll request) rather than each() (a cursor: one round trip per record).
    for (const a of await db.articles.toArray()) if (a.id !== undefined && fold(a.title).includes(q)) articleIds.add(a.id);
    const entities = (await db.entities.toArray()).filter(
      (e): e is EntityRecord & { id: number } => e.id !== undefined && [e.name, ...e.aliases].some((n) => fold(n).includes(q)),
    );
    if (entities.length > PER_ENTITY_LIMIT) {
      const wanted = new Set(entities.map((e) => e.id));
      for (const g of await db.articleEntities.toArray()) if (g.rows.some((r) => wanted.has(r.entityId))) articleIds.add(g.articleId);
    } else if (entities.length) {
      // The articles naming each entity: keys of its range of the entityVisits index, one request each.
      const lists = await Promise.all(entities.map((e) => articlesOfEntity(db, e.id)));
      for (const list of lists) for (const id of list) articleIds.add(id);
    }
    const statements: AttributionRecord[] = [];
    for (const { articleId, attributions } of await db.articleAttributions.toArray()) {
      attributions.forEach((a, i) => {
        if (!fold(`${a.source} ${a.cue} ${a.content ?? ''} ${a.quote.exact}`).includes(q)) return;
        articleIds.add(articleId);
        if (statements.length < STATEMENT_LIMIT) statements.push({ id: attributionId(articleId, i), articleId, ...a });
      });
    }
    return { articleIds, entities, statements };
  });
}
