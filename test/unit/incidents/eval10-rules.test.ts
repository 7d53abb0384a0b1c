/**
 * Incident rules added after the tenth held-out set (eval10), each with sentences made up for the
 * project (none from a fixture).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { extractQuantity } from '../../../lib/annotate/incidents/quantity';

const META = { publishedTime: '2025-03-12T10:00:00Z' }; // a Wednesday

const incidentsOf = (text: string) => annotate(text, META).incidents ?? [];

describe('a past event dated to its month', () => {
  it('is an incident of its own, apart from the story\'s undated one', () => {
    const text = [
      'Gunmen attacked a police post in the town of Varsk, killing three officers, officials said.',
      'In June 2023, two car bombs exploded outside the barracks in Varsk, killing 14 people.',
    ].join(' ');
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.killed).toBe(14);
    expect(found[1]?.type).toBe('explosion');
  });

  it('stands with no place the engine knows ("a strike on the main square of ...")', () => {
    const text = 'Rockets hit Tirsa on Monday, killing two. In August 2022, a strike on the main square of the old quarter killed at least 26 people.';
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.killed).toBe(26);
  });

  it('does not make a kind of act ("protect networks from attack") an event', () => {
    const text = 'Rockets hit Tirsa on Monday, killing two. The regulator voted in January to require carriers to protect their networks from attack.';
    expect(incidentsOf(text)).toHaveLength(1);
  });
});

describe('figures that are totals', () => {
  it('leaves a year\'s toll ("killed more than 900 people last year") off the incident before it', () => {
    const text = 'A bomb exploded at a market in Varsk on Monday, wounding four people. Violence in the province killed more than 900 people last year, a research group said.';
    const found = incidentsOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.killed).toBeUndefined();
    expect(found[0]?.injured).toBe(4);
  });
});

describe('counts', () => {
  it('reads the count after a year, not the year ("In March 2024, two car bombs")', () => {
    expect(extractQuantity('In March 2024, two car bombs exploded')).toBe(2);
    expect(extractQuantity('more than 1,200 rockets were fired')).toBe(1200);
    expect(extractQuantity('at least five rockets hit the base')).toBe(5);
  });
});
