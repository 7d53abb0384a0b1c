import { describe, expect, it } from 'vitest';
import { findPlaces, learnRelations, mostSpecific, placesCompatible, type PlaceHit } from '../../../lib/annotate/incidents/places';
import { entitiesFor } from './helpers';

const find = (text: string, places: string[]) => findPlaces(text, entitiesFor(text, { places }), []);

describe('findPlaces', () => {
  it('adds named sites the entities miss and ranks them most specific', () => {
    const t = 'A drone hit Kandahar International Airport in Afghanistan.';
    const hits = find(t, ['Kandahar', 'Afghanistan']);
    expect(hits.map((h) => [h.name, h.rank])).toEqual([['Kandahar International Airport', 3], ['Afghanistan', 0]]);
    expect(mostSpecific(hits)?.name).toBe('Kandahar International Airport');
  });

  it('leaves out places that act as actors', () => {
    const t = 'Syria’s army said Syria-backed fighters and Jordan shelled Daraa.';
    expect(find(t, ['Syria', 'Jordan', 'Daraa']).map((h) => h.name)).toEqual(['Daraa']);
  });

  it('marks the place something was fired from', () => {
    const t = 'A rocket fired from Gaza landed near Ashkelon.';
    const hits = find(t, ['Gaza', 'Ashkelon']);
    expect(hits.map((h) => h.origin)).toEqual([true, false]);
    expect(mostSpecific(hits)?.name).toBe('Ashkelon');
  });
});

describe('ranking', () => {
  it('ranks a name followed by "province" as a region and a place the text nests as more specific', () => {
    const t = 'A drone hit a car near Tarvan in Moska province.';
    const hits = find(t, ['Tarvan', 'Moska']);
    expect(hits.map((h) => h.rank)).toEqual([2, 1]);
    expect(mostSpecific(hits, learnRelations(t, hits))?.name).toBe('Tarvan');
  });

  it('finds lower-case facility names after a proper name, but not after a country', () => {
    const t = 'Rockets hit the Khor Dana gas field and a U.S. military base.';
    expect(find(t, []).map((h) => h.name)).toEqual(['Khor Dana gas field']);
  });

  it('does not place the incident where the attackers fled to', () => {
    const t = 'Gunmen attacked a post in Saray and fled towards Kalam.';
    const hits = find(t, ['Saray', 'Kalam']);
    expect(mostSpecific(hits)?.name).toBe('Saray');
  });
});

describe('placesCompatible', () => {
  const t = 'Mosul’s old city and Basra, Iraq, and Aleppo in Syria; later the Grand Hotel.';
  const hits = find(t, ['Mosul', 'Basra', 'Iraq', 'Aleppo', 'Syria']);
  const rel = learnRelations(t, hits);
  const get = (name: string): PlaceHit => {
    const h = hits.find((x) => x.name === name);
    if (!h) throw new Error(`no ${name}`);
    return h;
  };

  it('treats a country as fitting any town unless another country is named', () => {
    expect(placesCompatible([get('Iraq')], [get('Mosul')], rel)).toBe(true);
    expect(placesCompatible([get('Syria')], [get('Basra'), get('Iraq')], rel)).toBe(false);
  });

  it('keeps different towns apart and nested ones together', () => {
    expect(placesCompatible([get('Mosul')], [get('Aleppo')], rel)).toBe(false);
    expect(placesCompatible([get('Aleppo')], [get('Syria')], rel)).toBe(true);
  });

  it('lets a site that names no town lie in any town', () => {
    expect(placesCompatible([get('Grand Hotel')], [get('Mosul')], rel)).toBe(true);
  });
});
