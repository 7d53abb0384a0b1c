import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entitiesWithMention, entity, names } from './helpers';

describe('unknown names typed by context', () => {
  it('keeps "for" and "on" names of organizations whole, but not a date after them', () => {
    const a = annotate("A study by Tarvik University's Center on Migration and Employment found gaps. Ola Berg of the Council on Rural Affairs said the Institute for Coastal and Marine Research agreed. Hackers hit Velmar Partners on Monday.");
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Center on Migration and Employment', 'Council on Rural Affairs', 'Institute for Coastal and Marine Research', 'Velmar Partners']));
  });

  it('reads a demonym before a people noun as an adjective, not as the organization it opens', () => {
    const a = annotate('Some Andean governments backed the plan. The Andean Community will meet in Lima. Leaders of Balkan states were absent.');
    expect(entity(a, 'Andean Community')?.mentions.map((m) => m.text)).toEqual(['Andean Community']);
    expect(entitiesWithMention(a, 'Andean')).toEqual([]);
    expect(entitiesWithMention(a, 'Balkan')).toEqual([]);
  });

  it('reads a capitalised ideology as an adjective: alone it is no actor, and it does not open a group\'s name', () => {
    const a = annotate('Police blamed the Islamist Verdant Brotherhood for the raid. Islamist politicians denied it. Marxist rebels and Maoist insurgents were also named. The Zionist Union party objected.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Verdant Brotherhood', 'Zionist Union']));
    for (const word of ['Islamist', 'Marxist', 'Maoist']) expect(entitiesWithMention(a, word)).toEqual([]);
  });

  it('reads a people\'s adjective before a plural noun as no name, unless the text uses it in a longer name', () => {
    const plain = annotate('The museum shows Roman mosaics and Persian carpets to visitors.');
    expect(entitiesWithMention(plain, 'Roman')).toEqual([]);
    const named = annotate('Roman Telvik, a collector, lent the pieces. Roman donations paid for the hall.');
    expect(entity(named, 'Roman Telvik')?.kind).toBe('person');
  });

  it('makes places of "<village|town|commune> of X" and of X in "X and Y crossings"', () => {
    const a = annotate('Raiders burned the hamlet of Tessoumba and the town of Gorel. Trade through the Kanvi and Oulba crossings resumed.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Tessoumba', 'Gorel', 'Kanvi', 'Oulba']));
  });

  it('makes organizations of names after an organization noun or an "analyst at"', () => {
    const a = annotate('The think tank Varnholt estimated costs. "It will hurt," said Nia Park, an economist at Quillon Partners. Analysts at Pemberly wrote in a note that demand fell.');
    expect(entity(a, 'Varnholt')?.kind).toBe('organization');
    expect(entity(a, 'Pemberly')?.kind).toBe('organization');
    expect(entity(a, 'Nia Park')?.kind).toBe('person');
  });

  it('types a name by its appositive head: a militia is an organization, a shopkeeper a person', () => {
    const a = annotate('Dan Koro Tenga, a Dogon self-defence militia, denied it. Amadou Sow Kane, a shopkeeper in the market, said prices rose.');
    expect(entity(a, 'Dan Koro Tenga')?.kind).toBe('organization');
    expect(entity(a, 'Amadou Sow Kane')?.kind).toBe('person');
  });

  it('reads "X-based" as a place and an unknown acronym as an organization', () => {
    const a = annotate('The Tarvik-based lender said losses grew, according to QXR data.');
    expect(entity(a, 'Tarvik')?.kind).toBe('place');
    expect(entity(a, 'QXR')?.kind).toBe('organization');
  });

  it('reads a lone unknown word before a reporting verb as an organization', () => {
    const a = annotate('Zorblax said in a statement that it had fixed the flaw.');
    expect(entity(a, 'Zorblax')?.kind).toBe('organization');
    expect(a.attributions[0]?.source).toBe('Zorblax');
  });

  it('gives an untyped name the kind of the name it is coordinated with', () => {
    const a = annotate('The debt was arranged by Morgan Stanley and Halbrook.');
    expect(entity(a, 'Halbrook')?.kind).toBe('organization');
  });

  it('folds "X province" into the place X and links the bare X', () => {
    const a = annotate('Shelling hit the Derzan district overnight. Residents of Derzan said homes burned.');
    const e = entitiesWithMention(a, 'Derzan district')[0];
    expect(e?.kind).toBe('place');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Derzan district', 'Derzan']);
  });

  it('keeps a hospital a named site and links its short form', () => {
    const a = annotate('Systems failed at Lakemoor Regional Medical Center and St. Ives Hospital. Nurses at Lakemoor described chaos.');
    expect(entitiesWithMention(a, 'Lakemoor Regional Medical Center')[0]?.mentions.map((m) => m.text)).toEqual(['Lakemoor Regional Medical Center', 'Lakemoor']);
    expect(entitiesWithMention(a, 'St. Ives Hospital')[0]?.kind).toBe('place');
  });
});

