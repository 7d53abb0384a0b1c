/**
 * The shapes of what Sourcemark stores, as zod schemas: checked before writing, and again when records
 * are read back on an upgrade or an import, so a corrupted record is reported instead of spreading.
 */
import { z } from 'zod';
import { EntityKindSchema, IncidentTypeSchema } from '../annotate/types';

const id = z.number().int().positive();

/** A quoted span of an article: the W3C TextQuoteSelector and TextPositionSelector in one. */
export const QuoteSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/** The counts the reading log shows per article (see ArticleRecord.counts). */
export const ArticleCountsSchema = z.object({
  actors: z.number().int().nonnegative(),
  places: z.number().int().nonnegative(),
  attributions: z.number().int().nonnegative(),
  anonymous: z.number().int().nonnegative(),
  incidents: z.number().int().nonnegative(),
});
export type ArticleCounts = z.infer<typeof ArticleCountsSchema>;

/**
 * What the reading log's search and entity-type filter need of an article, kept on its record (see
 * ArticleRecord.lookup) so they read article records alone: one getAll, not every article's content
 * with its whole text (120 MB at 10,000 articles), nor one index request per entity.
 */
export const ArticleLookupSchema = z.object({
  /** The entities the article names (its entity rows, in order). */
  entityIds: z.array(id),
  /** The kinds of those entities, each once. */
  kinds: z.array(EntityKindSchema),
  /**
   * Each attribution in text order: "source cue content quote" folded as the search folds a query
   * (statementText), and its speaker's entity id (0 for none).
   */
  said: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
});
export type ArticleLookup = z.infer<typeof ArticleLookupSchema>;

