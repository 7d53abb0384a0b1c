import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, entitiesWithMention } from './helpers';

describe('canonical entities', () => {
  it('links a surname and al-/Al- variants to the full name', () => {
    const a = annotate('Prime Minister Haidar al-Zubaidi arrived. Zubaidi spoke first. Later Al-Zubaidi left.');
    const e = entity(a, 'Haidar al-Zubaidi');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Haidar al-Zubaidi', 'Zubaidi', 'Al-Zubaidi']);
  });

  it('never merges different people who share a surname', () => {
    const a = annotate('Karim Osei met Abena Osei and Kwame Osei in Accra. The leader Kwame Osei spoke.');
    const people = a.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect([...people].sort()).toEqual(['Abena Osei', 'Karim Osei', 'Kwame Osei']);
  });

  it('drops a bare shared surname rather than guessing, but resolves it by role', () => {
    const a = annotate('President Lina Haddad and the minister Sami Haddad met. President Haddad said talks went well. Haddad left.');
    const lina = entity(a, 'Lina Haddad');
    expect(lina?.mentions.map((m) => m.text)).toContain('Haddad');
    expect(entitiesWithMention(a, 'Haddad')).toHaveLength(1);
    expect(entity(a, 'Sami Haddad')?.mentions.map((m) => m.text)).toEqual(['Sami Haddad']);
  });

  it('folds a near-miss spelling of a name seen in the article', () => {
    const a = annotate('Foreign Minister Katarina Novakovic visited Belgrade. Katarina Novakovik said later that talks were useful.');
    expect(a.entities.filter((e) => e.kind === 'person')).toHaveLength(1);
  });

  it('folds a near-miss spelling of a known name into the knowledge entry', () => {
    const a = annotate('Anthony Blinken met the press. Blinken said nothing.');
    expect(entity(a, 'Antony Blinken')?.mentions.map((m) => m.text)).toEqual(['Anthony Blinken', 'Blinken']);
  });

  it('links a given name used alone to the only person with that given name', () => {
    const a = annotate('Mayor Rashida Kamali opened the bridge. Rashida said it took years.');
    expect(entity(a, 'Rashida Kamali')?.mentions.map((m) => m.text)).toEqual(['Rashida Kamali', 'Rashida']);
  });

  it('links an acronym to its expansion in the article', () => {
    const a = annotate('The Northern Grain Traders Association (NGTA) protested. The NGTA said prices fell.');
    const e = entity(a, 'Northern Grain Traders Association');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Northern Grain Traders Association', 'NGTA', 'NGTA']);
  });

  it('resolves an office handle to the person holding the office', () => {
    const a = annotate('U.S. President Joe Biden called. "Thanks @POTUS," the minister wrote.');
    expect(entity(a, 'Joe Biden')?.mentions.map((m) => m.text)).toEqual(['Joe Biden', '@POTUS']);
  });

  it('uses known aliases: one entity for an organization and its acronym', () => {
    const a = annotate('The Islamic Revolutionary Guard Corps fired missiles. The IRGC later confirmed it.');
    expect(entity(a, 'Islamic Revolutionary Guard Corps')?.mentions).toHaveLength(2);
  });
});
