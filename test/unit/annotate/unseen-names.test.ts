import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entitiesWithMention, entity, names } from './helpers';

describe('ranks and titles kept out of unfamiliar names', () => {
  it('drops multi-word air force, army and police ranks before a name no list knows', () => {
    const a = annotate('"We will not strike blindly," said Air Commodore Obiora Kadunde, the spokesman. Wing Commander Teslim Adegboro agreed. "They were aiming at houses," Inspector General of Police Wangkhem Ibohal told reporters. Sub-Inspector Lalrin Tluanga was hurt.');
    expect(entity(a, 'Obiora Kadunde')?.kind).toBe('person');
    expect(entity(a, 'Obiora Kadunde')?.role).toBe('Air Commodore');
    expect(entity(a, 'Teslim Adegboro')?.kind).toBe('person');
    expect(entity(a, 'Wangkhem Ibohal')?.role).toBe('Inspector General of Police');
    expect(entity(a, 'Lalrin Tluanga')?.kind).toBe('person');
    expect(a.entities.some((e) => /Commodore|Wing|Inspector/.test(e.name))).toBe(false);
  });

  it('reads "Private" as a rank only with a capital before a name, not opening a company name', () => {
    const a = annotate('Private Davor Kelmendi was wounded. The Private Security Company said its guards fled. Work at private Dunmore Quarry stopped.');
    expect(entity(a, 'Davor Kelmendi')?.role).toBe('Private');
    expect(names(a, 'organization')).toContain('Private Security Company');
    expect(entitiesWithMention(a, 'Dunmore Quarry').map((e) => [e.kind, e.role])).not.toContainEqual(['person', 'private']);
  });
});

describe('unfamiliar names typed by their position', () => {
  it('makes a two- or three-word unfamiliar name after a quote and an inverted "said" a person', () => {
    const a = annotate('"Nobody has called us," said Zainab Kwarbai, whose sons are missing. "We heard shooting," said Tsegaye Woldu Abebe.');
    expect(entity(a, 'Zainab Kwarbai')?.kind).toBe('person');
    expect(entity(a, 'Tsegaye Woldu Abebe')?.kind).toBe('person');
  });

  it('leaves a name after "said" untyped when the clause goes on, or when a head word or demonym is in it', () => {
    const a = annotate('Officials said Tsanda Gari was attacked overnight. "We will rebuild," said Kotal Bridge, the operator.');
    expect(entitiesWithMention(a, 'Tsanda Gari').filter((e) => e.kind === 'person')).toEqual([]);
    expect(entitiesWithMention(a, 'Kotal Bridge').filter((e) => e.kind === 'person')).toEqual([]);
  });
});
