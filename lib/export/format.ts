/**
 * The JSON export file: complete, versioned, and the only format the import reads back. Its records
 * are the store's records with their ids made mandatory (references between tables use them), and a
 * few bounds the store itself does not need but an untrusted file must meet (dates a Date can hold,
 * spans that do not end before they start).
 */
import { z } from 'zod';
import {
  AppearanceRecordSchema,
  ArticleRecordSchema,
  ArticleTextRecordSchema,
  AttributionRecordSchema,
  EntityRecordSchema,
  MENTION_STRIDE,
  ROW_STRIDE,
  IncidentRecordSchema,
  IncidentSourceSchema,
  MentionRecordSchema,
  QuoteSchema,
} from '../store/records';
import { ExportedReaderKnowledgeSchema, knowledgeKey } from '../store/reader-knowledge';

/** Names the file kind, so a random JSON file is told apart from an export. */
export const EXPORT_FORMAT = 'sourcemark-export';
/**
 * Bumped whenever the shape of the records changes; the import migrates every earlier version. Adding
 * the optional `readerKnowledge` field did not bump it: a file without the field is still a valid
 * version 1 file, and a Sourcemark that predates the field reads the rest of the file and ignores it.
 * Version 2 adds `texts`: each article's text once, with its mentions, entity rows and attributions
 * as positions into it (ExportText); the one-by-one lists then hold only the articles stored without
 * their text (before the store's version 6). A version 1 file is a version 2 file without texts.
 */
export const EXPORT_VERSION = 2;

const recordId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** Milliseconds since the epoch that `new Date()` can represent (so the log can always show them). */
const timestamp = z.number().int().min(0).max(8.64e15);

const SpanQuoteSchema = QuoteSchema.refine((q) => q.end >= q.start, { message: 'quote ends before it starts' });

/** The stored article without its log counts and lookup: derived, so an import recounts rather than trusts them. */
export const ExportArticleSchema = ArticleRecordSchema.omit({ counts: true, lookup: true }).extend({
  id: recordId,
  firstVisited: timestamp,
  lastVisited: timestamp,
  visits: z.array(timestamp),
});
/** The stored entity without its article count: derived, so an import recounts rather than trusts it. */
export const ExportEntitySchema = EntityRecordSchema.omit({ articleCount: true }).extend({ id: recordId });
export const ExportMentionSchema = MentionRecordSchema.extend({ id: recordId }).refine((m) => m.end >= m.start, {
  message: 'mention ends before it starts',
});
export const ExportAppearanceSchema = AppearanceRecordSchema.extend({ visited: timestamp, quote: SpanQuoteSchema });
export const ExportAttributionSchema = AttributionRecordSchema.extend({ id: recordId, quote: SpanQuoteSchema });
export const ExportIncidentSchema = IncidentRecordSchema.extend({
  id: recordId,
  sources: z.array(IncidentSourceSchema.extend({ quote: SpanQuoteSchema })),
});

/** Checks one text record's positions: whole strides, spans inside the text, real entity ids. */
function checkText(t: z.infer<typeof ArticleTextRecordSchema>, ctx: z.core.$RefinementCtx): void {
  const n = t.text.length;
  const bad = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const span = (from: number, to: number) => from <= to && to <= n;
  if (t.mentions.length % MENTION_STRIDE !== 0) return bad(['mentions'], `is not made of [entity, start, end] triples`);
  for (let i = 0; i < t.mentions.length; i += MENTION_STRIDE) {
    const k = i / MENTION_STRIDE;
    if ((t.mentions[i] as number) < 1) return bad(['mentions', k], 'has no entity id');
    if (!span(t.mentions[i + 1] as number, t.mentions[i + 2] as number)) return bad(['mentions', k], 'is not a span of the text');
  }
  if (t.rows.length % ROW_STRIDE !== 0) return bad(['rows'], 'is not made of 6-number rows');
  for (let i = 0; i < t.rows.length; i += ROW_STRIDE) {
    const k = i / ROW_STRIDE;
    if ((t.rows[i] as number) < 1 || (t.rows[i + 1] as number) < 1) return bad(['rows', k], 'has no entity id or mention count');
    if (!span(t.rows[i + 2] as number, t.rows[i + 3] as number) || !span(t.rows[i + 4] as number, t.rows[i + 5] as number)) {
      return bad(['rows', k], 'is not a span of the text');
    }
  }
  t.attributions.forEach((a, k) => {
    const [, , , , , start, end, from, to] = a;
    if (!span(start, end)) bad(['attributions', k], 'is not a span of the text');
    else if (!(from === -1 && to === -1) && !(from >= 0 && span(from, to))) bad(['attributions', k], 'its content is not a span of the text');
  });
}

