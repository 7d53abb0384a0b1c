/**
 * The articles an import wrote, listed under the entities they name (version 11, EntityArticlesRecord:
 * one record per entity page, ENTITY_PAGE entities each). An import writes these few hundred records
 * where it wrote ~30 `*entityVisits` index entries per article (IndexedDB's cost is per record and per
 * index entry far more than per byte); saves keep writing the index. So "the articles naming X" is the
 * index's range for X plus X's list here (articlesNaming, newestNaming), and an imported ("posted")
 * article's entries leave these lists when a save rewrites it or a deletion removes it (unpost). Every
 * function runs inside the caller's transaction, which must include `db.entityArticles`; like
 * entity-store.ts, each answers a Dexie promise (an async function awaiting Dexie's), never a native one.
 */
import Dexie from 'dexie';
import { newerFirst } from './coverage';
import type { SourcemarkDb } from './db';
import { ENTITY_PAGE, pageOf } from './entity-store';
import { rowEntityIds } from './article-content';
import { POSTING_STRIDE, type ArticleContentRecord, type EntityArticlesRecord } from './records';

/** One article in an entity's list: its id and the visit time its content record carries. */
export interface Posting {
  articleId: number;
  visited: number;
}

function emptyPage(id: number): EntityArticlesRecord {
  return { id, lists: Array.from({ length: ENTITY_PAGE }, () => []) };
}

async function pagesFor(db: SourcemarkDb, entityIds: Iterable<number>): Promise<Map<number, EntityArticlesRecord>> {
  const ids = [...new Set([...entityIds].map(pageOf))].sort((a, b) => a - b);
  if (ids.length === 0) return new Map();
  const read = await db.entityArticles.bulkGet(ids);
  return new Map(read.flatMap((p) => (p ? [[p.id, p] as const] : [])));
}

function listOf(page: EntityArticlesRecord | undefined, entityId: number): number[] {
  return page?.lists[entityId - page.id * ENTITY_PAGE] ?? [];
}

/** Each entity's listed articles, in the order of `entityIds`: one request for all the pages they live in. */
export async function postingsOf(db: SourcemarkDb, entityIds: readonly number[]): Promise<Posting[][]> {
  const pages = await pagesFor(db, entityIds);
  return entityIds.map((id) => {
    const list = listOf(pages.get(pageOf(id)), id);
    const out: Posting[] = [];
    for (let i = 0; i + 1 < list.length; i += POSTING_STRIDE) out.push({ articleId: list[i] as number, visited: list[i + 1] as number });
    return out;
  });
}

/**
 * The pages that list each article under its entities (`named`: entity id → the articles, with their
 * visit times), an article already listed there replaced (a re-import's later visit): each page touched
 * once, for the caller to write. Reads the pages first, in the caller's transaction: what earlier
 * imports listed stays.
 */
export async function postedPages(db: SourcemarkDb, named: ReadonlyMap<number, readonly Posting[]>): Promise<EntityArticlesRecord[]> {
  // An import names entities of hundreds of pages, most often none listed yet (always none in a new
  // store): the keys of the stored pages are one request, and only those are read, not one get per page.
  const stored = new Set((await db.entityArticles.toCollection().primaryKeys()) as number[]);
  const pages = await pagesFor(db, [...named.keys()].filter((id) => stored.has(pageOf(id))));
  const touched = new Map<number, EntityArticlesRecord>();
  for (const [entityId, postings] of named) {
    const pageId = pageOf(entityId);
    const page = touched.get(pageId) ?? pages.get(pageId) ?? emptyPage(pageId);
    touched.set(pageId, page);
    const slot = entityId - pageId * ENTITY_PAGE;
    const byArticle = new Map<number, number>();
    const old = page.lists[slot] ?? [];
    for (let i = 0; i + 1 < old.length; i += POSTING_STRIDE) byArticle.set(old[i] as number, old[i + 1] as number);
    for (const p of postings) byArticle.set(p.articleId, p.visited);
    const list: number[] = [];
    for (const articleId of [...byArticle.keys()].sort((a, b) => a - b)) list.push(articleId, byArticle.get(articleId) as number);
    page.lists[slot] = list;
  }
  return [...touched.values()];
}

/**
 * Takes these posted articles off the lists of the entities their content records name (a save about
 * to rewrite one, or a deletion). Content records a save wrote (not posted) are left to the index.
 */
export async function unpost(db: SourcemarkDb, content: ReadonlyArray<ArticleContentRecord | undefined>): Promise<void> {
  const gone = new Map<number, Set<number>>();
  for (const c of content) {
    if (!c?.posted) continue;
    for (const entityId of rowEntityIds(c)) {
      let set = gone.get(entityId);
      if (!set) gone.set(entityId, (set = new Set()));
      set.add(c.articleId);
    }
  }
  if (gone.size === 0) return;
  const pages = await pagesFor(db, gone.keys());
  for (const [entityId, articles] of gone) {
    const page = pages.get(pageOf(entityId));
    if (!page) continue;
    const slot = entityId - page.id * ENTITY_PAGE;
    const old = page.lists[slot] ?? [];
    const list: number[] = [];
    for (let i = 0; i + 1 < old.length; i += POSTING_STRIDE) if (!articles.has(old[i] as number)) list.push(old[i] as number, old[i + 1] as number);
    page.lists[slot] = list;
  }
  await db.entityArticles.bulkPut([...pages.values()]);
}

const indexRange = (db: SourcemarkDb, entityId: number) => db.articleContent.where('entityVisits').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]);

/** The ids of every article naming each entity (the index's and the lists'), in the order of `entityIds`. */
export async function articlesNaming(db: SourcemarkDb, entityIds: readonly number[]): Promise<Array<Set<number>>> {
  const [indexed, posted] = await Promise.all([Promise.all(entityIds.map((id) => indexRange(db, id).primaryKeys())), postingsOf(db, entityIds)]);
  return entityIds.map((_, i) => new Set([...(indexed[i] ?? []), ...(posted[i] ?? []).map((p) => p.articleId)]));
}

/**
 * The content records of the newest `limit` articles naming each entity (by visit time, then article
 * id: coverage's order), newest first, in the order of `entityIds`: the index's newest and the lists'
 * newest, merged, the listed ones read in one batch.
 */
export async function newestNaming(db: SourcemarkDb, entityIds: readonly number[], limit: number): Promise<ArticleContentRecord[][]> {
  const [indexed, posted] = await Promise.all([Promise.all(entityIds.map((id) => indexRange(db, id).reverse().limit(limit).toArray())), postingsOf(db, entityIds)]);
  const picked = entityIds.map((_, i) => {
    const own = (indexed[i] ?? []).map((c) => ({ articleId: c.articleId, visited: c.visited, content: c as ArticleContentRecord | undefined }));
    const listed = [...(posted[i] ?? [])].sort(newerFirst).slice(0, limit).map((p) => ({ ...p, content: undefined as ArticleContentRecord | undefined }));
    const seen = new Set<number>();
    return [...own, ...listed]
      .sort(newerFirst)
      .filter((p) => !seen.has(p.articleId) && seen.add(p.articleId))
      .slice(0, limit);
  });
  const wanted = [...new Set(picked.flat().flatMap((p) => (p.content ? [] : [p.articleId])))];
  const read = wanted.length ? await db.articleContent.bulkGet(wanted) : [];
  const byId = new Map(read.flatMap((c) => (c ? [[c.articleId, c] as const] : [])));
  return picked.map((list) => list.flatMap((p) => p.content ?? byId.get(p.articleId) ?? []));
}
