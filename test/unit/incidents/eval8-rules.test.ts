/**
 * Incident rules added after the eighth held-out set (eval8), each with sentences made up for the
 * project (none from a fixture).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { entitiesFor, type Names } from './helpers';

const META = { publishedTime: '2025-03-12T10:00:00Z' }; // a Wednesday

/** Roles read from the last sentence of `text` (earlier sentences are context only). */
const rolesOfLast = (text: string, names: Names = {}, referenceOnly = false) => {
  const start = text.lastIndexOf('. ') + 2;
  const r = extractRoles(text, { start: start > 1 ? start : 0, end: text.length }, entitiesFor(text, names), referenceOnly);
  return { claimedBy: r.claimedBy, deniedBy: r.deniedBy, blamedOn: r.blamedOn };
};

describe('blame phrasing', () => {
  it('reads "pointed the finger at X" as blaming X, in an event sentence or a follow-up', () => {
    expect(rolesOfLast('The governor pointed the finger at Dravia after the bombing of the depot.', { places: ['Dravia'] }).blamedOn).toEqual(['Dravia']);
    expect(rolesOfLast('The interior minister pointed the finger at the Red Hand Brigade, saying the gunmen had crossed the river.', { organizations: ['Red Hand Brigade'] }, true).blamedOn).toEqual(['Red Hand Brigade']);
  });

  it('ends the blamed phrase at a manner adverb ("blaming Dravia directly")', () => {
    expect(rolesOfLast('The cabinet went further, blaming Dravia directly.', { places: ['Dravia'] }, true).blamedOn).toEqual(['Dravia']);
  });

  it('reads a passive "the strike was blamed on X by a source" in a follow-up sentence, without the source', () => {
    expect(rolesOfLast('The strike was blamed on the Sahel Lions by a security source.', { organizations: ['Sahel Lions'] }, true).blamedOn).toEqual(['Sahel Lions']);
  });

  it('resolves "the rebels" to the group last named as rebels, never to a "-backed" sponsor', () => {
    const text = 'Dravia-backed rebels advanced. The army accused the Kivu Front rebel group of the attack. The strike was blamed on the rebels by a military source.';
    expect(rolesOfLast(text, { organizations: ['Kivu Front'], places: ['Dravia'] }, true).blamedOn).toEqual(['Kivu Front']);
    // No group named as rebels before: the description stays.
    expect(rolesOfLast('Shells hit the camp. The strike was blamed on the rebels.', {}, true).blamedOn).toEqual(['rebels']);
  });
});

describe('a rejection some sentences after the blame', () => {
  it('is a denial by the accused, not by anyone who rejects an accusation', () => {
    const text = [
      'Shells struck a camp for displaced people near Uvira on Tuesday, killing six people, officials said.',
      'The governor went further, blaming Burundi directly.',
      '"We will not accept this," he told reporters.',
      'Aid workers said the camp held 20,000 people.',
      'Burundi rejected the accusation.',
    ].join(' ');
    const found = annotate(text, META).incidents ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]?.deniedBy).toEqual(['Burundi']);
    // Someone who was not blamed rejecting "the accusation" is about something else.
    const other = text.replace('Burundi rejected', 'Tanzania rejected');
    expect((annotate(other, META).incidents ?? [])[0]?.deniedBy ?? []).toEqual([]);
  });
});

describe('a report told over sentences with a quiet one between', () => {
  it('keeps an abduction with no place or day of its own in the raid it follows, so the claim lands on the raid', () => {
    const text = [
      'Gunmen stormed a village in northern Mozambique on Wednesday, shooting five men dead, officials said.',
      'The attackers arrived before dawn and went from house to house, said a local administrator.',
      'Several women were taken away into the bush, he said.',
      'The Red Hand Brigade took responsibility for the attack in a statement on Thursday.',
    ].join(' ');
    const found = annotate(text, META).incidents ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]?.claimedBy).toEqual(['Red Hand Brigade']);
  });
});

describe('a claim told as what the group said it had done', () => {
  it('reads "said at the time that it had captured X" as a claim', () => {
    expect(rolesOfLast('The Red Hand Brigade said at the time that it had captured the town.', { organizations: ['Red Hand Brigade'] }).claimedBy).toEqual(['Red Hand Brigade']);
    expect(rolesOfLast('The Red Hand Brigade said its fighters had seized the airport.', { organizations: ['Red Hand Brigade'] }).claimedBy).toEqual(['Red Hand Brigade']);
  });
});

describe('shooting words', () => {
  it('reads "exchanged fire" and "a gun battle" as a shooting', () => {
    const found = annotate('Troops exchanged fire with suspected militants in a forest in the north early on Tuesday, the army said, adding that one soldier was wounded.', META).incidents ?? [];
    expect(found.map((i) => i.type)).toEqual(['shooting']);
    expect(found[0]?.injured).toBe(1);
    expect((annotate('Police killed two suspects in a gun battle on Monday, officials said.', META).incidents ?? []).map((i) => i.type)).toEqual(['shooting']);
  });
});

describe('a further event told after a time step', () => {
  it('reads "fired on an army patrol" as a shooting and "Hours later, ..." as another incident', () => {
    const text = [
      'A bomb exploded at a crowded market in the south on Sunday morning, killing four people, the military said.',
      'Hours later, suspected militants fired on an army patrol, wounding two soldiers, the military said.',
    ].join(' ');
    const found = annotate(text, META).incidents ?? [];
    expect(found.map((i) => i.type)).toEqual(['explosion', 'shooting']);
    expect(found[1]?.injured).toBe(2);
  });
});
