import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { names } from './helpers';

function sources(text: string): { text: string; source: string; anonymous: boolean }[] {
  const a = annotate(text);
  return a.attributions.map((x) => ({ text: text.slice(x.start, x.end), source: x.source, anonymous: x.anonymous }));
}

describe('attribution cues generalised from the eval7 held-out set', () => {
  it('counts "accused" as a cue, also coordinated after a stance verb, but not "it accuses of" with no object', () => {
    const r = sources('Labour Minister Ines Varga condemned the raid and accused the Orlan Group of hiding the losses. The Orlan Group accused regulators of bias. The gang attacked farms it accuses of backing the militia.');
    expect(r.map((x) => [x.text, x.source])).toEqual([
      ['Ines Varga condemned the raid and accused', 'Ines Varga'],
      ['Orlan Group accused', 'Orlan Group'],
    ]);
  });

  it('counts a finite "called X Y" description, not "called for" or "called a meeting"', () => {
    const r = sources('The Tarsen Council called the closure "a betrayal of workers". The Velmor Union called the plan a disaster for farmers. The Halden Party called for new talks. The Brask Institute called a meeting for Monday.');
    expect(r.map((x) => x.source)).toEqual(['Tarsen Council', 'Velmor Union']);
  });

  it('reads a passive cue with "by" as attributed to the body after "by"', () => {
    const r = sources('The blast was claimed by the Northern Front, a coalition of armed groups.');
    expect(r).toEqual([{ text: 'The blast was claimed by the Northern Front', source: 'Northern Front', anonymous: false }]);
  });

  it('counts a present-tense "blame" after unnamed officials', () => {
    const r = sources('Western officials blame the Northern Front for the raid.');
    expect(r).toEqual([{ text: 'Western officials blame', source: 'Western officials', anonymous: true }]);
  });

  it('gives a coordinated "and said" to a named appositive speaker before the first verb', () => {
    const r = sources("The ministry's spokesman, Darius Kalem, condemned the strikes at a news conference and said the country had no link to the attack.");
    expect(r.map((x) => x.source)).toEqual(['Darius Kalem']);
  });
});

describe('attribution sources generalised from the eval7 held-out set', () => {
  it('gives the speech to the body before a description that ends with a person', () => {
    const r = sources('The Civic Renewal Front, the coalition backing Ostrova, accused local officials of delaying the count.');
    expect(r.map((x) => x.source)).toEqual(['Civic Renewal Front']);
  });

  it('reads a body named in an appositive with its acronym as the source', () => {
    const r = sources("Two soldiers died, the army's media wing, Joint Press Directorate (JPD), said in a statement.");
    expect(r.map((x) => x.source)).toEqual(['Joint Press Directorate']);
  });

  it('does not skip a subordinate clause as an appositive: the named speaker after the cue speaks', () => {
    const r = sources('The men were taken near the town of Lavrio, east of Kastra, as the bus was returning from market, said Teodor Balan, a police spokesman.');
    expect(r.map((x) => [x.source, x.anonymous])).toEqual([['Teodor Balan', false]]);
  });

  it('reads "said a <City>-based trader" as an anonymous trader, not the city', () => {
    const r = sources('"Ships will stay away for weeks," said a Varna-based trader who declined to be named.');
    expect(r).toEqual([{ text: 'said a Varna-based trader', source: 'Varna-based trader', anonymous: true }]);
  });
});

describe('entities generalised from the eval7 held-out set', () => {
  it('keeps a place name joined by a lower-case connector between hyphens whole', () => {
    const a = annotate('Gunmen stopped a bus near the town of Sainte-sur-Loire, east of the city of Pont-en-Vallee, police said.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Sainte-sur-Loire', 'Pont-en-Vallee']));
  });

  it('does not read a place-typed word as a famous person by surname', () => {
    const a = annotate('Drones were launched from a farm near the town of Baghdadi. Residents of Baghdadi told reporters they heard blasts.');
    expect(names(a, 'person')).toEqual([]);
    expect(names(a, 'place')).toContain('Baghdadi');
  });

  it('reads a hyphenated all-caps dateline place whole, with no acronym inside it', () => {
    const a = annotate('SAINT-AU-VERT, Kelmaria (AP) — Gunmen abducted seven people on Thursday, police said.');
    expect(names(a, 'place')).toContain('Saint-Au-Vert');
    expect(names(a, 'organization')).not.toContain('African Union');
  });

  it('leaves "Sister" and "Field Marshal" out of names and reads forums and consortiums as bodies', () => {
    const a = annotate('Sister Ana Moretti met Field Marshal Oren Dask. "It is over," said Lia Sand, a fellow at the Tarsen Policy Forum. The Velmor Grain Consortium said exports rose.');
    expect(names(a, 'person')).toEqual(expect.arrayContaining(['Ana Moretti', 'Oren Dask', 'Lia Sand']));
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Tarsen Policy Forum', 'Velmor Grain Consortium']));
  });

  it('gives "the police spokesman said" to the spokesman named before, and a nickname\'s speech to the person', () => {
    const r = sources('Teodor Balan, a spokesman for the Kastra police, gave no details. The police spokesman said officers were deployed. Jimmy Rask, known as Hammer, has previously denied the charges.');
    expect(r.map((x) => [x.text, x.source])).toEqual([
      ['The police spokesman said', 'Teodor Balan'],
      ['Jimmy Rask, known as Hammer, has previously denied', 'Jimmy Rask'],
    ]);
  });
});
