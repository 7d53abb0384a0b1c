/**
 * The popup's question, "where have I read about this before?": for each actor and place of an
 * article, how many other stored articles mention it and the latest of them, newest first, each with
 * the sentence that mentions it. Reads only indexes ([entityId+visited]) so it stays fast with
 * thousands of stored articles.
 */
import Dexie from 'dexie';
import type { EntityKind } from '../annotate/types';
import type { SourcemarkDb } from './db';
import type { ArticleRecord, Quote } from './records';

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

async function earlierFor(db: SourcemarkDb, entityId: number, articleId: number): Promise<{ count: number; earlier: EarlierMention[] }> {
  const range = db.appearances.where('[entityId+visited]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]);
  const [total, latest] = await Promise.all([range.count(), range.clone().reverse().limit(EARLIER_LIMIT + 1).toArray()]);
  const others = latest.filter((a) => a.articleId !== articleId).slice(0, EARLIER_LIMIT);
  const articles = await db.articles.bulkGet(others.map((a) => a.articleId));
  const earlier: EarlierMention[] = [];
  others.forEach((a, i) => {
    const article = articles[i];
    if (!article) return;
    earlier.push({
      articleId: a.articleId,
      url: article.url,
      title: article.title,
      site: article.site,
      publishedTime: article.publishedTime,
      visited: a.visited,
      sentence: a.sentence,
      quote: a.quote,
    });
  });
  // The article itself always has an appearance of the entity: the rest are the others.
  return { count: Math.max(0, total - 1), earlier };
}

/** Cross-references a stored article; undefined when it is not stored (yet). */
export async function crossReferenceArticle(db: SourcemarkDb, article: ArticleRecord): Promise<EntityCoverage[]> {
  const articleId = article.id;
  if (articleId === undefined) return [];
  const mine = await db.appearances.where('articleId').equals(articleId).toArray();
  const entities = await db.entities.bulkGet(mine.map((a) => a.entityId));
  const coverage = await Promise.all(
    mine.map(async (appearance, i): Promise<EntityCoverage | undefined> => {
      const entity = entities[i];
      if (!entity) return undefined;
      const { count, earlier } = await earlierFor(db, appearance.entityId, articleId);
      return {
        entityId: appearance.entityId,
        name: entity.name,
        kind: entity.kind,
        subtype: entity.subtype,
        role: entity.role,
        aliases: entity.aliases,
        mentionCount: appearance.mentionCount,
        otherArticles: count,
        earlier,
      };
    }),
  );
  const list = coverage.filter((c): c is EntityCoverage => c !== undefined);
  list.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return list;
}

/** Cross-references the article stored under `url`; undefined when it is not stored (yet). */
export async function crossReference(db: SourcemarkDb, url: string): Promise<ArticleCoverage | undefined> {
  return db.transaction('r', [db.articles, db.entities, db.appearances], async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (!article) return undefined;
    return { article, entities: await crossReferenceArticle(db, article) };
  });
}
