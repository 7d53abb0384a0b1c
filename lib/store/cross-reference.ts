/**
 * The popup's question, "where have I read about this before?", as one query: for each actor and place
 * of an article, how many other stored articles mention it.
 */
import Dexie from 'dexie';
import type { EntityKind } from '../annotate/types';
import type { SourcemarkDb } from './db';
import type { ArticleRecord } from './records';

/** One actor or place of the article with its coverage elsewhere. */
export interface EntityCoverage {
  entityId: number;
  name: string;
  kind: EntityKind;
  role?: string;
  mentionCount: number;
  /** Other stored articles that mention this entity. */
  otherArticles: number;
}

/** An article with the coverage of each of its entities, most mentioned first. */
export interface ArticleCoverage {
  article: ArticleRecord;
  entities: EntityCoverage[];
}

/** Cross-references the article stored under `url`; undefined when it is not stored (yet). */
export async function crossReference(db: SourcemarkDb, url: string): Promise<ArticleCoverage | undefined> {
  return db.transaction('r', db.articles, db.entities, db.mentions, async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (article?.id === undefined) return undefined;
    const articleId = article.id;
    const mentions = await db.mentions.where('articleId').equals(articleId).toArray();
    const counts = new Map<number, number>();
    for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    const ids = [...counts.keys()];
    const entities = await db.entities.bulkGet(ids);
    const coverage = await Promise.all(
      ids.map(async (entityId, i): Promise<EntityCoverage | undefined> => {
        const entity = entities[i];
        if (!entity) return undefined;
        const pairs = await db.mentions
          .where('[entityId+articleId]')
          .between([entityId, Dexie.minKey], [entityId, Dexie.maxKey])
          .uniqueKeys();
        // Keys of the compound index are [entityId, articleId] pairs.
        const otherArticles = pairs.filter((pair) => (pair as unknown as [number, number])[1] !== articleId).length;
        return {
          entityId,
          name: entity.name,
          kind: entity.kind,
          role: entity.role,
          mentionCount: counts.get(entityId) ?? 0,
          otherArticles,
        };
      }),
    );
    const list = coverage.filter((c): c is EntityCoverage => c !== undefined);
    list.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    return { article, entities: list };
  });
}
