/**
 * The popup's question, "where have I read about this before?": for each actor and place of an
 * article, how many other stored articles mention it (the entity's kept count) and the latest of
 * them, newest first, each with the sentence that mentions it. Reads a few records per entity through
 * an index ([entityId+visited]) so it stays fast with thousands of stored articles, and issues the
 * reads of all entities together, not one after another.
 */
import Dexie from 'dexie';
import type { EntityKind } from '../annotate/types';
import type { SourcemarkDb } from './db';
import { readByIds } from './read-by-ids';
import type { AppearanceRecord, ArticleRecord, EntityRecord, Quote } from './records';

/** How many earlier articles are listed per entity (the count covers them all). */
export const EARLIER_LIMIT = 5;

/** An earlier article that mentions an entity. */
export interface EarlierMention {
  articleId: number;
  url: string;
  title: string;
  site?: string;
  publishedTime?: string;
  visited: number;
  sentence: string;
  quote: Quote;
}

/** One actor or place of the article with its coverage elsewhere. */
export interface EntityCoverage {
  entityId: number;
  name: string;
  kind: EntityKind;
  subtype?: string;
  role?: string;
  aliases: string[];
  mentionCount: number;
  /** Other stored articles that mention this entity. */
  otherArticles: number;
  /** The latest of them (at most EARLIER_LIMIT), newest first. */
  earlier: EarlierMention[];
}

/** An article with the coverage of each of its entities, most mentioned first. */
export interface ArticleCoverage {
  article: ArticleRecord;
  entities: EntityCoverage[];
}

/**
 * The entity's appearances: how many in all, and enough of the latest to list, newest first. The total
 * is the count the entity record keeps (O(1)); only a record written before version 4 without one is
 * counted on the primary key ([entityId+articleId], one per article), as long as the range is.
 */
async function appearancesOf(db: SourcemarkDb, entity: EntityRecord, entityId: number): Promise<{ total: number; latest: AppearanceRecord[] }> {
  const range = (index: string) => db.appearances.where(index).between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]);
  // Mentioned by this article alone (most entities of a new story): nothing earlier to read.
  if (entity.articleCount !== undefined && entity.articleCount <= 1) return { total: entity.articleCount, latest: [] };
  const [total, latest] = await Promise.all([
    entity.articleCount ?? range(':id').count(),
    range('[entityId+visited]').reverse().limit(EARLIER_LIMIT + 1).toArray(),
  ]);
  return { total, latest };
}

/**
 * The article's own appearances, with their entities: what crossReferenceArticle covers. Exported so
 * articleView can start its other reads as soon as the entities are known.
 */
export async function ownEntities(db: SourcemarkDb, articleId: number): Promise<Array<{ appearance: AppearanceRecord; entity: EntityRecord }>> {
  const mine = await db.appearances.where('articleId').equals(articleId).toArray();
  const entities = await readByIds(db.entities, mine.map((a) => a.entityId));
  return mine.flatMap((appearance) => {
    const entity = entities.get(appearance.entityId);
    return entity ? [{ appearance, entity }] : [];
  });
}

/**
 * The coverage of these entities of article `articleId`: per entity, one count and one short read of
 * its newest appearances (all entities at once), then one batched read of the earlier articles listed.
 */
export async function coverageOf(
  db: SourcemarkDb,
  articleId: number,
  own: ReadonlyArray<{ appearance: AppearanceRecord; entity: EntityRecord }>,
): Promise<EntityCoverage[]> {
  const found = await Promise.all(own.map(({ appearance, entity }) => appearancesOf(db, entity, appearance.entityId)));
  const others = found.map(({ latest }) => latest.filter((a) => a.articleId !== articleId).slice(0, EARLIER_LIMIT));
  const articles = await readByIds(db.articles, others.flat().map((a) => a.articleId));
  const list = own.map(({ appearance, entity }, i): EntityCoverage => {
    const earlier = (others[i] ?? []).flatMap((a): EarlierMention[] => {
      const article = articles.get(a.articleId);
      if (!article) return [];
      return [{
        articleId: a.articleId,
        url: article.url,
        title: article.title,
        site: article.site,
        publishedTime: article.publishedTime,
        visited: a.visited,
        sentence: a.sentence,
        quote: a.quote,
      }];
    });
    return {
      entityId: appearance.entityId,
      name: entity.name,
      kind: entity.kind,
      subtype: entity.subtype,
      role: entity.role,
      aliases: entity.aliases,
      mentionCount: appearance.mentionCount,
      // The article itself always has an appearance of the entity: the rest are the others.
      otherArticles: Math.max(0, (found[i]?.total ?? 0) - 1),
      earlier,
    };
  });
  list.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return list;
}

/** Cross-references a stored article; empty when it is not stored (yet). */
export async function crossReferenceArticle(db: SourcemarkDb, article: ArticleRecord): Promise<EntityCoverage[]> {
  if (article.id === undefined) return [];
  return coverageOf(db, article.id, await ownEntities(db, article.id));
}

/** Cross-references the article stored under `url`; undefined when it is not stored (yet). */
export async function crossReference(db: SourcemarkDb, url: string): Promise<ArticleCoverage | undefined> {
  return db.transaction('r', [db.articles, db.entities, db.appearances], async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (!article) return undefined;
    return { article, entities: await crossReferenceArticle(db, article) };
  });
}
