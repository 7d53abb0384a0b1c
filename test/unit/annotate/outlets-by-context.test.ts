/**
 * Bodies nobody knows, typed by what the story says they do: what "reported" or "aired" a story is an
 * outlet, whose "data" or "figures" a story cites is a firm or a body, and the name a group is
 * "calling itself" is that group's, even when it opens with a known place; and people nobody knows,
 * typed by the person noun they are named after ("a neighbour, X, said").
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity } from './helpers';

describe('bodies typed by what they do', () => {
  it('makes what first reported or aired a story an outlet', () => {
    const a = annotate('The plan was first reported by Kalamu Daily, which said talks had begun. The video was aired by Tamtam on Monday.');
    expect(entity(a, 'Kalamu Daily')?.kind).toBe('organization');
    expect(entity(a, 'Tamtam')?.kind).toBe('organization');
  });

  it('makes the compiler of cited data or figures a body', () => {
    const a = annotate('The bond rose to 71 cents, according to Bondvue data. Shipvane figures showed exports fell.');
    expect(entity(a, 'Bondvue')?.kind).toBe('organization');
    expect(entity(a, 'Shipvane')?.kind).toBe('organization');
    expect(a.attributions.map((x) => x.source)).toEqual(['Bondvue', 'Shipvane']);
  });

  it('keeps a group named "calling itself <Known place> <Word>" one organization', () => {
    const a = annotate('A group calling itself Black Sea Shield took responsibility for the blast.');
    expect(entity(a, 'Black Sea Shield')?.kind).toBe('organization');
    expect(a.entities.filter((e) => e.kind === 'place')).toEqual([]);
  });
});

describe('people named after a person noun', () => {
  it('makes an unfamiliar name set off by commas after "a neighbour" or "the victim\'s uncle" a person', () => {
    const a = annotate('A neighbour, Belkacem Hamadi, said the men came at night. The victim\'s uncle, Lounis Amrani, told reporters he was 19.');
    expect(entity(a, 'Belkacem Hamadi')?.kind).toBe('person');
    expect(entity(a, 'Lounis Amrani')?.kind).toBe('person');
  });

  it('leaves a place named after "the town," alone', () => {
    const a = annotate('Gunmen struck in the town, Ain Tazrout, late on Monday.');
    expect(entity(a, 'Ain Tazrout')?.kind).not.toBe('person');
  });
});
