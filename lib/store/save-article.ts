/**
 * Saves one annotated article. Idempotent: a reload or revisit updates the article's record and
 * replaces what was derived from it (mentions, entity rows, attributions, incident reports) instead
 * of duplicating it; entities are linked across articles, and the coverage records of the entities it
 * names (or named before) are kept right. One transaction: a failure (a full disk, a bad record)
 * leaves the database exactly as it was.
 */
import Dexie from 'dexie';
import type { Annotation } from '../annotate/types';
import type { PageMeta } from '../messages';
import { articleCounts } from './article-counts';
import { articleLookup } from './article-lookup';
import { contentOf, rowEntityIds } from './article-content';
import { COVERAGE_KEEP, coverageRow, describeCoverage, withoutArticles, withRow } from './coverage';
import { deriveCoverage, refillLatest, writeCoverage } from './coverage-upkeep';
import type { SourcemarkDb } from './db';
import { unpost } from './entity-articles';
import { planLinks, type FoundFirst } from './link-entities';
import { quoteOf } from './quote';
import {
  ArticleRecordSchema,
  type AppearanceRow,
  type ArticleAttribution,
  type ArticleAttributionsRecord,
  type ArticleEntitiesRecord,
  type ArticleMention,
  type ArticleRecord,
  type CoverageRecord,
} from './records';
import { detachArticleFromIncidents, entitiesInIncidents, incidentCount, saveIncidents } from './save-incidents';
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

/** The article as stored by this save (its counts set last), and the entities it named before. */
interface Upserted {
  article: ArticleRecord & { id: number };
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
  // A new article is added now for its id; a known one is put once, with its counts, at the end.
  if (existing?.id === undefined) return { article: { ...record, id: (await db.articles.add(record)) as number }, previous: new Set() };
  const articleId = existing.id;
  // The article's content record (text, entity rows, attributions: version 9) is replaced by the put below.
  const [content] = await Promise.all([db.articleContent.get(articleId), detachArticleFromIncidents(db, articleId)]);
  // An imported article leaves its entities' lists (version 11): the put below indexes it instead.
  await unpost(db, [content]);
  return { article: { ...record, id: articleId }, previous: new Set(content ? rowEntityIds(content) : []) };
}

/** The article's mentions and its entities' rows (first mention's sentence, mention count), in text order of entities. */
function mentionRecords(article: ArticleRecord & { id: number }, input: ArticleInput, entityIds: ReadonlyMap<string, number>) {
  const { annotation, text, now } = input;
  const mentions: ArticleMention[] = [];
  const rows = new Map<number, AppearanceRow>();
  for (const entity of annotation.entities) {
    const entityId = entityIds.get(entity.id);
    if (entityId === undefined) continue;
    for (const m of entity.mentions) {
      const quote = { start: m.start, end: m.end, ...quoteOf(text, m.start, m.end) };
      mentions.push({ entityId, ...quote });
      const seen = rows.get(entityId);
      if (seen) seen.mentionCount += 1;
      else rows.set(entityId, { entityId, mentionCount: 1, sentence: sentenceOf(text, annotation.sentences, m.start, m.end), quote });
    }
  }
  const group: ArticleEntitiesRecord = {
    articleId: article.id,
    visited: now,
    entityVisits: [...rows.keys()].map((id) => [id, now]),
    rows: [...rows.values()],
  };
  return { mentions, group };
}

/**
 * The article's attributions in one record, in text order. Exported so the bench's bulk seeding writes
 * exactly what a save writes.
 */
