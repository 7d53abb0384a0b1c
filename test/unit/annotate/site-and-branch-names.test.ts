import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('a body\'s regional branch written straight after its name', () => {
  it('joins "Islamic State" and a name ending in "Province" into one body, with its acronym', () => {
    const a = annotate('Islamic State Varda Province claimed the attack on Friday. ISVP has bases in the hills.');
    expect(entity(a, 'Islamic State Varda Province')?.kind).toBe('organization');
    expect(entity(a, 'Islamic State Varda Province')?.aliases).toContain('ISVP');
    expect(names(a, 'place')).not.toContain('Varda Province');
  });

  it('keeps a body and a province apart when a word stands between them', () => {
    const a = annotate('The army in Varda Province said it killed ten fighters.');
    expect(names(a, 'place')).toContain('Varda Province');
  });
});

describe('sites named with a lower-case head', () => {
  it('reads "the Ostra bridge" and "the Imam Halek mosque" as places, the title inside the mosque\'s name', () => {
    const a = annotate('A bomb hit the Ostra bridge on Friday. Another blast struck the Imam Halek mosque in Tarvel.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Ostra bridge', 'Imam Halek mosque', 'Tarvel']));
    expect(names(a, 'person')).toEqual([]);
  });

  it('names no site with a people\'s adjective ("a Tajik checkpoint", "the Kyrgyz crossing")', () => {
    const a = annotate('Troops at a Tajik checkpoint fired on Sunday. The Kyrgyz crossing was shut.');
    expect(names(a, 'place')).toEqual([]);
  });
});

describe('kin groups that fight as one', () => {
  it('makes the name before "clan" a body', () => {
    const a = annotate('Fighters from the Merawi clan attacked the village on Monday.');
    expect(entity(a, 'Merawi')?.kind).toBe('organization');
  });
});

describe('national societies and branches named with a possessive', () => {
  it('makes "the Libyan Red Crescent" a country\'s own society, closed by "Society" when written', () => {
    const a = annotate('The Libyan Red Crescent said its teams evacuated 40 families. The Bangladesh Red Crescent Society sent boats.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Libyan Red Crescent', 'Bangladesh Red Crescent Society']));
    expect(names(a, 'organization')).not.toContain('International Committee of the Red Cross');
  });

  it('makes "<body>\'s Varda Province" the body\'s branch, the agent of a passive claim', () => {
    const text = "Responsibility was claimed by Islamic State's Varda Province, which said in a statement that it acted.";
    const a = annotate(text);
    expect(entity(a, 'Varda Province')?.kind).toBe('organization');
    expect(a.attributions.map((x) => x.source)).toEqual(['Varda Province', 'Varda Province']);
  });
});
