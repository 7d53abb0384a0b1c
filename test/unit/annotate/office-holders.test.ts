import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

function atts(text: string): Array<{ source: string; anonymous: boolean; evidence: string }> {
  return annotate(text).attributions.map((a) => ({ source: a.source, anonymous: a.anonymous, evidence: text.slice(a.start, a.end) }));
}

describe('a title standing for its holder', () => {
  it('gives "the minister" and "the commissioner" to the person the story gave that title', () => {
    const r = atts('Energy Minister Halvor Brenn visited the plant on Monday. The minister said output would rise. Police Commissioner Ada Kesti arrived later. The commissioner told reporters the road was open.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Halvor Brenn', false], ['Ada Kesti', false]]);
  });

  it('picks the holder whose title has the qualifier when several hold it', () => {
    const r = atts('Interior Minister Teo Marsk and Foreign Minister Lisa Varn met on Monday. The interior minister said the border would stay shut.');
    expect(r.map((a) => a.source)).toEqual(['Teo Marsk']);
  });

  it('keeps "a senior senator" and "one local councillor" unnamed, and "the senator" after them too', () => {
    const r = atts('One senior opposition senator, who asked not to be named, said the bill would fail. "We lack the votes," the senator said. A local councillor told a radio station that the market was closed.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['senior opposition senator', true], ['senator', true], ['local councillor', true]]);
  });
});

describe('a name ending in "\'s" before a reporting verb', () => {
  it('reads "Ratings agency Orvill\'s said" as one body speaking, not a possessive', () => {
    const r = atts("Ratings agency Orvill's said the levy was negative for lenders.");
    expect(r.map((a) => [a.source, a.evidence])).toEqual([["Orvill's", "Orvill's said"]]);
  });

  it('leaves a possessive before a noun alone', () => {
    const names = annotate("The levy hurts lenders such as Orvill Bank, and Orvill Bank's analysts said it was negative.").entities.map((e) => e.name);
    expect(names).toContain('Orvill Bank');
    expect(names).not.toContain("Orvill Bank's");
  });
});
