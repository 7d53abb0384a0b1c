import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, entitiesWithMention, names } from './helpers';

describe('places', () => {
  it('finds countries, cities and datelines, with exact offsets', () => {
    const text = 'KABUL (AP) — Officials in Kabul and Islamabad met on Friday, Pakistan’s foreign office said.';
    const a = annotate(text);
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Kabul', 'Islamabad', 'Pakistan']));
    const kabul = entity(a, 'Kabul');
    expect(kabul?.mentions.map((m) => m.text)).toEqual(['KABUL', 'Kabul']);
    for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(entity(a, 'Associated Press')?.kind).toBe('organization');
  });

  it('types named sites by their head word: bases, airports, governorates', () => {
    const a = annotate('Drones struck the Qayyarah air base and Mosul International Airport, in the Nineveh Governorate.');
    expect(entitiesWithMention(a, 'Qayyarah air base')[0]?.kind).toBe('place');
    expect(entitiesWithMention(a, 'Mosul International Airport')[0]?.kind).toBe('place');
    expect(entitiesWithMention(a, 'Nineveh Governorate')[0]?.kind).toBe('place');
  });

  it('does not make a place of a capitalised common word opening a caption', () => {
    const a = annotate('FILE - A view of the port of Aden, Yemen.');
    expect(names(a, 'place')).not.toContain('File');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Aden', 'Yemen']));
  });
});

describe('actors', () => {
  it('types organizations by head words and "X of Y" patterns', () => {
    const a = annotate('The Ministry of Health and the Sahel Farmers Union rejected the plan, as did the Kivu Liberation Front.');
    expect(entity(a, 'Ministry of Health')?.kind).toBe('organization');
    expect(entity(a, 'Sahel Farmers Union')?.kind).toBe('organization');
    expect(entity(a, 'Kivu Liberation Front')?.kind).toBe('organization');
  });

  it('makes a demonym plus institution an organization, and a possessive country too', () => {
    const a = annotate('The Chilean government and Peru’s military held talks. Chilean military personnel watched.');
    expect(entity(a, 'Chilean government')?.kind).toBe('organization');
    expect(entity(a, 'Peruvian military')?.mentions.map((m) => m.text)).toEqual(['Peru’s military']);
    expect(entity(a, 'Chilean military')).toBeUndefined();
  });

  it('strips titles from names and keeps them as the role', () => {
    const a = annotate('Finance Minister Laila Haddad met Kenyan President William Ruto in Nairobi.');
    const haddad = entity(a, 'Laila Haddad');
    expect(haddad?.kind).toBe('person');
    expect(haddad?.role).toBe('Finance Minister');
    expect(entity(a, 'William Ruto')?.role).toBe('Kenyan President');
  });

  it('recognises people by a lower-case title or an appositive role', () => {
    const a = annotate('Party spokesman Idris Tanko denied it. Omar Faizi, a senior adviser to the minister, agreed.');
    expect(entity(a, 'Idris Tanko')?.kind).toBe('person');
    expect(entity(a, 'Omar Faizi')?.kind).toBe('person');
  });

  it('ignores one-word menu lines', () => {
    const a = annotate('Story text about Lagos.\nXS\nLG\n');
    expect(a.entities.map((e) => e.name)).toEqual(['Lagos']);
  });
});
