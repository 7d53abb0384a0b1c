/**
 * Search across titles, entities (names and aliases) and attributed statements (who, the cue, what was
 * said), and the entity-type filter. IndexedDB has no full-text index, so this scans, but article
 * records only, which carry what the log matches (ArticleRecord.lookup: the entities an article names,
 * their kinds, its statements folded), and the entities: two getAll requests whatever the number of
 * articles or of matched entities, never the articles' texts. The log runs it after the reader pauses
 * typing, never on first paint.
 */
import type { EntityKind } from '../annotate/types';
import { attributionsOf } from './article-content';
import { fillLookupsLater, foldSearch, lookupsOf } from './article-lookup';
import type { SourcemarkDb } from './db';
import { allEntities } from './entity-store';
import { attributionId } from './export-snapshot';
import type { ArticleRecord, AttributionRecord, EntityRecord } from './records';
import { PER_READ, readWhole } from './read-whole';
import { foldRemembered } from './fold-memo';

/** What a search found: the articles to list and what matched, to show why. */
export interface SearchResult {
  articleIds: Set<number>;
  entities: Array<EntityRecord & { id: number }>;
  statements: AttributionRecord[];
}

/** Statements shown under the search box; the article list carries all of them. */
export const STATEMENT_LIMIT = 50;

type Stored = ArticleRecord & { id: number };

function hasId<T extends { id?: number }>(r: T): r is T & { id: number } {
  return r.id !== undefined;
}

/**
 * Articles whose title, an entity or an attributed statement contains `query`. With an entity `kind`
 * the type decides what may match, as a reader choosing "People" means: entities of that kind only,
 * and statements whose speaker is an entity of that kind; titles, which have no type, do not match.
 * The statements shown (the first STATEMENT_LIMIT, by article id then text order) are read whole from
 * their articles' content records: a few dozen at most.
 */
export async function searchLog(db: SourcemarkDb, query: string, kind?: EntityKind): Promise<SearchResult> {
  const q = foldSearch(query);
  if (!q) return { articleIds: new Set(), entities: [], statements: [] };
  const { result, derived } = await db.transaction('r', [db.articles, db.entityPages, db.articleContent], async () => {
    // getAll requests (readWhole's runs; the entity pages' own) rather than each() (a cursor: one round trip per record).
    const [articles, all] = await Promise.all([readWhole(db.articles, PER_READ.articles), allEntities(db)]);
    const stored: Stored[] = articles.filter(hasId).sort((a, b) => a.id - b.id);
    const kinds = new Map(all.filter(hasId).map((e) => [e.id, e.kind]));
    const { lookups, derived } = await lookupsOf(db, stored, kinds);
    const entities = all.filter(
      (e): e is EntityRecord & { id: number } =>
        e.id !== undefined && (!kind || e.kind === kind) && [e.name, ...e.aliases].some((n) => foldRemembered(n).includes(q)),
    );
    const matched = new Set(entities.map((e) => e.id));
    const articleIds = new Set<number>();
    const shown: Array<{ articleId: number; index: number }> = [];
    for (const a of stored) {
      const lookup = lookups.get(a.id);
      if (!kind && foldRemembered(a.title).includes(q)) articleIds.add(a.id);
      if (!lookup) continue;
      if (matched.size && lookup.entityIds.some((id) => matched.has(id))) articleIds.add(a.id);
      lookup.said.forEach(([text, speaker], index) => {
        if (kind && (speaker === 0 || kinds.get(speaker) !== kind)) return;
        if (!text.includes(q)) return;
        articleIds.add(a.id);
        if (shown.length < STATEMENT_LIMIT) shown.push({ articleId: a.id, index });
      });
    }
    const statements = await readStatements(db, shown);
    return { result: { articleIds, entities, statements }, derived };
  });
  fillLookupsLater(db, derived);
  return result;
}

/** The attributions at these places (article, index in text order), whole, in the order given. */
async function readStatements(db: SourcemarkDb, places: ReadonlyArray<{ articleId: number; index: number }>): Promise<AttributionRecord[]> {
  const ids = [...new Set(places.map((p) => p.articleId))];
  const content = await db.articleContent.bulkGet(ids);
  const byArticle = new Map(ids.map((id, i) => [id, content[i] ? attributionsOf(content[i]).attributions : []]));
  return places.flatMap(({ articleId, index }) => {
    const a = byArticle.get(articleId)?.[index];
    return a ? [{ id: attributionId(articleId, index), articleId, ...a }] : [];
  });
}

/**
 * The articles naming at least one actor or place of `kind`: what the entity-type filter alone keeps
 * in the list (a reader choosing "Organizations" sees the articles that name one). One read of the
 * article records, whose lookups carry the kinds they name; not on the first-paint path.
 */
export async function articlesNamingKind(db: SourcemarkDb, kind: EntityKind): Promise<Set<number>> {
  const { out, derived } = await db.transaction('r', [db.articles, db.entityPages, db.articleContent], async () => {
    const articles = (await readWhole(db.articles, PER_READ.articles)).filter(hasId);
    const { lookups, derived } = await lookupsOf(db, articles);
    const out = new Set<number>();
    for (const [id, lookup] of lookups) if (lookup.kinds.includes(kind)) out.add(id);
    return { out, derived };
  });
  fillLookupsLater(db, derived);
  return out;
}
