/**
 * Fills the database with generated articles fast: the records saveArticle would write (articles with
 * their counts and lookups, entities, texts with mention positions, entity rows, attributions, deduplicated incidents, and the
 * entities' coverage), built with lib/store's own helpers and written in large batches. Saving 10,000 articles one transaction at a time would take
 * longer than the whole benchmark may; the latency of saveArticle itself is measured separately, on top
 * of the filled database.
 *
 * Only valid on a database filled by this module alone (entities are linked by exact key, which is
 * what saveArticle's linking finds for the generated, distinct names).
 */
import { contentFromText } from '../../../lib/store/article-content';
import type { SourcemarkDb } from '../../../lib/store/db';
import { allEntities, putEntities } from '../../../lib/store/entity-store';
import { entityKey } from '../../../lib/store/entity-key';
import { incidentKey } from '../../../lib/store/incident-key';
import { newEntityRecord } from '../../../lib/store/link-entity';
import { packArticle } from '../../../lib/store/article-text';
import { quoteOf } from '../../../lib/store/quote';
import { attributionsRecord, type ArticleInput } from '../../../lib/store/save-article';
import type {
  AppearanceRow, ArticleAttributionsRecord, ArticleEntitiesRecord, ArticleMention, ArticleTextRecord,
  ArticleRecord, EntityRecord, IncidentRecord,
} from '../../../lib/store/records';
import { articleCounts } from '../../../lib/store/article-counts';
import { articleLookup } from '../../../lib/store/article-lookup';
import { coverageFrom, describeCoverage, incidentEntityIds, mergedCoverage } from '../../../lib/store/coverage';
import { sentenceOf } from '../../../lib/store/sentence-of';
import { textHash } from '../../../lib/store/text-hash';
import { storedArticle } from '../../generate/stored-article';

/** Articles written per transaction. */
const BATCH = 250;

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** A batch's incident with one more article's report folded in, as saveIncidents folds it. */
function mergedReport(known: IncidentRecord, incident: ArticleInput['annotation']['incidents'][number], actorIds: number[], articleId: number, source: IncidentRecord['sources'][number]): IncidentRecord {
  return {
    ...known,
    claimedBy: union(known.claimedBy, incident.claimedBy),
    deniedBy: union(known.deniedBy, incident.deniedBy),
    blamedOn: union(known.blamedOn, incident.blamedOn),
    actorEntityIds: union(known.actorEntityIds, actorIds),
    articleIds: [...known.articleIds, articleId],
    sources: [...known.sources, source],
  };
}

/** Entity ids by key, kept across batches of one seeding run. */
export type EntityIndex = Map<string, number>;

/** Loads the key → id index of the entities already stored. */
export async function loadEntityIndex(db: SourcemarkDb): Promise<EntityIndex> {
  const index: EntityIndex = new Map();
  for (const e of await allEntities(db)) index.set(e.key, e.id);
  return index;
}

