/**
 * An article's content record (version 9, ArticleContentRecord) and the views every reader takes of it:
 * its text record, entity rows, attributions and mentions, whichever form (packed or whole) it is
 * stored in. Only this module knows the record's layout, so callers read "the article's rows" or
 * "its attributions" as before version 9, when they were records of their own.
 */
import { packArticle, quoteAt, unpackAttributions, unpackEntities, unpackMentions, type WholeArticle } from './article-text';
import { clip } from './sentence-of';
import type { SourcemarkDb } from './db';
import type {
  ArticleAttributionsRecord,
  ArticleContentRecord,
  ArticleEntitiesRecord,
  ArticleMentionsRecord,
  ArticleTextRecord,
  AppearanceRow,
  ArticleAttribution,
} from './records';
import { MENTION_STRIDE, ROW_STRIDE } from './records';

/** The source entity ids of these attributions, each once (the content record's index). */
export function sourceIdsOf(attributions: readonly ArticleAttribution[]): number[] {
  return [...new Set(attributions.flatMap((a) => (a.sourceEntityId === undefined ? [] : [a.sourceEntityId])))];
}

function entityVisitsOf(rows: readonly AppearanceRow[], visited: number): Array<[number, number]> {
  return rows.map((r) => [r.entityId, visited]);
}

/** The content record of a text record: the same fields, with the indexed lists added. */
export function contentFromText(t: ArticleTextRecord): ArticleContentRecord {
  const sources = new Set<number>();
  for (const a of t.attributions) if (a[1] > 0) sources.add(a[1]);
  const entityVisits: Array<[number, number]> = [];
  for (let i = 0; i < t.rows.length; i += ROW_STRIDE) entityVisits.push([t.rows[i] as number, t.visited]);
  return { articleId: t.articleId, visited: t.visited, entityVisits, sourceEntityIds: [...sources], text: t.text, mentions: t.mentions, rows: t.rows, attributions: t.attributions };
}

/** The content record of an article's whole records, kept whole (no text to point into). */
export function contentWhole(w: Omit<WholeArticle, 'text'>): ArticleContentRecord {
  return {
    articleId: w.articleId,
    visited: w.visited,
    entityVisits: entityVisitsOf(w.rows, w.visited),
    sourceEntityIds: sourceIdsOf(w.attributions),
    whole: { mentions: [...w.mentions], rows: [...w.rows], attributions: [...w.attributions] },
  };
}

/** The content record of an article's whole records: packed into `text` when they all come from it, else whole. */
export function contentOf(w: Omit<WholeArticle, 'text'> & { text?: string }): ArticleContentRecord {
  const packed = w.text === undefined ? undefined : packArticle({ ...w, text: w.text });
  return packed ? contentFromText(packed) : contentWhole(w);
}

/** The article's text record, when its content is packed (version 6's form). */
export function textOf(c: ArticleContentRecord): ArticleTextRecord | undefined {
  if (c.text === undefined) return undefined;
  return { articleId: c.articleId, text: c.text, visited: c.visited, mentions: c.mentions ?? [], rows: c.rows ?? [], attributions: c.attributions ?? [] };
}

/** The article's entity rows, whole. */
export function entitiesOf(c: ArticleContentRecord): ArticleEntitiesRecord {
  const t = textOf(c);
  if (t) return unpackEntities(t);
  const rows = c.whole?.rows ?? [];
  return { articleId: c.articleId, visited: c.visited, entityVisits: entityVisitsOf(rows, c.visited), rows };
}

/**
 * The article's row for one entity, built alone: coverage upkeep reads an entity's newest articles
 * and needs only its row of each, not the 30-odd others.
 */
export function entityRowOf(c: ArticleContentRecord, entityId: number): AppearanceRow | undefined {
  if (c.text === undefined) return c.whole?.rows.find((r) => r.entityId === entityId);
  const x = c.rows ?? [];
  for (let i = 0; i + ROW_STRIDE <= x.length; i += ROW_STRIDE) {
    if (x[i] !== entityId) continue;
    return { entityId, mentionCount: x[i + 1] as number, sentence: clip(c.text.slice(x[i + 4] as number, x[i + 5] as number)), quote: quoteAt(c.text, x[i + 2] as number, x[i + 3] as number) };
  }
  return undefined;
}

/** The entity ids of the article's rows, in order, without building the rows. */
export function rowEntityIds(c: ArticleContentRecord): number[] {
  if (c.text === undefined) return (c.whole?.rows ?? []).map((r) => r.entityId);
  const out: number[] = [];
  const rows = c.rows ?? [];
  for (let i = 0; i < rows.length; i += ROW_STRIDE) out.push(rows[i] as number);
  return out;
}

/** The article's attributions, whole, in text order. */
export function attributionsOf(c: ArticleContentRecord): ArticleAttributionsRecord {
  const t = textOf(c);
  if (t) return unpackAttributions(t);
  const attributions = c.whole?.attributions ?? [];
  return { articleId: c.articleId, sourceEntityIds: sourceIdsOf(attributions), attributions };
}

/** The article's mentions, whole. */
export function mentionsOf(c: ArticleContentRecord): ArticleMentionsRecord {
  const t = textOf(c);
  return { articleId: c.articleId, mentions: t ? unpackMentions(t) : (c.whole?.mentions ?? []) };
}

/** The entity ids the article's mentions name (with repeats), without building the mentions. */
export function mentionEntityIdsOf(c: ArticleContentRecord): number[] {
  if (c.text === undefined) return (c.whole?.mentions ?? []).map((m) => m.entityId);
  const out: number[] = [];
  const m = c.mentions ?? [];
  for (let i = 0; i < m.length; i += MENTION_STRIDE) out.push(m[i] as number);
  return out;
}

/** The content records of these articles, in their order (undefined where an article has none). */
export function readContent(db: SourcemarkDb, articleIds: readonly number[]): Promise<Array<ArticleContentRecord | undefined>> {
  return db.articleContent.bulkGet([...articleIds]);
}
