/**
 * Body names the run of capitalised words used to break: a plural possessive inside the name
 * ("Bankers' Association") and a body named in Spanish, Portuguese or French with its country after
 * "de" ("Universidad del Valle de Guatemala").
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('a plural possessive inside a body\'s name', () => {
  it('keeps the name whole', () => {
    const a = annotate('The Tarsi Bankers\' Association said rates would rise next quarter.');
    expect(entity(a, 'Tarsi Bankers\' Association')?.kind).toBe('organization');
    const b = annotate('Officials of the Garment Exporters\' Union told reporters the strike would go on.');
    expect(entity(b, 'Garment Exporters\' Union')?.kind).toBe('organization');
  });

  it('does not join a country to what it owns', () => {
    const a = annotate('The Philippines\' Coast Guard said it shadowed the ship.');
    expect(names(a, 'place')).toContain('Philippines');
    expect(a.entities.some((e) => e.name.startsWith('Philippines'))).toBe(true);
    expect(a.entities.some((e) => e.name.includes("Philippines'"))).toBe(false);
  });
});

describe('a body named in a Romance language', () => {
  it('takes its country after "de" and is an organization, wherever it stands', () => {
    const a = annotate('Researcher Marta Solís, of the Universidad del Sur de Guatemala, said the group first appeared in May.');
    expect(entity(a, 'Universidad del Sur de Guatemala')?.kind).toBe('organization');
    expect(names(a, 'place')).toContain('Guatemala');
  });

  it('is an organization when capitalised words follow its first word', () => {
    const a = annotate('On Monday, the Guardia Costera Nacional said its boats had turned back the raiders.');
    expect(entity(a, 'Guardia Costera Nacional')?.kind).toBe('organization');
    expect(a.attributions.map((x) => x.source)).toContain('Guardia Costera Nacional');
  });

  it('leaves a place written with "de" alone', () => {
    const a = annotate('Gunmen attacked a bus near San José de Ocoa on Monday, police said.');
    expect(names(a, 'organization')).toEqual([]);
  });
});

describe('a body named with its kind after it', () => {
  it('speaks as itself through "the opposition X party said"', () => {
    const a = annotate('The opposition Tavola party said on Monday the deal was a betrayal.');
    expect(a.attributions.map((x) => x.source)).toContain('Tavola');
  });
});

describe('nouns of a people', () => {
  it('are never entities ("a Serb party", "Croat leaders")', () => {
    const a = annotate('Srpska Sloga, the largest Serb party in the north, said Croat leaders had been told.');
    expect(a.entities.map((e) => e.name)).not.toContain('Serb');
    expect(a.entities.map((e) => e.name)).not.toContain('Croat');
  });
});

describe('a body whose head is "Initiative", "Collective" or "Trust"', () => {
  it('is an organization and a source, even after a people\'s adjective', () => {
    const a = annotate('The Egyptian Initiative for Civil Liberties said the detainees had not been charged.');
    expect(entity(a, 'Egyptian Initiative for Civil Liberties')?.kind).toBe('organization');
    expect(a.attributions.map((x) => x.source)).toContain('Egyptian Initiative for Civil Liberties');
  });

  it('does not make "an NGO" an organization', () => {
    const a = annotate('The Marsa Foundation, an NGO based in Dakar, said prices had doubled.');
    expect(a.entities.map((e) => e.name)).not.toContain('NGO');
  });
});
