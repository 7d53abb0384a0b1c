/**
 * The one module that turns an article's text record (version 6: positions into the text, see
 * ArticleTextRecord) into whole records with quotes and sentences, and whole records back into a text
 * record. Callers never care which form an article is stored in: an article saved since version 6
 * has a text record; one stored before has its whole-quote records only.
 *
 * Packing checks its work: a record is packed only if unpacking it gives back exactly the records it
 * was made from (every quote, prefix, suffix, sentence and content), so nothing is ever lost or
 * changed by being stored or exported compactly; anything that does not fit stays whole.
 */
import { QUOTE_CONTEXT } from './quote';
import {
  MENTION_STRIDE,
  ROW_STRIDE,
  type AppearanceRow,
  type ArticleAttribution,
  type ArticleAttributionsRecord,
  type ArticleEntitiesRecord,
  type ArticleMention,
  type ArticleTextRecord,
  type PackedAttribution,
  type Quote,
} from './records';
import { clip, MAX_SENTENCE_CHARS } from './sentence-of';

/** The quote of [start, end) in `text` (the W3C selectors' exact, prefix and suffix). */
export function quoteAt(text: string, start: number, end: number): Quote {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** The article's mentions, whole. */
export function unpackMentions(r: ArticleTextRecord): ArticleMention[] {
  const out: ArticleMention[] = [];
  const m = r.mentions;
  for (let i = 0; i + MENTION_STRIDE <= m.length; i += MENTION_STRIDE) {
    out.push({ entityId: m[i] as number, ...quoteAt(r.text, m[i + 1] as number, m[i + 2] as number) });
  }
  return out;
}

/** The entity ids the article's mentions name, in order (with repeats). */
export function mentionEntityIds(r: ArticleTextRecord): number[] {
  const out: number[] = [];
  for (let i = 0; i < r.mentions.length; i += MENTION_STRIDE) out.push(r.mentions[i] as number);
  return out;
}

/** The article's entity rows, whole, as its ArticleEntitiesRecord holds them. */
export function unpackEntities(r: ArticleTextRecord): ArticleEntitiesRecord {
  const rows: AppearanceRow[] = [];
  const x = r.rows;
  for (let i = 0; i + ROW_STRIDE <= x.length; i += ROW_STRIDE) {
    rows.push({
      entityId: x[i] as number,
      mentionCount: x[i + 1] as number,
      sentence: clip(r.text.slice(x[i + 4] as number, x[i + 5] as number)),
      quote: quoteAt(r.text, x[i + 2] as number, x[i + 3] as number),
    });
  }
  return { articleId: r.articleId, visited: r.visited, entityVisits: rows.map((row) => [row.entityId, r.visited]), rows };
}

/** The article's attributions, whole, as its ArticleAttributionsRecord holds them. */
export function unpackAttributions(r: ArticleTextRecord): ArticleAttributionsRecord {
  const attributions = r.attributions.map(([source, sourceEntityId, cue, channel, anonymous, start, end, from, to]): ArticleAttribution => {
    const a: ArticleAttribution = { source, cue, anonymous: anonymous === 1, quote: quoteAt(r.text, start, end) };
    if (sourceEntityId > 0) a.sourceEntityId = sourceEntityId;
    if (channel !== null) a.channel = channel;
    if (from >= 0) a.content = r.text.slice(from, to);
    return a;
  });
  const sourceEntityIds = [...new Set(attributions.flatMap((a) => (a.sourceEntityId === undefined ? [] : [a.sourceEntityId])))];
  return { articleId: r.articleId, sourceEntityIds, attributions };
}

function sameQuote(text: string, q: Quote): boolean {
  if (q.start > q.end || q.end > text.length) return false;
  const d = quoteAt(text, q.start, q.end);
  return d.exact === q.exact && d.prefix === q.prefix && d.suffix === q.suffix;
}

/** A span [a, b) of `text` whose kept sentence (clip) is `sentence`, near the quote; undefined if none. */
export function findSentence(text: string, sentence: string, near: number): [number, number] | undefined {
  const tries: Array<[string, number]> = [[sentence, sentence.length]];
  // A clipped sentence: its kept head, then anything longer than the limit.
  if (sentence.length === MAX_SENTENCE_CHARS && sentence.endsWith('…')) tries.unshift([sentence.slice(0, -1), MAX_SENTENCE_CHARS + 1]);
  for (const [head, length] of tries) {
    for (const a of [text.lastIndexOf(head, near), text.indexOf(head)]) {
      if (a < 0 || a + length > text.length) continue;
      if (clip(text.slice(a, a + length)) === sentence) return [a, a + length];
    }
  }
  return undefined;
}

/** A span whose text is `content`, or undefined. */
function findContent(text: string, content: string, near: number): [number, number] | undefined {
  const at = text.indexOf(content, Math.max(0, near - content.length - QUOTE_CONTEXT * 8));
  const a = at >= 0 ? at : text.indexOf(content);
  return a >= 0 ? [a, a + content.length] : undefined;
}

/** What a text record is packed from: an article's whole records (its mentions may be given whole). */
export interface WholeArticle {
  articleId: number;
  text: string;
  visited: number;
  mentions: readonly ArticleMention[];
  rows: readonly AppearanceRow[];
  attributions: readonly ArticleAttribution[];
}

/**
 * The text record that rebuilds exactly these records from `text`, or undefined when one of them
 * does not come from it (a quote from another version of the page, a sentence the text lacks).
 */
export function packArticle(w: WholeArticle): ArticleTextRecord | undefined {
  const { text } = w;
  const mentions: number[] = [];
  for (const m of w.mentions) {
    if (!sameQuote(text, m)) return undefined;
    mentions.push(m.entityId, m.start, m.end);
  }
  const rows: number[] = [];
  for (const r of w.rows) {
    if (!sameQuote(text, r.quote)) return undefined;
    const span = findSentence(text, r.sentence, r.quote.start);
    if (!span) return undefined;
    rows.push(r.entityId, r.mentionCount, r.quote.start, r.quote.end, span[0], span[1]);
  }
  const attributions: PackedAttribution[] = [];
  for (const a of w.attributions) {
    if (!sameQuote(text, a.quote) || a.sourceEntityId === 0) return undefined;
    let content: [number, number] = [-1, -1];
    if (a.content !== undefined) {
      const found = findContent(text, a.content, a.quote.start);
      if (!found) return undefined;
      content = found;
    }
    attributions.push([a.source, a.sourceEntityId ?? 0, a.cue, a.channel ?? null, a.anonymous ? 1 : 0, a.quote.start, a.quote.end, content[0], content[1]]);
  }
  return { articleId: w.articleId, text, visited: w.visited, mentions, rows, attributions };
}
