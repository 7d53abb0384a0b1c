/**
 * Finds the page's article and reads its text: Readability's verdict (lib/page/article-detect.ts) and
 * the live text under it, judged long enough to be an article. It can also run AHEAD of the session,
 * while the background is still asked whether the site is on, so the site-policy round trip and the
 * detection overlap instead of adding up on the way to the first highlight.
 */
import { detectArticle, type ArticleScope } from './article-detect';
import { countWords } from './blocks';
import { MAX_READ_CHARS, readScope, type ScopeText } from './read-scope';
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

/** Reads the text of a detected article; null when it has too few words to count as one. */
function readArticle(scope: ArticleScope, asked: boolean): FoundArticle | null {
  const text = readScope(scope, MAX_READ_CHARS);
  const min = asked ? MIN_ASKED_WORDS : MIN_ARTICLE_WORDS;
  if (countWords(text.text, min) < min) return null;
  return { scope, text };
}

/** Detects the article of `doc` and reads it; null when there is none (or too little text). */
export function findArticle(doc: Document, asked: boolean): FoundArticle | null {
  const scope = detectArticle(doc, { asked });
  return scope ? readArticle(scope, asked) : null;
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
 * Detects the article in a task of its own (after yielding, so the page runs first), reads its text
 * in the next (each is long on a long page), and watches the page until the result is taken: a change
 * of the article since makes the session read the text again. Never rejects.
 */
export function detectAhead(doc: Document): AheadDetection {
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
      const scope = detectArticle(doc, { asked: false });
      if (!scope) {
        stop();
        return null;
      }
      root = scope.root;
      observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true });
      await yieldToPage();
      const result = scope.root.isConnected ? readArticle(scope, false) : null;
      // The text was read after the changes so far: only later ones count.
      observer.takeRecords();
      changed = false;
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
