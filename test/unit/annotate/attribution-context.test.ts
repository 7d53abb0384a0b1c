import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

function evidence(text: string): { source: string; text: string; anonymous: boolean }[] {
  return annotate(text).attributions.map((a) => ({ source: a.source, text: text.slice(a.start, a.end), anonymous: a.anonymous }));
}

describe('attribution sources across clauses', () => {
  it('skips a "who ..." clause and a participial clause between source and cue', () => {
    const t = 'One nurse, who spoke on condition of anonymity because she was not authorized to speak, said staff used paper. Two aides, speaking on condition of anonymity, said a deal was near.';
    const got = evidence(t);
    expect(got.map((g) => g.anonymous)).toEqual([true, true]);
    expect(got[0]?.text.startsWith('One nurse')).toBe(true);
    expect(got[1]?.text.startsWith('Two aides')).toBe(true);
  });

  it('credits "who argued" to the person the clause hangs on', () => {
    const got = evidence('Among them was Representative Cal Drummond of Ohio, a member of the caucus, who argued that the bill was wasteful.');
    expect(got[0]?.source).toBe('Cal Drummond');
  });

  it('resolves "the company said" and "the tribunal said" to the organization named before', () => {
    const got = evidence('A cyberattack hit Norrow Health Partners on Monday, the company said. The Supreme Electoral Tribunal counted votes. The tribunal said turnout was high.');
    expect(got.map((g) => g.source)).toEqual(['Norrow Health Partners', 'Supreme Electoral Tribunal']);
  });

  it('does not credit "she said" to a man named just before', () => {
    const t = 'Chief Executive Gregory Hale spoke to staff. One nurse, who asked not to be named, said it was chaos. "It is like 1985," she said.';
    expect(evidence(t).at(-1)?.anonymous).toBe(true);
  });

  it('finds unnamed sources with a trailing phrase and document sources', () => {
    const got = evidence('Six soldiers died, officials on both sides said. Revenue rose, according to regulatory filings.');
    expect(got.map((g) => g.anonymous)).toEqual([true, true]);
  });

  it('ignores instructions, capitalised cue words inside names and plural nouns', () => {
    const got = evidence('The budget office told agencies to prepare for a lapse. Mali joined the Alliance of Sahel States. Farmers in eastern member states protested.');
    expect(got).toEqual([]);
  });

  it('takes the named appositive, not the title before it, as the source', () => {
    const got = evidence('The ministry’s spokesman, Enayat Karimi, said in a post on X that two guards died.');
    expect(got[0]?.source).toBe('Enayat Karimi');
  });
});
