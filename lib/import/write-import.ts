/**
 * Writes a validated export into the database in ONE transaction: either every record lands (merged
 * into what is there) or, on any failure, nothing does. Records are matched to stored ones by identity
 * (article URL, entity key, incident key, the spans of mentions and attributions) and merged, never
 * duplicated; the ids of the file are remapped to the stored ones and kept where free. The file's
 * mentions become one record per article (their ids in the file are an export detail), and every
 * entity's article count is computed before the entities are written.
 *
 * Fast because IndexedDB is kept busy: every lookup is one query per table, issued before the writes
 * (only the articles a file shares with the store are looked into), and the writes are large bulk
 * chunks queued through a WritePipeline, so the page serializes the next chunk while the database
 * stores the last, and requests stay in flight until the end (the transaction cannot auto-commit
 * early). Progress is reported from inside the transaction as chunks finish; the page paints between.
 */
import type { ExportAppearance, ExportArticle, ExportEntity, ExportIncident, ExportMention, Snapshot, TableName } from '../export/format';
import { TABLES } from '../export/format';
import type { EntityTable } from 'dexie';
import type { SourcemarkDb } from '../store/db';
import { incidentKey } from '../store/incident-key';
import type { AppearanceRecord, ArticleMention, ArticleMentionsRecord, ArticleRecord, EntityRecord, IncidentRecord } from '../store/records';
import { addKeepingIds, takenIds, type Tick } from './allocate-ids';
import { mergeAppearance, mergeArticle, mergeEntityRecord, mergeIncident } from './merge-records';
import type { ImportProgress } from './problem';
import { WritePipeline } from './write-pipeline';
import { WRITE_CHUNK } from './yield';

/** What an import did, per table: records added, and records folded into stored ones. */
export interface ImportSummary {
  added: Record<TableName, number>;
  merged: Record<TableName, number>;
}

type IdMap = ReadonlyMap<number, number>;

function mapped(map: IdMap, id: number, what: string): number {
  const to = map.get(id);
  if (to === undefined) throw new Error(`import: ${what} ${id} was not written before being referenced`);
  return to;
}

/**
 * Adds the records whose `key` is not among the stored ones (mentions and attributions already present
 * are the same record: nothing to merge) and counts the rest as done; returns how many were added.
 */
async function addUnstored<R extends { id?: number }>(
  table: EntityTable<R, 'id'>,
  rows: ReadonlyArray<R & { id: number }>,
  stored: ReadonlySet<string>,
  key: (r: R) => string,
  taken: ReadonlySet<number>,
  tick: Tick,
  pipeline: WritePipeline,
): Promise<number> {
  const fresh = stored.size ? rows.filter((r) => !stored.has(key(r))) : rows;
  tick(rows.length - fresh.length);
  await addKeepingIds(table, fresh, taken, tick, pipeline, false);
  return fresh.length;
}

/** True when every id keeps its value (a restore into an emptied store): records need no copy. */
function isIdentity(map: IdMap): boolean {
  for (const [from, to] of map) if (from !== to) return false;
  return true;
}

async function putChunked<T>(pipeline: WritePipeline, put: (chunk: T[]) => PromiseLike<unknown>, records: T[], tick: Tick): Promise<void> {
  for (let i = 0; i < records.length; i += WRITE_CHUNK) {
    const chunk = records.slice(i, i + WRITE_CHUNK);
    await pipeline.push(() => put(chunk), () => tick(chunk.length));
  }
}

const spanKey = (m: { articleId: number; entityId: number; start: number; end: number }) => `${m.articleId}|${m.entityId}|${m.start}|${m.end}`;
const attributionKey = (r: { articleId: number; source: string; quote: { start: number; end: number } }) =>
  `${r.articleId}|${r.quote.start}|${r.quote.end}|${r.source}`;
const appearanceKey = (r: { entityId: number; articleId: number }) => `${r.entityId}:${r.articleId}`;

/** Articles and entities of the file split into those folded into a stored twin and those added. */
interface Split<T, S> {
  merged: S[];
  fresh: T[];
  /** File id → stored id, for the merged ones. */
  ids: Map<number, number>;
}