async function writeBatch(db: SourcemarkDb, from: number, to: number, entityIndex: EntityIndex): Promise<void> {
  const inputs: ArticleInput[] = [];
  for (let i = from; i < to; i++) inputs.push(storedArticle(i));
  const hashes = await Promise.all(inputs.map((input) => textHash(input.text)));
  await db.transaction('rw', [db.articles, db.entityPages, db.articleContent, db.coverage, db.incidents], async () => {
    const articles: ArticleRecord[] = inputs.map((input, k) => ({
      url: input.url,
      title: input.title,
      site: input.meta.siteName,
      publishedTime: input.meta.publishedTime,
      lang: input.meta.lang,
      firstVisited: input.now,
      lastVisited: input.now,
      visits: [input.now],
      textHash: hashes[k] ?? '',
      wordCount: input.annotation.wordCount,
      truncated: false,
    }));
    const articleIds = (await db.articles.bulkAdd(articles, { allKeys: true })) as number[];
    const fresh = new Map<string, ReturnType<typeof newEntityRecord>>();
    for (const input of inputs) {
      for (const e of input.annotation.entities) {
        const key = entityKey(e.kind, e.name);
        if (!entityIndex.has(key) && !fresh.has(key)) fresh.set(key, newEntityRecord(e));
      }
    }
    const freshRecords = [...fresh.values()];
    const freshIds = await putEntities(db, freshRecords);
    freshRecords.forEach((r, k) => entityIndex.set(r.key, freshIds[k] as number));
    // Every entity the batch names, as stored: the generated names link by exact key and carry no
    // aliases or roles, so a stored record is always the one its first article created.
    const entityRecords = new Map<number, EntityRecord>();
    for (const input of inputs) {
      for (const e of input.annotation.entities) {
        const id = entityIndex.get(entityKey(e.kind, e.name)) as number;
        if (!entityRecords.has(id)) entityRecords.set(id, { ...newEntityRecord(e), id });
      }
    }
    const texts: ArticleTextRecord[] = [];
    const groups: ArticleEntitiesRecord[] = [];
    const attributions: ArticleAttributionsRecord[] = [];
    const incidents = new Map<string, IncidentRecord>();
    const kindOf = new Map<number, ReturnType<typeof newEntityRecord>['kind']>();
    const incidentKeysOf = new Map<number, Set<string>>();
    inputs.forEach((input, k) => {
      const articleId = articleIds[k] as number;
      const { text, annotation } = input;
      const ids = new Map<string, number>();
      const idByName = new Map<string, number>();
      const own: ArticleMention[] = [];
      const rows: AppearanceRow[] = [];
      groups.push({ articleId, visited: input.now, entityVisits: [], rows });
      for (const e of annotation.entities) {
        const entityId = entityIndex.get(entityKey(e.kind, e.name)) as number;
        ids.set(e.id, entityId);
        idByName.set(e.name, entityId);
        const first = e.mentions[0];
        if (!first) continue;
        for (const m of e.mentions) own.push({ entityId, start: m.start, end: m.end, ...quoteOf(text, m.start, m.end) });
        kindOf.set(entityId, e.kind);
        rows.push({
          entityId,
          mentionCount: e.mentions.length,
          sentence: sentenceOf(text, annotation.sentences, first.start, first.end),
          quote: { start: first.start, end: first.end, ...quoteOf(text, first.start, first.end) },
        });
      }
      const group = groups[groups.length - 1] as ArticleEntitiesRecord;
      group.entityVisits = rows.map((r) => [r.entityId, input.now]);
      attributions.push(attributionsRecord(articleId, text, annotation, ids));
      // The article's text with positions, as saveArticle stores it (version 6).
      const packed = packArticle({ articleId, text, visited: input.now, mentions: own, rows, attributions: attributions[attributions.length - 1]?.attributions ?? [] });
      if (!packed) throw new Error(`bench seed: article ${articleId} does not pack into its text`);
      texts.push(packed);
      const keys = new Set<string>();
      incidentKeysOf.set(articleId, keys);
      for (const incident of annotation.incidents) {
        const m = incident.mentions[0];
        if (!m) continue;
        const placeEntityId = incident.locationEntityId ? ids.get(incident.locationEntityId) : undefined;
        const key = incidentKey(incident.type, placeEntityId !== undefined ? `#${placeEntityId}` : '?', incident.date, articleId);
        keys.add(key);
        // Actors by name among the article's entities, as saveIncidents finds them.
        const actorIds = [...incident.claimedBy, ...incident.deniedBy, ...incident.blamedOn].flatMap((n) => {
          const id = idByName.get(n);
          return id === undefined ? [] : [id];
        });
        const source = { articleId, evidence: text.slice(m.start, m.end), quote: { start: m.start, end: m.end, ...quoteOf(text, m.start, m.end) } };
        const known = incidents.get(key);
        if (known) {
          incidents.set(key, mergedReport(known, incident, actorIds, articleId, source));
        } else {
          incidents.set(key, {
            key, type: incident.type, location: incident.location, placeEntityId, date: incident.date,
            claimedBy: incident.claimedBy, deniedBy: incident.deniedBy, blamedOn: incident.blamedOn, actorEntityIds: actorIds, articleIds: [articleId], sources: [source],
          });
        }
      }
    });
    // Incidents already stored under the same key absorb this batch's reports, as saveArticle does.
    const stored = await db.incidents.where('key').anyOf([...incidents.keys()]).toArray();
    for (const s of stored) {
      const add = incidents.get(s.key);
      if (add) {
        incidents.set(s.key, {
          ...s,
          claimedBy: union(s.claimedBy, add.claimedBy),
          deniedBy: union(s.deniedBy, add.deniedBy),
          blamedOn: union(s.blamedOn, add.blamedOn),
          actorEntityIds: union(s.actorEntityIds, add.actorEntityIds),
          articleIds: [...s.articleIds, ...add.articleIds],
          sources: [...s.sources, ...add.sources],
        });
      }
    }
    // The batch's coverage merged into what earlier batches stored, as saveArticle keeps it.
    const byId = new Map(articles.map((a, k) => [articleIds[k] as number, { ...a, id: articleIds[k] as number }]));
    const added = coverageFrom(groups, byId);
    const before = await db.coverage.bulkGet([...added.keys()]);
    const merged = [...added.values()].map((record, k) => mergedCoverage(before[k], record));
    // Each record describes its entity and whether incidents name it (version 7), as saveArticle keeps it.
    const inIncidents = new Set([...incidents.values()].flatMap(incidentEntityIds));
    const storedCoverage = new Map(before.flatMap((r) => (r ? [[r.entityId, r] as const] : [])));
    const coverage = describeCoverage(merged, { entities: entityRecords, stored: storedCoverage, inIncidents, created: new Set(freshIds) });
    const counted = [...byId.values()].map((article, k) => ({
      ...article,
      counts: articleCounts(
        (groups[k]?.rows ?? []).map((r) => kindOf.get(r.entityId)),
        attributions[k]?.attributions ?? [],
        incidentKeysOf.get(article.id)?.size ?? 0,
      ),
      // What the log's search and type filter read, as saveArticle keeps it.
      lookup: articleLookup((groups[k]?.rows ?? []).map((r) => r.entityId), (id) => kindOf.get(id), attributions[k]?.attributions ?? []),
    }));
    await Promise.all([
      db.articles.bulkPut(counted),
      // One content record per article (version 9), as saveArticle stores it.
      db.articleContent.bulkAdd(texts.map(contentFromText)),
      db.coverage.bulkPut(coverage),
      db.incidents.bulkPut([...incidents.values()]),
    ]);
  });
}

/** Writes generated articles [from, to) in batches; returns the elapsed ms. */
export async function bulkSeed(db: SourcemarkDb, from: number, to: number): Promise<number> {
  const start = performance.now();
  const entityIndex = await loadEntityIndex(db);
  for (let i = from; i < to; i += BATCH) await writeBatch(db, i, Math.min(to, i + BATCH), entityIndex);
  return performance.now() - start;
}
