import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

function atts(text: string): Array<{ source: string; anonymous: boolean; evidence: string }> {
  return annotate(text).attributions.map((a) => ({ source: a.source, anonymous: a.anonymous, evidence: text.slice(a.start, a.end) }));
}

describe('speech coordinated by "but" with an earlier verb of the same subject', () => {
  it('gives a named minister who "declined to confirm … but told" as the source', () => {
    const r = atts('Trade Minister Doran Velisk declined to confirm the price but told reporters on Monday that the deal was fair.');
    expect(r.map((a) => [a.source, a.evidence])).toEqual([['Doran Velisk', 'Doran Velisk declined to confirm the price but told']]);
  });

  it('keeps an unnamed group after a comma before "but"', () => {
    const r = atts('Two lawmakers welcomed the deal, but said it came too late.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Two lawmakers', true]]);
  });

  it('does not give the first subject a cue whose own subject follows "but"', () => {
    const r = atts('The ministry praised the deal, but residents said it was unfair.');
    expect(r.map((a) => a.source)).toEqual(['residents']);
  });
});

describe('"others" as an unnamed source', () => {
  it('reads "Others said" opening a sentence and "while others said" inside one', () => {
    const r = atts('Some economists backed the plan. Others said the terms were too generous. A few were unsure, while others said it was fair.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Others', true], ['others', true]]);
  });
});

describe('"according to" a titled person', () => {
  it('gives the person after a capitalised title the mention leaves out', () => {
    const r = atts('At least 12 people died, according to Father Miro Kalvet, a priest in the area. The road is shut, according to Governor Tessa Ramboa.');
    expect(r.map((a) => [a.source, a.evidence])).toEqual([
      ['Miro Kalvet', 'according to Father Miro Kalvet'],
      ['Tessa Ramboa', 'according to Governor Tessa Ramboa'],
    ]);
  });
});
