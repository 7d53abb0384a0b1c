import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { atts } from './helpers';

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

describe('more shapes of a source', () => {
  it('reads a named body qualified by "of the" and a short description ("The KGB of the breakaway region said")', () => {
    const r = atts('The Vostra Security Service of the breakaway region said two men were held.');
    expect(r.map((a) => [a.source, a.evidence])).toEqual([['Vostra Security Service', 'Vostra Security Service of the breakaway region said']]);
  });

  it('reads a passive cue with an adverb and the kind of body before the agent ("was first reported by the newspaper X")', () => {
    const r = atts('The plan was first reported by the newspaper La Vela on Monday.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['La Vela', false]]);
  });

  it('reads a trailing singular "says" ("…, the document says") as a cue', () => {
    const r = atts('The levy would raise $40 million a year, the document says. Prices will rise, the official says.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['document', true], ['official', true]]);
  });

  it('names a "de facto" ministry by its portfolio', () => {
    const r = atts('Two people were killed, according to the de facto health ministry.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['health ministry', false]]);
  });
});