function splitArticles(file: readonly ExportArticle[], stored: readonly ArticleRecord[]): Split<ExportArticle, ArticleRecord> & { matched: Set<number> } {
  const byUrl = new Map(stored.map((a) => [a.url, a]));
  const out = { merged: [] as ArticleRecord[], fresh: [] as ExportArticle[], ids: new Map<number, number>(), matched: new Set<number>() };
  for (const a of file) {
    const old = byUrl.get(a.url);
    if (old?.id === undefined) out.fresh.push(a);
    else {
      out.ids.set(a.id, old.id);
      out.matched.add(old.id);
      out.merged.push(mergeArticle(old, a));
    }
  }
  return out;
}

function splitEntities(file: readonly ExportEntity[], stored: readonly EntityRecord[]): Split<ExportEntity, EntityRecord> {
  const byKey = new Map(stored.map((e) => [e.key, e]));
  const out = { merged: [] as EntityRecord[], fresh: [] as ExportEntity[], ids: new Map<number, number>() };
  for (const e of file) {
    const old = byKey.get(e.key);
    if (old?.id === undefined) out.fresh.push(e);
    else {
      out.ids.set(e.id, old.id);
      out.merged.push(mergeEntityRecord(old, e));
    }
  }
  return out;
}

/** The incident with its ids remapped; its key is rebuilt only when an id it embeds changed. */
function remapIncident(i: ExportIncident, a: IdMap, e: IdMap): ExportIncident {
  const placeEntityId = i.placeEntityId === undefined ? undefined : mapped(e, i.placeEntityId, 'entity');
  const articleIds = i.articleIds.map((id) => mapped(a, id, 'article'));
  const keyArticle = articleIds[0] ?? 0;
  const unchanged = placeEntityId === i.placeEntityId && (i.date !== undefined || keyArticle === i.articleIds[0]);
  const place = placeEntityId !== undefined ? `#${placeEntityId}` : (i.location ?? '?');
  return {
    ...i,
    key: unchanged ? i.key : incidentKey(i.type, place, i.date, keyArticle),
    placeEntityId,
    actorEntityIds: i.actorEntityIds.map((id) => mapped(e, id, 'entity')),
    articleIds,
    sources: i.sources.map((src) => ({ ...src, articleId: mapped(a, src.articleId, 'article') })),
  };
}

/** Incidents of the file keyed after remapping; two that now share a key are one incident. */
function incidentsByKey(incidents: readonly ExportIncident[], a: IdMap, e: IdMap, same: boolean): Map<string, ExportIncident> {
  const byKey = new Map<string, ExportIncident>();
  for (const i of same ? incidents : incidents.map((r) => remapIncident(r, a, e))) {
    const twin = byKey.get(i.key);
    byKey.set(i.key, twin ? { ...mergeIncident(twin, i), id: twin.id } : i);
  }
  return byKey;
}

/**
 * Appearances for the mentions the file gives none (a file edited by hand): every mention's entity
 * has an appearance in its article in the store, which the entity's article count and deletion rely
 * on. Built the way the version 2 upgrade builds them, in the file's ids.
 */
function missingAppearances(s: Snapshot): ExportAppearance[] {
  const have = new Set(s.appearances.map(appearanceKey));
  const visited = new Map(s.articles.map((a) => [a.id, a.lastVisited]));
  const made = new Map<string, ExportAppearance>();
  for (const m of s.mentions) {
    const key = appearanceKey(m);
    if (have.has(key)) continue;
    const seen = made.get(key);
    if (seen) seen.mentionCount += 1;
    else {
      const quote = { start: m.start, end: m.end, exact: m.exact, prefix: m.prefix, suffix: m.suffix };
      made.set(key, { entityId: m.entityId, articleId: m.articleId, visited: visited.get(m.articleId) ?? 0, mentionCount: 1, sentence: `${m.prefix}${m.exact}${m.suffix}`, quote });
    }
  }
  return [...made.values()];
}

/**
 * How many articles each entity of the file gains (file id → count): its appearances that the store
 * does not hold yet. Known before anything is written: a stored appearance can only join a stored
 * article (matched by URL) to a stored entity (matched by key).
 */
function articlesGained(appearances: readonly ExportAppearance[], a: IdMap, e: IdMap, stored: ReadonlySet<string>): Map<number, number> {
  const gained = new Map<number, number>();
  for (const r of appearances) {
    const articleId = a.get(r.articleId);
    const entityId = e.get(r.entityId);
    if (articleId !== undefined && entityId !== undefined && stored.has(`${entityId}:${articleId}`)) continue;
    gained.set(r.entityId, (gained.get(r.entityId) ?? 0) + 1);
  }
  return gained;
}

