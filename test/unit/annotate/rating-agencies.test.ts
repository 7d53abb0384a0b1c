/**
 * The three credit rating agencies speak in every story about a country's debt; their names (one a
 * possessive, one with an ampersand) are known, not guessed from capitals.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity } from './helpers';

describe('credit rating agencies', () => {
  it('are organizations under their full names, and speak', () => {
    const a = annotate("Moody's, which cut the rating in October, said in a note that S&P Global Ratings would follow. Fitch declined to comment.");
    expect(entity(a, "Moody's")?.kind).toBe('organization');
    expect(entity(a, 'S&P Global Ratings')?.kind).toBe('organization');
    expect(entity(a, 'Fitch Ratings')?.kind).toBe('organization');
    expect(a.attributions.map((x) => x.source)).toContain("Moody's");
  });

  it('leave a man called Moody a man', () => {
    const a = annotate('Mr. Moody said the ship had left.');
    expect(a.entities.find((e) => e.name === "Moody's")).toBeUndefined();
  });
});
