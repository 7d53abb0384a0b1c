/**
 * Writes a validated export into the database in ONE transaction: either every record lands (merged
 * into what is there) or, on any failure, nothing does. Records are matched to stored ones by identity
 * (article URL, entity key, incident key, the spans of mentions and attributions) and merged, never
 * duplicated; the ids of the file are remapped to the stored ones and kept where free. Written in
 * chunks with progress: IndexedDB's callbacks let the page paint between them.
 */
import type { ExportIncident, Snapshot, TableName } from '../export/format';
import { TABLES } from '../export/format';
import type { SourcemarkDb } from '../store/db';
import { incidentKey } from '../store/incident-key';
import type { ArticleRecord, EntityRecord, IncidentRecord } from '../store/records';
import { addKeepingIds, type Tick } from './allocate-ids';
import { mergeAppearance, mergeArticle, mergeEntityRecord, mergeIncident } from './merge-records';
import type { ImportProgress } from './problem';
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

async function putChunked<T>(put: (chunk: T[]) => Promise<unknown>, records: T[], tick: Tick): Promise<void> {
  for (let i = 0; i < records.length; i += WRITE_CHUNK) {
    const chunk = records.slice(i, i + WRITE_CHUNK);
    await put(chunk);
    tick(chunk.length);
  }
}

async function writeArticles(db: SourcemarkDb, s: Snapshot, tick: Tick, summary: ImportSummary) {
  const stored = await db.articles.where('url').anyOf(s.articles.map((a) => a.url)).toArray();
  const byUrl = new Map(stored.map((a) => [a.url, a]));
  const ids = new Map<number, number>();
  const matched = new Set<number>();
  const merged: ArticleRecord[] = [];
  const fresh = s.articles.filter((a) => {
    const old = byUrl.get(a.url);
    if (old?.id === undefined) return true;
    ids.set(a.id, old.id);
    matched.add(old.id);
    merged.push(mergeArticle(old, a));
    return false;
  });
  await putChunked((c) => db.articles.bulkPut(c), merged, tick);
  for (const [from, to] of await addKeepingIds(db.articles, fresh, tick)) ids.set(from, to);
  summary.merged.articles = merged.length;
  summary.added.articles = fresh.length;
  return { ids, matched };
}

async function writeEntities(db: SourcemarkDb, s: Snapshot, tick: Tick, summary: ImportSummary): Promise<IdMap> {
  const stored = await db.entities.where('key').anyOf(s.entities.map((e) => e.key)).toArray();
  const byKey = new Map(stored.map((e) => [e.key, e]));
  const ids = new Map<number, number>();
  const merged: EntityRecord[] = [];
  const fresh = s.entities.filter((e) => {
    const old = byKey.get(e.key);
    if (old?.id === undefined) return true;
    ids.set(e.id, old.id);
    merged.push(mergeEntityRecord(old, e));
    return false;
  });
  await putChunked((c) => db.entities.bulkPut(c), merged, tick);
  for (const [from, to] of await addKeepingIds(db.entities, fresh, tick)) ids.set(from, to);
  summary.merged.entities = merged.length;
  summary.added.entities = fresh.length;
  return ids;
}

/** Keys of the spans already stored for the matched articles, so an import of the same data adds nothing. */
async function storedSpanKeys<T>(rows: Promise<T[]>, keyOf: (r: T) => string): Promise<Set<string>> {
  return new Set((await rows).map(keyOf));
}

async function writeMentions(db: SourcemarkDb, s: Snapshot, a: IdMap, matched: Set<number>, e: IdMap, tick: Tick, summary: ImportSummary) {
  const keyOf = (m: { articleId: number; entityId: number; start: number; end: number }) => `${m.articleId}|${m.entityId}|${m.start}|${m.end}`;
  const known = matched.size ? await storedSpanKeys(db.mentions.where('articleId').anyOf([...matched]).toArray(), keyOf) : new Set<string>();
  const remapped = s.mentions.map((m) => ({ ...m, articleId: mapped(a, m.articleId, 'article'), entityId: mapped(e, m.entityId, 'entity') }));
  const fresh = remapped.filter((m) => !known.has(keyOf(m)));
  tick(remapped.length - fresh.length);
  await addKeepingIds(db.mentions, fresh, tick);
  summary.added.mentions = fresh.length;
  summary.merged.mentions = remapped.length - fresh.length;
}

