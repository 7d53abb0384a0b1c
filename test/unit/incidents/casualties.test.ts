import { describe, expect, it } from 'vitest';
import { extractCasualties, mergeCasualties } from '../../../lib/annotate/incidents/casualties';

describe('extractCasualties', () => {
  it('reads killed and injured in both word orders', () => {
    expect(extractCasualties('The blast tore through the market, killing nine people and wounding 31.')).toEqual({ killed: 9, injured: 31 });
    expect(extractCasualties('Three policemen were killed and two others were injured.')).toEqual({ killed: 3, injured: 2 });
    expect(extractCasualties('The strike hurt at least one guard.')).toEqual({ injured: 1 });
  });

  it('reads a death toll', () => {
    expect(extractCasualties('The death toll rose to 14 on Sunday.')).toEqual({ killed: 14 });
  });

  it('gives zeroes for unrestricted "no casualties" and "no one was hurt"', () => {
    expect(extractCasualties('The shelling caused no casualties.')).toEqual({ killed: 0, injured: 0 });
    expect(extractCasualties('No one was hurt, the ministry said.')).toEqual({ killed: 0, injured: 0 });
    expect(extractCasualties('There were no injuries.')).toEqual({ injured: 0 });
  });

  it('gives nothing for a restricted zero or a vague count', () => {
    expect(extractCasualties('No soldiers were injured in the raid.')).toEqual({});
    expect(extractCasualties('Several guards were wounded.')).toEqual({});
  });

  it('does not count weapons or relative pronouns as victims', () => {
    expect(extractCasualties('Two drones killed a farmer.')).toEqual({ killed: 1 });
    expect(extractCasualties('Four shells that killed livestock fell nearby.')).toEqual({});
  });

  it('reads "a" and "one" as a single victim', () => {
    expect(extractCasualties('A police officer was killed in the raid.')).toEqual({ killed: 1 });
    expect(extractCasualties('The blast wounded a passer-by.')).toEqual({ injured: 1 });
    expect(extractCasualties('It injured a number of people.')).toEqual({});
  });

  it('merges figures from several mentions by keeping the highest', () => {
    expect(mergeCasualties({ killed: 0, injured: 2 }, { killed: 3 })).toEqual({ killed: 3, injured: 2 });
  });
});

describe('victims joined by "and"', () => {
  it('adds one more victim, or another count of them, to a verb-first count', () => {
    expect(extractCasualties('Shells hit the camp, killing five children and a woman, residents said.')).toEqual({ killed: 6 });
    expect(extractCasualties('The strike destroyed a depot, killing three of its fighters and a truck driver.')).toEqual({ killed: 4 });
    expect(extractCasualties('The bomb went off, killing two soldiers and three civilians.')).toEqual({ killed: 5 });
    expect(extractCasualties('The blast hit the convoy, injuring seven guards and their driver.')).toEqual({ injured: 8 });
  });

  it('adds nothing for a second verb or a thing destroyed', () => {
    expect(extractCasualties('killing two soldiers and wounding three others')).toEqual({ killed: 2, injured: 3 });
    expect(extractCasualties('killing four people and destroying a house')).toEqual({ killed: 4 });
    expect(extractCasualties('killing four people and a number of cattle')).toEqual({ killed: 4 });
  });
});
