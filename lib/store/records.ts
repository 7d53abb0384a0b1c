/**
 * The shapes of what Sourcemark stores, as zod schemas: checked before writing, and again when records
 * are read back on an upgrade or an import, so a corrupted record is reported instead of spreading.
 */
import { z } from 'zod';
import { EntityKindSchema } from '../annotate/types';

export const ArticleRecordSchema = z.object({
  id: z.number().int().positive().optional(),
  /** Canonical URL: one record per article, however it was reached. */
  url: z.string().min(1),
  title: z.string(),
  site: z.string().optional(),
  author: z.string().optional(),
  publishedTime: z.string().optional(),
  modifiedTime: z.string().optional(),
  lang: z.string().optional(),
  firstVisited: z.number(),
  lastVisited: z.number(),
  visits: z.array(z.number()),
  textHash: z.string(),
  wordCount: z.number().int().nonnegative(),
  truncated: z.boolean(),
});
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

export const EntityRecordSchema = z.object({
  id: z.number().int().positive().optional(),
  /** Cross-article identity: kind plus normalised name. */
  key: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  subtype: z.string().optional(),
  role: z.string().optional(),
  aliases: z.array(z.string()),
});
export type EntityRecord = z.infer<typeof EntityRecordSchema>;

export const MentionRecordSchema = z.object({
  id: z.number().int().positive().optional(),
  articleId: z.number().int().positive(),
  entityId: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Exact quote with context, the W3C TextQuoteSelector way, so the mention can be re-found. */
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export type MentionRecord = z.infer<typeof MentionRecordSchema>;
