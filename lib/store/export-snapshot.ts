/**
 * Reads what an export holds, in one read transaction so the tables agree with one another: every
 * table for a full export, or the given articles with exactly what they reference for a filtered one
 * (their mentions, appearances, attributions, the entities those name, and the incidents they report,
 * trimmed to their reports) so a filtered file is still complete enough to import on its own.
 *
 * readAll and readArticles give every mention, appearance and attribution one by one, quotes whole,
 * whichever way the store keeps an article (the CSV, Markdown and W3C exports read them so); readPacked
 * gives what the JSON export writes (format version 2: articles with their text as stored, the others
 * one by one). The store keeps each article's in one content record (version 9). Mentions and attributions
 * get an id made from their article's id and their place in it (see mentionId, attributionId).
 * Derived records (coverage, article counts, entity article counts) are never exported: an import
 * rebuilds them.
 */
import type { ExportAppearance, ExportArticle, ExportAttribution, ExportEntity, ExportMention, ExportText, PackedSnapshot, Snapshot } from '../export/format';
import { attributionsOf, entitiesOf, mentionsOf, textOf } from './article-content';
import type { SourcemarkDb } from './db';
import { allEntities, entitiesInOrder } from './entity-store';
import {
  MENTION_STRIDE,
  ROW_STRIDE,
  type ArticleAttributionsRecord,
  type ArticleContentRecord,
  type ArticleEntitiesRecord,
  type ArticleMentionsRecord,
  type ArticleRecord,
  type ArticleTextRecord,
  type EntityRecord,
  type IncidentRecord,
} from './records';
import { PER_READ, readWhole } from './read-whole';

/** Most mentions (or attributions) one article can have and still get distinct ids (far above any article's). */
export const MENTIONS_PER_ARTICLE = 1_000_000;

/**
 * The id a mention carries in an export: unique (an article cannot hold MENTIONS_PER_ARTICLE
 * mentions), the same in a full and a filtered export, and the same until the article is saved again
 * (as before, when a revisit rewrote an article's mention records with new ids).
 */
export function mentionId(articleId: number, index: number): number {
  return articleId * MENTIONS_PER_ARTICLE + index + 1;
}

/**
 * The id an attribution carries in an export and in the log's statements: the store keeps an
 * article's attributions in one record, in text order, without ids (version 5), so the id is made the
 * way mentionId makes a mention's: unique, and stable until the article is saved again.
 */
export function attributionId(articleId: number, index: number): number {
  return articleId * MENTIONS_PER_ARTICLE + index + 1;
}

/** The articles' mention records as the file's flat list, article by article. */
export function flatMentions(groups: readonly ArticleMentionsRecord[]): ExportMention[] {
  const out: ExportMention[] = [];
  for (const { articleId, mentions } of groups) {
    mentions.forEach((m, i) => {
      out.push({ id: mentionId(articleId, i), articleId, entityId: m.entityId, start: m.start, end: m.end, exact: m.exact, prefix: m.prefix, suffix: m.suffix });
    });
  }
  return out;
}

/** The articles' appearance groups as the file's flat list (one per entity and article), article by article. */
export function flatAppearances(groups: readonly ArticleEntitiesRecord[]): ExportAppearance[] {
  const out: ExportAppearance[] = [];
  for (const { articleId, visited, rows } of groups) {
    for (const r of rows) out.push({ entityId: r.entityId, articleId, visited, mentionCount: r.mentionCount, sentence: r.sentence, quote: r.quote });
  }
  return out;
}

/** The articles' attribution groups as the file's flat list, each with its id (attributionId). */
export function flatAttributions(groups: readonly ArticleAttributionsRecord[]): ExportAttribution[] {
  const out: ExportAttribution[] = [];
  for (const { articleId, attributions } of groups) {
    attributions.forEach((a, i) => {
      out.push({ id: attributionId(articleId, i), articleId, ...a });
    });
  }
  return out;
}

/** The article as exported: without its log counts and lookup, which the store derives (and an import rebuilds). */
function exportedArticle(a: ArticleRecord & { id: number }): ExportArticle {
  const { counts: _derived, lookup: _alsoDerived, ...rest } = a;
  return rest;
}

/** The entity as exported: without its article count (version 4's), which the store derives. */
function exportedEntity(e: EntityRecord & { id: number }): ExportEntity {
  const { articleCount: _derived, ...rest } = e;
  return rest;
}

function hasId<T extends { id?: number }>(r: T | undefined): r is T & { id: number } {
  return r?.id !== undefined;
}

const TABLES_OF = (db: SourcemarkDb) => [db.articles, db.entityPages, db.articleContent, db.incidents];

/** The articles' content records split into their mentions, entity rows and attributions, whole. */
function wholeParts(content: readonly ArticleContentRecord[]) {
  return { mentions: content.map(mentionsOf), appearances: content.map(entitiesOf), attributions: content.map(attributionsOf) };
}

