/**
 * Unfamiliar names typed by the words news puts around them: where flights are diverted to and where
 * people come from are places, a legislator represents a constituency, an uprising topples a ruler, a
 * minister's "counterpart, X," is a person, "the X guerrilla group" is a body, and "the X area" a place.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('names typed by the words around them', () => {
  it('makes where flights were diverted to a place', () => {
    expect(entity(annotate('Flights were diverted to Zlitanah, about 200 km to the east.'), 'Zlitanah')?.kind).toBe('place');
  });

  it('makes where hotel owners or pilgrims come from a place', () => {
    const a = annotate('Two hotel owners from Hikkawela said bookings fell. Pilgrims from Kataragamo were stranded.');
    expect(entity(a, 'Hikkawela')?.kind).toBe('place');
    expect(entity(a, 'Kataragamo')?.kind).toBe('place');
  });

  it('makes what a lawmaker represents a place', () => {
    expect(entity(annotate('A lawmaker who represents Konarak told a local daily the port was shut.'), 'Konarak')?.kind).toBe('place');
  });

  it('makes whom an uprising toppled a person', () => {
    expect(entity(annotate('The country has been unstable since an uprising toppled Idris Mansuri in 2011.'), 'Idris Mansuri')?.kind).toBe('person');
  });

  it("makes a minister's named counterpart a person", () => {
    expect(entity(annotate('The minister spoke with his Tajik counterpart, Davlat Sharipzoda, on Monday.'), 'Davlat Sharipzoda')?.kind).toBe('person');
  });

  it('makes "the X guerrilla group" a body, but not the faith in "a Sunni militant group"', () => {
    expect(entity(annotate('The army blamed a remnant of the Red Dawn guerrilla group.'), 'Red Dawn')?.kind).toBe('organization');
    expect(names(annotate('The Hill Front, a Sunni militant group, claimed the attack.'), 'organization')).toEqual(['Hill Front']);
  });

  it('makes "the X area" a place named X', () => {
    const a = annotate('A man was shot in the Shantallow area on Monday.');
    expect(entity(a, 'Shantallow')?.kind).toBe('place');
  });
});

describe('commands, chambers and autonomous regions', () => {
  it('makes a military command named after its area a body', () => {
    const a = annotate('A spokesman for the Third Army Region said two soldiers were hurt.');
    expect(entity(a, 'Third Army Region')?.kind).toBe('organization');
  });

  it('makes a chamber named in apposition a body', () => {
    expect(entity(annotate('He told lawmakers in the Jogorku, the lower house of parliament, on Monday.'), 'Jogorku')?.kind).toBe('organization');
  });

  it('names "the X autonomous region" the place X', () => {
    const a = annotate('The group now runs the Kamora autonomous region.');
    expect(names(a, 'place')).toEqual(['Kamora']);
  });
});
