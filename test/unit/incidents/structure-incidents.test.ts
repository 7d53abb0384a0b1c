/**
 * Incident detection rules read from sentence structure (a fronted time step, a claimed capture of a
 * place), each pinned by sentences made up for the project.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { findPlaces } from '../../../lib/annotate/incidents/places';
import { splitClauses } from '../../../lib/annotate/incidents/segment';
import { readTriggers } from '../../../lib/annotate/incidents/triggers';

const META = { publishedTime: '2025-03-12T10:00:00Z' }; // a Wednesday

function incidents(text: string): NonNullable<ReturnType<typeof annotate>['incidents']> {
  return annotate(text, META).incidents ?? [];
}

describe('a fronted time step', () => {
  it('cuts "Hours before the raid on X," off the clause that reports a new event', () => {
    const text = 'Hours before the raid on Varosh, gunmen ambushed a bus near Kelm.';
    expect(splitClauses(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end))).toEqual([
      'Hours before the raid on Varosh',
      'gunmen ambushed a bus near Kelm.',
    ]);
  });

  it('keeps the event after it apart from the one it is timed against', () => {
    const text = 'Insurgents stormed the village of Varosh in Cabo Delgado on Tuesday, killing nine people. Hours before the raid on Varosh, gunmen ambushed a truck on the road near Macomia, killing the driver.';
    const list = incidents(text);
    expect(list).toHaveLength(2);
    expect(list[1]?.location).toBe('Macomia');
  });
});

describe('a claimed capture of a place', () => {
  it('reports "claimed the capture of the town of X" as an incident claimed by the subject', () => {
    const list = incidents('The Kivu Front claimed the capture of the mining town of Rubaya in North Kivu on Tuesday.');
    expect(list).toHaveLength(1);
    expect(list[0]?.type).toBe('storming');
    expect(list[0]?.claimedBy).toContain('Kivu Front');
  });

  it('does not take the capture of a person for an incident', () => {
    expect(incidents('Police announced the capture of a suspect in Nairobi on Tuesday.')).toHaveLength(0);
  });
});

describe('places the gazetteer does not know', () => {
  it('takes a capitalised name after "in" closing an attack clause for a place', () => {
    const text = 'Militants fired on an army patrol in neighbouring Dorvesh Kalay, wounding two soldiers.';
    expect(findPlaces(text, [], []).map((p) => p.name)).toEqual(['Dorvesh Kalay']);
  });

  it('leaves days, months and sentences without an attack alone', () => {
    expect(findPlaces('The talks resumed in Dorvesh on Monday.', [], []).map((p) => p.name)).toEqual([]);
    expect(findPlaces('Militants attacked a post in March, officials said.', [], []).map((p) => p.name)).toEqual([]);
  });

  it('places the incident at the unknown town, the most specific place named', () => {
    const list = incidents('Suspected militants fired on an army patrol in neighbouring Dorvesh Kalay in Kessel province on Tuesday, wounding two soldiers.');
    expect(list[0]?.location).toBe('Dorvesh Kalay');
  });
});

describe('weapons that are a capability', () => {
  it('does not report "need few people to leave a bomb in a market" as an event', () => {
    const text = '"They do not need many people to leave a bomb in a market," said an analyst in Varosh.';
    expect(readTriggers(text, 0, text.length)?.aggregate).toBe(true);
  });
});

describe('a retaliation', () => {
  it('is not more of the incident before it', () => {
    const list = incidents('Dravian warplanes struck targets near Kelm on Wednesday, the Dravian military said. The Kivu Front said it had fired rockets at an army post in response.');
    expect(list).toHaveLength(2);
    expect(list[0]?.claimedBy).not.toContain('Kivu Front');
  });

  it('still joins a claim that gives the attack as an answer to something else', () => {
    const list = incidents('Three drones targeted the Kelm air base on Sunday. The Kivu Front said its fighters had struck the base with drones in response to the occupation.');
    expect(list).toHaveLength(1);
  });
});

describe('a date after an appositive', () => {
  it('dates the attack when a description of the place stands between ("in X, the capital of Y, on Friday")', () => {
    const list = incidents('A suicide bomber struck a mosque in Varosh, the capital of Kessel province, on Friday, killing 30 people.');
    expect(list[0]?.date).toBe('2025-03-07');
  });
});
