/**
 * Edit distances for re-anchoring: how far a stored quote or its context is from the text a page shows
 * now. Pure string code, no DOM, so it runs and is tested in Node.
 */

/** Levenshtein distance between `a` and `b` (insertions, deletions and substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] as number;
}

/** Similarity in [0, 1]: 1 for equal strings, 0 for nothing in common; two empty strings are equal. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

/** An approximate occurrence of a pattern in a text. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Every approximate occurrence of `pattern` in `text[from, to)` with at most `maxErrors` edits
 * (Sellers' algorithm: O(pattern × window)); callers keep the window small. Overlapping occurrences
 * are reduced to the best one of each run.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  // cost[i] / origin[i]: best edit count aligning pattern[0, i) ending at the current text position,
  // and where in the text that alignment starts.
  let cost = new Array<number>(m + 1);
  let origin = new Array<number>(m + 1);
  let nextCost = new Array<number>(m + 1);
  let nextOrigin = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) {
    cost[i] = i;
    origin[i] = from;
  }
  const found: ApproxMatch[] = [];
  for (let j = from; j < to; j++) {
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    const ch = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const diag = (cost[i - 1] as number) + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      const up = (cost[i] as number) + 1; // text char not in pattern
      const left = (nextCost[i - 1] as number) + 1; // pattern char not in text
      if (diag <= up && diag <= left) {
        nextCost[i] = diag;
        nextOrigin[i] = origin[i - 1] as number;
      } else if (up <= left) {
        nextCost[i] = up;
        nextOrigin[i] = origin[i] as number;
      } else {
        nextCost[i] = left;
        nextOrigin[i] = nextOrigin[i - 1] as number;
      }
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const errors = cost[m] as number;
    if (errors > maxErrors) continue;
    const match = { start: origin[m] as number, end: j + 1, errors };
    const last = found[found.length - 1];
    if (last && match.start < last.end) {
      if (match.errors < last.errors) found[found.length - 1] = match;
    } else {
      found.push(match);
    }
  }
  return found;
}
