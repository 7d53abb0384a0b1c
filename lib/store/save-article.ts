/**
 * Saves one annotated article. Idempotent: a reload or revisit updates the article's record and
 * replaces what was derived from it (mentions, appearances, attributions, incident reports) instead
 * of duplicating it; entities are linked across articles and their article counts kept. One
 * transaction: a failure (a full disk, a bad record) leaves the database exactly as it was.
 */
import type { Annotation } from '../annotate/types';
import type { PageMeta } from '../messages';
import type { SourcemarkDb } from './db';
import { lowerArticleCounts } from './entity-counts';
import { planLinks } from './link-entities';
import { quoteOf } from './quote';
import {
  ArticleRecordSchema,
  type AppearanceRecord,
  type ArticleMention,
  type ArticleRecord,
  type AttributionRecord,
} from './records';
import { detachArticleFromIncidents, saveIncidents } from './save-incidents';
import { sentenceOf } from './sentence-of';
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

/** What was saved: the article's id and the stored id of each annotation entity. */
export interface SavedArticle {
  articleId: number;
  entityIds: Map<string, number>;
}

/** The visit times after this save: a live blog's continuation saves of one visit share its `now`. */
function withVisit(visits: readonly number[], now: number): number[] {
  return visits[visits.length - 1] === now ? [...visits] : [...visits, now];
}

/** The stored article's id and the entities it mentioned before this save (none when it is new). */
interface Upserted {
  articleId: number;
  previous: Set<number>;
}

async function upsertArticle(db: SourcemarkDb, input: ArticleInput, hash: string): Promise<Upserted> {
  const { meta, annotation } = input;
  const existing = await db.articles.where('url').equals(input.url).first();
  const record: ArticleRecord = ArticleRecordSchema.parse({
    ...(existing ?? {}),
    url: input.url,
    title: input.title || existing?.title || '',
    site: meta.siteName ?? existing?.site,
    author: meta.author ?? existing?.author,
    publishedTime: meta.publishedTime ?? existing?.publishedTime,
    modifiedTime: meta.modifiedTime ?? existing?.modifiedTime,
    lang: meta.lang ?? existing?.lang,
    dateline: meta.dateline ?? existing?.dateline,
    firstVisited: existing?.firstVisited ?? input.now,
    lastVisited: input.now,
    visits: withVisit(existing?.visits ?? [], input.now),
    textHash: hash,
    wordCount: annotation.wordCount,
    truncated: annotation.truncated,
  });
  if (existing?.id === undefined) return { articleId: (await db.articles.add(record)) as number, previous: new Set() };
  const articleId = existing.id;
  // Requests run in the order issued: the keys are read before the appearances are deleted.
  const [keys] = await Promise.all([
    db.appearances.where('articleId').equals(articleId).primaryKeys(),
    db.articles.put({ ...record, id: articleId }),
    db.appearances.where('articleId').equals(articleId).delete(),
    db.attributions.where('articleId').equals(articleId).delete(),
    detachArticleFromIncidents(db, articleId),
  ]);
  // The article's mentions record is replaced by the put below.
  return { articleId, previous: new Set(keys.map(([entityId]) => entityId)) };
}

/** The article's mentions and, per entity, its appearance (first mention's sentence, mention count). */
function mentionRecords(articleId: number, input: ArticleInput, entityIds: ReadonlyMap<string, number>) {
  const { annotation, text, now } = input;
  const mentions: ArticleMention[] = [];
  const appearances = new Map<number, AppearanceRecord>();
  for (const entity of annotation.entities) {
    const entityId = entityIds.get(entity.id);
    if (entityId === undefined) continue;
    for (const m of entity.mentions) {
      const quote = { start: m.start, end: m.end, ...quoteOf(text, m.start, m.end) };
      mentions.push({ entityId, ...quote });
      const seen = appearances.get(entityId);
      if (seen) seen.mentionCount += 1;
      else {
        appearances.set(entityId, {
          entityId,
          articleId,
          visited: now,
          mentionCount: 1,
          sentence: sentenceOf(text, annotation.sentences, m.start, m.end),
          quote,
        });
      }
    }
  }
  return { mentions, appearances: [...appearances.values()] };
}

async function saveAttributions(db: SourcemarkDb, articleId: number, input: ArticleInput, entityIds: Map<string, number>) {
  const { annotation, text } = input;
  const records: AttributionRecord[] = annotation.attributions.map((a) => ({
    articleId,
    source: a.source,
    sourceEntityId: a.sourceEntityId ? entityIds.get(a.sourceEntityId) : undefined,
    cue: a.cue,
    channel: a.channel,
    anonymous: a.anonymous,
    quote: { start: a.start, end: a.end, ...quoteOf(text, a.start, a.end) },
    content: a.content ? text.slice(a.content.start, a.content.end) : undefined,
  }));
  await db.attributions.bulkAdd(records);
}

/**
 * Stores the article and everything annotated in it. The article and the entities are read and written
 * side by side, then everything derived from both at once: a handful of round trips, not one per
 * entity. The mentions go in one record, whatever their number.
 */
export async function saveArticle(db: SourcemarkDb, input: ArticleInput): Promise<SavedArticle> {
  const hash = await textHash(input.text);
  return db.transaction(
    'rw',
    [db.articles, db.entities, db.articleMentions, db.appearances, db.attributions, db.incidents],
    async () => {
      const [{ articleId, previous }, plan] = await Promise.all([upsertArticle(db, input, hash), planLinks(db, input.annotation.entities)]);
      const entityIds = await plan.write(previous);
      const { mentions, appearances } = mentionRecords(articleId, input, entityIds);
      const current = new Set(appearances.map((a) => a.entityId));
      const dropped = new Map([...previous].filter((id) => !current.has(id)).map((id) => [id, 1]));
      await Promise.all([
        db.articleMentions.put({ articleId, mentions }),
        db.appearances.bulkPut(appearances),
        saveAttributions(db, articleId, input, entityIds),
        saveIncidents(db, articleId, input.text, input.annotation, entityIds),
        lowerArticleCounts(db, dropped),
      ]);
      return { articleId, entityIds };
    },
  );
}
