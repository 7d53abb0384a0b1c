/**
 * Incident rules found on eval20 once it stopped being held out: guns fired at an aircraft, a boat or a
 * community are a shooting, and an act told again inside a quotation is the one already reported, not
 * a new incident at the place the speaker talked from, and a monitor "that documents cross-border
 * attacks" names its field, not an act (the act its statement reports is one); deaths among the wounded
 * are counted as such, and the day a toll rose does not date the strike; a headline's "Gunmen seize 17
 * passengers" is a kidnapping, and "when the gunmen opened fire" retells it. All names and sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { extractCasualties } from '../../../lib/annotate/incidents/casualties';

const PUB = { publishedTime: '2026-03-12T10:00:00Z' }; // a Thursday: Sunday is 03-08, Wednesday 03-11

const brief = (text: string) => annotate(text, PUB).incidents.map((i) => ({ type: i.type, location: i.location ?? null, date: i.date ?? null }));

describe('guns fired at aircraft, boats and communities', () => {
  it('reads "fired at a helicopter" and "fired on the community of X" as shootings of their own', () => {
    const t = 'Miners shot dead two men in Varonti on Wednesday, the association said. ' +
      'It came days after gunmen on a boat fired at a helicopter of the forest agency as it landed near Pirana late on Sunday. ' +
      'In May 2021, miners in speedboats fired on the community of Tesso for several days.';
    const out = brief(t);
    expect(out.map((x) => x.type)).toEqual(['shooting', 'shooting', 'shooting']);
    expect(out[1]).toMatchObject({ location: 'Pirana', date: '2026-03-08' });
    expect(out[2]).toMatchObject({ location: 'Tesso' });
  });
});

describe('acts told inside a quotation', () => {
  it('keeps a quoted account with the incident it retells, not a new one where the speaker was', () => {
    const t = 'Armed miners opened fire on the village of Varonti on Wednesday, killing two men, the association said.\n\n' +
      '“They came shooting at the houses while the children slept,” its director told Reuters by telephone from Porto Lenço.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]?.location).toBe('Varonti');
  });
});

describe('what a monitoring group documents', () => {
  it('reads the act a monitor reports, not the field it is described by', () => {
    const t = 'Drones killed four people near Sarvan on Tuesday, officials said.\n\n' +
      'Peace Watch Teams, a group that documents cross-border attacks, said artillery had shelled orchards near the village of Deralo on Nov. 24, setting them on fire.';
    const out = brief(t);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ type: 'shelling', location: 'Deralo' });
  });
});

describe('a toll that rises', () => {
  it('counts one dead in "shooting dead its driver" and "gunned down the driver"', () => {
    expect(extractCasualties('Gunmen stopped a minibus on Tuesday, shooting dead its driver and abducting 17 passengers')).toMatchObject({ killed: 1 });
    expect(extractCasualties('gunmen gunned down the driver and seized the passengers')).toMatchObject({ killed: 1 });
  });

  it('counts deaths among the wounded without reading the wounded as dead', () => {
    expect(extractCasualties('Three of the more than 20 wounded died in hospital in Leketa, a health worker said.')).toEqual({ killed: 3, injured: 20 });
  });

  it('dates the strike by the day it happened, not the day its toll rose', () => {
    const t = 'The toll from a drone strike on a flour mill in Haro Kessa rose to at least 14 dead on Wednesday, residents said.\n\n' +
      'The strike happened on Sunday shortly before noon, when the mill is busiest.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'drone', date: '2026-03-08', killed: 14 });
  });
});

describe('a kidnapping told in a headline and retold in a clause', () => {
  it('reads a headline\'s "Gunmen seize 17 passengers" as the kidnapping the lede reports', () => {
    const t = 'Gunmen seize 17 bus passengers in Kavora\n\n' +
      'KAVORA, March 12 (AFP) - Gunmen stopped a minibus near Kavora on Tuesday, shooting dead its driver and abducting 17 passengers, officials said.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'kidnapping', date: '2026-03-10', killed: 1 });
  });

  it('keeps "when the gunmen opened fire" with the incident told before, not a new shooting where the survivors went', () => {
    const t = 'Gunmen stopped a minibus near Kavora on Tuesday, shooting dead its driver and abducting 17 passengers, officials said.\n\n' +
      'Two passengers who ran into the bush when the gunmen opened fire reached Dembi on Wednesday morning, an official said.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]?.location).toBe('Kavora');
  });
});

describe("the victims' school is not the scene", () => {
  it('places an abduction of "students of X University" where it happened', () => {
    const t = 'Last month, gunmen abducted about 30 people, among them 12 students of Dembi University, from two buses near Gida Kora, according to local media.';
    expect(annotate(t, PUB).incidents[0]?.location).toBe('Gida Kora');
  });
});
