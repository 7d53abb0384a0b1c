/**
 * When Sourcemark annotates a page on its own: only pages that look like news articles. The signals
 * are read from the page by lib/page/should-run.ts; the decision is here, pure and tested, so the
 * thresholds are data a reviewer can see in one place. A reader can always ask for any page by hand.
 */

/** What a page shows about itself, read cheaply before any article extraction. */
export interface PageSignals {
  /** The page's JSON-LD declares an Article, NewsArticle, ReportageNewsArticle, BlogPosting... */
  jsonLdArticle: boolean;
  /** `<meta property="og:type" content="article">`. */
  ogArticle: boolean;
  /** Words in the page's paragraphs (counted up to {@link WORDS_COUNTED_AT_MOST}). */
  paragraphWords: number;
}

/** A page that declares itself an article still needs this many words of paragraphs (not a stub). */
export const MIN_WORDS_WITH_MARKUP = 60;
/** A page that declares nothing needs this much paragraph text to pass for an article. */
export const MIN_WORDS_WITHOUT_MARKUP = 350;
/** Counting stops here: enough to decide, and cheap on a 200,000-word page. */
export const WORDS_COUNTED_AT_MOST = MIN_WORDS_WITHOUT_MARKUP;

/** Why a page is or is not annotated on its own, for the popup and the tests. */
export type Verdict =
  | { auto: true; reason: 'declared-article' | 'article-text' }
  | { auto: false; reason: 'too-little-text' | 'not-an-article' };

/** The decision: declared articles with some text, or undeclared pages with a lot of paragraph text. */
export function judgeArticle(signals: PageSignals): Verdict {
  const declared = signals.jsonLdArticle || signals.ogArticle;
  if (declared) {
    return signals.paragraphWords >= MIN_WORDS_WITH_MARKUP
      ? { auto: true, reason: 'declared-article' }
      : { auto: false, reason: 'too-little-text' };
  }
  return signals.paragraphWords >= MIN_WORDS_WITHOUT_MARKUP
    ? { auto: true, reason: 'article-text' }
    : { auto: false, reason: 'not-an-article' };
}

/** Article, NewsArticle, ReportageNewsArticle, OpinionNewsArticle..., BlogPosting, LiveBlogPosting. */
const ARTICLE_TYPE = /^(?:[A-Z][a-z]+)*Article$|^(?:LiveBlog|Blog)Posting$/;

function declaresArticle(value: unknown, depth: number): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => declaresArticle(v, depth + 1));
  const obj = value as Record<string, unknown>;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t.replace(/^schema:/, '')))) return true;
  return declaresArticle(obj['@graph'], depth + 1) || declaresArticle(obj['mainEntity'], depth + 1);
}

/**
 * True when one of the page's JSON-LD blocks declares an article. Malformed blocks (common on real
 * sites) are skipped, never fatal; nesting is followed only a few levels, so hostile JSON cannot make
 * this slow.
 */
export function jsonLdDeclaresArticle(blocks: readonly string[]): boolean {
  for (const block of blocks) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block);
    } catch (error) {
      console.debug('sourcemark: skipping malformed JSON-LD', error instanceof Error ? error.message : error);
      continue;
    }
    if (declaresArticle(parsed, 0)) return true;
  }
  return false;
}
