/**
 * The popup's question, "where have I read about this before?": for each actor and place of an
 * article, how many other stored articles mention it and the latest of them, newest first, each with
 * the sentence that mentions it. Since version 5 each entity's answer is kept ready (CoverageRecord),
 * so this is the article, its entity rows, then their coverage records in one bulk read (which
 * describe the entities too, version 7): the same few requests whatever the size of the store.
 */
import { entitiesOf } from './article-content';
import type { EntityKind } from '../annotate/types';
import { EARLIER_LIMIT } from './coverage';
import { fillCoverageLater, readCoverage } from './coverage-upkeep';
import type { SourcemarkDb } from './db';
import { entitiesByIds } from './entity-store';
import type { AppearanceRow, ArticleRecord, CoverageEntity, CoverageRecord } from './records';
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

/** One of the article's entities as stored: its row in the article, what it is and its coverage. */
export interface OwnEntity {
  row: AppearanceRow;
  entity: CoverageEntity;
  coverage?: CoverageRecord;
}

/** The article's rows joined with their entities and coverage records (read in the rows' order). */
export function joinOwn(
  rows: readonly AppearanceRow[],
  entities: ReadonlyArray<CoverageEntity | undefined>,
  coverage: ReadonlyArray<CoverageRecord | undefined>,
): OwnEntity[] {
  return rows.flatMap((row, i) => {
    const entity = entities[i];
    return entity ? [{ row, entity, coverage: coverage[i] }] : [];
  });
}

/**
 * What each entity is, in the order of `ids`: from its coverage record (version 7 keeps it there),
 * reading the entity records only of those whose coverage does not carry it (an entity no stored
 * article names, a record an import wrote without it). Undefined for an entity not stored.
 */
export async function describedEntities(
  db: SourcemarkDb,
  ids: readonly number[],
  coverage: ReadonlyArray<CoverageRecord | undefined>,
): Promise<Array<CoverageEntity | undefined>> {
  const out: Array<CoverageEntity | undefined> = ids.map((_, i) => coverage[i]?.entity);
  const missing = ids.filter((_, i) => out[i] === undefined);
  if (missing.length === 0) return out;
  const read = new Map(await entitiesByIds(db, missing));
  return ids.map((id, i) => out[i] ?? read.get(id));
}

/**
 * The article's entities with what they are and their coverage: one read of its entity rows, then
 * their coverage records in one bulk read (and only the entity records that coverage does not describe).
 * Records an import left underived (version 8) are derived from the articles (readCoverage).
 */
export async function ownEntities(db: SourcemarkDb, articleId: number): Promise<OwnEntity[]> {
  const content = await db.articleContent.get(articleId);
  if (!content) return [];
  const group = entitiesOf(content);
  const ids = group.rows.map((r) => r.entityId);
  // Coverage an import left underived is derived here, and kept once this read is over.
  const { records: coverage, derived } = await readCoverage(db, ids);
  fillCoverageLater(db, derived);
  return joinOwn(group.rows, await describedEntities(db, ids, coverage), coverage);
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
  return db.transaction('r', [db.articles, db.entityPages, db.articleContent, db.entityArticles, db.coverage], async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (!article) return undefined;
    return { article, entities: await crossReferenceArticle(db, article) };
  });
}
