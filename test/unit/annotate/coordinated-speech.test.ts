import { describe, expect, it } from 'vitest';
import { atts } from './helpers';

describe('speech coordinated by "but" with an earlier verb of the same subject', () => {
  it('gives a named minister who "declined to confirm … but told" as the source', () => {
    const r = atts('Trade Minister Doran Velisk declined to confirm the price but told reporters on Monday that the deal was fair.');
    expect(r.map((a) => [a.source, a.evidence])).toEqual([['Doran Velisk', 'Doran Velisk declined to confirm the price but told']]);
  });

  it('keeps an unnamed group after a comma before "but"', () => {
    const r = atts('Two lawmakers welcomed the deal, but said it came too late.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Two lawmakers', true]]);
  });

  it('does not give the first subject a cue whose own subject follows "but"', () => {
    const r = atts('The ministry praised the deal, but residents said it was unfair.');
    expect(r.map((a) => a.source)).toEqual(['residents']);
  });
});

describe('"others" as an unnamed source', () => {
  it('reads "Others said" opening a sentence and "while others said" inside one', () => {
    const r = atts('Some economists backed the plan. Others said the terms were too generous. A few were unsure, while others said it was fair.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Others', true], ['others', true]]);
  });
});

describe('"according to" a titled person', () => {
  it('gives the person after a capitalised title the mention leaves out', () => {
    const r = atts('At least 12 people died, according to Father Miro Kalvet, a priest in the area. The road is shut, according to Governor Tessa Ramboa.');
    expect(r.map((a) => [a.source, a.evidence])).toEqual([
      ['Miro Kalvet', 'according to Father Miro Kalvet'],
      ['Tessa Ramboa', 'according to Governor Tessa Ramboa'],
    ]);
  });
});

describe('unnamed groups of people and bodies described by their medium', () => {
  it('reads the plural of any person noun as an unnamed group, with a plural possessive before its head', () => {
    const r = atts('Truck drivers said the road was unsafe. Pharmacists say supplies are short. Bus drivers\' associations have said fares will rise.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Truck drivers', true], ['Pharmacists', true], ["Bus drivers' associations", true]]);
  });

  it('does not take soldiers closing a clause as speakers', () => {
    const r = atts('The gang, which has been accused of attacking soldiers, denied it.');
    expect(r.map((a) => a.source)).not.toContain('soldiers');
  });

  it('gives the person named after "according to the <title>,"', () => {
    const r = atts('Three people died, according to the clinic\'s director, Dr. Halvo Remmik. Two more died, according to the hospital director, Sela Varro.');
    expect(r.map((a) => [a.source, a.evidence])).toEqual([
      ['Halvo Remmik', "according to the clinic's director, Dr. Halvo Remmik"],
      ['Sela Varro', 'according to the hospital director, Sela Varro'],
    ]);
  });

  it('reads "The <Name> news website reported" as the site speaking', () => {
    const r = atts('The Vartanews news website reported on Monday that fuel prices would rise.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Vartanews', false]]);
  });
});