export function attributionsRecord(articleId: number, text: string, annotation: Annotation, entityIds: ReadonlyMap<string, number>): ArticleAttributionsRecord {
  const attributions: ArticleAttribution[] = annotation.attributions
    .map((a) => ({
      source: a.source,
      sourceEntityId: a.sourceEntityId ? entityIds.get(a.sourceEntityId) : undefined,
      cue: a.cue,
      channel: a.channel,
      anonymous: a.anonymous,
      quote: { start: a.start, end: a.end, ...quoteOf(text, a.start, a.end) },
      content: a.content ? text.slice(a.content.start, a.content.end) : undefined,
    }))
    .sort((a, b) => a.quote.start - b.quote.start);
  const sourceEntityIds = [...new Set(attributions.flatMap((a) => (a.sourceEntityId === undefined ? [] : [a.sourceEntityId])))];
  return { articleId, sourceEntityIds, attributions };
}

/**
 * The coverage records of the entities the article names now or named before, after this save: its
 * row added or replaced under the ones it names, removed from the ones it no longer names. Lists that
 * lost a row they cannot tell the replacement of are read again (after the group was written).
 */
async function updatedCoverage(
  db: SourcemarkDb,
  article: ArticleRecord & { id: number },
  group: ArticleEntitiesRecord,
  previous: ReadonlySet<number>,
  stored: ReadonlyArray<CoverageRecord | undefined>,
  ids: readonly number[],
): Promise<CoverageRecord[]> {
  const byId = new Map(stored.flatMap((r) => (r ? [[r.entityId, r] as const] : [])));
  const current = new Map(group.rows.map((r) => [r.entityId, r]));
  const refill: CoverageRecord[] = [];
  const out = ids.map((entityId): CoverageRecord => {
    const record = byId.get(entityId);
    const row = current.get(entityId);
    if (!row) {
      const { record: lowered, refill: again } = withoutArticles(record ?? { entityId, articleCount: 1, latest: [] }, new Set([article.id]), 1);
      if (again) refill.push(lowered);
      return lowered;
    }
    const wasListed = record?.latest.some((r) => r.articleId === article.id) ?? false;
    const updated = withRow(record, entityId, coverageRow(article, group.visited, row), previous.has(entityId));
    // A listed row that moved back to the end of a full list (an earlier visit time than before) may
    // now belong after articles the list does not hold.
    const last = updated.latest[updated.latest.length - 1];
    if (wasListed && last?.articleId === article.id && updated.articleCount > COVERAGE_KEEP) refill.push(updated);
    return updated;
  });
  await refillLatest(db, refill, article);
  return out;
}

/**
 * Coverage records read ahead: those the linking's lookups by key answered with their entities
 * (version 12), and those of the entities it found in their pages under their own keys, read as soon
 * as it found them, while it still decides and writes (IndexedDB is idle then), instead of after.
 */
class CoverageAhead {
  private ids = new Set<number>();
  private read: Promise<Array<CoverageRecord | undefined>> = Dexie.Promise.resolve([]);

  constructor(private readonly db: SourcemarkDb) {}

  /** Keeps the coverage records found with their entities, and starts reading those of the others found. */
  start(found: FoundFirst): void {
    const ids = found.ids.filter((id) => !found.coverage.some((c) => c.entityId === id));
    this.ids = new Set([...found.coverage.map((c) => c.entityId), ...ids]);
    const given = found.coverage;
    this.read = ids.length ? this.db.coverage.bulkGet(ids).then((read) => [...given, ...read]) : Dexie.Promise.resolve(given);
  }

  /** The coverage of these entities, in their order: read ahead where it was, read now for the others. */
  async get(ids: readonly number[]): Promise<Array<CoverageRecord | undefined>> {
    const [ahead, rest] = await Promise.all([this.read, this.db.coverage.bulkGet(ids.filter((id) => !this.ids.has(id)))]);
    const byId = new Map([...ahead, ...rest].flatMap((r) => (r ? [[r.entityId, r] as const] : [])));
    return ids.map((id) => byId.get(id));
  }

  /** Waits for the read ahead to settle (a failed save must not leave it unobserved); its failure is the save's. */
  settled(): Promise<unknown> {
    return this.read.then(
      () => undefined,
      (error: unknown) => error,
    );
  }
}

