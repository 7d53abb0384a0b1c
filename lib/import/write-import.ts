/**
 * Writes a validated export into the database in ONE transaction: either every record lands (merged
 * into what is there) or, on any failure, nothing does. Records are matched to stored ones by identity
 * (article URL, entity key, incident key, the spans of mentions and attributions) and merged, never
 * duplicated; the ids of the file are remapped to the stored ones and kept where free.
 *
 * An article with its text (format version 2's `texts`) is written as it comes, as its content record
 * (version 9: text, entity rows and attributions in one record). Otherwise the file lists mentions,
 * appearances and attributions one by one (all of format version 1); they are grouped here per article
 * into its content record, packed into a text when merged into a stored article whose text holds
 * them all (see keptForms), else whole. What the store derives is built from them before anything is written: each article's log counts and,
 * when the file shares articles or entities with the store, the coverage (article count and newest rows)
 * of the stored entities it touches, merged so an article the import merges into a stored one is never
 * counted twice. Otherwise no coverage is written (version 8): readers derive it lazily.
 *
 * Fast because IndexedDB is kept busy and written to once per record: every lookup is one query per
 * table, issued before the writes (only the articles a file shares with the store are looked into);
 * ids are chosen up front (allocate-ids), so every record is complete when written; the writes are large
 * bulk chunks queued through a WritePipeline, so the page builds the next chunk while the database
 * stores the last, and requests stay in flight until the end (the transaction cannot auto-commit
 * early). Progress is reported from inside the transaction as chunks finish; the page paints between.
 *
 * Measured in Chromium (LevelDB): ONE transaction is not what costs. The same records written in
 * transactions of 500 articles were no faster (10,000 articles, fresh database), so all-or-nothing
 * stays the transaction's job. The cost is per record put and per index entry the schema asks for
 * (entities and coverage: one put per entity; articleContent: ~30 entries of `*entityVisits` each),
 * and, right after a table was cleared, every range read walks the cleared records' tombstones: the
 * lookups and id allocation below then take seconds instead of milliseconds.
 */
import type {
  ExportAppearance,
  ExportArticle,
  ExportAttribution,
  ExportEntity,
  ExportIncident,
  ExportMention,
  ExportText,
  PackedSnapshot,
  Snapshot,
  TableName,
} from '../export/format';
import { TABLES } from '../export/format';
import type { EntityKind } from '../annotate/types';
import { articleCounts } from '../store/article-counts';
import { articleLookup } from '../store/article-lookup';
import { attributionsOf, contentFromText, contentWhole, entitiesOf, mentionsOf, rowEntityIds, textOf } from '../store/article-content';
import { postedPages, type Posting } from '../store/entity-articles';
import { packArticle, unpackAttributions, unpackEntities, unpackMentions } from '../store/article-text';
import { attributionId, mentionId } from '../store/export-snapshot';
import { COVERAGE_KEEP, coverageFrom, coverageRow, describeCoverage, incidentEntityIds, newerFirst, withRow } from '../store/coverage';
import { readCoverage } from '../store/coverage-upkeep';
import type { SourcemarkDb } from '../store/db';
import { allocateEntityIds, entitiesByIds, entitiesWithAnyKey, pagesWith } from '../store/entity-store';
import { incidentKey } from '../store/incident-key';
import type {
  AppearanceRow,
  ArticleAttribution,
  ArticleAttributionsRecord,
  ArticleContentRecord,
  ArticleEntitiesRecord,
  ArticleMention,
  ArticleMentionsRecord,
  ArticleRecord,
  ArticleTextRecord,
  CoverageRecord,
  EntityPageRecord,
  EntityRecord,
  IncidentRecord,
  PackedAttribution,
} from '../store/records';
import { MENTION_STRIDE, ROW_STRIDE } from '../store/records';
import { allocateIds, type Tick } from './allocate-ids';
import { mergeArticle, mergeEntityRecord, mergeIncident } from './merge-records';
import type { ImportProgress } from './problem';
import { WritePipeline } from './write-pipeline';
import { WRITE_CHUNK } from './yield';

/** What an import did, per table of the file: records added, and records folded into stored ones. */
export interface ImportSummary {
  added: Record<TableName, number>;
  merged: Record<TableName, number>;
}

type IdMap = ReadonlyMap<number, number>;
type Stored<T extends { id?: number }> = T & { id: number };

