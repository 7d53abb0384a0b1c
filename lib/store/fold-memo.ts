/**
 * foldSearch with a memory, for the log's search: every search folds every entity's names and every
 * article's title again (about 40,000 strings at 10,000 articles: 220 ms warm in Node, 750 ms cold), and
 * a reader refining a query ("kad", "kadhi", "kadhimi") searches the same names each time. Folding is
 * pure, so the answers are kept; the memory is emptied whole once it holds its limit, so a long
 * session never grows it without bound. Only the log page uses it: the background folds statements
 * once per save and must not keep them.
 */
import { foldSearch } from './article-lookup';

/** Strings kept before the memory starts over: the names and titles of a 10,000-article log, twice over. */
export const FOLD_MEMO_LIMIT = 100_000;

/** A remembering foldSearch holding at most `limit` strings, and how many it holds. */
export function makeFoldMemo(limit: number): { fold: (s: string) => string; size: () => number } {
  const memo = new Map<string, string>();
  return {
    fold(s) {
      const known = memo.get(s);
      if (known !== undefined) return known;
      if (memo.size >= limit) memo.clear();
      const folded = foldSearch(s);
      memo.set(s, folded);
      return folded;
    },
    size: () => memo.size,
  };
}

/** The log page's remembering foldSearch. */
export const foldRemembered = makeFoldMemo(FOLD_MEMO_LIMIT).fold;
