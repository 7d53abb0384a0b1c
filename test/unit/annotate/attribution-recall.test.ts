import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { atts } from './helpers';

const rows = (text: string): [string, string][] => atts(text).map((a) => [a.source, a.evidence]);

describe('attribution recall: cue forms', () => {
  it('"has long accused": an adverb of duration between the source and the cue', () => {
    expect(rows('Ruritania has long accused Borduria of sheltering the rebels.')).toEqual([['Ruritania', 'Ruritania has long accused']]);
  });

  it('"and in turn blamed": a linking phrase after "and" keeps the first subject', () => {
    const r = atts('The Ruritanian Defence Ministry denied the report and in turn blamed the rebels for the blast.');
    expect(r.map((a) => [a.source, a.cue])).toEqual([['Ruritanian Defence Ministry', 'denied'], ['Ruritanian Defence Ministry', 'blamed']]);
  });

  it('"X, which said" / "X, which has claimed": the body the relative clause hangs on', () => {
    expect(rows('Fuel ran out, according to the Northern Relief Agency, which said most of the victims were children.').at(-1)).toEqual(['Northern Relief Agency', 'which said']);
    expect(rows('The Velka Liberation Front, which has claimed similar raids in the hills, did not comment.')).toEqual([['Velka Liberation Front', 'which has claimed']]);
    expect(rows('The Velka Liberation Front, which has not claimed any raid, did not comment.')).toEqual([]);
  });

  it('"the attack, which killed": a relative clause without a cue or without a source is no attribution', () => {
    expect(rows('The attack, which killed four people, happened at noon.')).toEqual([]);
  });

  it('a passive blame with an unnamed agent after its object', () => {
    const r = atts('The raid was blamed on the militia by a police source, who asked not to be named.');
    expect(r.map((a) => [a.anonymous, a.evidence])).toEqual([[true, 'The raid was blamed on the militia by a police source']]);
  });

  it('"took responsibility" is a claim; "took place" is no cue and names no body', () => {
    expect(rows('The Velka Liberation Front took responsibility for the bombing.')).toEqual([['Velka Liberation Front', 'Velka Liberation Front took']]);
    const a = annotate('Protests also took place in three towns on Sunday.');
    expect(a.attributions).toEqual([]);
    expect(a.entities.map((e) => e.name)).not.toContain('Protests');
  });

  it('a name ending in an abbreviation ("Jr.") before its cue', () => {
    expect(rows('President Marcus Delgado Jr. blamed the attack on foreign fighters.')).toEqual([['Marcus Delgado Jr.', 'Marcus Delgado Jr. blamed']]);
  });
});

describe('attribution recall: sources', () => {
  it('inverted cue with a title or a lower-case description before the name', () => {
    expect(rows('The market burned for hours, said district administrator Tobias Wenke.')).toEqual([['Tobias Wenke', 'said district administrator Tobias Wenke']]);
    expect(rows('The blast came at 9 a.m., said Lieutenant Colonel Aldo Perrin, a spokesman for the brigade.')).toEqual([['Aldo Perrin', 'said Lieutenant Colonel Aldo Perrin']]);
  });

  it("inverted cue with a place's possessive description closed by a comma", () => {
    expect(rows("Nobody was hurt, said Velka's chief of police, Marta Ionescu.").map((x) => x[0])).toEqual(['Marta Ionescu']);
  });

  it('"the army said" with no army named before: the army as a described body, not the last organization', () => {
    const r = atts('The Velka Liberation Front attacked a post. Two soldiers died, the army said.');
    expect(r.map((a) => [a.source, a.anonymous, a.evidence])).toEqual([['army', false, 'the army said']]);
  });

  it('a headline drops the article before a body noun', () => {
    expect(rows('Bomb hits Velka market; military blames rebels\nA bomb exploded on Sunday.')).toEqual([['military', 'military blames']]);
  });

  it('"his office said": the office of the person just named', () => {
    const r = rows('President Tomas Varga ordered an inquiry, his office said in a statement.');
    expect(r).toEqual([['presidential office', 'his office said in a statement']]);
    expect(rows('Senator Lena Holt left the talks early, her office said.')).toEqual([["Lena Holt's office", 'her office said']]);
    // The person of the sentence, not the source quoted last.
    const r2 = rows('"It was a warning," said analyst Piet Hals. President Tomas Varga ordered an inquiry, his office said.');
    expect(r2.at(-1)).toEqual(['presidential office', 'his office said']);
  });

  it('"according to the <larger body> <description> <acronym>": the body named last', () => {
    expect(rows('Three shells fell, according to the United Nations food agency WFP.').map((x) => x[0])).toEqual(['World Food Programme']);
  });

  it('an unnamed man or woman with a participle phrase after the head', () => {
    const r = atts('In the video, a masked man holding a rifle said the gang wanted money. A woman living near the market told reporters she heard two blasts.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'said'], [true, 'told']]);
  });

  it('an unnamed source in a named body, the modifier closed by a lower-case noun', () => {
    const r = atts("Drones hit the port, a source in Ruritania's VBK security service told Reuters.");
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'told']]);
    expect(rows('Analysts at Jefferies said the deal was cheap.')).toEqual([['Jefferies', 'Jefferies said']]);
  });

  it('"and told" after a verb whose subject is a named appositive with a title, late in the sentence', () => {
    const r = rows("The attack came a day after the country's army chief, Field Marshal Omar Ladan, visited the base and told troops that the state would crush the revolt.");
    expect(r.map((x) => x[0])).toEqual(['Omar Ladan']);
  });

  it("a company's short form without its legal form links to the company", () => {
    const r = rows('Nickel miner PT Kerinci Mineral Nusantara is in talks to sell a stake. Kerinci Mineral said in a statement on Tuesday that talks continued.');
    expect(r).toEqual([['PT Kerinci Mineral Nusantara', 'Kerinci Mineral said in a statement']]);
  });

  it('a generational suffix is no surname: the bare surname later is the same person', () => {
    const a = annotate('President Ferdinand Thomas Jr. spoke on Monday. Thomas ordered an inquiry, his office said.');
    expect(a.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['Ferdinand Thomas Jr.']);
    expect(a.attributions.map((x) => x.source)).toEqual(['presidential office']);
  });

  it("a company's short form links to it; a single word of its name after a locative stays a place", () => {
    const a = annotate('Nickel miner PT Kerinci Mineral Nusantara is in talks. Smelters in Kerinci have polluted rivers.');
    expect(a.entities.find((e) => e.name === 'PT Kerinci Mineral Nusantara')?.mentions.map((m) => m.text)).toEqual(['PT Kerinci Mineral Nusantara']);
  });

  it('"according to a statement from <body>": the body, not an anonymous statement', () => {
    expect(rows('Two soldiers died, according to a statement from the Ruritanian Defence Ministry.')).toEqual([
      ['Ruritanian Defence Ministry', 'according to a statement from the Ruritanian Defence Ministry'],
    ]);
  });

  it('"describe ... as" in the present tense, by unnamed supporters', () => {
    const r = atts('Ana Velez has been in jail since March on charges her supporters describe as politically motivated.');
    expect(r.map((a) => [a.anonymous, a.cue])).toEqual([[true, 'describe']]);
  });

  it('an unnamed head opening the sentence speaks, not a description closing its "who" clause', () => {
    const r = atts('Residents who fled Velka to the district capital said the gunmen burned the market.');
    expect(r.map((a) => [a.source, a.anonymous])).toEqual([['Residents', true]]);
  });
});
