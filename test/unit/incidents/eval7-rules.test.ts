/**
 * Incident rules added after the seventh held-out set (eval7), each with sentences made up for the
 * project (none from a fixture).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { extractCasualties } from '../../../lib/annotate/incidents/casualties';
import { findPlaces } from '../../../lib/annotate/incidents/places';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { readTriggers } from '../../../lib/annotate/incidents/triggers';
import { entitiesFor, type Names } from './helpers';

const META = { publishedTime: '2025-03-11T10:00:00Z' }; // a Tuesday

function incidents(text: string): NonNullable<ReturnType<typeof annotate>['incidents']> {
  return annotate(text, META).incidents ?? [];
}

const roles = (text: string, names: Names = {}) => {
  const r = extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names));
  return { claimedBy: r.claimedBy, deniedBy: r.deniedBy, blamedOn: r.blamedOn };
};

const placeNames = (text: string, places: string[]): string[] =>
  findPlaces(text, entitiesFor(text, { places }), []).map((p) => p.name);

describe('places that are no scene', () => {
  it('leaves out a country named as the other party of a relation or a government disowning a part', () => {
    const text = 'The group said it struck the depot near Varosh in response to Western support for Kelmaria. Dravia had no role in the attack, its ministry said.';
    expect(placeNames(text, ['Varosh', 'Kelmaria', 'Dravia'])).toEqual(['Varosh']);
  });
});

describe('roles stated without the usual cue', () => {
  it('reads "said that X had no role in the attack" as a denial by the speaker and by X', () => {
    const text = "The Dravian foreign ministry said in a statement on Monday that Dravia had no role in the attack.";
    expect(roles(text, { organizations: ['Dravian foreign ministry'] }).deniedBy).toEqual(['Dravian foreign ministry', 'Dravia']);
  });

  it('reads "officials said they suspected X" as blame, not "suspected militants attacked"', () => {
    expect(roles('Police officials said they suspected the Red Dawn Front.', { organizations: ['Red Dawn Front'] }).blamedOn).toEqual(['Red Dawn Front']);
    expect(roles('Suspected militants burned a school.').blamedOn).not.toContain('militants');
  });
});

describe('negations that do not make an attack unreal', () => {
  it('keeps "no role in the attack" and "No group claimed that attack" as real attacks', () => {
    const a = 'The ministry said Dravia had no role in the attack.';
    const b = 'No group claimed that attack.';
    expect(readTriggers(a, 0, a.length)?.hypothetical).toBe(false);
    expect(readTriggers(b, 0, b.length)?.hypothetical).toBe(false);
  });

  it('joins a later suspicion to the attack it follows', () => {
    const text = 'Gunmen attacked a police station in the town of Marvesh late on Sunday, killing one officer, police said. No group claimed that attack, but police officials said they suspected the Red Dawn Front.';
    const list = incidents(text);
    expect(list).toHaveLength(1);
    expect(list[0]?.blamedOn).toContain('Red Dawn Front');
  });
});

describe('an earlier attack given as background in the same sentence', () => {
  it('splits "X struck ..., two days after a drone attack on Y" into two incidents, later references going to the main one', () => {
    const text = 'Dravian warplanes struck two depots in the town of Varosh early Tuesday, the ministry said, two days after a drone attack on an air base in Kelmaria wounded four soldiers. The strikes destroyed a warehouse, the ministry said.';
    const list = incidents(text);
    expect(list.map((i) => i.type)).toEqual(['airstrike', 'drone']);
    expect(list[0]?.mentions).toHaveLength(2);
    expect(list[1]?.date).toBe('2025-03-09');
  });
});

describe('roles read from a passive claim and a present-tense blame', () => {
  it('reads "It was claimed by X" as a claim', () => {
    expect(roles('It was claimed by the Red Dawn Front, a coalition of militias.', { organizations: ['Red Dawn Front'] }).claimedBy).toEqual(['Red Dawn Front']);
  });

  it('reads "officials blame X, <appositive>, for planning it" after a report as blame for that incident', () => {
    const text = 'Officials blame the Red Dawn Front, the largest of the militias, for planning it.';
    const r = extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, { organizations: ['Red Dawn Front'] }), true);
    expect(r.blamedOn).toEqual(['Red Dawn Front']);
  });
});

describe('a country owning the aircraft', () => {
  it('reads "Dravia warplanes" as the actor, not the scene', () => {
    expect(placeNames('Dravia warplanes struck depots in eastern Kelmaria.', ['Dravia', 'Kelmaria'])).toEqual(['Kelmaria']);
  });
});

describe('time phrases, prefixes and site references', () => {
  it('reads "Last month two rockets landed" as an indefinite report, not a reference back', () => {
    const text = 'Last month two rockets landed inside the depot without causing casualties.';
    expect(readTriggers(text, 0, text.length)?.definite).toBe(false);
  });

  it('finds no kidnapping in an "anti-kidnapping unit"', () => {
    const text = 'Officers from an anti-kidnapping unit were sent to the area.';
    expect(readTriggers(text, 0, text.length)).toBeNull();
  });

  it('leaves out the second of two partners in "ties with X and Y"', () => {
    expect(placeNames('The raid comes as Varosh seeks to balance ties with Dravia and Kelmaria.', ['Varosh', 'Dravia', 'Kelmaria'])).toEqual(['Varosh']);
  });

  it('places a report at "the base" at the base named last before it', () => {
    const list = incidents('Drones hit Tarsk air base in northern Kelmaria on Sunday. Last month two rockets landed inside the base without causing casualties, officials said.');
    expect(list.map((i) => [i.type, i.location])).toEqual([['drone', 'Tarsk air base'], ['rocket', 'Tarsk air base']]);
  });
});

describe('one person shot dead', () => {
  it('reads "a police officer was shot dead" as one killed', () => {
    expect(extractCasualties('On Wednesday, a police officer was shot dead in an ambush.').killed).toBe(1);
  });
});

describe('defending is no claim; a port named by its town', () => {
  it('reads "said its forces had destroyed five uncrewed vessels" as no claim, "its fighters had fired a salvo of rockets" as one', () => {
    expect(roles('The Dravian defence ministry said its forces had destroyed five uncrewed surface vessels.', { organizations: ['Dravian defence ministry'] }).claimedBy).toEqual([]);
    expect(roles('The Red Dawn Front said its fighters had fired a salvo of rockets at a post.', { organizations: ['Red Dawn Front'] }).claimedBy).toEqual(['Red Dawn Front']);
  });

  it('takes the town, not "the Dravian Black Sea port", as the place in "the Dravian Black Sea port of Varosh"', () => {
    expect(placeNames('Naval drones attacked the Dravian Black Sea port of Varosh.', ['Varosh'])).toEqual(['Varosh']);
  });
});