export const ArticleRecordSchema = z.object({
  id: id.optional(),
  /** Canonical URL: one record per article, however it was reached. */
  url: z.string().min(1),
  title: z.string(),
  site: z.string().optional(),
  author: z.string().optional(),
  publishedTime: z.string().optional(),
  modifiedTime: z.string().optional(),
  lang: z.string().optional(),
  /** Where the story was filed ("CAIRO", "KYIV, Ukraine"), as the page's text gave it. */
  dateline: z.string().max(200).optional(),
  firstVisited: z.number(),
  lastVisited: z.number(),
  visits: z.array(z.number()),
  textHash: z.string(),
  wordCount: z.number().int().nonnegative(),
  truncated: z.boolean(),
  /**
   * What the log's row shows, kept with the article (version 5) so the log's first screen is one read
   * of a few dozen article records instead of their entities, attributions and incidents. Derived, so
   * never exported (an import recomputes it); absent only while an upgrade or import has not set it.
   */
  counts: ArticleCountsSchema.optional(),
  /**
   * What the log's search and type filter read (ArticleLookupSchema). Derived like `counts`, so never
   * exported; set by every save and import, and absent on an article stored before it existed until
   * the log first needs it (article-lookup.ts derives it from the content record and writes it back).
   */
  lookup: ArticleLookupSchema.optional(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

export const EntityRecordSchema = z.object({
  id: id.optional(),
  /** Cross-article identity: "actor:" or "place:" plus the normalised name. */
  key: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  subtype: z.string().optional(),
  role: z.string().optional(),
  aliases: z.array(z.string()),
  /** Normalised names and aliases (multi-entry index) used to link later articles' surface forms. */
  aliasKeys: z.array(z.string()),
  /**
   * Version 4's article count. Version 5 keeps the count in the entity's CoverageRecord (so a save no
   * longer rewrites every entity it names) and never reads this field; records upgraded from version 4
   * still carry it (rewriting them all made the upgrade a third slower), and the export leaves it out.
   */
  articleCount: z.number().int().nonnegative().optional(),
});
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

/**
 * ENTITY_PAGE entities in one record (version 10, entity-store.ts): slot i holds the entity with id
 * page × ENTITY_PAGE + i (null where none, or deleted), so a page is written once where its entities
 * were written one record each. `keys` and `aliasKeys` are its entities' keys and alias keys, for the
 * multi-entry indexes that find an entity by them.
 */
export const EntityPageRecordSchema = z.object({
  id: z.number().int().nonnegative(),
  keys: z.array(z.string()),
  aliasKeys: z.array(z.string()),
  slots: z.array(EntityRecordSchema.nullable()),
});
export type EntityPageRecord = z.infer<typeof EntityPageRecordSchema>;

export const MentionRecordSchema = QuoteSchema.extend({
  id: id.optional(),
  articleId: id,
  entityId: id,
});
export type MentionRecord = z.infer<typeof MentionRecordSchema>;

/** One mention inside its article's record: the quote and the entity it names. */
export const ArticleMentionSchema = QuoteSchema.extend({ entityId: id });
export type ArticleMention = z.infer<typeof ArticleMentionSchema>;

/**
 * All mentions of one article in ONE record (version 4): IndexedDB's cost is per record far more than
 * per byte, and an article has dozens of mentions that are only ever read, written and deleted
 * together. Exports still list them one by one (MentionRecord).
 */
export const ArticleMentionsRecordSchema = z.object({
  articleId: id,
  mentions: z.array(ArticleMentionSchema),
});
export type ArticleMentionsRecord = z.infer<typeof ArticleMentionsRecordSchema>;

/**
 * One entity in one article: the row the popup's "earlier coverage" reads, newest first, through the
 * [entityId+visited] index, with the first mention's sentence to show.
 */
export const AppearanceRecordSchema = z.object({
  entityId: id,
  articleId: id,
  visited: z.number(),
  mentionCount: z.number().int().positive(),
  sentence: z.string(),
  quote: QuoteSchema,
});
export type AppearanceRecord = z.infer<typeof AppearanceRecordSchema>;

/**
 * One entity in one article, inside its article's ArticleEntitiesRecord (version 5): how often the
 * article names it, and its first mention's sentence and quote, which the popup shows as earlier coverage.
 */
export const AppearanceRowSchema = z.object({
  entityId: id,
  mentionCount: z.number().int().positive(),
  sentence: z.string(),
  quote: QuoteSchema,
});
export type AppearanceRow = z.infer<typeof AppearanceRowSchema>;

/**
 * All appearances of one article in ONE record (version 5; before, one AppearanceRecord each):
 * IndexedDB's write cost is per record, and an article's 30-odd appearances are always written and
 * deleted together. `entityVisits` holds [entityId, visited] per row for a multi-entry index, so
 * "the newest articles that name entity X" is still one index range, newest first.
 */
export const ArticleEntitiesRecordSchema = z.object({
  articleId: id,
  /** The article's lastVisited when it was saved. */
  visited: z.number(),
  entityVisits: z.array(z.tuple([id, z.number()])),
  rows: z.array(AppearanceRowSchema),
});
export type ArticleEntitiesRecord = z.infer<typeof ArticleEntitiesRecordSchema>;

export const AttributionRecordSchema = z.object({
  id: id.optional(),
  articleId: id,
  source: z.string().min(1),
  sourceEntityId: id.optional(),
  cue: z.string(),
  channel: z.string().optional(),
  anonymous: z.boolean(),
  quote: QuoteSchema,
  /** The reported content, when the engine found its extent. */
  content: z.string().optional(),
});
export type AttributionRecord = z.infer<typeof AttributionRecordSchema>;

/** One attribution inside its article's record: its id (see attributionId) and article are implied. */
export const ArticleAttributionSchema = AttributionRecordSchema.omit({ id: true, articleId: true });
export type ArticleAttribution = z.infer<typeof ArticleAttributionSchema>;

/**
 * All attributions of one article in ONE record (version 5), in text order, for the same reason as
 * ArticleEntitiesRecord. `sourceEntityIds` (multi-entry index) finds the articles that quote an entity.
 */
export const ArticleAttributionsRecordSchema = z.object({
  articleId: id,
  sourceEntityIds: z.array(id),
  attributions: z.array(ArticleAttributionSchema),
});
export type ArticleAttributionsRecord = z.infer<typeof ArticleAttributionsRecordSchema>;

/**

 * The part of a quote a link to it reads (lib/store/text-fragment.ts: the exact text, the last words of
 * the prefix and the first of the suffix), without the offsets.
 */
export const LinkQuoteSchema = QuoteSchema.pick({ exact: true, prefix: true, suffix: true });

/**
 * One attribution inside its article's text record (version 6), as a tuple: source, source entity id
 * (0 for none), cue, channel (null for none), anonymous (0 or 1), start, end, and the reported
 * content's start and end (-1, -1 for none). The quote and content are read from the text.
 */
export const PackedAttributionSchema = z.tuple([
  z.string().min(1),
  z.number().int().nonnegative(),
  z.string(),
  z.string().nullable(),
  z.union([z.literal(0), z.literal(1)]),
  z.number().int().nonnegative(),
  z.number().int().nonnegative(),
  z.number().int().min(-1),
  z.number().int().min(-1),
]);
export type PackedAttribution = z.infer<typeof PackedAttributionSchema>;

/** Numbers per mention in ArticleTextRecord.mentions: entity id, start, end. */
export const MENTION_STRIDE = 3;
/** Numbers per row in ArticleTextRecord.rows: entity id, mention count, quote start, end, sentence start, end. */
export const ROW_STRIDE = 6;

/**
 * An article's text, kept ONCE (version 6), with its mentions, entity rows and attributions as
 * positions into it: every quote, prefix, suffix and sentence is read from the text (article-text.ts).
 * The article's mentions live only here (no ArticleMentionsRecord); its entity rows and attributions
 * are ALSO kept whole in ArticleEntitiesRecord and ArticleAttributionsRecord, which the popup and the
 * log read one article at a time, and which this record rebuilds exactly. It is what the export
 * reads: a string and a few number lists deserialize many times faster than thousands of small
 * objects. Articles stored before version 6 have none and keep their whole-quote records.
 */
/**
 * A flat list of whole numbers ≥ 0, checked in one loop: zod's per-element schemas cost ten times more
 * on the hundreds of numbers each text record holds, and an import checks ten thousand of them.
 */
const wholeNumbers = z.custom<number[]>((v) => Array.isArray(v), { message: 'expected a list' }).superRefine((list, ctx) => {
  for (let i = 0; i < list.length; i++) {
    const n: unknown = list[i];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
      ctx.addIssue({ code: 'custom', path: [i], message: 'expected a whole number ≥ 0', continue: false });
      return;
    }
  }
});

export const ArticleTextRecordSchema = z.object({
  articleId: id,
  text: z.string(),
  /** The ArticleEntitiesRecord's visited. */
  visited: z.number(),
  /** Flat: MENTION_STRIDE numbers per mention, in the article's order. */
  mentions: wholeNumbers,
  /** Flat: ROW_STRIDE numbers per ArticleEntitiesRecord row, in its order. */
  rows: wholeNumbers,
  attributions: z.array(PackedAttributionSchema),
});
export type ArticleTextRecord = z.infer<typeof ArticleTextRecordSchema>;

/** An article's mentions, entity rows and attributions kept whole: for an article without a packable text. */
export const WholeContentSchema = z.object({
  mentions: z.array(ArticleMentionSchema),
  rows: z.array(AppearanceRowSchema),
  attributions: z.array(ArticleAttributionSchema),
});
export type WholeContent = z.infer<typeof WholeContentSchema>;

/**
 * Everything of one article that is only ever read, written and deleted per article, in ONE record
 * (version 9): before, its text record (ArticleTextRecord), its entity rows (ArticleEntitiesRecord)
 * and its attributions (ArticleAttributionsRecord) were three records, the rows and attributions
 * stored twice (whole, and as positions in the text). IndexedDB's cost is per record and per byte
 * written, so a save, an import and a delete write a third of the records and half the bytes.
 *
 * An article saved with its text has `text`, `mentions`, `rows` and `attributions` as
 * ArticleTextRecord holds them (the record IS a text record then, see article-content.ts); one stored
 * before version 6, or whose annotation's spans do not come from its text, has `whole` instead.
 * `entityVisits` ([entityId, visited] per row, multi-entry index: "the newest articles naming X" is
 * one index range) and `sourceEntityIds` (multi-entry: "is X quoted anywhere") are what the queries
 * across articles need; nothing else is indexed.
 */
export const ArticleContentRecordSchema = z.object({
  articleId: id,
  /** The article's lastVisited when it was saved. */
  visited: z.number(),
  entityVisits: z.array(z.tuple([id, z.number()])),
  sourceEntityIds: z.array(id),
  text: z.string().optional(),
  /** With `text`: flat, MENTION_STRIDE numbers per mention. */
  mentions: wholeNumbers.optional(),
  /** With `text`: flat, ROW_STRIDE numbers per entity row. */
  rows: wholeNumbers.optional(),
  /** With `text`: packed attributions. */
  attributions: z.array(PackedAttributionSchema).optional(),
  /** Without `text`: the whole records. */
  whole: WholeContentSchema.optional(),
  /**
   * Version 11: written by an import, which lists the article under its entities in `entityArticles`
   * (EntityArticlesRecord) instead of in `*entityVisits` (left empty): a save or a deletion of the
   * article takes it off those lists (entity-articles.ts). Absent on records saves write.
   */
  posted: z.literal(true).optional(),
});
export type ArticleContentRecord = z.infer<typeof ArticleContentRecordSchema>;

/** A flat list of finite numbers, checked in one loop (see wholeNumbers). */
const finiteNumbers = z.custom<number[]>((v) => Array.isArray(v), { message: 'expected a list' }).superRefine((list, ctx) => {
  for (let i = 0; i < list.length; i++) {
    const n: unknown = list[i];
    if (typeof n !== 'number' || !Number.isFinite(n)) {
      ctx.addIssue({ code: 'custom', path: [i], message: 'expected a number', continue: false });
      return;
    }
  }
});

/** Numbers per article in an EntityArticlesRecord list: article id, visited. */
export const POSTING_STRIDE = 2;

/**
 * The articles an import wrote that name each entity of one entity page (version 11, entity-articles.ts):
 * `lists[slot]` holds, for the entity with id page × ENTITY_PAGE + slot, POSTING_STRIDE numbers per
 * article (its id and the content record's visited), by article id. An import writes one of these
 * per entity page where it wrote ~30 `*entityVisits` index entries per article: IndexedDB's write cost
 * is per index entry and per record far more than per byte. Derived, so never exported.
 */
export const EntityArticlesRecordSchema = z.object({
  id: z.number().int().nonnegative(),
  lists: z.array(finiteNumbers),
});
export type EntityArticlesRecord = z.infer<typeof EntityArticlesRecordSchema>;

/**
 * One earlier article as the popup lists it under an entity: everything the row shows, copied from the
 * article and its appearance so the popup reads no article records (kept current by every save). Its
 * quote is only what the link to the mention needs (linkQuote): every save reads and rewrites its
 * entities' rows, so their size is paid at each save and each popup opening. Rows written before
 * carry the whole quote, a superset the readers take as it is.
 */
export const CoverageRowSchema = z.object({
  articleId: id,
  visited: z.number(),
  url: z.string(),
  title: z.string(),
  site: z.string().optional(),
  publishedTime: z.string().optional(),
  sentence: z.string(),
  quote: LinkQuoteSchema,
});
export type CoverageRow = z.infer<typeof CoverageRowSchema>;

/**
 * What the popup shows of an entity itself, copied into its coverage record (version 7) so the popup
 * reads no entity records: every request has a fixed cost, and an article's 30 entity reads were a
 * third of a popup opening's.
 */
export const CoverageEntitySchema = EntityRecordSchema.pick({ name: true, kind: true, subtype: true, role: true, aliases: true });
export type CoverageEntity = z.infer<typeof CoverageEntitySchema>;

/**
 * The popup's answer for one entity, kept ready (version 5): how many stored articles name it, and the
 * newest of them (see COVERAGE_KEEP), newest first. One record per entity, so the popup's
 * cross-reference is one bulk read whatever the size of the store. Derived, so never exported.
 *
 * Version 7 adds `entity` (the entity's name, kind, role… as its record holds them: absent when not
 * known to be current, and the popup then reads the entity record) and `incidents` (false only when
 * no stored incident is at or involves the entity, so the popup skips its incident queries, which
 * are empty for most entities; true or absent: query). Every writer that changes an entity record or
 * adds an incident naming an entity rewrites or clears them (coverage.ts, describeCoverage).
 */
export const CoverageRecordSchema = z.object({
  entityId: id,
  articleCount: z.number().int().nonnegative(),
  latest: z.array(CoverageRowSchema),
  entity: CoverageEntitySchema.optional(),
  incidents: z.boolean().optional(),
  /**
   * Version 12: the entity's key (indexed) and its whole record as its page holds it (without the id,
   * which is `entityId`), so a save finds an entity AND its coverage with one request by key instead of
   * a page read plus a coverage read (coverage-by-key.ts). Written together, by the same writers and
   * under the same rule as `entity`; absent when not known to be current, and the save then reads the
   * entity's page.
   */
  key: z.string().optional(),
  entityRecord: EntityRecordSchema.optional(),
});
export type CoverageRecord = z.infer<typeof CoverageRecordSchema>;

/** One article's report of an incident. */
export const IncidentSourceSchema = z.object({
  articleId: id,
  evidence: z.string(),
  quote: QuoteSchema,
});
export type IncidentSource = z.infer<typeof IncidentSourceSchema>;

/**
 * An incident across all reading: the same event (type, place, day) reported by several articles is one
 * record with several sources, the way conflict-event datasets deduplicate.
 */
export const IncidentRecordSchema = z.object({
  id: id.optional(),
  /** type|place|date; undated incidents carry their article so they never merge blindly. */
  key: z.string().min(1),
  type: IncidentTypeSchema,
  location: z.string().optional(),
  placeEntityId: id.optional(),
  date: z.string().optional(),
  quantity: z.number().int().nonnegative().optional(),
  killed: z.number().int().nonnegative().optional(),
  injured: z.number().int().nonnegative().optional(),
  claimedBy: z.array(z.string()),
  deniedBy: z.array(z.string()),
  blamedOn: z.array(z.string()),
  actorEntityIds: z.array(id),
  articleIds: z.array(id),
  sources: z.array(IncidentSourceSchema),
});
export type IncidentRecord = z.infer<typeof IncidentRecordSchema>;
