/**
 * Unknown places typed by where the sentence goes and how a district is named: "flown to X", "routes to
 * X, Y and Z", "the X district of Y province".
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('a name after a word of going and "to"', () => {
  it('is the place they went to', () => {
    const a = annotate('The wounded were airlifted to Korvane on Monday, the agency reported.');
    expect(entity(a, 'Korvane')?.kind).toBe('place');
    const b = annotate('Hundreds of families fled to Mbeliko after the raid, a local official said.');
    expect(entity(b, 'Mbeliko')?.kind).toBe('place');
  });

  it('types every name of a list the "to" opens', () => {
    const a = annotate('The depot serves routes to Tanvik, Orsola and Kemberu, a police spokeswoman said.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Tanvik', 'Orsola', 'Kemberu']));
  });

  it('says nothing after "to" where nobody goes anywhere', () => {
    const a = annotate('The envoy explained the plan to Kemberu, his aide said.');
    expect(names(a, 'place')).not.toContain('Kemberu');
  });
});

describe('"the X district of Y province"', () => {
  it('is the district X inside Y', () => {
    const a = annotate('Six rockets landed in the Varsak district of eastern Doruna province, officials said.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Varsak', 'Doruna']));
  });

  it('after a people\'s adjective is still the noun of the name after it', () => {
    const a = annotate('Troops landed on the Philippine island of Jolo on Friday.');
    expect(names(a, 'place')).toContain('Jolo');
    expect(names(a, 'place').some((n) => /Philippine/.test(n))).toBe(false);
  });
});