/**
 * Stores the article and everything annotated in it. The article and the entities are read and written
 * side by side, then everything derived from both at once: a handful of round trips, not one per
 * entity. The text with the positions of the mentions, entity rows and attributions goes in one
 * record (version 9), whatever their number; only entities whose linking changed are written, and one coverage record per entity named
 * (carrying the entity's name, kind and role and whether incidents name it, so the popup reads nothing else; version 7).
 */
export async function saveArticle(db: SourcemarkDb, input: ArticleInput): Promise<SavedArticle> {
  const hash = await textHash(input.text);
  return db.transaction(
    'rw',
    [db.articles, db.entityPages, db.articleContent, db.entityArticles, db.coverage, db.incidents],
    async () => {
      const ahead = new CoverageAhead(db);
      try {
        return await saveIn(db, input, hash, ahead);
      } catch (error) {
        await ahead.settled();
        throw error;
      }
    },
  );
}

/** saveArticle's work, inside its transaction. */
async function saveIn(db: SourcemarkDb, input: ArticleInput, hash: string, ahead: CoverageAhead): Promise<SavedArticle> {
  const [{ article, previous }, plan] = await Promise.all([
    upsertArticle(db, input, hash),
    planLinks(db, input.annotation.entities, (found) => ahead.start(found)),
  ]);
  // The linking's lookups read every page it writes: its write needs no further read (entity-store.ts,
  // EntityBatch), so the ids are known at once and the pages' write is left in flight.
  const { ids: entityIds, kinds, records, created, written } = await plan.write();
  const articleId = article.id;
  const { mentions, group } = mentionRecords(article, input, entityIds);
  const attributions = attributionsRecord(articleId, input.text, input.annotation, entityIds);
  const touched = [...new Set([...group.rows.map((r) => r.entityId), ...previous])];
  // An entity created by this save has no coverage yet: only the others are read.
  const known = touched.filter((id) => !created.has(id));
  // One record (version 9): packed into the text, or whole for an annotation whose spans lie outside it.
  const content = contentOf({ articleId, text: input.text, visited: group.visited, mentions, rows: group.rows, attributions: attributions.attributions });
  const inIncidents = entitiesInIncidents(input.annotation, entityIds);
  // The article's counts need only how many incident records will carry its reports (one per key),
  // so it is written beside its incidents, not after them.
  const counts = articleCounts(group.rows.map((r) => kinds.get(r.entityId)), attributions.attributions, incidentCount(articleId, input.annotation, entityIds));
  const lookup = articleLookup(group.rows.map((r) => r.entityId), (id) => kinds.get(id), attributions.attributions);
  // Every request that needs nothing else is issued now, together: a save is two round trips after
  // its lookups (coverage and incidents read, then written), whatever the number of its entities.
  // (Async functions, not then(): Dexie follows awaits inside its transaction, not native then callbacks.)
  const readAndWriteCoverage = async () => {
    const read = await ahead.get(known);
    const stored = new Map(read.flatMap((r) => (r ? [[r.entityId, r] as const] : [])));
    // Coverage an import left underived (version 8) is derived as it stood before this save: the
    // other articles, and this one where it named the entity before.
    const underived = known.filter((id) => !stored.has(id));
    const before = new Map(stored);
    for (const r of await deriveCoverage(db, underived, articleId)) {
      if (previous.has(r.entityId)) r.articleCount += 1;
      if (r.articleCount > 0) before.set(r.entityId, r);
    }
    const updated = await updatedCoverage(db, article, group, previous, touched.map((id) => before.get(id)), touched);
    await writeCoverage(db, describeCoverage(updated, { entities: records, stored, inIncidents, created }));
  };
  await Promise.all([
    written,
    db.articleContent.put(content),
    saveIncidents(db, articleId, input.text, input.annotation, entityIds),
    db.articles.put({ ...article, counts, lookup }),
    readAndWriteCoverage(),
  ]);
  return { articleId, entityIds };
}
