import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { entitiesFor, type Names } from './helpers';

const run = (text: string, names: Names, publishedTime?: string) =>
  extractIncidents({ text, sentences: [], entities: entitiesFor(text, names), attributions: [], ...(publishedTime ? { publishedTime } : {}) });

const quoted = (text: string, spans: Array<{ start: number; end: number }>): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('extractIncidents', () => {
  // 2022-09-14 is a Wednesday.
  it('folds one incident reported over several sentences into one', () => {
    const text = [
      'Two drones struck an oil depot in Port Halden on Monday.',
      'The attack started a fire but caused no casualties, the company said.',
      'The Coastal Brigade claimed responsibility.',
      'Officials condemned the drone attack.',
    ].join(' ');
    const incidents = run(text, { places: ['Port Halden'], organizations: ['Coastal Brigade'] }, '2022-09-14');
    expect(incidents).toHaveLength(1);
    const [i] = incidents;
    expect(i).toMatchObject({ type: 'drone', location: 'Port Halden', date: '2022-09-12', quantity: 2, killed: 0, injured: 0, claimedBy: ['Coastal Brigade'] });
    expect(i?.mentions).toHaveLength(4);
  });

  it('takes the day from a reference back when the first report gave only "last week"', () => {
    const text = [
      'Gunmen ambushed an army convoy in the north of Kessar last week, killing 12 soldiers, officials said on Wednesday.',
      'The convoy, made up of about 40 fuel tankers, was attacked on Friday morning near the border, the sources said.',
    ].join(' ');
    const incidents = run(text, { places: ['Kessar'] }, '2022-09-14');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.date).toBe('2022-09-09');
  });

  it('keeps incidents on different days or marked "another" apart', () => {
    const text = [
      'Rockets hit a camp near Tel Sura on Sept. 2, killing a guard.',
      'On Monday, three rockets hit the Tel Sura camp again.',
      'Another barrage struck a checkpoint south of Tel Sura days later, wounding two soldiers.',
    ].join(' ');
    const incidents = run(text, { places: ['Tel Sura'] }, '2022-09-14');
    expect(incidents.map((i) => [i.type, i.date, i.killed, i.injured, i.quantity])).toEqual([
      ['rocket', '2022-09-02', 1, undefined, undefined],
      ['rocket', '2022-09-12', undefined, undefined, 3],
      ['rocket', undefined, undefined, 2, undefined],
    ]);
  });

  it('does not report patterns of attacks', () => {
    const text = 'Bases in the region have faced hundreds of rocket attacks over the past year. Recent strikes have caused damage.';
    expect(run(text, {})).toEqual([]);
  });

  it('attaches a casualty sentence to the incident just reported', () => {
    const text = 'A car bomb exploded near the Grand Bazaar in Qarsan on Friday. Six people were killed and 20 wounded.';
    const [i] = run(text, { places: ['Qarsan'] }, '2022-09-14');
    expect(i).toMatchObject({ type: 'explosion', location: 'Grand Bazaar', date: '2022-09-09', killed: 6, injured: 20 });
  });

  it('applies a denial naming two places to the incidents at both', () => {
    const text = [
      'Three rockets hit Dalvik on Monday.',
      'Rockets also hit Orsa on Sept. 1.',
      'The Iron Legion denied any role in the rocket attacks on Dalvik and Orsa.',
    ].join(' ');
    const incidents = run(text, { places: ['Dalvik', 'Orsa'], organizations: ['Iron Legion'] }, '2022-09-14');
    expect(incidents.map((i) => [i.location, i.deniedBy])).toEqual([['Dalvik', ['Iron Legion']], ['Orsa', ['Iron Legion']]]);
  });

  it('uses the event date, not the date of the statement', () => {
    const text = 'The ministry said on Tuesday that an explosion hit the Amber Plant in Velm on Sunday.';
    const [i] = run(text, { places: ['Velm'] }, '2022-09-14');
    expect(i?.date).toBe('2022-09-11');
  });

  it('keeps the evidence of an unrelated earlier event out of a sentence', () => {
    const text = 'Rockets hit the Delta Base in Karan on Monday. It was the fourth attack this month, including one that killed two engineers.';
    const [i] = run(text, { places: ['Karan'] }, '2022-09-14');
    expect(i?.killed).toBeUndefined();
    expect(quoted(text, i?.mentions ?? [])).toEqual(['Rockets hit the Delta Base in Karan on Monday.', 'It was the fourth attack this month,']);
  });

  it('still finds an incident reported only by references back', () => {
    const text = 'Leaders condemned the attack on the Ministry of Water in Lusa.';
    const incidents = run(text, { places: ['Lusa'] });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ type: 'other', location: 'Lusa' });
  });

  it('keeps a background incident from another month apart', () => {
    const text = 'A drone hit the Qasr camp on Tuesday, the army said. In March, a drone attack on the Qasr camp killed two guards.';
    const incidents = run(text, {}, '2022-09-14');
    expect(incidents.map((i) => [i.date, i.killed])).toEqual([['2022-09-13', undefined], [undefined, 2]]);
  });

  it('joins reports that name the weapons differently when they name the same place', () => {
    const text = 'Rockets and drones struck the Falcon Air Base on Sunday. The Saif Brigades said they attacked the Falcon Air Base with drones.';
    const incidents = run(text, { organizations: ['Saif Brigades'] }, '2022-09-14');
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ type: 'rocket', location: 'Falcon Air Base', date: '2022-09-11', claimedBy: ['Saif Brigades'] });
  });

  it('reads "a second bomber" as part of the same bombing, and "separately" as a new incident', () => {
    const text = 'A suicide bomber killed eight people at a bus station in Kolda on Friday. A second bomber was shot dead by guards. Separately, gunmen kidnapped a priest in Kolda.';
    const incidents = run(text, { places: ['Kolda'] }, '2022-09-14');
    expect(incidents.map((i) => [i.type, i.killed, i.mentions.length])).toEqual([['explosion', 8, 2], ['kidnapping', undefined, 1]]);
  });

  it('does not take a running total for one incident', () => {
    const text = 'An airstrike hit a clinic in Tamra on Monday, killing five. More than 9,000 people have been killed since the war began.';
    const [i] = run(text, { places: ['Tamra'] }, '2022-09-14');
    expect(i?.killed).toBe(5);
  });

  it('ignores figurative attacks', () => {
    const text = 'The senator attacked the governor in Lusa on Monday. "This is an attack on our democracy," she said in Lusa.';
    expect(run(text, { places: ['Lusa'] }, '2022-09-14')).toEqual([]);
  });
});