/** Every record of every table. */
export async function readAll(db: SourcemarkDb): Promise<Snapshot> {
  return db.transaction('r', TABLES_OF(db), async () => {
    const [articles, entities, content, incidents] = await Promise.all([
      readWhole(db.articles, PER_READ.articles),
      allEntities(db),
      readWhole(db.articleContent, PER_READ.content),
      readWhole(db.incidents, PER_READ.incidents),
    ]);
    const { mentions, appearances, attributions } = wholeParts(content);
    return {
      articles: articles.filter(hasId).map(exportedArticle),
      entities: entities.filter(hasId).map(exportedEntity),
      mentions: flatMentions(mentions),
      appearances: flatAppearances(appearances),
      attributions: flatAttributions(attributions),
      incidents: incidents.filter(hasId),
    };
  });
}

function trimIncident(incident: IncidentRecord & { id: number }, keep: ReadonlySet<number>): IncidentRecord & { id: number } {
  return {
    ...incident,
    articleIds: incident.articleIds.filter((id) => keep.has(id)),
    sources: incident.sources.filter((s) => keep.has(s.articleId)),
  };
}

/**
 * Above this many articles a filtered export reads whole tables (one getAll each) and filters in memory:
 * anyOf() walks a cursor, one round trip per record, which is slower once the selection is large.
 */
const WHOLE_TABLE_ABOVE = 200;

function present<T extends { articleId: number }>(rows: ReadonlyArray<T | undefined>, keep: ReadonlySet<number>): T[] {
  return rows.filter((r): r is T => r !== undefined && keep.has(r.articleId));
}

/** The entities a filtered export must carry: every one its whole-quote records and incidents name. */
function referencedEntityIds(
  mentions: readonly ArticleMentionsRecord[],
  appearances: readonly ArticleEntitiesRecord[],
  attributions: readonly ArticleAttributionsRecord[],
  incidents: readonly IncidentRecord[],
): Set<number> {
  const entityIds = new Set<number>();
  for (const group of mentions) for (const m of group.mentions) entityIds.add(m.entityId);
  for (const group of appearances) for (const r of group.rows) entityIds.add(r.entityId);
  for (const group of attributions) for (const a of group.attributions) if (a.sourceEntityId !== undefined) entityIds.add(a.sourceEntityId);
  for (const i of incidents) {
    if (i.placeEntityId !== undefined) entityIds.add(i.placeEntityId);
    for (const id of i.actorEntityIds) entityIds.add(id);
  }
  return entityIds;
}

/** The given articles and everything they reference (see the file comment). */
export async function readArticles(db: SourcemarkDb, articleIds: readonly number[]): Promise<Snapshot> {
  const ids = [...new Set(articleIds)];
  const keep = new Set(ids);
  const whole = ids.length > WHOLE_TABLE_ABOVE;
  return db.transaction('r', TABLES_OF(db), async () => {
    // The grouped tables are keyed by article id: a bulkGet is one request, whatever the selection.
    const [articles, content, incidents] = await Promise.all([
      db.articles.bulkGet(ids),
      (whole ? readWhole(db.articleContent, PER_READ.content) : db.articleContent.bulkGet(ids)).then((rows) => present(rows, keep)),
      (whole ? readWhole(db.incidents, PER_READ.incidents) : db.incidents.where('articleIds').anyOf(ids).distinct().toArray()).then((rows) =>
        whole ? rows.filter((i) => i.articleIds.some((id) => keep.has(id))) : rows,
      ),
    ]);
    const trimmed = incidents.filter(hasId).map((i) => trimIncident(i, keep));
    const { mentions, appearances, attributions } = wholeParts(content);
    const entityIds = referencedEntityIds(mentions, appearances, attributions, trimmed);
    const entities = await entitiesInOrder(db, [...entityIds]);
    return {
      articles: articles.filter(hasId).map(exportedArticle),
      entities: entities.filter(hasId).map(exportedEntity),
      mentions: flatMentions(mentions),
      appearances: flatAppearances(appearances),
      attributions: flatAttributions(attributions),
      incidents: trimmed,
    };
  });
}

/** The export's packed text record: the stored one's text part, whose ids already are the file's. */
function exportedText(t: ArticleTextRecord): ExportText {
  return t;
}

/**
 * Text records read per request (readWhole's run for content records): each read is one getAll, and
 * the store serves the next while this one is written out. Small on purpose: a getAll of 25 records of
 * ~10 kB is delivered several times faster per record than one of 250 (read-whole.ts), and a short run
 * lets the worker seal each run while the store reads the next. Alternating A/B at 2,000 articles with
 * the worker's sealing (json-export-worker.ts): export 10.8 s → 6.7 s median on a loaded machine.
 */
export const TEXTS_PER_READ = PER_READ.content;

/** What a packed read hands its caller run by run: the articles' text records, in file order. */
export type TextsSink = (texts: ExportText[]) => void;

/**
 * Reads the text records of `ids` in runs of TEXTS_PER_READ, all requested at once so the store reads
 * the next run while the caller writes out this one, and hands each run to `sink` in order. `ascending`
 * ids (a complete export, every article in key order) are read by key range (one getAll each); a
 * selection in any order is read key by key. `midway` is called once half the runs are requested:
 * what it requests is read between them, so its records are taken in while the store reads the rest.
 */