/** The mentions of the file as one record per (stored) article, merged into what that article holds. */
function mentionRecords(mentions: readonly ExportMention[], stored: ReadonlyMap<number, ArticleMentionsRecord>): { rows: ArticleMentionsRecord[]; added: number } {
  const byArticle = new Map<number, ArticleMention[]>();
  for (const m of mentions) {
    const list = byArticle.get(m.articleId);
    const mention = { entityId: m.entityId, start: m.start, end: m.end, exact: m.exact, prefix: m.prefix, suffix: m.suffix };
    if (list) list.push(mention);
    else byArticle.set(m.articleId, [mention]);
  }
  const rows: ArticleMentionsRecord[] = [];
  let added = 0;
  for (const [articleId, list] of byArticle) {
    const old = stored.get(articleId);
    if (!old) {
      rows.push({ articleId, mentions: list });
      added += list.length;
      continue;
    }
    // Mentions already stored are the same record: nothing to merge.
    const known = new Set(old.mentions.map((m) => spanKey({ articleId, ...m })));
    const fresh = list.filter((m) => !known.has(spanKey({ articleId, ...m })));
    if (fresh.length) rows.push({ articleId, mentions: [...old.mentions, ...fresh] });
    added += fresh.length;
  }
  return { rows, added };
}

function emptyCounts(): Record<TableName, number> {
  return Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;
}

