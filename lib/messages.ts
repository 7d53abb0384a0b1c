/**
 * Every message between the content script, the background and the extension pages, as zod schemas.
 * Each side validates what it RECEIVES with these, so a malformed or hostile message is answered with
 * an error instead of being obeyed. zod/mini keeps the content script's bundle small. Each schema is
 * a function that builds it on first use (lib/lazy.ts): the content script's injection task builds none.
 */
import * as z from 'zod/mini';
import { lazy } from './lazy';

/** Longest article text accepted over a message (about 300,000 words); the engine caps further. */
export const MAX_TEXT_CHARS = 2_000_000;

const nonNegativeInt = () => z.number().check(z.int(), z.nonnegative());

/** Metadata the page gives about an article, read by the content script. */
export const pageMetaSchema = lazy(() => z.object({
  siteName: z.optional(z.string().check(z.maxLength(500))),
  author: z.optional(z.string().check(z.maxLength(500))),
  publishedTime: z.optional(z.string().check(z.maxLength(100))),
  modifiedTime: z.optional(z.string().check(z.maxLength(100))),
  lang: z.optional(z.string().check(z.maxLength(50))),
  /** Where the story was filed ("CAIRO", "KYIV, Ukraine"), read from the start of its text. */
  dateline: z.optional(z.string().check(z.maxLength(200))),
}));
export type PageMeta = z.infer<ReturnType<typeof pageMetaSchema>>;

/** Content script → background: here is an article's text, annotate and remember it. */
export const annotatePageSchema = lazy(() => z.object({
  type: z.literal('annotate-page'),
  url: z.string().check(z.minLength(1), z.maxLength(4096)),
  title: z.string().check(z.maxLength(2000)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_CHARS)),
  meta: pageMetaSchema(),
  /**
   * Set when `text` is new text of an article already sent (a live blog's new posts): it continues
   * the `length` characters sent before, and only it is annotated.
   */
  continues: z.optional(z.object({ length: nonNegativeInt() })),
  /** True when the page had more text than the content script reads (a huge page). */
  truncated: z.optional(z.boolean()),
  /**
   * Reply as soon as the spans are known, before the article is saved: the page draws at once and
   * asks for the cards' earlier coverage (and any save failure) with article-cards.
   */
  early: z.optional(z.boolean()),
  /**
   * The first screenful of an article, sent ahead of the whole text so the reader sees highlights
   * sooner: annotated and answered, never stored nor remembered (the whole text follows, as usual).
   */
  preview: z.optional(z.boolean()),
}));
export type AnnotatePage = z.infer<ReturnType<typeof annotatePageSchema>>;

/** What a highlight is of: one CSS highlight (colour and underline) per kind. */
export const spanKindSchema = lazy(() => z.enum(['person', 'organization', 'place', 'attribution']));
export type SpanKind = z.infer<ReturnType<typeof spanKindSchema>>;

/** A span to highlight, in offsets of the text the content script sent. */
export const highlightSpanSchema = lazy(() => z.object({
  start: nonNegativeInt(),
  end: nonNegativeInt(),
  kind: spanKindSchema(),
  label: z.string(),
  /** Index of the span's entity in the reply's `entities` (entity spans). */
  entity: z.optional(nonNegativeInt()),
  /** Index of the span's attribution in the reply's `attributions` (attribution spans). */
  attribution: z.optional(nonNegativeInt()),
}));
export type HighlightSpan = z.infer<ReturnType<typeof highlightSpanSchema>>;

/** An earlier stored article, as the hover card lists it. */
export const earlierArticleSchema = lazy(() => z.object({
  title: z.string(),
  url: z.string(),
  site: z.optional(z.string()),
  /** Publication time as the page gave it, else the visit time (ISO). */
  time: z.optional(z.string()),
}));
export type EarlierArticle = z.infer<ReturnType<typeof earlierArticleSchema>>;

/** What the hover card shows about an actor or place of the article. */
export const entityCardSchema = lazy(() => z.object({
  name: z.string(),
  kind: z.enum(['person', 'organization', 'place']),
  subtype: z.optional(z.string()),
  role: z.optional(z.string()),
  /** Other names it goes by in this article. */
  aliases: z.array(z.string()),
  /** How many other stored articles mention it. */
  earlierCount: nonNegativeInt(),
  /** The latest of them, newest first. */
  earlier: z.array(earlierArticleSchema()),
}));
export type EntityCard = z.infer<ReturnType<typeof entityCardSchema>>;

/** What the hover card shows about an attribution. */
export const attributionCardSchema = lazy(() => z.object({
  source: z.string(),
  anonymous: z.boolean(),
  cue: z.string(),
  channel: z.optional(z.string()),
}));
export type AttributionCard = z.infer<ReturnType<typeof attributionCardSchema>>;

/** Between an article's text sent before and its continuation, as the background joins them. */
export const PART_SEPARATOR = '\n\n';

/** The annotate reply's error when a continuation's earlier text is no longer remembered: resend all. */
export const STALE_SESSION_ERROR = 'stale-session';

