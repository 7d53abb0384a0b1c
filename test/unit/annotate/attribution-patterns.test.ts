import { describe, expect, it } from 'vitest';
import { atts } from './helpers';

describe('attribution patterns', () => {
  it('inverted "said" with a person name the entity finder did not keep', () => {
    const r = atts('The bridge fell at noon. "Everything shook for a minute," said Tavita Marou, a baker who lives nearby.');
    expect(r.map((a) => [a.source, a.evidence])).toEqual([['Tavita Marou', 'said Tavita Marou']]);
  });

  it('"the junta" and other bodies named by a bare description head', () => {
    const r = atts('Soldiers surrounded the town on Friday. The junta denied the claim. Later the regime said the area was calm. Two boats sank, the center said.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['junta', 'denied'], ['regime', 'said'], ['center', 'said']]);
  });

  it('unnamed elders, brokers and rights groups are sources', () => {
    const r = atts('A local elder in Kobo told reporters the road was closed. Rights groups say dozens were detained. Rates rose, according to two shipping brokers in Oslo.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'told'], [true, 'say'], [true, 'according to']]);
    expect(r[0]?.evidence.startsWith('A local elder')).toBe(true);
  });

  it('a coordinated "and blamed" keeps the subject of the first verb', () => {
    const r = atts('The Ruritanian Defence Ministry reported heavy shelling on Monday and blamed the rebels for the damage.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Ruritanian Defence Ministry', 'reported'], ['Ruritanian Defence Ministry', 'blamed']]);
  });

  it('", and said" after an attribution in the same sentence keeps its source', () => {
    const r = atts('The Ruritanian Defence Ministry denied that its units had fired, calling the report "a lie", and said its troops held their line.');
    expect(r.map((a) => [a.source, a.cue, a.evidence])).toEqual([['Ruritanian Defence Ministry', 'denied', 'Ruritanian Defence Ministry denied'], ['Ruritanian Defence Ministry', 'said', 'and said']]);
  });

  it('an appositive holding a number with a thousands comma is still skipped', () => {
    const r = atts('Farmers of Velka, a hamlet of about 3,500 people by the river, told local media the dam had leaked.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'told']]);
    expect(r[0]?.evidence.startsWith('Farmers of Velka')).toBe(true);
  });

  it('a named body followed by the kind of body it is ("X rebels claimed", "(ACR) agency said")', () => {
    const r = atts('The Northern Liberation Front (NLF) rebels claimed the raid on Tuesday. The Coastal Shipping Authority (CSA) agency said two vessels were hit.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Northern Liberation Front', 'claimed'], ['Coastal Shipping Authority', 'said']]);
  });

  it('a subject carrying a "who" clause without commas', () => {
    const r = atts('A nurse who asked not to be named for fear of dismissal said the ward was full.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'said']]);
    expect(r[0]?.evidence.startsWith('A nurse')).toBe(true);
  });

  it('a person described as adviser to another person: the first one speaks', () => {
    const r = atts('Mirela Kovac, foreign policy adviser to Ruritanian President Tomas Varga, wrote on X that the talks had failed.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Mirela Kovac', 'wrote on x']]);
  });

  it('an unnamed ship master, captain or manager and unnamed intelligence are sources', () => {
    const r = atts('The vessel turned back after the master reported smoke. The captain said nobody was hurt. Fuel ran low, according to naval intelligence.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'reported'], [true, 'said'], [true, 'according to']]);
  });

  it('a name set off after a description speaks even when no entity was kept for it', () => {
    const r = atts('The rebels freed two hostages. The group\'s envoy, Baltasar Quiroga Mendez, told a radio station the talks would go on. The ship\'s manager, Corvina Shipmanagement, said the crew was safe.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Baltasar Quiroga Mendez', 'told'], ['Corvina Shipmanagement', 'said']]);
  });

  it('a named body qualifying a description of one of its parts ("the UN human rights office")', () => {
    const r = atts('The Arctic Council environment office said the spill had spread.');
    expect(r.map((a) => [a.source, a.cue, a.anonymous])).toEqual([['Arctic Council environment office', 'said', false]]);
  });

  it('plural nouns the lexicon reads as verbs still qualify a body ("human rights office")', () => {
    const r = atts('The regional human rights office said the detainees were freed.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['regional human rights office', 'said']]);
  });

  it('a body introduced as "known as X" speaks as X, and "it" then stands for it', () => {
    const r = atts('The crew was rescued, the regional naval force, known as Seaguard, said in a statement. It said the ship was adrift.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Seaguard', 'said in a statement'], ['Seaguard', 'said']]);
  });

  it('an unnamed head a dozen words before a place is the speaker, not the place', () => {
    const r = atts('Later the captain of a cargo ship sailing off the southern port of Velora reported an explosion.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'reported']]);
  });

  it('a name followed by a kind noun speaks as a body even when typed a person ("Al-Nadir satellite channel")', () => {
    const r = atts('Separately, the rebel-run Al-Nadir satellite channel reported that jets had struck the port.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Al-Nadir', 'reported']]);
  });

  it('a description with an adverb and participle or a hyphenated compound is a source', () => {
    const r = atts('The Ruritania-backed armed group claimed the raid. Chad\'s internationally recognized government, which sits in the capital, blamed the rebels.');
    expect(r.map((a) => [a.cue, a.anonymous])).toEqual([['claimed', false], ['blamed', false]]);
    expect(r[1]?.evidence.startsWith('Chad')).toBe(true);
  });

  it("a country's national institution described with qualifiers takes the demonym name", () => {
    const r = atts("Chad's internationally recognized government blamed the rebels for the raid.");
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Chadian government', 'blamed']]);
  });

  it('"according to the <place> governor\'s office": the body, not the place', () => {
    const r = atts("Two buses burned, according to the Kenya governor's office.");
    expect(r.map((a) => [a.source, a.evidence])).toEqual([["Kenya governor's office", "according to the Kenya governor's office"]]);
  });
});