async function writeAll(db: SourcemarkDb, s: Snapshot, tick: Tick, summary: ImportSummary): Promise<void> {
  const pipeline = new WritePipeline();
  // Lookups first, all issued together: stored twins of the file's articles and entities.
  const [storedArticles, storedEntities] = await Promise.all([
    db.articles.where('url').anyOf(s.articles.map((x) => x.url)).toArray(),
    db.entities.where('key').anyOf(s.entities.map((x) => x.key)).toArray(),
  ]);
  const articles = splitArticles(s.articles, storedArticles);
  const entities = splitEntities(s.entities, storedEntities);
  const matched = [...articles.matched];
  const [articlesTaken, entitiesTaken, attributionsTaken, incidentsTaken, storedMentions, knownAttributions, storedAppearances] = await Promise.all([
    takenIds(db.articles, articles.fresh.map((x) => x.id)),
    takenIds(db.entities, entities.fresh.map((x) => x.id)),
    takenIds(db.attributions, s.attributions.map((x) => x.id)),
    takenIds(db.incidents, s.incidents.map((x) => x.id)),
    // Spans and appearances can only be stored already for articles the store shares with the file.
    matched.length ? db.articleMentions.bulkGet(matched) : [],
    matched.length ? db.attributions.where('articleId').anyOf(matched).toArray() : [],
    matched.length ? db.appearances.where('articleId').anyOf(matched).toArray() : [],
  ]);

  // Every entity's article count, known before the entities are written.
  const fileAppearances = [...s.appearances, ...missingAppearances(s)];
  const storedByKey = new Map(storedAppearances.map((r) => [appearanceKey(r), r]));
  const gained = articlesGained(fileAppearances, articles.ids, entities.ids, new Set(storedByKey.keys()));
  const mergedById = new Map(entities.merged.map((r) => [r.id, r]));
  for (const [fileId, storedId] of entities.ids) {
    const record = mergedById.get(storedId);
    if (record) record.articleCount = (record.articleCount ?? 0) + (gained.get(fileId) ?? 0);
  }
  const freshEntities = entities.fresh.map((x) => ({ ...x, articleCount: gained.get(x.id) ?? 0 }));

  await putChunked(pipeline, (c) => db.articles.bulkPut(c), articles.merged, tick);
  const a = new Map([...articles.ids, ...(await addKeepingIds(db.articles, articles.fresh, articlesTaken, tick, pipeline, true))]);
  await putChunked(pipeline, (c) => db.entities.bulkPut(c), entities.merged, tick);
  const e = new Map([...entities.ids, ...(await addKeepingIds(db.entities, freshEntities, entitiesTaken, tick, pipeline, true))]);
  summary.merged.articles = articles.merged.length;
  summary.added.articles = articles.fresh.length;
  summary.merged.entities = entities.merged.length;
  summary.added.entities = entities.fresh.length;
  const same = isIdentity(a) && isIdentity(e);

  // Incidents are matched by key, which embeds remapped ids: their one lookup comes once ids are known.
  const byKey = incidentsByKey(s.incidents, a, e, same);
  const storedIncidents = new Map((await db.incidents.where('key').anyOf([...byKey.keys()]).toArray()).map((i) => [i.key, i]));

  const mentions = same ? s.mentions : s.mentions.map((m) => ({ ...m, articleId: mapped(a, m.articleId, 'article'), entityId: mapped(e, m.entityId, 'entity') }));
  const storedGroups = new Map(storedMentions.flatMap((g) => (g ? [[g.articleId, g] as const] : [])));
  const { rows: mentionRows, added: mentionsAdded } = mentionRecords(mentions, storedGroups);
  tick(mentions.length - mentionsAdded);
  // Chunks of about WRITE_CHUNK mentions, ticked by the mentions they hold.
  for (let i = 0; i < mentionRows.length; ) {
    const chunk: ArticleMentionsRecord[] = [];
    let held = 0;
    while (i < mentionRows.length && (chunk.length === 0 || held < WRITE_CHUNK)) {
      const row = mentionRows[i++] as ArticleMentionsRecord;
      chunk.push(row);
      held += row.mentions.length;
    }
    const fresh = chunk.reduce((n, r) => n + r.mentions.length - (storedGroups.get(r.articleId)?.mentions.length ?? 0), 0);
    await pipeline.push(() => db.articleMentions.bulkPut(chunk), () => tick(fresh));
  }
  summary.added.mentions = mentionsAdded;
  summary.merged.mentions = mentions.length - mentionsAdded;

  const appearances = same ? fileAppearances : fileAppearances.map((r) => ({ ...r, articleId: mapped(a, r.articleId, 'article'), entityId: mapped(e, r.entityId, 'entity') }));
  let mergedAppearances = 0;
  const appearanceRows: AppearanceRecord[] = storedByKey.size
    ? appearances.map((r) => {
        const old = storedByKey.get(appearanceKey(r));
        if (!old) return r;
        mergedAppearances++;
        return mergeAppearance(old, r);
      })
    : appearances;
  await putChunked(pipeline, (c) => db.appearances.bulkPut(c), appearanceRows, tick);
  summary.merged.appearances = mergedAppearances;
  summary.added.appearances = appearanceRows.length - mergedAppearances;

  const attributions = same
    ? s.attributions
    : s.attributions.map((r) => ({
        ...r,
        articleId: mapped(a, r.articleId, 'article'),
        sourceEntityId: r.sourceEntityId === undefined ? undefined : mapped(e, r.sourceEntityId, 'entity'),
      }));
  const attributionsAdded = await addUnstored(db.attributions, attributions, new Set(knownAttributions.map(attributionKey)), attributionKey, attributionsTaken, tick, pipeline);
  summary.added.attributions = attributionsAdded;
  summary.merged.attributions = attributions.length - attributionsAdded;

  const mergedIncidents: IncidentRecord[] = [];
  const freshIncidents: ExportIncident[] = [];
  for (const i of byKey.values()) {
    const old = storedIncidents.get(i.key);
    if (old) mergedIncidents.push(mergeIncident(old, i));
    else freshIncidents.push(i);
  }
  tick(s.incidents.length - byKey.size);
  await putChunked(pipeline, (c) => db.incidents.bulkPut(c), mergedIncidents, tick);
  await addKeepingIds(db.incidents, freshIncidents, incidentsTaken, tick, pipeline, false);
  summary.merged.incidents = s.incidents.length - freshIncidents.length;
  summary.added.incidents = freshIncidents.length;
  await pipeline.drain();
}

/** Imports a validated snapshot; all or nothing. */
export async function writeImport(db: SourcemarkDb, s: Snapshot, report: (p: ImportProgress) => void = () => {}): Promise<ImportSummary> {
  const total = TABLES.reduce((n, t) => n + s[t].length, 0);
  let done = 0;
  const tick: Tick = (n) => {
    // Appearances made for mentions the file gave none are written beyond the file's records.
    done = Math.min(total, done + n);
    report({ phase: 'writing', done, total });
  };
  const summary: ImportSummary = { added: emptyCounts(), merged: emptyCounts() };
  // An async scope (not a function returning a promise): Dexie then follows its awaits in the transaction.
  await db.transaction('rw', [db.articles, db.entities, db.articleMentions, db.appearances, db.attributions, db.incidents], async () => {
    await writeAll(db, s, tick, summary);
  });
  report({ phase: 'done', done: total, total });
  return summary;
}