async function writeAppearances(db: SourcemarkDb, s: Snapshot, a: IdMap, e: IdMap, tick: Tick, summary: ImportSummary) {
  const remapped = s.appearances.map((r) => ({ ...r, articleId: mapped(a, r.articleId, 'article'), entityId: mapped(e, r.entityId, 'entity') }));
  const stored = await db.appearances.bulkGet(remapped.map((r) => [r.entityId, r.articleId] as [number, number]));
  const records = remapped.map((r, i) => {
    const old = stored[i];
    return old ? mergeAppearance(old, r) : r;
  });
  await putChunked((c) => db.appearances.bulkPut(c), records, tick);
  summary.merged.appearances = stored.filter(Boolean).length;
  summary.added.appearances = records.length - summary.merged.appearances;
}

async function writeAttributions(db: SourcemarkDb, s: Snapshot, a: IdMap, matched: Set<number>, e: IdMap, tick: Tick, summary: ImportSummary) {
  const keyOf = (r: { articleId: number; source: string; quote: { start: number; end: number } }) =>
    `${r.articleId}|${r.quote.start}|${r.quote.end}|${r.source}`;
  const known = matched.size ? await storedSpanKeys(db.attributions.where('articleId').anyOf([...matched]).toArray(), keyOf) : new Set<string>();
  const remapped = s.attributions.map((r) => ({
    ...r,
    articleId: mapped(a, r.articleId, 'article'),
    sourceEntityId: r.sourceEntityId === undefined ? undefined : mapped(e, r.sourceEntityId, 'entity'),
  }));
  const fresh = remapped.filter((r) => !known.has(keyOf(r)));
  tick(remapped.length - fresh.length);
  await addKeepingIds(db.attributions, fresh, tick);
  summary.added.attributions = fresh.length;
  summary.merged.attributions = remapped.length - fresh.length;
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

async function writeIncidents(db: SourcemarkDb, s: Snapshot, a: IdMap, e: IdMap, tick: Tick, summary: ImportSummary) {
  const byKey = new Map<string, ExportIncident>();
  for (const i of s.incidents.map((r) => remapIncident(r, a, e))) {
    const twin = byKey.get(i.key);
    byKey.set(i.key, twin ? { ...mergeIncident(twin, i), id: twin.id } : i);
  }
  const stored = new Map((await db.incidents.where('key').anyOf([...byKey.keys()]).toArray()).map((i) => [i.key, i]));
  const merged: IncidentRecord[] = [];
  const fresh: ExportIncident[] = [];
  for (const i of byKey.values()) {
    const old = stored.get(i.key);
    if (old) merged.push(mergeIncident(old, i));
    else fresh.push(i);
  }
  tick(s.incidents.length - byKey.size);
  await putChunked((c) => db.incidents.bulkPut(c), merged, tick);
  await addKeepingIds(db.incidents, fresh, tick);
  summary.merged.incidents = s.incidents.length - fresh.length;
  summary.added.incidents = fresh.length;
}

function emptyCounts(): Record<TableName, number> {
  return Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<TableName, number>;
}

/** Imports a validated snapshot; all or nothing. */
export async function writeImport(db: SourcemarkDb, s: Snapshot, report: (p: ImportProgress) => void = () => {}): Promise<ImportSummary> {
  const total = TABLES.reduce((n, t) => n + s[t].length, 0);
  let done = 0;
  const tick: Tick = (n) => {
    done += n;
    report({ phase: 'writing', done, total });
  };
  const summary: ImportSummary = { added: emptyCounts(), merged: emptyCounts() };
  await db.transaction('rw', [db.articles, db.entities, db.mentions, db.appearances, db.attributions, db.incidents], async () => {
    const { ids: a, matched } = await writeArticles(db, s, tick, summary);
    const e = await writeEntities(db, s, tick, summary);
    await writeMentions(db, s, a, matched, e, tick, summary);
    await writeAppearances(db, s, a, e, tick, summary);
    await writeAttributions(db, s, a, matched, e, tick, summary);
    await writeIncidents(db, s, a, e, tick, summary);
  });
  report({ phase: 'done', done: total, total });
  return summary;
}
