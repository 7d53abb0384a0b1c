/**
 * A named place's police force is a named body, whichever way the story cites it: "Bamako police said"
 * and "according to Kano police" name the force (as "Kosovo police said" does), not the bare place,
 * while "regional police" or "local police" name no one.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

const LEAD = 'Gunmen raid market\n\nTAMALE, March 3 (AP) - Gunmen raided a market, officials said on Tuesday.\n\n';

function sources(text: string): Array<{ source: string; anonymous: boolean }> {
  return annotate(`${LEAD}${text}\n`).attributions.filter((a) => a.source !== 'officials').map((a) => ({ source: a.source, anonymous: a.anonymous }));
}

describe('the police of a named place', () => {
  it('cites a city police force that speaks as a named body', () => {
    expect(sources('Gunmen struck in Bolgatanga on Monday. Bolgatanga police said two men had been held overnight.')).toEqual([{ source: 'Bolgatanga police', anonymous: false }]);
  });

  it('cites the force, not the city, after "according to"', () => {
    expect(sources('The market lies in Yendi. According to Yendi police, the raid began at dawn.')).toEqual([{ source: 'Yendi police', anonymous: false }]);
  });

  it('keeps police described without a name unnamed', () => {
    expect(sources('Regional police said two men had been held overnight.')).toEqual([{ source: 'Regional police', anonymous: true }]);
  });
});
