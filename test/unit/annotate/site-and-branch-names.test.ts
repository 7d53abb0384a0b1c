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
