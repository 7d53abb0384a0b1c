import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { names } from './helpers';

describe('a place introduced by an appositive that goes on after its head noun', () => {
  it('reads "X, a farming village about 25 km from …" and "Y, a district known for …" as places', () => {
    const a = annotate('Gunmen surrounded Belmoka, a farming village about 25 km from the border. Police raided Kestrin, a district known for smuggling. Troops reached Ovrana, a town west of the river.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Belmoka', 'Kestrin', 'Ovrana']));
  });

  it('still reads a person appositive as a person', () => {
    const a = annotate('Marta Velkova, a teacher about to retire, said the school was closed.');
    expect(names(a, 'place')).not.toContain('Marta Velkova');
  });
});

describe('a known place inside a longer place name', () => {
  it('reads "New" before a known place, mid-sentence, as another place ("New Britain", not Britain)', () => {
    const a = annotate('The island lies east of New Britain, officials said.');
    expect(names(a, 'place')).toContain('New Britain');
    expect(names(a, 'place')).not.toContain('Britain');
  });

  it('reads a known two-word place followed by one unknown capitalised word as the longer name', () => {
    const a = annotate('The director of a prison in San Pedro Varlosa was shot. He later flew to San Pedro on Monday.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['San Pedro Varlosa', 'San Pedro']));
  });
});