/**
 * An article's text with its mentions, entity rows and attributions as positions (the store's
 * ArticleTextRecord, file version 2): everything quoted is read from the text on import.
 */
export const ExportTextSchema = ArticleTextRecordSchema.extend({ articleId: recordId, visited: timestamp }).superRefine(checkText);
export type ExportText = z.infer<typeof ExportTextSchema>;

export type ExportArticle = z.infer<typeof ExportArticleSchema>;
export type ExportEntity = z.infer<typeof ExportEntitySchema>;
export type ExportMention = z.infer<typeof ExportMentionSchema>;
export type ExportAppearance = z.infer<typeof ExportAppearanceSchema>;
export type ExportAttribution = z.infer<typeof ExportAttributionSchema>;
export type ExportIncident = z.infer<typeof ExportIncidentSchema>;

/** Every table of the store, each record with its id: what is exported and what is imported. */
export interface Snapshot {
  articles: ExportArticle[];
  entities: ExportEntity[];
  mentions: ExportMention[];
  appearances: ExportAppearance[];
  attributions: ExportAttribution[];
  incidents: ExportIncident[];
}

/** A snapshot as the JSON export writes it: articles with their text as ExportText, the others one by one. */
export type PackedSnapshot = Snapshot & { texts: ExportText[] };

/** The table names in the order they are validated and written (referenced tables first). */
export const TABLES = ['articles', 'entities', 'mentions', 'appearances', 'attributions', 'incidents'] as const;
export type TableName = (typeof TABLES)[number];

/** The schema of one record of each table, for validating a file record by record. */
export const RECORD_SCHEMAS = {
  articles: ExportArticleSchema,
  entities: ExportEntitySchema,
  mentions: ExportMentionSchema,
  appearances: ExportAppearanceSchema,
  attributions: ExportAttributionSchema,
  incidents: ExportIncidentSchema,
} as const;

/** What was exported: everything, or what the log's filters showed (described for the reader). */
export const ExportScopeSchema = z.object({
  kind: z.enum(['all', 'filtered']),
  description: z.string().optional(),
});
export type ExportScope = z.infer<typeof ExportScopeSchema>;

/** The file's head: everything but the tables, checked before any record is looked at. */
export const ExportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  scope: ExportScopeSchema,
});
export type ExportHeader = z.infer<typeof ExportHeaderSchema>;

/** Most entries of the reader's knowledge a file may carry (the options page's own bound). */
export const MAX_READER_KNOWLEDGE = 10_000;

/**
 * One actor or place the reader taught Sourcemark on the options page, as the file carries it: the
 * options form's fields plus its dates (a Date must hold them), and a name that has a storage key
 * (not only punctuation), so the entry can always be written once the file is accepted.
 */
export const ExportReaderKnowledgeSchema = ExportedReaderKnowledgeSchema.extend({
  createdAt: timestamp,
  updatedAt: timestamp,
}).refine((e) => knowledgeKey(e.name) !== '', { message: 'name has no letters or digits', path: ['name'] });
export type ExportReaderKnowledge = z.infer<typeof ExportReaderKnowledgeSchema>;

/**
 * A whole export file of the current version. `readerKnowledge` (the reader's own actors and places,
 * settings rather than reading) is written by the complete export only: a filtered export is a
 * selection of articles, often made to be shared, and leaves the reader's settings out. Files from
 * before the field existed have none, and import as before.
 */
export type ExportFile = ExportHeader & PackedSnapshot & { readerKnowledge?: ExportReaderKnowledge[] };