function mapped(map: IdMap, id: number, what: string): number {
  const to = map.get(id);
  if (to === undefined) throw new Error(`import: ${what} ${id} has no stored id`);
  return to;
}

/** True when every id keeps its value (a restore into an emptied store): records need no copy. */
function isIdentity(map: IdMap): boolean {
  for (const [from, to] of map) if (from !== to) return false;
  return true;
}

/**
 * Queues `records` in bulk puts of about WRITE_CHUNK file records each (`held` says how many a record
 * holds: one, or a group's rows), ticking each chunk by the file records it `counts` once written.
 */
async function putChunked<T>(
  pipeline: WritePipeline,
  put: (chunk: T[]) => PromiseLike<unknown>,
  records: readonly T[],
  tick: Tick,
  held: (r: T) => number = () => 1,
  counts: (r: T) => number = held,
): Promise<void> {
  for (let i = 0; i < records.length; ) {
    const chunk: T[] = [];
    let size = 0;
    let done = 0;
    while (i < records.length && (chunk.length === 0 || size < WRITE_CHUNK)) {
      const r = records[i++] as T;
      chunk.push(r);
      size += Math.max(1, held(r));
      done += counts(r);
    }
    await pipeline.push(() => put(chunk), () => tick(done));
  }
}

const spanKey = (m: { entityId: number; start: number; end: number }) => `${m.entityId}|${m.start}|${m.end}`;
const attributionKey = (r: { source: string; quote: { start: number; end: number } }) => `${r.quote.start}|${r.quote.end}|${r.source}`;

/** Articles and entities of the file split into those folded into a stored twin and those added. */
interface Split<T, S> {
  merged: S[];
  fresh: T[];
  /** File id → stored id, for the merged ones. */
  ids: Map<number, number>;
}

function splitArticles(file: readonly ExportArticle[], stored: readonly ArticleRecord[]): Split<ExportArticle, Stored<ArticleRecord>> {
  const byUrl = new Map(stored.map((a) => [a.url, a]));
  const out: Split<ExportArticle, Stored<ArticleRecord>> = { merged: [], fresh: [], ids: new Map() };
  for (const a of file) {
    const old = byUrl.get(a.url);
    if (old?.id === undefined) out.fresh.push(a);
    else {
      out.ids.set(a.id, old.id);
      out.merged.push(mergeArticle(old, a) as Stored<ArticleRecord>);
    }
  }
  return out;
}

