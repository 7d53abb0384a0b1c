/**
 * Incident rules added after the fifth held-out set (eval5), each with sentences made up for the
 * project (none from a fixture).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { extractCasualties } from '../../../lib/annotate/incidents/casualties';

const META = { publishedTime: '2025-03-11T10:00:00Z' }; // a Tuesday

function incidents(text: string): NonNullable<ReturnType<typeof annotate>['incidents']> {
  return annotate(text, META).incidents ?? [];
}

describe('casualty figures', () => {
  it('reads "leaving N" as deaths only with "dead"', () => {
    expect(extractCasualties('a drone damaged a line, leaving about 3,000 homes without power').killed).toBeUndefined();
    expect(extractCasualties('the blast tore through the market, leaving 12 people dead').killed).toBe(12);
  });

  it('counts one person named by a role after "the"', () => {
    expect(extractCasualties('a drone hit a car, killing the driver and wounding a passenger')).toEqual({ killed: 1, injured: 1 });
  });

  it('takes no toll from a running total', () => {
    const [first] = incidents('A drone strike on a car near Tarsha killed one man on Monday. More than 200 people have been killed by strikes in the area since the truce began.');
    expect(first?.killed).toBe(1);
  });
});

describe('incidents the earlier sets never needed', () => {
  it('reads a water cannon fired at a vessel as an incident', () => {
    const [first] = incidents('A coast guard ship fired a water cannon at a fishing boat near Corallo Shoal on Monday, injuring two sailors.');
    expect(first).toMatchObject({ type: 'other', location: 'Corallo Shoal', injured: 2, date: '2025-03-10' });
  });

  it('makes two incidents of "X, hours after Y fired rockets"', () => {
    const all = incidents('A drone strike on a car near Tarsha killed two people on Monday, hours after the Valley Front said it had fired rockets at an army post near Meron.');
    expect(all.map((i) => i.type).sort()).toEqual(['drone', 'rocket']);
  });

  it('makes a new incident of the other side\'s action ("X, for its part, launched")', () => {
    const all = incidents('In the Kessel region, Governor Ana Brek said a drone hit a car near Dorf on Monday, killing the driver. Norland, for its part, launched 40 drones and two missiles at Sudland overnight, the air force said.');
    expect(all).toHaveLength(2);
  });

  it('keeps an incident reported after "followed" apart from the one before', () => {
    const all = incidents("A patrol boat rammed a supply ship near Corallo Shoal on Monday. Monday's clash followed an incident last week near Pinto Reef, where boats used water cannon against a supply ship.");
    expect(all.map((i) => i.location)).toEqual(['Corallo Shoal', 'Pinto Reef']);
  });

  it('does not place an incident in the neighbour a region borders', () => {
    const [first] = incidents('In the Kessel region, which borders Sudland, a drone hit a car on Monday, killing the driver.');
    expect(first?.location).toBe('Kessel');
  });

  it('keeps the place of residents who report what happened there', () => {
    const all = incidents('An airstrike on the Rashidiya camp near Tyre killed three people on Monday. Residents of Qlayaa said troops had blown up several houses overnight.');
    expect(all.map((i) => i.location)).toEqual(expect.arrayContaining(['Qlayaa']));
    expect(all).toHaveLength(2);
  });

  it('does not read "repeated violations" far from the weapon as a pattern of attacks', () => {
    const [first] = incidents('The group said on Monday its fighters had fired a salvo of rockets at a post near Meron in response to repeated violations of the truce.');
    expect(first?.type).toBe('rocket');
  });
});
