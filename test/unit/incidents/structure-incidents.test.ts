/**
 * Incident detection rules read from sentence structure (a fronted time step, a claimed capture of a
 * place), each pinned by sentences made up for the project.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { splitClauses } from '../../../lib/annotate/incidents/segment';

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
