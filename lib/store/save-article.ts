/**
 * Saves one annotated article. Idempotent: a reload or revisit updates the article's record and
 * replaces its mentions instead of duplicating them; entities are shared across articles by key.
 * Everything happens in one transaction, so a failure leaves nothing half written.
 */
import type { Annotation } from '../annotate/types';
import type { PageMeta } from '../messages';
import type { SourcemarkDb } from './db';
import { entityKey } from './entity-key';
import { quoteOf } from './quote';
import { ArticleRecordSchema, type ArticleRecord, type MentionRecord } from './records';
import { textHash } from './text-hash';

/** What the background hands the store after annotating a page. */
export interface ArticleInput {
  url: string;
  title: string;
  meta: PageMeta;
  text: string;
  annotation: Annotation;
  /** Visit time in ms since the epoch. */
  now: number;
}

/** Stores the article, its entities and mentions; returns the article's id. */
export async function saveArticle(db: SourcemarkDb, input: ArticleInput): Promise<number> {
  const hash = await textHash(input.text);
  const { annotation, meta } = input;
  return db.transaction('rw', db.articles, db.entities, db.mentions, async () => {
    const existing = await db.articles.where('url').equals(input.url).first();
    const record: ArticleRecord = ArticleRecordSchema.parse({
      ...(existing ?? {}),
      url: input.url,
      title: input.title,
      site: meta.siteName ?? existing?.site,
      author: meta.author ?? existing?.author,
      publishedTime: meta.publishedTime ?? existing?.publishedTime,
      modifiedTime: meta.modifiedTime ?? existing?.modifiedTime,
      lang: meta.lang ?? existing?.lang,
      firstVisited: existing?.firstVisited ?? input.now,
      lastVisited: input.now,
      visits: [...(existing?.visits ?? []), input.now],
      textHash: hash,
      wordCount: annotation.wordCount,
      truncated: annotation.truncated,
    });
    const articleId = existing?.id ?? ((await db.articles.add(record)) as number);
    if (existing?.id !== undefined) {
      await db.articles.put({ ...record, id: articleId });
      await db.mentions.where('articleId').equals(articleId).delete();
    }
    const mentions: MentionRecord[] = [];
    for (const entity of annotation.entities) {
      const key = entityKey(entity.kind, entity.name);
      const stored = await db.entities.where('key').equals(key).first();
      const aliases = new Set([...(stored?.aliases ?? []), ...entity.aliases]);
      aliases.delete(entity.name);
      let entityId: number;
      if (stored?.id !== undefined) {
        entityId = stored.id;
        await db.entities.update(entityId, {
          aliases: [...aliases],
          role: entity.role ?? stored.role,
          subtype: entity.subtype ?? stored.subtype,
        });
      } else {
        entityId = (await db.entities.add({
          key,
          name: entity.name,
          kind: entity.kind,
          subtype: entity.subtype,
          role: entity.role,
          aliases: [...aliases],
        })) as number;
      }
      for (const m of entity.mentions) {
        mentions.push({ articleId, entityId, start: m.start, end: m.end, ...quoteOf(input.text, m.start, m.end) });
      }
    }
    await db.mentions.bulkAdd(mentions);
    return articleId;
  });
}
