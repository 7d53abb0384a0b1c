/**
 * Every message between the content script, the background and the extension pages, as zod schemas.
 * Each side validates what it RECEIVES with these, so a malformed or hostile message is answered with
 * an error instead of being obeyed. zod/mini keeps the content script's bundle small.
 */
import * as z from 'zod/mini';

/** Longest article text accepted over a message (about 300,000 words); the engine caps further. */
export const MAX_TEXT_CHARS = 2_000_000;

const nonNegativeInt = () => z.number().check(z.int(), z.nonnegative());

/** Metadata the page gives about an article, read by the content script. */
export const PageMetaSchema = z.object({
  siteName: z.optional(z.string().check(z.maxLength(500))),
  author: z.optional(z.string().check(z.maxLength(500))),
  publishedTime: z.optional(z.string().check(z.maxLength(100))),
  modifiedTime: z.optional(z.string().check(z.maxLength(100))),
  lang: z.optional(z.string().check(z.maxLength(50))),
});
export type PageMeta = z.infer<typeof PageMetaSchema>;

/** Content script → background: here is an article's text, annotate and remember it. */
export const AnnotatePageSchema = z.object({
  type: z.literal('annotate-page'),
  url: z.string().check(z.minLength(1), z.maxLength(4096)),
  title: z.string().check(z.maxLength(2000)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_CHARS)),
  meta: PageMetaSchema,
});
export type AnnotatePage = z.infer<typeof AnnotatePageSchema>;

/** What a highlight is of: one CSS highlight (colour and underline) per kind. */
export const SpanKindSchema = z.enum(['person', 'organization', 'place', 'attribution']);
export type SpanKind = z.infer<typeof SpanKindSchema>;

/** A span to highlight, in offsets of the text the content script sent. */
export const HighlightSpanSchema = z.object({
  start: nonNegativeInt(),
  end: nonNegativeInt(),
  kind: SpanKindSchema,
  label: z.string(),
});
export type HighlightSpan = z.infer<typeof HighlightSpanSchema>;

/** Background → content script: the reply to annotate-page. */
export const AnnotateReplySchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    articleId: nonNegativeInt(),
    spans: z.array(HighlightSpanSchema),
    truncated: z.boolean(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type AnnotateReply = z.infer<typeof AnnotateReplySchema>;

/** Popup → content script: which article is shown in this tab? */
export const WhichArticleSchema = z.object({ type: z.literal('which-article') });

/** Content script → popup: the reply to which-article (url null when the page is no article). */
export const WhichArticleReplySchema = z.object({
  ok: z.literal(true),
  url: z.nullable(z.string()),
  title: z.string(),
  /** Why the article could not be annotated or saved (a full disk, say), for the popup to show. */
  error: z.optional(z.string()),
});
export type WhichArticleReply = z.infer<typeof WhichArticleReplySchema>;

/** Everything the background accepts. */
export const BackgroundRequestSchema = z.discriminatedUnion('type', [AnnotatePageSchema]);
export type BackgroundRequest = z.infer<typeof BackgroundRequestSchema>;

/** Everything a content script accepts. */
export const ContentRequestSchema = z.discriminatedUnion('type', [WhichArticleSchema]);
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

/** The error reply every receiver sends for a message it rejects. */
export type ErrorReply = { ok: false; error: string };

/** Turns a zod failure into a one-line reason a developer can act on. */
export function describeInvalid(error: z.core.$ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid message';
  const where = first.path.length ? first.path.join('.') : 'message';
  return `invalid message: ${where}: ${first.message}`;
}
