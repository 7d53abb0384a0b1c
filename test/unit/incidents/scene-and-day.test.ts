/**
 * Which mentions make one incident, and its place and day, by shape: acts with different days or done
 * by different sides (jets in the air, fighters on the ground) stay apart; a place is a place (never a
 * group's name, a faith, or a region's "crossing"); a day is counted from the report before ("two days
 * later") or set by the sentence before in the same paragraph. All sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { readTriggers } from '../../../lib/annotate/incidents/triggers';
import { splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import type { Entity } from '../../../lib/annotate/types';
import { entitiesFor, type Names } from './helpers';

const PUB = '2025-03-12T10:00:00Z'; // a Wednesday: Sunday is 03-09, Monday 03-10, Tuesday 03-11

const run = (text: string, names: Names = {}, extra: Entity[] = []) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: [...entitiesFor(text, names), ...extra], attributions: [], publishedTime: PUB });

const brief = (text: string, names: Names = {}, extra: Entity[] = []) =>
  run(text, names, extra).map((i) => [i.type, i.location, i.date ?? null]);

/** A place entity with a given subtype (a region, a country). */
function placeOf(text: string, name: string, subtype: string): Entity {
  const mentions = [...text.matchAll(new RegExp(String.raw`\b${name}\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
  return { id: `p-${name}`, name, kind: 'place', subtype, aliases: [], mentions };
}

describe('a place is a place', () => {
  it('drops a name given an acronym and described as a group before its verb ("X Province (XP), the local branch of the group, said")', () => {
    const t = 'A suicide bomber blew himself up at a mosque in the north on Monday, killing six people. Eastern Front Province (EFP), the local branch of the militant network, said one of its fighters had detonated a vest at the mosque.';
    const got = run(t, { places: ['Eastern Front Province'] });
    expect(got.map((i) => [i.type, i.mentions.length])).toEqual([['explosion', 2]]);
    expect(got[0]?.location).toBeUndefined();
  });

  it('keeps a region described as a region, and a group-like description without an acronym', () => {
    const t = 'Rockets hit Marvan Province on Monday. Marvan Province, a mountainous region of the north, has seen fighting for years.';
    expect(brief(t, { places: ['Marvan Province'] })).toEqual([['rocket', 'Marvan Province', '2025-03-10']]);
  });

  it('never places an incident at a faith word the entity engine took for a place ("a Shi\'ite target")', () => {
    const t = "A bomb exploded at a mosque in Korvania on Monday, killing four people. The bombing was the second attack on a Shi'ite target this month.";
    expect(brief(t, { places: ["Shi'ite"] }, [placeOf(t, 'Korvania', 'country')])).toEqual([['explosion', 'Korvania', '2025-03-10']]);
  });

  it('reads "at Kelm crossing", Kelm being a region, as the region, while "the Varo bridge" is a site', () => {
    const t = 'A blast killed two guards at Kelm crossing on Monday.';
    expect(run(t, {}, [placeOf(t, 'Kelm', 'region')])[0]?.location).toBe('Kelm');
    const u = 'A blast destroyed a guard post beside the Varo bridge in Kelm on Monday.';
    expect(run(u, {}, [placeOf(u, 'Kelm', 'region')])[0]?.location).toBe('Varo bridge');
  });

  it('takes the site a reference back by the kind of act names ("The blast destroyed a post at the X bridge") when the report named only a region', () => {
    const t = 'An explosion at a checkpoint in the breakaway region of Kelm killed two guards late on Monday. The blast destroyed a guard post at the end of the Varo bridge.';
    expect(run(t, {}, [placeOf(t, 'Kelm', 'region')])[0]?.location).toBe('Varo bridge');
    // An untyped reference ("the incident") does not move the scene.
    const u = 'An explosion at a checkpoint in the breakaway region of Kelm killed two guards late on Monday. Officials discussed the incident at the Varo bridge.';
    expect(run(u, {}, [placeOf(u, 'Kelm', 'region')])[0]?.location).toBe('Kelm');
  });

  it('reads the towns a road joins as landmarks, not the scene ("on the highway between X and Y")', () => {
    const t = 'Gunmen kidnapped 30 passengers from two buses on the highway between Tarvo and Melk in the Kessel region on Sunday.';
    expect(run(t, { places: ['Tarvo', 'Melk', 'Kessel'] })[0]?.location).toBe('Kessel');
    const u = 'Gunmen kidnapped 30 passengers from two buses in Tarvo on Sunday.';
    expect(run(u, { places: ['Tarvo', 'Melk'] })[0]?.location).toBe('Tarvo');
  });

  it('reads "near the village" in a report naming no place as the village named last', () => {
    const t = 'Fighters raided the village of Orsk on Monday, burning houses and killing three guards. Air force jets struck their positions near the village on Monday evening, the army said.';
    expect(brief(t, { places: ['Orsk'] })).toEqual([['other', 'Orsk', '2025-03-10'], ['airstrike', 'Orsk', '2025-03-10']]);
    const u = 'Air force jets struck positions near the border on Monday evening, the army said.';
    expect(run(u, { places: ['Orsk'] })[0]?.location).toBeUndefined();
  });
});

describe('two acts stay two incidents', () => {
  it('dates a clause by "two days later", "the following day", "the next day" counted from the report before, and keeps the acts apart', () => {
    const t = 'An explosion at a checkpoint in Kelm killed two guards late on Sunday, officials said, and the ministry said drones had hit a fuel depot in Ostra two days later.';
    expect(brief(t, { places: ['Kelm', 'Ostra'] })).toEqual([['explosion', 'Kelm', '2025-03-09'], ['drone', 'Ostra', '2025-03-11']]);
    const u = 'Fighters raided a village in Kelm on Sunday, killing seven farmers, and the army said its aircraft struck a column of militants the following day.';
    expect(brief(u, { places: ['Kelm'] }).map((x) => x[2])).toEqual(['2025-03-09', '2025-03-10']);
    const v = 'Gunmen attacked a police post in Kelm on Sunday. The next day, a bomb exploded at a market in Ostra.';
    expect(brief(v, { places: ['Kelm', 'Ostra'] }).map((x) => x[2])).toEqual(['2025-03-09', '2025-03-10']);
  });

  it('does not take a statement\'s "said two days later" for the day of the act', () => {
    const t = 'A bomb exploded at a market in Kelm on Sunday. Police said two days later that gunmen had attacked a checkpoint in Ostra.';
    expect(brief(t, { places: ['Kelm', 'Ostra'] }).map((x) => x[2])).toEqual(['2025-03-09', null]);
  });

  it('dates "X came a day after a drone strike" from the day of X, the last one told', () => {
    const t = 'Gunmen kidnapped 20 passengers from a bus near Tarvo on Tuesday. The kidnapping came a day after a drone strike on a market in Melk killed nine people.';
    expect(brief(t, { places: ['Tarvo', 'Melk'] })).toEqual([['kidnapping', 'Tarvo', '2025-03-11'], ['drone', 'Melk', '2025-03-10']]);
    // Hours may cross midnight: no day is counted from them.
    const u = 'Gunmen kidnapped 20 passengers from a bus near Tarvo on Tuesday. The kidnapping came hours after a drone strike on a market in Melk killed nine people.';
    expect(brief(u, { places: ['Tarvo', 'Melk'] })[1]?.[2]).toBeNull();
  });

  it('keeps an air strike apart from a raid on the ground told the same day, and a raid apart from jets', () => {
    const t = 'Fighters raided Orsk on Monday, burning the police station and killing three militiamen. Air force jets struck their positions on Monday evening.';
    expect(brief(t, { places: ['Orsk'] }).map((x) => x[0])).toEqual(['other', 'airstrike']);
    const u = 'Gunmen stormed a school in Orsk on Monday. Army jets bombed the hills outside Orsk on Monday, the army said.';
    expect(brief(u, { places: ['Orsk'] }).map((x) => x[0])).toEqual(['storming', 'airstrike']);
  });

  it('still folds two words for one air strike into one incident', () => {
    const t = 'Warplanes bombed a market in Orsk on Monday, killing nine people. The airstrike destroyed dozens of stalls in Orsk, residents said.';
    expect(brief(t, { places: ['Orsk'] })).toEqual([['airstrike', 'Orsk', '2025-03-10']]);
  });

  it('joins a report naming a kind to the incident told with that kind, not a later-told one of another kind', () => {
    const t = 'An explosion at a checkpoint in Kelm killed two guards late on Sunday, officials said, and the ministry said drones had hit a fuel depot in Kelm two days later. Investigators said an explosive device had been hidden in a crate beside the post in Kelm.';
    const got = run(t, { places: ['Kelm'] });
    expect(got.map((i) => i.type)).toEqual(['explosion', 'drone']);
    expect(got[0]?.mentions).toHaveLength(2);
  });
});

describe('a toll and a day from the passage', () => {
  it('gives a toll placed in one incident\'s town to that incident, not the one told last', () => {
    const t = 'A bomb exploded at a mosque in Telsk on Monday, killing 14 people. On Sunday, jets bombed a house in Orsk, killing nine, officials said. In Telsk, doctors said 11 of the 31 wounded were in critical condition.';
    const got = run(t, { places: ['Telsk', 'Orsk'] }).map((i) => [i.location, i.injured ?? null]);
    expect(got).toEqual([['Telsk', 31], ['Orsk', null]]);
  });

  it('dates the act of victims "who were gathering nuts near X on Sunday" to that day', () => {
    const t = 'Gunmen abducted two farmers who were gathering nuts near the village of Dorvesk on Sunday, the ministry said.';
    expect(brief(t, { places: ['Dorvesk'] })).toEqual([['kidnapping', 'Dorvesk', '2025-03-09']]);
  });

  it('reads "seized two men" as people carried off, not "seized two tonnes"', () => {
    expect(readTriggers('Guards seized two men near the line.', 0, 36)?.type).toBe('kidnapping');
    expect(readTriggers('Customs seized two tonnes of fuel near the line.', 0, 48)).toBeNull();
  });

  it('gives the day of the verb telling the act when the head is a later noun ("..., calling the detentions an abduction")', () => {
    const t = 'Border guards seized two farmers near the village of Dorvesk on Sunday, on the edge of the region, the ministry said, calling it "an abduction".';
    expect(brief(t, { places: ['Dorvesk'] })[0]?.[2]).toBe('2025-03-09');
  });

  it('takes the day and place a trigger-less sentence of the same paragraph sets out right before the report', () => {
    const t = 'Gunmen attacked a market in Orsk on Tuesday, killing five people.\n\nThe group said its fighters had punished the guards in the Kora National Park late on Sunday. Rangers were returning from patrol when a roadside bomb exploded under their vehicle.';
    expect(brief(t, { places: ['Orsk', 'Kora National Park'] })).toEqual([['shooting', 'Orsk', '2025-03-11'], ['explosion', 'Kora National Park', '2025-03-09']]);
  });

  it('does not take a day across a paragraph break, nor from a sentence that reports an act of its own', () => {
    const t = 'Gunmen attacked a market in Orsk on Tuesday, killing five people.\n\nThe group said its fighters had punished the guards in the Kora National Park late on Sunday.\n\nRangers were returning from patrol when a roadside bomb exploded under their vehicle.';
    expect(brief(t, { places: ['Orsk', 'Kora National Park'] })[1]?.[2]).not.toBe('2025-03-09');
    const u = 'Gunmen attacked a market in Orsk on Tuesday, killing five people. A roadside bomb exploded under a truck near the Kora National Park.';
    expect(brief(u, { places: ['Orsk', 'Kora National Park'] }).map((x) => x[2])).not.toContain('2025-03-09');
  });
});