function splitEntities(file: readonly ExportEntity[], stored: readonly EntityRecord[]): Split<ExportEntity, Stored<EntityRecord>> {
  const byKey = new Map(stored.map((e) => [e.key, e]));
  const out: Split<ExportEntity, Stored<EntityRecord>> = { merged: [], fresh: [], ids: new Map() };
  for (const e of file) {
    const old = byKey.get(e.key);
    if (old?.id === undefined) out.fresh.push(e);
    else {
      out.ids.set(e.id, old.id);
      // Version 5 keeps article counts in coverage: a stored entity still carrying one loses it here.
      const { articleCount: _derived, ...merged } = mergeEntityRecord(old, e);
      out.merged.push(merged as Stored<EntityRecord>);
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
 * has an appearance in its article in the store, which coverage and deletion rely on. Built the way
 * the version 2 upgrade builds them, in the file's ids.
 */
function missingAppearances(s: Snapshot): ExportAppearance[] {
  // Entity ids per article (numbers, not "entity:article" strings: a file holds hundreds of thousands).
  const have = new Map<number, Set<number>>();
  for (const a of s.appearances) listOfSet(have, a.articleId).add(a.entityId);
  let visited: Map<number, number> | undefined;
  const made = new Map<number, Map<number, ExportAppearance>>();
  for (const m of s.mentions) {
    if (have.get(m.articleId)?.has(m.entityId)) continue;
    const own = made.get(m.articleId) ?? new Map<number, ExportAppearance>();
    made.set(m.articleId, own);
    const seen = own.get(m.entityId);
    if (seen) seen.mentionCount += 1;
    else {
      visited ??= new Map(s.articles.map((a) => [a.id, a.lastVisited]));
      const quote = { start: m.start, end: m.end, exact: m.exact, prefix: m.prefix, suffix: m.suffix };
      own.set(m.entityId, { entityId: m.entityId, articleId: m.articleId, visited: visited.get(m.articleId) ?? 0, mentionCount: 1, sentence: `${m.prefix}${m.exact}${m.suffix}`, quote });
    }
  }
  return [...made.values()].flatMap((own) => [...own.values()]);
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** The file's mentions as one record per (stored) article, merged into what that article holds. */
function mentionGroups(mentions: readonly ExportMention[], a: IdMap, e: IdMap, same: boolean, stored: ReadonlyMap<number, ArticleMentionsRecord>): { rows: ArticleMentionsRecord[]; added: number } {
  const byArticle = new Map<number, ArticleMention[]>();
  for (const m of mentions) {
    const articleId = same ? m.articleId : mapped(a, m.articleId, 'article');
    const entityId = same ? m.entityId : mapped(e, m.entityId, 'entity');
    listOf(byArticle, articleId).push({ entityId, start: m.start, end: m.end, exact: m.exact, prefix: m.prefix, suffix: m.suffix });
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
    const known = new Set(old.mentions.map(spanKey));
    const fresh = list.filter((m) => !known.has(spanKey(m)));
    if (fresh.length) rows.push({ articleId, mentions: [...old.mentions, ...fresh] });
    added += fresh.length;
  }
  return { rows, added };
}

/** An article's appearances as its ArticleEntitiesRecord. */
function entitiesRecord(articleId: number, visited: number, rows: AppearanceRow[]): ArticleEntitiesRecord {
  return { articleId, visited, entityVisits: rows.map((r) => [r.entityId, visited] as [number, number]), rows };
}

/**
 * The file's appearances (with those made for bare mentions) as one record per article, merged into
 * the stored one: a row the article already holds keeps the larger mention count; the group's visit
 * time is the later of the two. `previously` tells, per merged article, the entities it named before.
 */
function entityGroups(
  appearances: readonly ExportAppearance[],
  a: IdMap,
  e: IdMap,
  same: boolean,
  stored: ReadonlyMap<number, ArticleEntitiesRecord>,
): { groups: ArticleEntitiesRecord[]; added: number; merged: number } {
  const byArticle = new Map<number, { visited: number; rows: AppearanceRow[] }>();
  for (const r of appearances) {
    const articleId = same ? r.articleId : mapped(a, r.articleId, 'article');
    const entityId = same ? r.entityId : mapped(e, r.entityId, 'entity');
    let group = byArticle.get(articleId);
    if (!group) byArticle.set(articleId, (group = { visited: r.visited, rows: [] }));
    else if (r.visited > group.visited) group.visited = r.visited;
    group.rows.push({ entityId, mentionCount: r.mentionCount, sentence: r.sentence, quote: r.quote });
  }
  const groups: ArticleEntitiesRecord[] = [];
  let added = 0;
  let merged = 0;
  for (const [articleId, group] of byArticle) {
    const old = stored.get(articleId);
    if (!old) {
      groups.push(entitiesRecord(articleId, group.visited, group.rows));
      added += group.rows.length;
      continue;
    }
    const rows = old.rows.map((r) => ({ ...r }));
    const byEntity = new Map(rows.map((r) => [r.entityId, r]));
    for (const r of group.rows) {
      const twin = byEntity.get(r.entityId);
      if (twin) {
        twin.mentionCount = Math.max(twin.mentionCount, r.mentionCount);
        merged++;
      } else {
        rows.push(r);
        byEntity.set(r.entityId, r);
        added++;
      }
    }
    groups.push(entitiesRecord(articleId, Math.max(old.visited, group.visited), rows));
  }
  return { groups, added, merged };
}

/**
 * The file's attributions as one record per article in text order (by quote start, then the file's
 * id, which is what the export's ids follow), merged into the stored one: an attribution already
 * stored (same span and source) is the same record.
 */
function attributionGroups(
  attributions: readonly ExportAttribution[],
  a: IdMap,
  e: IdMap,
  same: boolean,
  stored: ReadonlyMap<number, ArticleAttributionsRecord>,
): { groups: ArticleAttributionsRecord[]; added: number } {
  const byArticle = new Map<number, ExportAttribution[]>();
  for (const r of attributions) listOf(byArticle, same ? r.articleId : mapped(a, r.articleId, 'article')).push(r);
  const groups: ArticleAttributionsRecord[] = [];
  let added = 0;
  for (const [articleId, list] of byArticle) {
    list.sort((x, y) => x.quote.start - y.quote.start || x.id - y.id);
    const own: ArticleAttribution[] = list.map(({ id: _fileId, articleId: _article, ...rest }) =>
      same || rest.sourceEntityId === undefined ? rest : { ...rest, sourceEntityId: mapped(e, rest.sourceEntityId, 'entity') },
    );
    const old = stored.get(articleId);
    const known = new Set(old?.attributions.map(attributionKey));
    const fresh = old ? own.filter((r) => !known.has(attributionKey(r))) : own;
    added += fresh.length;
    if (old && fresh.length === 0) continue;
    // Stored ones first among equal starts: a stable sort keeps their order, so their ids hold where they can.
    const all = old ? [...old.attributions, ...fresh].sort((x, y) => x.quote.start - y.quote.start) : fresh;
    groups.push({ articleId, sourceEntityIds: [...new Set(all.flatMap((r) => (r.sourceEntityId === undefined ? [] : [r.sourceEntityId])))], attributions: all });
  }
  return { groups, added };
}

/**
 * Coverage for every entity the written groups name. Fresh articles are counted from scratch
 * (coverageFrom) and added to the stored coverage; an article merged into a stored one replaces its
 * rows (its visit time or title may have changed) and counts only for the entities it did not name
 * before, so nothing is counted twice.
 */
function mergedCoverage(
  groups: readonly ArticleEntitiesRecord[],
  articles: ReadonlyMap<number, Stored<ArticleRecord>>,
  storedGroups: ReadonlyMap<number, ArticleEntitiesRecord>,
  storedCoverage: ReadonlyMap<number, CoverageRecord>,
): Map<number, CoverageRecord> {
  const fresh = groups.filter((g) => !storedGroups.has(g.articleId));
  const out = coverageFrom(fresh, articles);
  for (const [entityId, record] of out) {
    const old = storedCoverage.get(entityId);
    if (!old) continue;
    const latest = [...old.latest, ...record.latest].sort(newerFirst).slice(0, COVERAGE_KEEP);
    out.set(entityId, { entityId, articleCount: old.articleCount + record.articleCount, latest });
  }
  for (const group of groups) {
    const before = storedGroups.get(group.articleId);
    const article = articles.get(group.articleId);
    if (!before || !article) continue;
    const named = new Set(before.rows.map((r) => r.entityId));
    for (const row of group.rows) {
      const record = out.get(row.entityId) ?? storedCoverage.get(row.entityId);
      out.set(row.entityId, withRow(record, row.entityId, coverageRow(article, group.visited, row), named.has(row.entityId)));
    }
  }
  return out;
}

/** The file's texts as version 1's one-by-one records (file ids), for articles merged into stored ones. */
function withUnpacked(file: PackedSnapshot, texts: readonly ExportText[]): PackedSnapshot {
  const mentions: ExportMention[] = [...file.mentions];
  const appearances: ExportAppearance[] = [...file.appearances];
  const attributions: ExportAttribution[] = [...file.attributions];
  for (const t of texts) {
    const { articleId } = t;
    unpackMentions(t).forEach((m, i) => mentions.push({ id: mentionId(articleId, i), articleId, ...m }));
    const group = unpackEntities(t);
    for (const r of group.rows) appearances.push({ articleId, visited: group.visited, ...r });
    unpackAttributions(t).attributions.forEach((x, i) => attributions.push({ id: attributionId(articleId, i), articleId, ...x }));
  }
  return { ...file, mentions, appearances, attributions, texts: [] };
}

/** A text of the file in stored ids. */
function remapText(t: ExportText, a: IdMap, e: IdMap): ArticleTextRecord {
  const mentions = [...t.mentions];
  for (let i = 0; i < mentions.length; i += MENTION_STRIDE) mentions[i] = mapped(e, mentions[i] as number, 'entity');
  const rows = [...t.rows];
  for (let i = 0; i < rows.length; i += ROW_STRIDE) rows[i] = mapped(e, rows[i] as number, 'entity');
  const attributions = t.attributions.map((x): PackedAttribution => [x[0], x[1] === 0 ? 0 : mapped(e, x[1], 'entity'), x[2], x[3], x[4], x[5], x[6], x[7], x[8]]);
  return { ...t, articleId: mapped(a, t.articleId, 'article'), mentions, rows, attributions };
}

/** What is stored for the articles a file shares with the store, by article id. */
interface StoredForms {
  mentions: ReadonlyMap<number, ArticleMentionsRecord>;
  entities: ReadonlyMap<number, ArticleEntitiesRecord>;
  attributions: ReadonlyMap<number, ArticleAttributionsRecord>;
  texts: ReadonlyMap<number, ArticleTextRecord>;
}

/**
 * How each article the import rewrites keeps its mentions: as a text record when its merged records
 * all come from one text (the file's or the stored one: see packArticle), else whole (an article only
 * the file has, or whose two versions differ). Its one content record (version 9) replaces the stored one.
 */
function keptForms(
  matched: ReadonlySet<number>,
  mentionRows: readonly ArticleMentionsRecord[],
  entityGroups: readonly ArticleEntitiesRecord[],
  attributionGroups: readonly ArticleAttributionsRecord[],
  stored: StoredForms,
  fileTexts: ReadonlyMap<number, string>,
): { whole: ArticleMentionsRecord[]; texts: ArticleTextRecord[] } {
  const out = { whole: [] as ArticleMentionsRecord[], texts: [] as ArticleTextRecord[] };
  const mentionsOf = new Map(mentionRows.map((r) => [r.articleId, r]));
  const entitiesOf = new Map(entityGroups.map((r) => [r.articleId, r]));
  const attributionsOf = new Map(attributionGroups.map((r) => [r.articleId, r]));
  const touched = new Set([...mentionsOf.keys(), ...entitiesOf.keys(), ...attributionsOf.keys()]);
  for (const articleId of touched) {
    const m = mentionsOf.get(articleId) ?? stored.mentions.get(articleId);
    if (!matched.has(articleId)) {
      if (m) out.whole.push(m);
      continue;
    }
    const g = entitiesOf.get(articleId) ?? stored.entities.get(articleId);
    const said = attributionsOf.get(articleId) ?? stored.attributions.get(articleId);
    const candidates = [...new Set([fileTexts.get(articleId), stored.texts.get(articleId)?.text])].filter((t): t is string => t !== undefined);
    let packed: ArticleTextRecord | undefined;
    for (const text of candidates) {
      packed = packArticle({ articleId, text, visited: g?.visited ?? 0, mentions: m?.mentions ?? [], rows: g?.rows ?? [], attributions: said?.attributions ?? [] });
      if (packed) break;
    }
    if (packed) out.texts.push(packed);
    else if (m) out.whole.push(m);
  }
  return out;
}

function emptyCounts(): Record<TableName, number> {
  return Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;
}

async function writeAll(db: SourcemarkDb, file: PackedSnapshot, tick: Tick, summary: ImportSummary): Promise<void> {
  const pipeline = new WritePipeline();
  // Lookups first, all issued together: stored twins of the file's articles and entities.
  const [storedArticles, storedEntities] = await Promise.all([
    db.articles.where('url').anyOf(file.articles.map((x) => x.url)).toArray(),
    entitiesWithAnyKey(db, file.entities.map((x) => x.key)),
  ]);
  const articles = splitArticles(file.articles, storedArticles);
  // Texts of articles folded into stored ones are merged one record at a time, like version 1's lists.
  const textsFresh = file.texts.filter((t) => !articles.ids.has(t.articleId));
  const textsMerged = file.texts.filter((t) => articles.ids.has(t.articleId));
  const s = textsMerged.length ? withUnpacked(file, textsMerged) : file;
  const entities = splitEntities(s.entities, storedEntities);
  const matched = [...articles.ids.values()];
  const [freshArticleIds, freshEntityIds, incidentIds, storedContent, storedIncidentKeys] = await Promise.all([
    allocateIds(db.articles, articles.fresh.map((x) => x.id)),
    allocateEntityIds(db, entities.fresh.map((x) => x.id)),
    allocateIds(db.incidents, s.incidents.map((x) => x.id)),
    // Content and incidents can only be stored already for articles the store shares with the file.
    matched.length ? db.articleContent.bulkGet(matched) : [],
    Promise.all(matched.map((id) => db.incidents.where('articleIds').equals(id).primaryKeys() as Promise<number[]>)),
  ]);
  const storedParts: ArticleContentRecord[] = [];
  for (const c of storedContent) if (c) storedParts.push(c);
  const storedMentions = storedParts.map(mentionsOf);
  const storedEntityGroups = storedParts.map(entitiesOf);
  const storedAttributionGroups = storedParts.map(attributionsOf);
  const storedTexts = storedParts.flatMap((c) => textOf(c) ?? []);
  const a = new Map([...articles.ids, ...freshArticleIds]);
  const e = new Map([...entities.ids, ...freshEntityIds]);
  const same = isIdentity(a) && isIdentity(e);
  const byArticle = <T extends { articleId: number }>(rows: ReadonlyArray<T | undefined>) => new Map(rows.flatMap((r) => (r ? [[r.articleId, r] as const] : [])));
  const oldMentions = byArticle(storedMentions);
  const oldEntityGroups = byArticle(storedEntityGroups);
  const oldAttributionGroups = byArticle(storedAttributionGroups);

  // Incidents are matched by key, which embeds remapped ids.
  const byKey = incidentsByKey(s.incidents, a, e, same);
  const storedIncidents = new Map((await db.incidents.where('key').anyOf([...byKey.keys()]).toArray()).map((i) => [i.key, i]));
  const incidents: IncidentRecord[] = [];
  let freshIncidents = 0;
  for (const i of byKey.values()) {
    const old = storedIncidents.get(i.key);
    if (old) incidents.push(mergeIncident(old, i));
    else {
      incidents.push({ ...i, id: mapped(incidentIds, i.id, 'incident') });
      freshIncidents++;
    }
  }

  const mentions = mentionGroups(s.mentions, a, e, same, oldMentions);
  const missing = missingAppearances(s);
  const appearances = entityGroups(missing.length ? [...s.appearances, ...missing] : s.appearances, a, e, same, oldEntityGroups);
  const attributions = attributionGroups(s.attributions, a, e, same, oldAttributionGroups);
  // A merged article the file gives no appearances keeps its group, rewritten as it is, so its rows in
  // its entities' coverage follow what the merge changed in the article (a site or title filled in).
  const grouped = new Set(appearances.groups.map((g) => g.articleId));
  for (const [articleId, group] of oldEntityGroups) if (!grouped.has(articleId)) appearances.groups.push(group);
  const stored = { mentions: oldMentions, entities: oldEntityGroups, attributions: oldAttributionGroups, texts: byArticle(storedTexts) };
  const fileTexts = new Map(textsMerged.map((t) => [mapped(a, t.articleId, 'article'), t.text]));
  const kept = keptForms(new Set(matched), mentions.rows, appearances.groups, attributions.groups, stored, fileTexts);

  // Fresh articles with their text are written as they come; their whole rows and attributions are read from it.
  const packedFresh = same ? textsFresh : textsFresh.map((t) => remapText(t, a, e));
  let packedMentions = 0;
  let packedAttributions = 0;
  for (const t of packedFresh) {
    const group = unpackEntities(t);
    const said = unpackAttributions(t);
    appearances.groups.push(group);
    attributions.groups.push(said);
    packedMentions += t.mentions.length / MENTION_STRIDE;
    appearances.added += group.rows.length;
    packedAttributions += said.attributions.length;
  }
  const texts = [...packedFresh, ...kept.texts];

  // The entities' kinds, for the articles' counts: the file's, and the stored ones its merged articles name.
  const kinds = new Map<number, EntityKind>();
  for (const x of s.entities) kinds.set(same ? x.id : mapped(e, x.id, 'entity'), x.kind);
  const unknown = [...new Set(appearances.groups.flatMap((g) => g.rows.map((r) => r.entityId)).filter((id) => !kinds.has(id)))];
  for (const x of unknown.length ? (await entitiesByIds(db, unknown)).values() : []) kinds.set(x.id, x.kind);

  // Each article's incidents: those written now and, for a merged article, those already naming it.
  const incidentsOf = new Map<number, Set<number>>();
  matched.forEach((id, k) => incidentsOf.set(id, new Set(storedIncidentKeys[k])));
  for (const i of incidents) for (const id of i.articleIds) listOfSet(incidentsOf, id).add(i.id as number);

  const entityGroupOf = new Map(appearances.groups.map((g) => [g.articleId, g]));
  const attributionGroupOf = new Map(attributions.groups.map((g) => [g.articleId, g]));
  const finalArticles: Array<Stored<ArticleRecord>> = [
    ...articles.merged,
    ...articles.fresh.map((x) => (same ? x : { ...x, id: mapped(a, x.id, 'article') })),
  ].map((article) => {
    const group = entityGroupOf.get(article.id) ?? oldEntityGroups.get(article.id);
    const said = attributionGroupOf.get(article.id) ?? oldAttributionGroups.get(article.id);
    const counts = articleCounts(group?.rows.map((r) => kinds.get(r.entityId)) ?? [], said?.attributions ?? [], incidentsOf.get(article.id)?.size ?? 0);
    const lookup = articleLookup(group?.rows.map((r) => r.entityId) ?? [], (id) => kinds.get(id), said?.attributions ?? []);
    return { ...article, counts, lookup };
  });
  const finalEntities: Array<Stored<EntityRecord>> = [...entities.merged, ...entities.fresh.map((x) => (same ? x : { ...x, id: mapped(e, x.id, 'entity') }))];
  // Version 8: coverage is derived lazily. A file that shares no article and no entity with the store
  // names only entities it creates, which have no coverage yet: none is written (it was a quarter of
  // the import's time), readers derive it when they first need it (coverage-upkeep.ts). Otherwise the
  // coverage of the stored entities it touches is updated here as before.
  const coverage = matched.length || entities.merged.length ? await sharedCoverage(db, appearances.groups, finalArticles, oldEntityGroups, incidents, finalEntities, entities.merged.length) : [];
  // Version 9: each article's text, entity rows and attributions are one record, packed where its
  // records come from its text (texts), else whole. Progress counts the file's mentions, appearances,
  // attributions and texts, spread over these records.
  const content = new Map<number, ArticleContentRecord>(texts.map((t) => [t.articleId, contentFromText(t)]));
  const wholeMentions = new Map(kept.whole.map((r) => [r.articleId, r.mentions]));
  for (const articleId of new Set([...wholeMentions.keys(), ...entityGroupOf.keys(), ...attributionGroupOf.keys()])) {
    if (content.has(articleId)) continue;
    const group = entityGroupOf.get(articleId) ?? oldEntityGroups.get(articleId);
    const said = attributionGroupOf.get(articleId) ?? oldAttributionGroups.get(articleId);
    const mentioned = wholeMentions.get(articleId) ?? oldMentions.get(articleId)?.mentions ?? [];
    content.set(articleId, contentWhole({ articleId, visited: group?.visited ?? 0, mentions: mentioned, rows: group?.rows ?? [], attributions: said?.attributions ?? [] }));
  }
  const records = [...content.values()];
  // Version 11: the articles are listed under their entities in one record per entity page, not in
  // `*entityVisits` (~30 index entries per article): entity-articles.ts.
  const named = new Map<number, Posting[]>();
  for (const r of records) {
    for (const entityId of rowEntityIds(r)) listOf(named, entityId).push({ articleId: r.articleId, visited: r.visited });
    r.entityVisits = [];
    r.posted = true;
  }
  // Both page reads are issued together before any write, so neither waits behind queued writes.
  const [{ pages: entityPages }, listPages] = await Promise.all([pagesWith(db, finalEntities), postedPages(db, named)]);
  await putChunked(pipeline, (c) => db.articles.bulkPut(c), finalArticles, tick);
  // Version 10: entities are written as their pages (entity-store.ts), each page once; progress counts
  // the file's entities each page holds.
  const written = new Set(finalEntities.map((x) => x.id));
  const heldOf = (p: EntityPageRecord) => p.slots.filter((x) => x?.id !== undefined && written.has(x.id)).length;
  await putChunked(pipeline, (c) => db.entityPages.bulkPut(c), entityPages, tick, heldOf);
  summary.merged.articles = articles.merged.length;
  summary.added.articles = articles.fresh.length;
  summary.merged.entities = entities.merged.length;
  summary.added.entities = entities.fresh.length;

  const share = spread(file.mentions.length + file.appearances.length + file.attributions.length + file.texts.length, records.length);
  let at = 0;
  await putChunked(pipeline, (c) => db.articleContent.bulkPut(c), records, tick, (r) => (r.mentions?.length ?? 0) / MENTION_STRIDE + (r.whole?.mentions.length ?? 0), () => share(at++));
  // Derived, not in the file: written without ticking.
  await putChunked(pipeline, (c) => db.entityArticles.bulkPut(c), listPages, tick, () => 1, () => 0);
  summary.added.mentions = mentions.added + packedMentions;
  summary.merged.mentions = s.mentions.length - mentions.added;
  summary.added.appearances = appearances.added;
  summary.merged.appearances = appearances.merged;
  summary.added.attributions = attributions.added + packedAttributions;
  summary.merged.attributions = s.attributions.length - attributions.added;

  tick(s.incidents.length - byKey.size);
  await putChunked(pipeline, (c) => db.incidents.bulkPut(c), incidents, tick);
  summary.merged.incidents = s.incidents.length - freshIncidents;
  summary.added.incidents = freshIncidents;
  // Derived, not in the file: written without ticking.
  await putChunked(pipeline, (c) => db.coverage.bulkPut(c), coverage, tick, (r) => r.latest.length, () => 0);
  await pipeline.drain();
}

/**
 * The coverage an import that shares articles or entities with the store writes: every entity its
 * groups name, merged with what the store holds (derived first where an earlier import left it
 * underived: read before any of this import's writes, so it is the store's state before). Version 7:
 * coverage also describes its entity and says whether incidents name it, so the coverage of an entity
 * merged here or named by an incident written here is rewritten too (describeCoverage).
 */
async function sharedCoverage(
  db: SourcemarkDb,
  groups: readonly ArticleEntitiesRecord[],
  finalArticles: ReadonlyArray<Stored<ArticleRecord>>,
  oldEntityGroups: ReadonlyMap<number, ArticleEntitiesRecord>,
  incidents: readonly IncidentRecord[],
  finalEntities: ReadonlyArray<Stored<EntityRecord>>,
  mergedEntities: number,
): Promise<CoverageRecord[]> {
  const created = new Set(finalEntities.slice(mergedEntities).map((x) => x.id));
  const inIncidents = new Set(incidents.flatMap(incidentEntityIds));
  const named = new Set(groups.flatMap((g) => g.rows.map((r) => r.entityId)));
  const touched = [...new Set([...named, ...finalEntities.slice(0, mergedEntities).map((x) => x.id), ...inIncidents])].filter((id) => !created.has(id));
  const storedCoverage = byIdOf((await readCoverage(db, touched)).records);
  const rebuilt = mergedCoverage(groups, new Map(finalArticles.map((x) => [x.id, x])), oldEntityGroups, storedCoverage);
  for (const [id, record] of storedCoverage) if (!rebuilt.has(id)) rebuilt.set(id, record);
  return describeCoverage([...rebuilt.values()], { entities: new Map(finalEntities.map((x) => [x.id, x])), stored: storedCoverage, inIncidents, created });
}

function listOfSet<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  return set;
}

function byIdOf(records: ReadonlyArray<CoverageRecord | undefined>): Map<number, CoverageRecord> {
  return new Map(records.flatMap((r) => (r ? [[r.entityId, r] as const] : [])));
}

/** The tables an import writes. */
export const IMPORT_TABLES = (db: SourcemarkDb) => [db.articles, db.entityPages, db.articleContent, db.entityArticles, db.coverage, db.incidents];

/** `total` spread over `n` parts as whole numbers that add up to it: part i's share. */
function spread(total: number, n: number): (i: number) => number {
  return (i) => Math.round(((i + 1) * total) / n) - Math.round((i * total) / n);
}

/** Imports a validated snapshot; all or nothing. */
export async function writeImport(db: SourcemarkDb, s: Snapshot | PackedSnapshot, report: (p: ImportProgress) => void = () => {}): Promise<ImportSummary> {
  const file: PackedSnapshot = 'texts' in s ? s : { ...s, texts: [] };
  const total = TABLES.reduce((n, t) => n + s[t].length, 0) + file.texts.length;
  let done = 0;
  const tick: Tick = (n) => {
    // Appearances made for mentions the file gave none are written beyond the file's records.
    done = Math.min(total, done + n);
    report({ phase: 'writing', done, total });
  };
  const summary: ImportSummary = { added: emptyCounts(), merged: emptyCounts() };
  // An async scope (not a function returning a promise): Dexie then follows its awaits in the transaction.
  await db.transaction('rw', IMPORT_TABLES(db), async () => {
    await writeAll(db, file, tick, summary);
  });
  report({ phase: 'done', done: total, total });
  return summary;
}
