/**
 * Incident rules found on text the engine had not been fitted to (eval21): arson told by its verb, a
 * person "seized from his home", a clash told with its death, a second event joined by ", and days
 * later", a fronted "Weeks before his abduction," and victims named by a possessive ("killing its
 * driver"). All names and sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { extractCasualties } from '../../../lib/annotate/incidents/casualties';

const PUB = { publishedTime: '2026-03-12T10:00:00Z' }; // a Thursday: Monday is 03-09, Tuesday 03-10, Wednesday 03-11

const brief = (text: string) =>
  annotate(text, PUB).incidents.map((i) => ({ type: i.type, location: i.location ?? null, date: i.date ?? null, killed: i.killed ?? null }));

describe('arson is an attack', () => {
  it('reads "set fire to" as an incident of its own, dated and placed', () => {
    const t = 'Gunmen ambushed a police convoy near Karsovo in the Lenak region on Tuesday, killing two officers, police said. ' +
      'On Monday, hooded men set fire to a bus depot in the Varuna district of Lenak. Nobody was hurt.';
    const out = brief(t);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ type: 'other', date: '2026-03-09', killed: 0 });
  });

  it('reads "torched" with its object as an attack', () => {
    const t = 'Rebels torched a customs post outside Beloma on Wednesday, the army said.';
    expect(brief(t)).toEqual([{ type: 'other', location: 'Beloma', date: '2026-03-11', killed: null }]);
  });
});

describe('a person carried off from home is kidnapped', () => {
  it('reads "was seized from his farm" as a kidnapping', () => {
    const t = 'A retired judge, Tomas Iriarte, was seized from his farm near Velmira on Monday and has not been seen since.';
    expect(brief(t).map((i) => i.type)).toEqual(['kidnapping']);
  });
});

describe('a clash told with the death it caused', () => {
  it('reports "clashed with ... and a guard was killed" as an incident with its toll (guards on one side: a shooting)', () => {
    const t = 'Border guards clashed with armed smugglers near the village of Orlets on Tuesday, and a guard was killed, officials said.';
    expect(brief(t)).toEqual([{ type: 'shooting', location: 'Orlets', date: '2026-03-10', killed: 1 }]);
  });
});

describe('two events in one sentence, set apart by time', () => {
  it('splits ", and days later" into a second incident', () => {
    const t = 'Militants fired rockets at a base near Darrow on Tuesday, officials said. ' +
      'In early June last year, a car bomb killed four soldiers in Estrel, and days later three police officers were shot dead at a checkpoint in Mavik.';
    const out = brief(t);
    expect(out.map((i) => [i.type, i.location])).toEqual([['rocket', 'Darrow'], ['explosion', 'Estrel'], ['shooting', 'Mavik']]);
    expect(out[2]?.killed).toBe(3);
  });

  it('reads the clause after "Weeks before his abduction," as its own event', () => {
    const t = 'The lawyer Ana Cortes was kidnapped in Puerto Salvo on Oct. 2, 2019. ' +
      'Weeks before her abduction, soldiers killed three farmers during a raid on a camp near Lomas Altas.';
    const out = brief(t);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ location: 'Lomas Altas', killed: 3 });
  });
});

describe('victims named by a possessive', () => {
  it('counts "killing its driver" and "wounding her teenage son" as one each', () => {
    expect(extractCasualties('a truck struck a landmine, killing its driver and wounding two passengers')).toEqual({ killed: 1, injured: 2 });
    expect(extractCasualties('soldiers opened fire on a car, killing a woman and wounding her teenage son')).toEqual({ killed: 1, injured: 1 });
  });

  it('counts victims listed one by one ("killing the coach, the team\'s doctor and the driver")', () => {
    expect(extractCasualties("gunmen fired on the team bus, killing the coach, the team's doctor and the driver")).toEqual({ killed: 3 });
    expect(extractCasualties('killing the driver and a passenger')).toEqual({ killed: 2 });
    expect(extractCasualties('killing the driver and wounding two passengers')).toEqual({ killed: 1, injured: 2 });
  });

  it('counts a partitive "two of the movement\'s own fighters had been wounded"', () => {
    expect(extractCasualties("the statement said two of the movement's own fighters had been wounded in the attack")).toEqual({ injured: 2 });
    expect(extractCasualties('three of their guards were killed')).toEqual({ killed: 3 });
  });

  it('counts "two more workers were shot dead" but not the doers of "two men shot dead"', () => {
    expect(extractCasualties('two more workers were shot dead at a quarry')).toEqual({ killed: 2 });
    expect(extractCasualties('two men on a scooter shot dead the mayor of Tirel').killed).not.toBe(2);
  });
});

describe('places that name no scene', () => {
  it('leaves out the second neighbour of "near the borders with X and Y"', () => {
    const t = 'Gunmen stormed a police post at Dorsa, in the Kelem district near the borders with Tovaria and Malbek, on Monday, killing six officers.';
    expect(brief(t)[0]?.location).toBe('Dorsa');
  });

  it('reads "the group\'s Sahel branch" and "the Africa Cup of Nations" as no places', () => {
    const a = brief('The Liberation Front\'s Sahel branch said on Tuesday it had attacked an army convoy in western Tovaria, killing eight soldiers.');
    expect(a[0]?.location).not.toBe('Sahel');
    const b = brief('On Jan. 3, 2012, gunmen ambushed a bus carrying a football team to the Africa Cup of Nations near Rocca Alta, killing two.');
    expect(b[0]?.location).toBe('Rocca Alta');
  });
});

describe('a headline told by its toll', () => {
  it('joins a headline "as toll rises to 21" to the incident with that toll, whatever weapon it names', () => {
    const t = 'Rebels claim drone-and-ground assault on army camp as toll rises to 21\n\n' +
      'Rebels overran an army camp at Merovo, in the Tesk region, late on Monday, killing 21 soldiers, the ministry said. ' +
      'Separately, a roadside bomb hit a convoy near Dalwin on Tuesday, wounding four soldiers.';
    const out = annotate(t, PUB).incidents;
    expect(out.map((i) => i.location)).toEqual(['Merovo', 'Dalwin']);
    expect(out[0]?.mentions.some((m) => m.start === 0)).toBe(true);
  });
});

describe('an event counted on from a past month', () => {
  it('keeps ", and days later" of last year\'s attack apart from today\'s at the same place', () => {
    const t = 'Border guards clashed with armed men near Vellin on Wednesday night, and a guard was killed, officials said. ' +
      'In late May last year, a grenade killed two workers in Osk, and days later three more workers were shot dead near Vellin.';
    const out = brief(t);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ location: 'Vellin', killed: 1 });
    expect(out[2]).toMatchObject({ location: 'Vellin', killed: 3, date: null });
  });
});

describe('a massacre told as background, and the accused answering the lede', () => {
  it('reads "fighters killed 46 ..., in one of the deadliest massacres since" as one dated event', () => {
    const t = 'Rebels shelled a market in Dorvik on Tuesday, killing two people, officials said. ' +
      'On June 3, 2018, Valen Front fighters killed 31 farmers in the village of Ostrava near Kelda, in one of the deadliest massacres since the war began.';
    const out = brief(t);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ date: '2018-06-03', killed: 31 });
  });

  it('takes "The X group, whose name stands for A, B and C, rejected the accusation" as X denying the lede\'s charge', () => {
    const t = 'Officials blame the KLM group for a raid on Tarvo village\n\n' +
      'Gunmen raided the village of Tarvo on Tuesday, killing six people, the government said, blaming the KLM group. ' +
      'The attackers burned the market. A farmer said they came on motorcycles. He said they took cattle. ' +
      'Residents fled to nearby towns. Aid groups said food was short. The army sent troops to the area. ' +
      'The KLM group, whose name stands for Kin, Land and Memory, rejected the accusation.';
    const raid = annotate(t, PUB).incidents[0];
    expect(raid?.deniedBy).toContain('KLM');
  });
});

describe('a hospital town and a dismissed claim', () => {
  it('gives the wounded "taken to the hospital in X" to the incident just told, not to one placed at X', () => {
    const t = 'Gunmen raided the village of Sorel on Tuesday, killing four people, officials said. ' +
      'Six other people were wounded and taken to the hospital in Mavrin. ' +
      'In April, a roadside bomb killed two soldiers near Mavrin.';
    const out = annotate(t, PUB).incidents;
    expect(out[0]).toMatchObject({ location: 'Sorel', injured: 6 });
    expect(out[1]?.injured).toBeUndefined();
  });

  it('reads "a claim the Tovarian military dismissed" as a denial by the military', () => {
    const t = 'Rebels said on Wednesday they had attacked an army base at Korvo on Monday night and killed five soldiers, a claim the Tovarian military dismissed as invented.';
    expect(annotate(t, PUB).incidents[0]?.deniedBy.join(' ')).toMatch(/military/i);
  });
});

describe('a state\'s own strike told by one of its craft', () => {
  it('reads "The army said separately that one of its helicopters had struck" as the army claiming the strike', () => {
    const t = 'The army said separately that one of its helicopters had struck a rebel camp near the village of Dunmore, killing several fighters.';
    expect(annotate(t, PUB).incidents[0]?.claimedBy.join(' ')).toMatch(/army/i);
  });
});

describe('a charge told with the incident\'s own kind', () => {
  it('keeps "said the drone had been launched from X across the Y river and blamed Z" with the drone strike', () => {
    const t = 'A drone struck a workers\' camp near Kasvo on Tuesday, killing two people, officials said. ' +
      'Security officials said the drone had been launched from Tovaria\'s Kessel province across the Oru river and blamed a criminal gang. ' +
      'Earlier on Tuesday, two rockets fired from across the river hit a border post in the Oru district. No casualties were reported.';
    const out = annotate(t, PUB).incidents;
    expect(out.map((i) => i.type)).toEqual(['drone', 'rocket']);
    expect(out[0]?.blamedOn.join(' ')).toMatch(/criminal gang/);
    expect(out[1]?.blamedOn).toEqual([]);
  });
});

describe('a place that also names a body', () => {
  it('places a shooting "outside the city of X" at X when the story names the "X Civic Association" too', () => {
    const t = 'Soldiers at a checkpoint outside the city of Morvena opened fire on a minibus on Sunday, killing a woman, according to the Morvena Civic Association, a local rights group. ' +
      'The Morvena Civic Association accused the soldiers of shooting without warning.';
    expect(annotate(t, PUB).incidents[0]?.location).toBe('Morvena');
  });
});
