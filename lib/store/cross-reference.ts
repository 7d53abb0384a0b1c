/**
 * The popup's question, "where have I read about this before?": for each actor and place of an
 * article, how many other stored articles mention it and the latest of them, newest first, each with
 * the sentence that mentions it. Since version 5 each entity's answer is kept ready (CoverageRecord),
 * so this is the article, its entity rows, then its entities and their coverage in two bulk reads:
 * the same few requests whatever the size of the store.
 */
import type { EntityKind } from '../annotate/types';
import { EARLIER_LIMIT } from './coverage';
import type { SourcemarkDb } from './db';
import type { AppearanceRow, ArticleRecord, CoverageRecord, EntityRecord } from './records';
import type { LinkQuote } from './text-fragment';

export { EARLIER_LIMIT };

/** An earlier article that mentions an entity. */
export interface EarlierMention {
  articleId: number;
  url: string;
  title: string;
  site?: string;
  publishedTime?: string;
  visited: number;
  sentence: string;
  /** What the link to the mention needs (rows stored before may carry the whole quote). */
  quote: LinkQuote;
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

/** One of the article's entities as stored: its row in the article, its record and its coverage. */
export interface OwnEntity {
  row: AppearanceRow;
  entity: EntityRecord;
  coverage?: CoverageRecord;
}

/** The article's rows joined with their entities and coverage records (read in the rows' order). */
export function joinOwn(
  rows: readonly AppearanceRow[],
  entities: ReadonlyArray<EntityRecord | undefined>,
  coverage: ReadonlyArray<CoverageRecord | undefined>,
): OwnEntity[] {
  return rows.flatMap((row, i) => {
    const entity = entities[i];
    return entity ? [{ row, entity, coverage: coverage[i] }] : [];
  });
}

/**
 * The article's entities with their records and coverage: one read of its entity rows, then the
 * entities and their coverage records in two bulk reads issued together.
 */
export async function ownEntities(db: SourcemarkDb, articleId: number): Promise<OwnEntity[]> {
  const group = await db.articleEntities.get(articleId);
  if (!group) return [];
  const ids = group.rows.map((r) => r.entityId);
  const [entities, coverage] = await Promise.all([db.entities.bulkGet(ids), db.coverage.bulkGet(ids)]);
  return joinOwn(group.rows, entities, coverage);
}

/** The coverage of the entities of article `articleId`, most mentioned first; no reads. */
export function coverageOf(articleId: number, own: readonly OwnEntity[]): EntityCoverage[] {
  const list = own.map(({ row, entity, coverage }): EntityCoverage => ({
    entityId: row.entityId,
    name: entity.name,
    kind: entity.kind,
    subtype: entity.subtype,
    role: entity.role,
    aliases: entity.aliases,
    mentionCount: row.mentionCount,
    // The article itself is one of the articles counted: the rest are the others.
    otherArticles: Math.max(0, (coverage?.articleCount ?? 1) - 1),
    earlier: (coverage?.latest ?? [])
      .filter((r) => r.articleId !== articleId)
      .slice(0, EARLIER_LIMIT)
      .map((r) => ({
        articleId: r.articleId,
        url: r.url,
        title: r.title,
        site: r.site,
        publishedTime: r.publishedTime,
        visited: r.visited,
        sentence: r.sentence,
        quote: r.quote,
      })),
  }));
  list.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  return list;
}

/** Cross-references a stored article; empty when it is not stored (yet). */
export async function crossReferenceArticle(db: SourcemarkDb, article: ArticleRecord): Promise<EntityCoverage[]> {
  if (article.id === undefined) return [];
  return coverageOf(article.id, await ownEntities(db, article.id));
}

/** Cross-references the article stored under `url`; undefined when it is not stored (yet). */
export async function crossReference(db: SourcemarkDb, url: string): Promise<ArticleCoverage | undefined> {
  return db.transaction('r', [db.articles, db.entities, db.articleEntities, db.coverage], async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (!article) return undefined;
    return { article, entities: await crossReferenceArticle(db, article) };
  });
}
