import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { names } from './helpers';

describe('names the finders used to cut into parts', () => {
  it('a number opening a gang\'s name, also when it comes back without "gang"', () => {
    const a = annotate('The 250 Kraken gang claimed the raid on Monday. Police said 250 Kraken controls the port road.');
    expect(names(a, 'organization')).toEqual(['250 Kraken']);
    expect(a.attributions.map((x) => x.source)).toContain('250 Kraken');
  });

  it('a count before a name is no part of it ("at least 300 Kraken fighters")', () => {
    const a = annotate('At least 300 Kraken gang members were arrested.');
    expect(names(a, 'organization')).not.toContain('300 Kraken');
  });

  it('an acronym with a hyphenated number ("SNTP-12"), but not a plane type ("F-16")', () => {
    const a = annotate('A guard was shot dead, the police union SNTP-12 said. Two F-16 jets flew over the city.');
    expect(names(a, 'organization')).toEqual(['SNTP-12']);
    expect(a.attributions.map((x) => x.source)).toEqual(['SNTP-12']);
  });

  it('a parent body and its unit, with the "in <Place>" that belongs to the unit\'s name', () => {
    const a = annotate('Ten people were freed, according to the United Nations Verification Office in Bolivia.');
    expect(names(a, 'organization')).toEqual(['United Nations Verification Office in Bolivia']);
    expect(names(a, 'place')).toContain('Bolivia');
  });

  it('a country or region opening a body\'s name ("U.S. Cyber Command", "the Sahel Lions said")', () => {
    const a = annotate('U.S. Cyber Command said in a statement that the network was restored. A group calling itself the Sahel Lions said it was behind the raid.');
    expect(names(a, 'organization')).toEqual(['U.S. Cyber Command', 'Sahel Lions']);
    expect(a.attributions.map((x) => x.source)).toEqual(['U.S. Cyber Command', 'Sahel Lions']);
  });

  it('a country before an untyped name and a body noun ("the United Kingdom Coastal Watch Operations center")', () => {
    const a = annotate('Two blasts were heard, according to the United Kingdom Coastal Watch Operations center.');
    expect(names(a, 'organization')).toEqual(['United Kingdom Coastal Watch Operations']);
    expect(a.attributions.map((x) => x.source)).toEqual(['United Kingdom Coastal Watch Operations']);
  });
});