/** The annotate reply's shape, its three lists checked with the schemas given. */
function annotateReplyOf<S extends z.core.$ZodType, E extends z.core.$ZodType, A extends z.core.$ZodType>(lists: { spans: S; entities: E; attributions: A }) {
  return z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      /** The stored article's id; absent in an early reply (sent before the save). */
      articleId: z.optional(nonNegativeInt()),
      spans: lists.spans,
      truncated: z.boolean(),
      /** Hover-card data, referenced by the spans' `entity` and `attribution` indexes. */
      entities: z.optional(lists.entities),
      attributions: z.optional(lists.attributions),
    }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);
}

/** Background → content script: the reply to annotate-page. */
export const annotateReplySchema = lazy(() =>
  annotateReplyOf({ spans: z.array(highlightSpanSchema()), entities: z.array(entityCardSchema()), attributions: z.array(attributionCardSchema()) }),
);
export type AnnotateReply = z.infer<ReturnType<typeof annotateReplySchema>>;

/**
 * The annotate reply with every part checked except the items of its lists (spans, entity and
 * attribution cards), which are only required to be arrays: a long article's reply holds thousands of
 * items, and checking them all at once holds the page's main thread too long. The content script
 * checks them one by one with their own schemas in slices of main-thread time
 * (lib/page/annotate-reply.ts) before using any.
 */
export const annotateReplyEnvelopeSchema = lazy(() => {
  // Only an array: its items are left as they are (not even copied), for the sliced check to look at.
  const list = () => z.custom<unknown[]>((v) => Array.isArray(v), 'Invalid input: expected array');
  return annotateReplyOf({ spans: list(), entities: list(), attributions: list() });
});
export type AnnotateReplyEnvelope = z.infer<ReturnType<typeof annotateReplyEnvelopeSchema>>;

/** Popup → content script: which article is shown in this tab? */
export const whichArticleSchema = lazy(() => z.object({ type: z.literal('which-article') }));

/** Content script → popup: the reply to which-article (url null when the page is no article). */
export const whichArticleReplySchema = lazy(() => z.object({
  ok: z.literal(true),
  url: z.nullable(z.string()),
  title: z.string(),
  /** Why the article could not be annotated or saved (a full disk, say), for the popup to show. */
  error: z.optional(z.string()),
  /** Whether Sourcemark's highlights are shown in this tab. */
  highlightsVisible: z.optional(z.boolean()),
  /** True when only the head of a very long page was read and annotated. */
  truncated: z.optional(z.boolean()),
}));
export type WhichArticleReply = z.infer<ReturnType<typeof whichArticleReplySchema>>;

/** Popup or keyboard shortcut → content script: show or hide all highlights (toggle when omitted). */
export const setHighlightsSchema = lazy(() => z.object({ type: z.literal('set-highlights'), visible: z.optional(z.boolean()) }));
export type SetHighlights = z.infer<ReturnType<typeof setHighlightsSchema>>;

/** Keyboard shortcut → content script: focus the next or previous mention and show its card. */
export const cycleMentionSchema = lazy(() => z.object({ type: z.literal('cycle-mention'), direction: z.enum(['next', 'previous']) }));
export type CycleMention = z.infer<ReturnType<typeof cycleMentionSchema>>;

/** Content script → popup: the reply to set-highlights. */
export const highlightsStateReplySchema = lazy(() => z.object({ ok: z.literal(true), visible: z.boolean() }));
export type HighlightsStateReply = z.infer<ReturnType<typeof highlightsStateReplySchema>>;

/**
 * Content script → background: the hover cards of the article just annotated, with its earlier
 * coverage. Asked after the highlights are drawn, so the first highlight never waits for the save.
 */
export const articleCardsSchema = lazy(() => z.object({
  type: z.literal('article-cards'),
  url: z.string().check(z.minLength(1), z.maxLength(4096)),
}));
export type ArticleCards = z.infer<ReturnType<typeof articleCardsSchema>>;

/** Background → content script: the reply to article-cards, indexed like the annotate reply's cards. */
export const articleCardsReplySchema = lazy(() => z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), entities: z.array(entityCardSchema()) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]));
export type ArticleCardsReply = z.infer<ReturnType<typeof articleCardsReplySchema>>;

/** Everything the background accepts. */
export const backgroundRequestSchema = lazy(() => z.discriminatedUnion('type', [annotatePageSchema(), articleCardsSchema()]));
export type BackgroundRequest = z.infer<ReturnType<typeof backgroundRequestSchema>>;

/** Everything a content script accepts. */
export const contentRequestSchema = lazy(() => z.discriminatedUnion('type', [
  whichArticleSchema(),
  setHighlightsSchema(),
  cycleMentionSchema(),
]));
export type ContentRequest = z.infer<ReturnType<typeof contentRequestSchema>>;

/** The error reply every receiver sends for a message it rejects. */
export type ErrorReply = { ok: false; error: string };

/** Turns a zod failure into a one-line reason a developer can act on; `at`: where the checked value sat in the message. */
export function describeInvalid(error: z.core.$ZodError, at: readonly PropertyKey[] = []): string {
  const first = error.issues[0];
  if (!first) return 'invalid message';
  const path = [...at, ...first.path];
  const where = path.length ? path.map(String).join('.') : 'message';
  return `invalid message: ${where}: ${first.message}`;
}
