/**
 * Places whose names are also given names or unknown words, typed by the words around them: a bare
 * given name after a locative, a name in commas after "the village", a name before "settlement".
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('a place that shares its name with a given name', () => {
  it('is a place after a locative when it stands alone', () => {
    const a = annotate('Nine inmates died in a fire at the prison in Miriam, near the capital, officials said.');
    expect(entity(a, 'Miriam')?.kind).toBe('place');
    const b = annotate('Shells landed near Gloria on Sunday, the governor said.');
    expect(entity(b, 'Gloria')?.kind).toBe('place');
  });

  it('stays a person when a title or appositive says so, or when the name is also a family name', () => {
    const a = annotate('The minister said she had full confidence in Miriam, her deputy, to lead the talks.');
    expect(entity(a, 'Miriam')?.kind).toBe('person');
    const b = annotate('Senator Ruth Cole met Adam Gray. Trust in Gray has grown, his aides said.');
    expect(names(b, 'place')).not.toContain('Gray');
  });

  it('is a place when it stands in commas after "the village" or "the town"', () => {
    const a = annotate('The village, Bonsa-Kiri, lies 40 km from the border, the mayor said.');
    expect(entity(a, 'Bonsa-Kiri')?.kind).toBe('place');
    const b = annotate('The town, Velmora, was shelled overnight, residents said.');
    expect(entity(b, 'Velmora')?.kind).toBe('place');
  });

  it('is not made a place by commas after another noun', () => {
    const a = annotate('The spokesman, Dario Velmora, said the talks would resume.');
    expect(entity(a, 'Dario Velmora')?.kind).toBe('person');
  });

  it('is the place named before "settlement", without the word', () => {
    const a = annotate('A gunman opened fire at a bus stop outside the Ariel settlement, the ambulance service said.');
    expect(entity(a, 'Ariel')?.kind).toBe('place');
    expect(names(a, 'person')).not.toContain('Ariel');
  });
});
