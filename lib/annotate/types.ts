/**
 * The one type at the centre of Sourcemark: what the engine returns, what the store saves, what the
 * CLI prints and what exports carry. Defined once with zod so every boundary can validate it.
 */
import { z } from 'zod';

/** A character span in the annotated text (JavaScript string indices, end exclusive). */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: 'end must not be before start' });
export type Span = z.infer<typeof SpanSchema>;

/** One occurrence of an entity, with the exact quote so it can be re-anchored later. */
export const MentionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** Actors are people or organizations; places are their own kind (the popup groups by it). */
export const EntityKindSchema = z.enum(['person', 'organization', 'place']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** One real-world actor or place as it appears in one article, all its surface forms folded in. */
export const EntitySchema = z.object({
  /** Stable within one annotation only (e.g. "e3"); cross-article identity is the store's job. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: EntityKindSchema,
  /** Finer type when known: "country", "city", "militia", "news outlet", "site"... */
  subtype: z.string().optional(),
  /** A title or role held in this article ("Secretary of State"), kept apart from the name. */
  role: z.string().optional(),
  /** Other names this entity goes by in this article (surface forms other than `name`). */
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A place where the text attributes information to a source. */
export const AttributionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Canonical source name, or a short description of an unnamed one ("two security officials"). */
  source: z.string().min(1),
  /** The entity the source resolves to, when it is named. */
  sourceEntityId: z.string().optional(),
  cue: z.string().min(1),
  channel: z.string().optional(),
  anonymous: z.boolean(),
  /** The reported content, when its extent is clear. */
  content: SpanSchema.optional(),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const IncidentTypeSchema = z.enum([
  'rocket', 'missile', 'drone', 'mortar', 'explosion', 'airstrike', 'shelling', 'shooting',
  'kidnapping', 'storming', 'cyber', 'other',
]);
export type IncidentType = z.infer<typeof IncidentTypeSchema>;

/** A violent or hostile event the article reports, with who claimed, denied or was blamed for it. */
export const IncidentSchema = z.object({
  type: IncidentTypeSchema,
  location: z.string().optional(),
  locationEntityId: z.string().optional(),
  /** Evidence sentences (spans) reporting this incident in this article. */
  mentions: z.array(SpanSchema),
  /** YYYY-MM-DD, only when the text fixes the day. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  quantity: z.number().int().nonnegative().optional(),
  killed: z.number().int().nonnegative().optional(),
  injured: z.number().int().nonnegative().optional(),
  claimedBy: z.array(z.string()),
  deniedBy: z.array(z.string()),
  blamedOn: z.array(z.string()),
});
export type Incident = z.infer<typeof IncidentSchema>;

export const ANNOTATION_VERSION = 1;

export const AnnotationSchema = z.object({
  version: z.literal(ANNOTATION_VERSION),
  sentences: z.array(SpanSchema),
  entities: z.array(EntitySchema),
  attributions: z.array(AttributionSchema),
  incidents: z.array(IncidentSchema),
  wordCount: z.number().int().nonnegative(),
  /** True when the text was longer than the engine's cap and only its head was annotated. */
  truncated: z.boolean(),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

/** What the page knows about the article, used to resolve relative dates and datelines. */
export const ArticleMetaSchema = z.object({
  publishedTime: z.string().optional(),
  title: z.string().optional(),
  siteName: z.string().optional(),
  lang: z.string().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;
