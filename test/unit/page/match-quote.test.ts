import { describe, expect, it } from 'vitest';
import { reanchorAll, selectorFor } from '../../../lib/page/anchors';
import { approxSearch, editDistance, similarity } from '../../../lib/page/edit-distance';
import { matchQuote } from '../../../lib/page/match-quote';

const TEXT =
  'President Volodymyr Zelenskiy said the strike showed why Ukraine needed more air defence. ' +
  'Zelenskiy spoke in his nightly video address. Later, Zelenskiy met generals in Kyiv.';

describe('edit distance', () => {
  it('counts edits and turns them into a similarity', () => {
    expect(editDistance('Zelenskiy', 'Zelensky')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(similarity('abcd', 'abcd')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abcd', 'wxyz')).toBe(0);
  });

  it('finds approximate occurrences with their start', () => {
    const found = approxSearch('the Zelensky address', 'Zelenskiy', 1);
    expect(found).toEqual([{ start: 4, end: 12, errors: 1 }]);
    expect(approxSearch('nothing here', 'Zelenskiy', 1)).toEqual([]);
  });
});

describe('matchQuote', () => {
  const at = TEXT.indexOf('Zelenskiy spoke');
  const sel = selectorFor(TEXT, at, at + 'Zelenskiy'.length);

  it('finds a quote where it was', () => {
    expect(matchQuote(TEXT, sel)).toMatchObject({ start: at, end: at + 9 });
  });

  it('tells repeated words apart by their context, wherever they moved', () => {
    const moved = 'BREAKING: a new post above. ' + TEXT;
    expect(matchQuote(moved, sel)).toMatchObject({ start: at + 28 });
    // The same word elsewhere with another context is not taken for it.
    const third = TEXT.indexOf('Zelenskiy met');
    const sel3 = selectorFor(TEXT, third, third + 9);
    expect(matchQuote(moved, sel3)?.start).toBe(third + 28);
  });

  it('uses the shift of the neighbours as a cheap first guess', () => {
    const moved = 'x'.repeat(5000) + TEXT;
    expect(matchQuote(moved, sel, 5000)).toMatchObject({ start: at + 5000 });
  });

  it('falls back to a fuzzy match when the text was edited, near the old place', () => {
    const edited = TEXT.replace('Zelenskiy spoke', 'Zelensky spoke');
    expect(matchQuote(edited, sel)).toMatchObject({ start: at, end: at + 8 });
  });

  it('orphans a quote that is gone rather than placing it on other words', () => {
    const gone = TEXT.replace('Zelenskiy spoke in his nightly video address.', 'The minister gave no interview at all tonight.');
    const found = matchQuote(gone, sel);
    // Either nothing, or one of the real remaining Zelenskiy mentions — never "minister".
    if (found) expect(gone.slice(found.start, found.end)).toBe('Zelenskiy');
    const unrelated = 'A completely different article about farming in Poland and its wheat harvest.';
    expect(matchQuote(unrelated, sel)).toBeNull();
  });

  it('refuses an occurrence whose context does not agree', () => {
    const elsewhere = 'Farm ministers met. Zelenskiy was not mentioned by any of them at the meeting in Warsaw.';
    expect(matchQuote(elsewhere, { ...sel, start: 20 })).toBeNull();
  });
});

describe('reanchorAll', () => {
  it('moves every selector with a post inserted above, and orphans the removed one', () => {
    const names = ['Volodymyr Zelenskiy', 'Ukraine', 'Kyiv'];
    const sels = names.map((n) => selectorFor(TEXT, TEXT.indexOf(n), TEXT.indexOf(n) + n.length));
    const next = 'New post: Emmanuel Macron spoke in Paris.\n\n' + TEXT.replace(' Later, Zelenskiy met generals in Kyiv.', '');
    const placed = reanchorAll(next, sels);
    expect(placed.map((p) => (p ? next.slice(p.start, p.end) : null))).toEqual(['Volodymyr Zelenskiy', 'Ukraine', null]);
  });
});
