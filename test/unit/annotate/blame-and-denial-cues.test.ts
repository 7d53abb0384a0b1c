/**
 * Blame and denial said in other words are attributions like "blamed" and "denied": "held X
 * responsible", "pointed the finger at X", "rejected the accusation". The same verbs about anything
 * but an accusation, or without a speaker, attribute nothing.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

const LEAD = 'Rockets hit border town\n\nTALVA, Dec 1 (Reuters) - Rockets struck a border town overnight, police said on Tuesday.\n\n';

function cues(text: string): Array<{ source: string; cue: string }> {
  return annotate(`${LEAD}${text}\n`).attributions.filter((a) => a.source !== 'police').map((a) => ({ source: a.source, cue: a.cue }));
}

describe('blame and denial in other words', () => {
  it('reads "held X responsible" as blame by the subject', () => {
    expect(cues('Interior Minister Arvo Kessler held the Northern Front responsible for the attack.')).toEqual([{ source: 'Arvo Kessler', cue: 'held' }]);
  });

  it('reads "pointed the finger at X" as blame by the subject', () => {
    expect(cues('Governor Lena Ostrova pointed the finger at the Northern Front.')).toEqual([{ source: 'Lena Ostrova', cue: 'pointed' }]);
  });

  it('reads "rejected the accusation" and "dismissed the claims" as denials', () => {
    expect(cues('The Northern Front rejected the accusation.')).toEqual([{ source: 'Northern Front', cue: 'rejected' }]);
    expect(cues('The Northern Front dismissed the claims as lies.')).toEqual([{ source: 'Northern Front', cue: 'dismissed' }]);
  });

  it('attributes nothing to a rejected proposal, a finger pointed at a map or blame with no one holding it', () => {
    expect(cues('The Northern Front rejected the proposal.')).toEqual([]);
    expect(cues('Governor Lena Ostrova pointed to the map.')).toEqual([]);
    expect(cues('Residents held a vigil for the victims.')).toEqual([]);
  });
});