async function readTextRuns(
  db: SourcemarkDb,
  ids: readonly number[],
  ascending: boolean,
  keep: ReadonlySet<number>,
  sink: (texts: ArticleTextRecord[], bare: ArticleContentRecord[]) => void,
  midway: () => void,
): Promise<void> {
  const reads: Array<Promise<Array<ArticleContentRecord | undefined>>> = [];
  const half = Math.ceil(ids.length / TEXTS_PER_READ / 2) * TEXTS_PER_READ;
  for (let i = 0; i < ids.length; i += TEXTS_PER_READ) {
    if (i === half) midway();
    const from = ids[i] as number;
    const next = ids[i + TEXTS_PER_READ];
    if (!ascending) reads.push(db.articleContent.bulkGet(ids.slice(i, i + TEXTS_PER_READ)));
    else if (next === undefined) reads.push(db.articleContent.where(':id').aboveOrEqual(from).toArray());
    else reads.push(db.articleContent.where(':id').between(from, next, true, false).toArray());
  }
  if (half >= ids.length) midway();
  for (const read of reads) {
    const texts: ArticleTextRecord[] = [];
    const bare: ArticleContentRecord[] = [];
    for (const c of await read) {
      if (c === undefined || !keep.has(c.articleId)) continue;
      const t = textOf(c);
      if (t) texts.push(t);
      else bare.push(c);
    }
    sink(texts, bare);
  }
}

/**
 * What the JSON export writes (format version 2), read so the file can be written while it is read:
 * articles with their text as it is stored (one string and a few number lists each: fast to read and
 * to write out), handed to `sink` run by run (TEXTS_PER_READ at a time, in file order), and the
 * others' records one by one as before, returned. All articles, or the given ones with exactly what
 * they reference (see readArticles). Whole entity rows and attributions are read only for articles
 * stored without their text. One read transaction, so the texts and the tables agree.
 */
export async function readPackedInRuns(db: SourcemarkDb, articleIds: readonly number[] | undefined, sink: TextsSink): Promise<Snapshot> {
  const ids = articleIds === undefined ? undefined : [...new Set(articleIds)];
  return db.transaction('r', TABLES_OF(db), async () => {
    const kept = (ids ? await db.articles.bulkGet(ids) : await readWhole(db.articles, PER_READ.articles)).filter(hasId);
    const keptIds = kept.map((a) => a.id);
    const keep = new Set(keptIds);
    const bareContent: ArticleContentRecord[] = [];
    const textEntityIds = new Set<number>();
    // Requested amid the texts (see readTextRuns): the store serves requests in order.
    const amid: { incidents?: Promise<Array<IncidentRecord & { id?: number }>>; entities?: Promise<Array<EntityRecord & { id?: number }>> } = {};
    const midway = () => {
      amid.incidents = ids ? db.incidents.where('articleIds').anyOf(ids).distinct().toArray() : readWhole(db.incidents, PER_READ.incidents);
      if (!ids) amid.entities = allEntities(db);
    };
    await readTextRuns(db, keptIds, ids === undefined, keep, (texts, bare) => {
      bareContent.push(...bare);
      for (const t of texts) {
        if (!ids) continue;
        for (let i = 0; i < t.mentions.length; i += MENTION_STRIDE) textEntityIds.add(t.mentions[i] as number);
        for (let i = 0; i < t.rows.length; i += ROW_STRIDE) textEntityIds.add(t.rows[i] as number);
        for (const a of t.attributions) if (a[1] > 0) textEntityIds.add(a[1]);
      }
      sink(texts.map(exportedText));
    }, midway);
    const incidentsRead = amid.incidents;
    if (!incidentsRead) throw new Error('export: the incidents were never requested');
    // Articles stored without a text (before version 6) are exported one record at a time, as version 1's lists.
    const { mentions, appearances, attributions } = wholeParts(bareContent);
    const incidents = await incidentsRead;
    const trimmed = ids ? incidents.filter(hasId).map((i) => trimIncident(i, keep)) : incidents.filter(hasId);
    let entities: Array<EntityRecord | undefined>;
    if (amid.entities) entities = await amid.entities;
    else {
      const entityIds = referencedEntityIds(mentions, appearances, attributions, trimmed);
      for (const id of textEntityIds) entityIds.add(id);
      entities = await entitiesInOrder(db, [...entityIds]);
    }
    return {
      articles: kept.map(exportedArticle),
      entities: entities.filter(hasId).map(exportedEntity),
      mentions: flatMentions(mentions),
      appearances: flatAppearances(appearances),
      attributions: flatAttributions(attributions),
      incidents: trimmed,
    };
  });
}

/** What the JSON export writes (see readPackedInRuns), with every text record in one list. */
export async function readPacked(db: SourcemarkDb, articleIds?: readonly number[]): Promise<PackedSnapshot> {
  const texts: ExportText[] = [];
  const snapshot = await readPackedInRuns(db, articleIds, (run) => {
    for (const t of run) texts.push(t);
  });
  return { ...snapshot, texts };
}
