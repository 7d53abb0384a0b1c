import { describe, expect, it } from 'vitest';
import { findTriggers, readTriggers } from '../../../lib/annotate/incidents/triggers';

const read = (s: string) => readTriggers(s, 0, s.length);

describe('findTriggers', () => {
  it('prefers the longest overlapping trigger', () => {
    const hits = findTriggers('A car bomb and an air strike.', 0, 29).map((h) => [h.text, h.type]);
    expect(hits).toEqual([['car bomb', 'explosion'], ['air strike', 'airstrike']]);
  });

  it('reads a crowd forcing its way into or through a place as a storming', () => {
    for (const s of ['Supporters tried to force their way through the gates.', 'Rioters forced their way past the guards.', 'A mob forcing its way into the court was stopped.']) {
      expect(findTriggers(s, 0, s.length).map((h) => h.type)).toContain('storming');
    }
  });

  it('skips look-alikes that are not events', () => {
    expect(findTriggers('The missile defense system and a hunger strike.', 0, 47)).toEqual([]);
    expect(findTriggers('He died of a heart attack.', 0, 26)).toEqual([]);
  });
});

describe('readTriggers', () => {
  it('gives null when no event is named', () => {
    expect(read('Prices hit a record on Monday.')).toBeNull();
  });

  it('takes the most specific type of the clause', () => {
    expect(read('Four drones carrying explosives targeted the base.')?.type).toBe('drone');
    expect(read('An attack with mortar rounds hit the camp.')?.type).toBe('mortar');
    expect(read('An explosion shook the depot.')?.type).toBe('explosion');
  });

  it('tells a reference back from a new report', () => {
    expect(read('The attack drew condemnation.')?.definite).toBe(true);
    expect(read('A bombing hit a bus station.')?.definite).toBe(false);
    expect(read('Another salvo struck the airfield.')?.another).toBe(true);
    expect(read('In a separate incident, a grenade was thrown.')?.another).toBe(true);
  });

  it('marks patterns of events as aggregate', () => {
    expect(read('Recent attacks on convoys worried officials.')?.aggregate).toBe(true);
    expect(read('The town is regularly the target of rockets.')?.aggregate).toBe(true);
    expect(read('Bases have come under dozens of drone strikes.')?.aggregate).toBe(true);
    expect(read('These attacks must stop.')?.aggregate).toBe(true);
    expect(read('Three rockets hit the airport.')?.aggregate).toBe(false);
  });

  it('marks threatened or feared attacks as hypothetical', () => {
    expect(read('The group threatened to launch an attack.')?.hypothetical).toBe(true);
    expect(read('Officials fear a new bombing.')?.hypothetical).toBe(true);
    expect(read('Gunmen stormed the ministry.')?.hypothetical).toBe(false);
  });
});
