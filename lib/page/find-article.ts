/**
 * Finds the page's article and reads its text: Readability's verdict (lib/page/article-detect.ts) and
 * the live text under it, judged long enough to be an article. It can also run AHEAD of the session,
 * while the background is still asked whether the site is on, so the site-policy round trip and the
 * detection overlap instead of adding up on the way to the first highlight.
 */
import { detectArticle, detectArticleSliced, type ArticleScope } from './article-detect';
import { countWords } from './blocks';
import type { ReadabilityEngine } from './readability-engine';
import { MAX_READ_CHARS, readScope, readScopeSliced, type ScopeText } from './read-scope';
import { startSlicer } from './slicer';
import { yieldToPage } from './yield-to-page';

/** Fewer words than this is a page, not an article. */
export const MIN_ARTICLE_WORDS = 120;
/** When the reader asks, a short text (a statement, a brief) is annotated too; fewer words is nothing to mark. */
export const MIN_ASKED_WORDS = 12;
/** How long a detection made ahead waits to be taken (longer than the site policy's own timeout). */
export const AHEAD_KEPT_MS = 15_000;

/** An article found on the page, and its text as read then. */
export interface FoundArticle {
  scope: ArticleScope;
  text: ScopeText;
}

/** The article found, when its text has enough words to count as one. */
function enoughWords(scope: ArticleScope, text: ScopeText, asked: boolean): FoundArticle | null {
  const min = asked ? MIN_ASKED_WORDS : MIN_ARTICLE_WORDS;
  return countWords(text.text, min) < min ? null : { scope, text };
}

/** Detects the article of `doc` and reads it; null when there is none (or too little text). */
export function findArticle(doc: Document, engine: ReadabilityEngine, asked: boolean): FoundArticle | null {
  const scope = detectArticle(doc, engine, { asked });
  return scope ? enoughWords(scope, readScope(scope, MAX_READ_CHARS), asked) : null;
}

/**
 * Reads a detected article's text in slices of main-thread time; null when it has too few words, or
 * once `stale()` says it is no longer wanted.
 */
export async function readArticleSliced(scope: ArticleScope, asked: boolean, stale: () => boolean): Promise<FoundArticle | null> {
  const text = await readScopeSliced(scope, MAX_READ_CHARS, startSlicer(), stale);
  return text ? enoughWords(scope, text, asked) : null;
}

/**
 * {@link findArticle} over several tasks, so that none holds the page long: each step of the
 * detection is a task of its own (lib/page/article-detect.ts), and the text is read in slices. The
 * page may change meanwhile: the caller watches it and looks again.
 */
export async function findArticleSliced(
  doc: Document,
  engine: ReadabilityEngine | Promise<ReadabilityEngine>,
  asked: boolean,
  stale: () => boolean,
): Promise<FoundArticle | null> {
  const scope = await detectArticleSliced(doc, engine, { asked }, yieldToPage, stale);
  if (!scope || stale()) return null;
  await yieldToPage();
  if (stale() || !scope.root.isConnected) return null;
  return readArticleSliced(scope, asked, stale);
}

/** True when a change touched `root` (inside it, or an ancestor rebuilt). */
export function touches(records: readonly MutationRecord[], root: Element): boolean {
  return records.some((r) => root.contains(r.target) || r.target.contains(root));
}

/** What a detection made ahead hands to the session. */
export interface AheadResult {
  scope: ArticleScope;
  /** The text read at detection; null when the page changed since (read it again). */
  text: ScopeText | null;
}

/** A detection started ahead of the session. */
export interface AheadDetection {
  /** Its result, once; later calls (and a detection that found nothing or failed) give null. */
  take(): Promise<AheadResult | null>;
}

/**
 * Detects the article in tasks of its own (after yielding, so the page runs first), reads its text
 * in the next ones (each is long on a long page), and watches the page until the result is taken: a change
 * of the article since makes the session read the text again. Never rejects.
 */
export function detectAhead(doc: Document, engine: ReadabilityEngine | Promise<ReadabilityEngine>): AheadDetection {
  let root: Element | null = null;
  let changed = false;
  let taken = false;
  const observer = new MutationObserver((records) => {
    if (!changed && root && touches(records, root)) changed = true;
  });
  const timer = setTimeout(stop, AHEAD_KEPT_MS);
  function stop(): void {
    observer.disconnect();
    clearTimeout(timer);
  }
  const found: Promise<FoundArticle | null> = yieldToPage()
    .then(async () => {
      const scope = await detectArticleSliced(doc, engine, { asked: false }, yieldToPage, () => false);
      if (!scope) {
        stop();
        return null;
      }
      root = scope.root;
      observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
      await yieldToPage();
      // The text is read after the changes so far: only later ones (also those between its slices) count.
      observer.takeRecords();
      changed = false;
      const result = scope.root.isConnected ? await readArticleSliced(scope, false, () => false) : null;
      if (!result) stop();
      return result;
    })
    .catch((error: unknown) => {
      stop();
      console.debug('sourcemark: article detection failed', error);
      return null;
    });
  return {
    async take() {
      if (taken) return null;
      taken = true;
      const result = await found;
      // Changes already made are delivered to the observer only after this task: collect them now.
      if (root && touches(observer.takeRecords(), root)) changed = true;
      stop();
      if (!result || !result.scope.root.isConnected) return null;
      return { scope: result.scope, text: changed ? null : result.text };
    },
  };
}
