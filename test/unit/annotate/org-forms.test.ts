import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entitiesWithMention, entity, names } from './helpers';

describe('organization and actor forms of wire copy', () => {
  it('keeps "Office of the ...", "Court of ..." inside a longer name, and possessive offices whole', () => {
    const a = annotate('The Office of the Maritime Safety Commissioner said it was told. The case went to the Inter-Regional Court of Fisheries. The Prosecutor General’s Office opened a probe.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Office of the Maritime Safety Commissioner', 'Inter-Regional Court of Fisheries', 'Prosecutor General’s Office']));
  });

  it('drops the acronym and title before a name ("FEMA Administrator Jane Roe") and ignores storms', () => {
    const a = annotate('FEMA Administrator Dara Quell wrote to lawmakers after Hurricane Orlena struck and Typhoon Mawar passed.');
    expect(entity(a, 'Dara Quell')?.kind).toBe('person');
    expect(entitiesWithMention(a, 'Hurricane Orlena')).toEqual([]);
    expect(entitiesWithMention(a, 'Typhoon Mawar')).toEqual([]);
  });

  it('reads a name after "led by" as a person, and "third-party" as no organization noun', () => {
    const a = annotate('The bill was backed by the Civic Union, the party led by Marisa Tolentano. Hackers used a third-party Norvane contractor.');
    expect(entity(a, 'Marisa Tolentano')?.kind).toBe('person');
    expect(entitiesWithMention(a, 'Norvane')).toEqual([]);
  });

  it('reads a bare "Congo" as the Congo the article names in full', () => {
    const a = annotate('KOLWEZI, Democratic Republic of Congo (Reuters) - Miners struck. Congo supplies most cobalt. Guinea and Guinea-Bissau met.');
    expect(entitiesWithMention(a, 'Congo').map((e) => e.name)).toEqual(entitiesWithMention(a, 'Democratic Republic of Congo').map((e) => e.name));
    expect(entity(a, 'Guinea')?.mentions.map((m) => m.text)).toEqual(['Guinea']);
  });

  it('knows Australian states and mountain ranges as places', () => {
    const a = annotate('Surgeries in New South Wales and Queensland were delayed. Protests spread across the southern Andes.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['New South Wales', 'Queensland', 'Andes']));
    expect(entitiesWithMention(a, 'Wales')).toEqual([]);
  });
});

describe('parent companies', () => {
  it('keeps Alphabet and its Google apart', () => {
    const a = annotate("Members include Alphabet's Google and Meta Platforms.");
    expect(entitiesWithMention(a, 'Alphabet').map((e) => e.name)).toEqual(['Alphabet']);
    expect(entitiesWithMention(a, 'Google').map((e) => e.name)).toEqual(['Google']);
  });
});
