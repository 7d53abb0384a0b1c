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
   * How many stored articles mention the entity (its appearances), kept up to date by save, delete,
   * import and the version 4 upgrade, so the popup reads "in N earlier articles" in O(1): counting an
   * index range costs as much as the range is long, and common actors appear in thousands of articles.
   * Derived, so never exported; absent only on records written before version 4.
   */
  articleCount: z.number().int().nonnegative().optional(),
});
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

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
