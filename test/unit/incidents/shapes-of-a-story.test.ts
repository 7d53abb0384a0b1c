/**
 * Shapes a wire story takes when it tells several acts in a few paragraphs: a lead that adds another
 * side's act after "before the army said", the doers named again, a blast "that came days after" an
 * earlier raid, a fronted day that dates a statement, a toll told right after an unplaced report, a
 * hack of a body named after the place it serves. All sentences are made up for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { extractCasualties } from '../../../lib/annotate/incidents/casualties';
import { findDates } from '../../../lib/annotate/incidents/dates';
import { splitClauses, splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import { readTriggers } from '../../../lib/annotate/incidents/triggers';
import type { Entity } from '../../../lib/annotate/types';
import { entitiesFor, type Names } from './helpers';

const PUB = '2026-03-10T09:00:00Z'; // a Tuesday

const incidents = (text: string, names: Names = {}, extra: Entity[] = []) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: [...entitiesFor(text, names), ...extra], attributions: [], publishedTime: PUB });

/** A place entity typed as a country (the names are made up). */
function country(text: string, name: string): Entity {
  const mentions = [...text.matchAll(new RegExp(String.raw`\b${name}\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
  return { id: `c-${name}`, name, kind: 'place', subtype: 'country', aliases: [], mentions };
}

/** The incident whose mentions cover `needle`. */
function holding(text: string, list: ReturnType<typeof incidents>, needle: string) {
  const at = text.indexOf(needle);
  return list.find((i) => i.mentions.some((m) => m.start <= at && at < m.end));
}

describe('a lead that adds another speaker\'s act', () => {
  it('splits ", officials said, before the army said its jets had struck ..." into its own clause', () => {
    const text = 'Raiders burned a hamlet in the north late on Sunday, killing six people, elders said, before the army said its jets had struck the raiders.';
    const clauses = splitClauses(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end));
    expect(clauses).toHaveLength(2);
    expect(clauses[1]).toMatch(/^before the army said/);
    const alsoWhile = 'Gunmen killed four guards at a mine, police said, while the governor said soldiers had shelled their camp.';
    expect(splitClauses(alsoWhile, { start: 0, end: alsoWhile.length })).toHaveLength(2);
    // "before" with no new speaker is no new statement.
    const plain = 'Gunmen killed four guards at a mine before they fled into the forest.';
    expect(splitClauses(plain, { start: 0, end: plain.length })).toHaveLength(1);
  });

  it('keeps the raid and the air strike apart, and gives the doers named next to the raid', () => {
    const text = 'Gunmen on horses raided a village in northern Veloria late on Saturday, shooting dead seven people, local officials said, before the army said its jets had struck a column of fighters fleeing towards the border. ' +
      'The attackers reached Tamsi, a hamlet of about 900 people, shortly after midnight, one official said.';
    const list = incidents(text, { places: ['Tamsi'] }, [country(text, 'Veloria')]);
    expect(list).toHaveLength(2);
    const raid = holding(text, list, 'Gunmen on horses');
    expect(raid?.type).not.toBe('airstrike');
    expect(raid?.location).toBe('Tamsi');
    expect(raid?.killed).toBe(7);
    expect(holding(text, list, 'its jets had struck')?.type).toBe('airstrike');
    expect(holding(text, list, 'The attackers reached')).toBe(raid);
  });
});

describe('"The blast came two days after the raid on X": X is the earlier event\'s place', () => {
  it('joins the reference to the bombing, and the toll after it', () => {
    const text = 'Raiders stormed the village of Tamsi on Saturday, killing five farmers. ' +
      'On Monday, a roadside bomb hit an army truck on the road between Orvo and Belan. ' +
      'The blast came less than two days after the raid on Tamsi. ' +
      'Two soldiers were killed and three wounded, the ministry said.';
    const list = incidents(text, { places: ['Tamsi', 'Orvo', 'Belan'] });
    expect(list).toHaveLength(2);
    const bomb = holding(text, list, 'a roadside bomb');
    expect(holding(text, list, 'The blast came')).toBe(bomb);
    expect(bomb?.killed).toBe(2);
    expect(bomb?.injured).toBe(3);
    const raid = holding(text, list, 'Raiders stormed');
    expect(raid?.killed).toBe(5);
    expect(raid?.injured).toBeUndefined();
  });

  it('still places an earlier event told in its own "came ... after" clause where that clause says', () => {
    const text = 'Rebels attacked a school in Tamsi on Sunday, killing nine pupils. The raid came two days after gunmen opened fire on a bus on the road between Orvo and Belan.';
    const list = incidents(text, { places: ['Tamsi', 'Orvo', 'Belan'] });
    const bus = holding(text, list, 'opened fire on a bus');
    expect(['Orvo', 'Belan']).toContain(bus?.location);
  });
});

describe('places that say where a group or a government is, not the scene', () => {
  it('leaves out "the group\'s affiliate in the X" from a reference back', () => {
    const text = 'Gunmen raided a village in northern Veloria on Saturday, killing five people. The raid, which the army blamed on the Red Banner, the Brotherhood\'s affiliate in the Drylands, was the deadliest this year.';
    const list = incidents(text, { places: ['Drylands'], organizations: ['Red Banner', 'Brotherhood'] }, [country(text, 'Veloria')]);
    expect(list).toHaveLength(1);
    expect(list[0]?.location).toBe('Veloria');
    // A reference back that names a town still says where.
    const town = 'Gunmen raided a village in northern Veloria on Saturday, killing five people. The raid on Tamsi was the deadliest this year.';
    expect(incidents(town, { places: ['Tamsi'] }, [country(town, 'Veloria')])[0]?.location).toBe('Tamsi');
  });

  it('reads a capital that "held" a group responsible as the government, not where it happened', () => {
    const text = 'Late on Sunday, armed men opened fire on a border patrol and seized three guards. Nobody was hurt in the shooting, it said. Dorvan held the Black Hand responsible for the abduction.';
    const list = incidents(text, { places: ['Dorvan'], organizations: ['Black Hand'] });
    expect(list).toHaveLength(1);
    expect(list[0]?.location).toBeUndefined();
    expect(list[0]?.killed).toBe(0);
    // A town where something happened keeps its place.
    const other = 'Gunmen seized three guards in Dorvan late on Sunday.';
    expect(incidents(other, { places: ['Dorvan'] })[0]?.location).toBe('Dorvan');
  });
});

describe('a fronted day before a long subject and "said they had"', () => {
  it('dates the statement, not the strike', () => {
    const text = 'On Monday, the ground forces of the Northern Legion said they had hit a hideout near Pello with drones, killing four militants.';
    const list = incidents(text, { places: ['Pello'], organizations: ['Northern Legion'] });
    expect(list).toHaveLength(1);
    expect(list[0]?.date).toBeUndefined();
    expect(findDates(text, 0, text.length, PUB)[0]?.report).toBe(true);
  });

  it('keeps the day when the subject reports what he saw, or the act comes first', () => {
    const seen = 'Early on Monday, the captain of a cargo ship sailing off the port of Pello reported two explosions near his vessel.';
    expect(findDates(seen, 0, seen.length, PUB)[0]?.report).toBe(false);
    const act = 'On Monday, the rebels of the Northern Legion stormed a police post near Pello, officials said.';
    expect(incidents(act, { places: ['Pello'] })[0]?.date).toBe('2026-03-09');
  });
});

describe('the day of a strike told across a relative clause', () => {
  it('dates "a drone strike on trucks ... that crosses X killed three on Sunday" to Sunday', () => {
    const text = 'A drone strike on two trucks east of the wall that crosses the desert killed three civilians on Sunday, the movement said.';
    expect(incidents(text)[0]?.date).toBe('2026-03-08');
    // A date inside a relative clause about something else still dates nothing.
    const router = 'Hackers got into the grid through a router that had not been patched since Sunday.';
    expect(incidents(router)[0]?.date).toBeUndefined();
  });
});

describe('a report that names no town, then where it hit', () => {
  it('keeps "They hit open ground in X, and caused no casualties" with the report before it', () => {
    const text = 'On March 1, 2024, explosions in a market of Varno killed one man and wounded three others. ' +
      'Late on Monday, four projectiles landed on the outskirts of a town in the south. ' +
      'They hit open ground near a stadium in Varno and caused no casualties, the officials said.';
    const list = incidents(text, { places: ['Varno'] });
    const now = holding(text, list, 'four projectiles');
    expect(holding(text, list, 'They hit open ground')).toBe(now);
    expect(now?.location).toBe('Varno');
    expect(now?.killed).toBe(0);
    expect(now?.quantity).toBe(4);
    expect(holding(text, list, 'explosions in a market')?.killed).toBe(1);
  });
});

describe('a reference by a specific kind that names only a country', () => {
  it('joins the incident of its kind, not a later one of another kind', () => {
    const text = 'A drone strike on a truck near Pello in Veloria killed three miners on Sunday. ' +
      'On May 2, 2024, explosions in Varno killed one man. ' +
      'The movement\'s envoy said the drone strike showed that Ostria "has chosen war".';
    const list = incidents(text, { places: ['Pello', 'Varno'] }, [country(text, 'Ostria'), country(text, 'Veloria')]);
    const drone = holding(text, list, 'A drone strike');
    expect(holding(text, list, 'showed that Ostria')).toBe(drone);
    expect(holding(text, list, 'explosions in Varno')?.type).toBe('explosion');
  });
});

describe('shots and wounds', () => {
  it('reads "shot and seriously wounded" as a shooting', () => {
    const t = 'Gunmen shot and seriously wounded a judge outside his home.';
    expect(readTriggers(t, 0, t.length)?.type).toBe('shooting');
  });

  it('counts "a man was shot in both legs" as one injured', () => {
    expect(extractCasualties('On Sunday night, a man was shot in both legs in an alley.').injured).toBe(1);
    expect(extractCasualties('A woman was shot in her shoulder.').injured).toBe(1);
  });

  it('reads "No one else was injured" as a zero, never as one hurt', () => {
    expect(extractCasualties('No one else was injured.')).toEqual({ killed: 0, injured: 0 });
    expect(extractCasualties('Nobody else was killed.').killed).toBe(0);
    expect(extractCasualties('One guard was injured.').injured).toBe(1);
  });
});

describe('a hack of a body named after the place it serves', () => {
  it('places it in that place when its sentence names none', () => {
    const text = 'On Saturday, hackers broke into a database of the PRSM holding the names of 3,000 officers.';
    const body: Entity = { id: 'o1', name: 'Police Regiment of South Mardo', kind: 'organization', aliases: ['PRSM'], mentions: [{ start: text.indexOf('PRSM'), end: text.indexOf('PRSM') + 4, text: 'PRSM' }] };
    const region: Entity = { id: 'p1', name: 'South Mardo', kind: 'place', subtype: 'region', aliases: [], mentions: [] };
    const list = incidents(text, {}, [body, region]);
    expect(list[0]?.type).toBe('cyber');
    expect(list[0]?.location).toBe('South Mardo');
    // A body whose place the article never names gives none.
    expect(incidents(text, {}, [body])[0]?.location).toBeUndefined();
  });
});

describe('tolls told in other words', () => {
  it('counts victims joined by "and" before the verb, with their age', () => {
    expect(extractCasualties('Two fighters and a 12-year-old boy were killed in the clashes and nine people wounded.')).toEqual({ killed: 3, injured: 9 });
    expect(extractCasualties('Two guards and three villagers were wounded.').injured).toBe(5);
    // "and" joining another clause adds nothing.
    expect(extractCasualties('Three soldiers were killed and four wounded.')).toEqual({ killed: 3, injured: 4 });
  });

  it('reads "with no damage or injuries reported" as no one injured', () => {
    expect(extractCasualties('The drones were shot down, with no damage or injuries reported.').injured).toBe(0);
  });

  it('counts one victim named by three words, never the two doers', () => {
    expect(extractCasualties('Two men on a motorbike shot dead Tomas Ilic Varga, a judge, as he left court.').killed).toBe(1);
  });
});

describe('mortar rounds are shells', () => {
  it('keeps "Shells were falling" with the mortar fire told before, and its toll', () => {
    const text = 'Fighters lobbed mortar rounds across the southern districts of Varno for most of Monday afternoon, residents said. ' +
      '"Shells were falling on the houses." ' +
      'A teacher said she hid in the kitchen. ' +
      'Two fighters and a boy were killed in the clashes and nine people wounded, doctors said.';
    const list = incidents(text, { places: ['Varno'] });
    expect(list).toHaveLength(1);
    expect(list[0]?.killed).toBe(3);
    expect(list[0]?.injured).toBe(9);
  });
});

describe('munitions and days', () => {
  it('counts explosive devices dropped as the quantity', () => {
    const text = 'Drones dropped at least 12 explosive devices on a village in Pello on Thursday, killing two people.';
    expect(incidents(text, { places: ['Pello'] })[0]?.quantity).toBe(12);
  });

  it('gives no day to "now" in a quote', () => {
    const text = '"The roads are closed, and now they bomb the market," said a farmer.';
    expect(findDates(text, 0, text.length, PUB)).toEqual([]);
  });
});

describe('the target named again with its day', () => {
  it('dates an undated hack by "The site was down ... on Sunday evening"', () => {
    const text = 'Separately, a group calling itself the Grey Wolves claimed to have knocked the border service\'s website offline. The site was unavailable for several hours on Sunday evening.';
    expect(incidents(text)[0]?.date).toBe('2026-03-08');
    // A day of the aftermath dates nothing; nor does another noun.
    const after = 'Separately, a group calling itself the Grey Wolves claimed to have knocked the border service\'s website offline. The site reopened on Sunday evening.';
    expect(incidents(after)[0]?.date).toBeUndefined();
    const other = 'Separately, a group calling itself the Grey Wolves claimed to have knocked the border service\'s website offline. The minister spoke on Sunday evening.';
    expect(incidents(other)[0]?.date).toBeUndefined();
  });
});

describe('responders hit on their way', () => {
  it('makes "Reinforcements sent from X were ambushed" another incident, not placed at X', () => {
    const text = 'On Monday, about 20 armed men stormed a mine camp in northern Veloria and opened fire on the workers, killing two guards. ' +
      'Police reinforcements sent from Varno were ambushed on the road to the camp late on Monday, and two officers were wounded by gunfire.';
    const list = incidents(text, { places: ['Dorra', 'Varno'] }, [country(text, 'Veloria')]);
    expect(list).toHaveLength(2);
    const ambush = holding(text, list, 'reinforcements sent');
    expect(ambush?.injured).toBe(2);
    expect(ambush?.location).not.toBe('Varno');
    expect(holding(text, list, 'stormed a mine camp')?.injured).toBeUndefined();
    // A road between two towns still places an ambush there.
    const road = 'Gunmen ambushed a truck on the road between Orvo and Belan on Monday, killing the driver.';
    expect(['Orvo', 'Belan']).toContain(incidents(road, { places: ['Orvo', 'Belan'] })[0]?.location);
  });
});
