/**
 * An armed group's or party's name opening with an adjective ("Free", "New", "Popular", "Democratic",
 * "Revolutionary", "Patriotic") and ending with a body's head word keeps the adjective, even at a
 * sentence's opening and even around a known place ("the Free Sinai Brigades").
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe("an adjective opening a body's name", () => {
  it('stays in the name around a known place', () => {
    const a = annotate('A little-known group, the Free Sinai Brigades, said it was behind the blast.');
    expect(entity(a, 'Free Sinai Brigades')?.kind).toBe('organization');
    expect(names(a, 'organization')).not.toContain('Sinai Brigades');
    const b = annotate('Residents blamed the Popular Aden Front for the shelling.');
    expect(entity(b, 'Popular Aden Front')?.kind).toBe('organization');
  });

  it('stays in the name at the opening of a sentence', () => {
    const a = annotate('New Dawn Movement spokesman Ali Hamid said the talks had failed.');
    expect(entity(a, 'New Dawn Movement')?.kind).toBe('organization');
    const b = annotate('Revolutionary Peasants Front fighters attacked the post, police said.');
    expect(names(b, 'organization')).toContain('Revolutionary Peasants Front');
  });

  it('is no name where no head word follows', () => {
    const a = annotate('New Delhi said the border was calm. New rules took effect on Monday.');
    expect(entity(a, 'New Delhi')?.kind).toBe('place');
    expect(names(a, 'organization')).toEqual([]);
  });
});
