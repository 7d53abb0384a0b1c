/**
 * Search across titles, entities (names and aliases) and attributed statements (who, the cue, what was
 * said). IndexedDB has no full-text index, so this scans, but only the fields needed and only once per
 * query; the log runs it after the reader pauses typing, never on first paint.
 */
import type { SourcemarkDb } from './db';
import { normalizeName } from './entity-key';
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

/** Articles whose title, an entity or an attributed statement contains `query`. */
export async function searchLog(db: SourcemarkDb, query: string): Promise<SearchResult> {
  const q = fold(query);
  const articleIds = new Set<number>();
  if (!q) return { articleIds, entities: [], statements: [] };
  return db.transaction('r', [db.articles, db.entities, db.appearances, db.attributions], async () => {
    // toArray (one getAll request) rather than each() (a cursor: one round trip per record).
    for (const a of await db.articles.toArray()) if (a.id !== undefined && fold(a.title).includes(q)) articleIds.add(a.id);
    const entities = (await db.entities.toArray()).filter(
      (e): e is EntityRecord & { id: number } => e.id !== undefined && [e.name, ...e.aliases].some((n) => fold(n).includes(q)),
    );
    if (entities.length) {
      const wanted = new Set(entities.map((e) => e.id));
      for (const [entityId, articleId] of await db.appearances.toCollection().primaryKeys()) {
        if (wanted.has(entityId)) articleIds.add(articleId);
      }
    }
    const statements: AttributionRecord[] = [];
    for (const a of await db.attributions.toArray()) {
      if (fold(`${a.source} ${a.cue} ${a.content ?? ''} ${a.quote.exact}`).includes(q)) {
        articleIds.add(a.articleId);
        if (statements.length < STATEMENT_LIMIT) statements.push(a);
      }
    }
    return { articleIds, entities, statements };
  });
}
