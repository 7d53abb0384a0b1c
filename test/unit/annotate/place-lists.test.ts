import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('places from lists, locatives and appositives', () => {
  it('types every untyped member of a list after "in" as a place', () => {
    const a = annotate('Marches were held in Tarvanu, Oskelde and Brimholt on Friday.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Tarvanu', 'Oskelde', 'Brimholt']));
  });

  it('gives list members the kind of their typed partner, but not across a possessive', () => {
    const a = annotate('Rioters reached Kedah and Vantorre. Zelvane and China’s Baowu Group lost money.');
    expect(entity(a, 'Vantorre')?.kind).toBe('place');
    expect(entity(a, 'Zelvane')?.kind).not.toBe('place');
  });

  it('reads a two-word name after "in" as a place, but not after "a stake in"', () => {
    const a = annotate('The rally in Kuala Trengh drew thousands. Orvane took a stake in Pellmar Kines last year.');
    expect(entity(a, 'Kuala Trengh')?.kind).toBe('place');
    expect(entity(a, 'Pellmar Kines')?.kind).not.toBe('place');
  });

  it('reads ", the capital of X" as the appositive of a place', () => {
    const a = annotate('He spoke to supporters at Sungai Berang, the capital of the state, on Sunday.');
    expect(entity(a, 'Sungai Berang')?.kind).toBe('place');
  });

  it('keeps a stock exchange named after its city one organization', () => {
    const a = annotate('Shares were suspended on the Shanghai Stock Exchange and the London Metal Exchange.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Shanghai Stock Exchange', 'London Metal Exchange']));
    expect(names(a, 'place')).toEqual([]);
  });
});

describe('where a politician comes from', () => {
  it('reads "a Republican from X" as a place, even when X is also a given name', () => {
    const a = annotate('State Senator Lorna Quill, a Republican from Savannah who sponsored the bill, said she was disappointed.');
    expect(entity(a, 'Savannah')?.kind).toBe('place');
  });
});