describe('names introduced with an acronym, outlets, titles', () => {
  it('takes the whole "Expansion (ACR)" as one organization and links the bare acronym', () => {
    const a = annotate('The Front for the Liberation of Kassa (FLK) claimed it. Later the FLK denied it.');
    const e = entity(a, 'Front for the Liberation of Kassa');
    expect(e?.kind).toBe('organization');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Front for the Liberation of Kassa', 'FLK', 'FLK']);
  });

  it('keeps a two-word dateline outlet as one news organization', () => {
    const a = annotate('BAGHDAD (Gulf Wire) — Rockets hit the city on Monday, officials said.');
    expect(entity(a, 'Gulf Wire')?.kind).toBe('organization');
    expect(names(a, 'place')).toEqual(['Baghdad']);
  });

  it('keeps a chain of titles out of the name', () => {
    const a = annotate('Deputy Minister Olena Marchuk told reporters the cap was unfair.');
    expect(entity(a, 'Olena Marchuk')?.role).toBe('Deputy Minister');
  });

  it('does not read a known city after a title as a place ("President Santiago Pena")', () => {
    const a = annotate('The policies of outgoing President Santiago Pena were popular.');
    expect(entity(a, 'Santiago Pena')?.kind).toBe('person');
    expect(names(a, 'place')).not.toContain('Santiago');
  });

  it('folds a place word into the party it names ("Colorado" for the Colorado Party)', () => {
    const a = annotate('The Colorado Party won. Investors priced in a Colorado win.');
    expect(entity(a, 'Colorado Party')?.mentions.map((m) => m.text)).toEqual(['Colorado Party', 'Colorado']);
  });

  it('makes a place of the country opening an organization name and of U.S. state abbreviations', () => {
    const a = annotate('NASHVILLE, Tenn. (AP) — The U.S. State Department said it was watching Tennessee.');
    expect(entity(a, 'United States')?.kind).toBe('place');
    expect(entity(a, 'Tennessee')?.mentions.map((m) => m.text)).toEqual(['Tenn.', 'Tennessee']);
  });

  it('links a bare legislature head to the full name and keeps an unlinked one', () => {
    const a = annotate('The U.S. House of Representatives passed the bill. The House then left. The Senate votes next.');
    expect(entity(a, 'U.S. House of Representatives')?.mentions.map((m) => m.text)).toEqual(['U.S. House of Representatives', 'House']);
    expect(entity(a, 'Senate')?.kind).toBe('organization');
  });
});

describe('organizations named by a lower-case head or "ruling"', () => {
  it('reads "the X party" and "ruling X" as organizations', () => {
    const a = annotate('Voters had elected a government led by the Nahdar party. She rose through the ranks of the ruling Kanu-DP in two years.');
    expect(entity(a, 'Nahdar')?.kind).toBe('organization');
    expect(entity(a, 'Kanu-DP')?.kind).toBe('organization');
  });
});
