/**
 * Incident rules added after the tenth held-out set (eval10), each with sentences made up for the
 * project (none from a fixture).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { findDates } from '../../../lib/annotate/incidents/dates';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import { extractQuantity } from '../../../lib/annotate/incidents/quantity';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { entitiesFor, type Names } from './helpers';

const META = { publishedTime: '2025-03-12T10:00:00Z' }; // a Wednesday

const incidentsOf = (text: string) => annotate(text, META).incidents ?? [];

/** Incidents with the given names marked as entities (no dependence on the entity engine). */
const withNames = (text: string, names: Names) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: entitiesFor(text, names), attributions: [], publishedTime: META.publishedTime });

describe('a past event dated to its month', () => {
  it('is an incident of its own, apart from the story\'s undated one', () => {
    const text = [
      'Gunmen attacked a police post in the town of Varsk, killing three officers, officials said.',
      'In June 2023, two car bombs exploded outside the barracks in Varsk, killing 14 people.',
    ].join(' ');
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.killed).toBe(14);
    expect(found[1]?.type).toBe('explosion');
  });

  it('stands with no place the engine knows ("a strike on the main square of ...")', () => {
    const text = 'Rockets hit Tirsa on Monday, killing two. In August 2022, a strike on the main square of the old quarter killed at least 26 people.';
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.killed).toBe(26);
  });

  it('does not make a kind of act ("protect networks from attack") an event', () => {
    const text = 'Rockets hit Tirsa on Monday, killing two. The regulator voted in January to require carriers to protect their networks from attack.';
    expect(incidentsOf(text)).toHaveLength(1);
  });
});

describe('figures that are totals', () => {
  it('leaves a year\'s toll ("killed more than 900 people last year") off the incident before it', () => {
    const text = 'A bomb exploded at a market in Varsk on Monday, wounding four people. Violence in the province killed more than 900 people last year, a research group said.';
    const found = incidentsOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.killed).toBeUndefined();
    expect(found[0]?.injured).toBe(4);
  });
});

describe('counts', () => {
  it('reads the count after a year, not the year ("In March 2024, two car bombs")', () => {
    expect(extractQuantity('In March 2024, two car bombs exploded')).toBe(2);
    expect(extractQuantity('more than 1,200 rockets were fired')).toBe(1200);
    expect(extractQuantity('at least five rockets hit the base')).toBe(5);
  });
});

describe('events told by words the vocabulary lacked', () => {
  it('reads "gunmen seized 200 schoolgirls" as a kidnapping', () => {
    const found = incidentsOf('In June 2022, gunmen seized 200 schoolgirls from a boarding school in Varsk.');
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('kidnapping');
    // Property taken is no kidnapping.
    expect(incidentsOf('Customs officers seized 200 rifles at the port of Varsk on Monday.')).toHaveLength(0);
  });

  it('reads "fighting between rival groups killed three people" as one event', () => {
    const found = incidentsOf('Late on Monday, fighting between two rival armed groups in the suburb of Varsk killed three people, medics said.');
    expect(found).toHaveLength(1);
    expect(found[0]?.killed).toBe(3);
    expect(found[0]?.date).toBe('2025-03-10');
    // Fighting with no toll of its own is no event.
    expect(incidentsOf('Fighting between the two groups has displaced thousands since 2019.')).toHaveLength(0);
  });
});

describe('where one incident ends and another begins', () => {
  it('starts a new incident at a report its speaker gives "separately"', () => {
    const text = 'Fighting between rival groups in Varsk killed three people on Monday. The state oil company said separately on Tuesday that hackers had broken into its billing systems.';
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    expect(found.map((i) => i.type)).toEqual(['other', 'cyber']);
  });

  it('keeps an earlier year\'s event ("In May last year, ...") out of the story\'s undated incident', () => {
    const text = 'Militia tensions rose in Varsk as gunmen attacked a checkpoint in the city. In May last year, clashes in Varsk killed at least eight civilians.';
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.killed).toBe(8);
  });

  it('refers "the blast" to the incident that was a blast, not to a later-told attack of no stated kind', () => {
    const text = [
      'A roadside bomb struck an army truck near Varsk on Monday, killing four soldiers.',
      'In March last year, fighters attacked a train in the Tolan Pass, an attack that left dozens dead.',
      'Residents of Varsk said the blast could be heard for miles.',
    ].join(' ');
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    const bomb = found.find((i) => i.type === 'explosion');
    expect(bomb?.mentions).toHaveLength(2);
  });

  it('treats "a string of bombings" as a set of events, not one', () => {
    expect(incidentsOf('A string of bombings hit the towns of Varsk and Tolan on Sunday, killing five.')).toHaveLength(0);
  });
});

describe('the headline', () => {
  it('joins the body\'s incident of its kind, though it names the place more loosely', () => {
    const text = [
      'Rockets hit Varsk airport, flights diverted',
      '',
      'At least five rockets slammed into the Varsk Vale International Airport on Tuesday, wounding two workers, officials said.',
    ].join('\n');
    const found = annotate(text, { publishedTime: '2025-03-12T10:00:00Z' }).incidents ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toHaveLength(2);
    expect(found[0]?.quantity).toBe(5);
  });
});

describe('a month with its year told apart', () => {
  it('reads "In March last year" and "in May of 2023" as one month of that year', () => {
    const pub = '2025-03-12T10:00:00Z';
    const read = (t: string) => findDates(t, 0, t.length, pub).map((d) => [d.date, d.precision]);
    expect(read('In March last year, fighters attacked a train.')).toEqual([['2024-03', 'month']]);
    expect(read('In May of 2023, a bomb exploded.')).toEqual([['2023-05', 'month']]);
    expect(read('In March, a bomb exploded.')).toEqual([['2025-03', 'month']]);
  });
});

const roles = (text: string, names: Names = {}) => {
  const r = extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names));
  return { claimedBy: r.claimedBy, deniedBy: r.deniedBy, blamedOn: r.blamedOn };
};

describe('who claimed or denied, named after a description', () => {
  it('takes the name in the appositive after an indefinite description ("A separatist militia, the X Front (XF), claimed")', () => {
    expect(roles('A separatist militia, the Vardan Defence Front (VDF), claimed responsibility in a video.', { organizations: ['Vardan Defence Front'] }).claimedBy).toEqual(['Vardan Defence Front']);
    expect(roles('A rival armed group, the Coastal Restoration Forces, denied any role in the attack.', { organizations: ['Coastal Restoration Forces'] }).deniedBy).toEqual(['Coastal Restoration Forces']);
    // A name unknown to the engine still stands as the name.
    expect(roles('A little-known group, Harkat-ul-Tolan, claimed the attack in a message.').claimedBy).toEqual(['Harkat-ul-Tolan']);
    // A named subject with a description after it keeps the name.
    expect(roles('The Vardan Defence Front, an armed group, claimed responsibility.', { organizations: ['Vardan Defence Front'] }).claimedBy).toEqual(['Vardan Defence Front']);
  });

  it('reads the name a group goes by ("a group calling itself the X") and a claimed intrusion', () => {
    expect(roles('A group calling itself the "Cyber Brigade of Tolan" claimed the intrusion on Telegram.').claimedBy).toEqual(['Cyber Brigade of Tolan']);
    expect(roles('A previously unknown group known as Black Lantern claimed the attack.').claimedBy).toEqual(['Black Lantern']);
  });
});

describe('where it happened, not where someone speaks or what a force is called', () => {
  it('leaves out the place a speaker sits in ("A senior official in Tolan, ..., said")', () => {
    const text = 'Gunmen stormed a boarding school late on Sunday, police said. A senior security official in Tolan, who asked not to be named, told reporters the attack had been carried out by a local gang.';
    const found = withNames(text, { places: ['Tolan'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.location).toBeUndefined();
    // Officers harmed in a place are at the scene.
    const harmed = 'Two police officers in Tolan were shot dead on Sunday, a spokesman said.';
    expect(withNames(harmed, { places: ['Tolan'] })[0]?.location).toBe('Tolan');
  });

  it('does not read a place inside a force\'s name ("an Assam Rifles patrol") as the scene', () => {
    const text = 'On Friday, gunmen ambushed a Tolan Rifles patrol near the Varsk border, wounding three soldiers.';
    const found = withNames(text, { places: ['Tolan', 'Varsk'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.location).toBe('Varsk');
  });
});

describe('a past event told in a "when" clause after its date', () => {
  it('is its own incident, dated by the month before "when"', () => {
    const text = 'Rockets hit Varsk on Monday, killing two. Drones were first used in the conflict in September 2023, when explosives dropped on the village of Tolan killed two people.';
    const found = incidentsOf(text);
    expect(found).toHaveLength(2);
    expect(found[1]?.killed).toBe(2);
    // Drones dropping explosives: either names the attack.
    expect(['drone', 'explosion']).toContain(found[1]?.type);
  });
});

describe('sentences that tell no event', () => {
  it('does not start an incident at "No group has claimed the abduction"', () => {
    const text = 'Gunmen abducted 30 students from a school in Varsk on Sunday. On Monday, gunmen attacked a police post in Tolan. No group has claimed the abduction.';
    const found = withNames(text, { places: ['Varsk', 'Tolan'] });
    expect(found).toHaveLength(2);
    expect(found.find((i) => i.type === 'kidnapping')?.mentions).toHaveLength(2);
  });

  it('reads bare "kidnapping for ransom" as a trade, not an event', () => {
    expect(incidentsOf('Armed gangs in the region of Varsk have turned kidnapping for ransom into a lucrative business.')).toHaveLength(0);
  });
});

describe('a reference back', () => {
  it('joins an incident told before it, not one told later at a place it names', () => {
    const text = [
      'Rockets struck houses in the village of Merin in Varsk district late on Saturday, killing two people.',
      'Police blamed militants operating from the hills of neighbouring Tolan district, saying the rockets had been fired from high ground.',
      'On Friday, gunmen ambushed a patrol near the Tolan border, wounding three soldiers.',
    ].join(' ');
    const found = withNames(text, { places: ['Varsk', 'Tolan', 'Merin'] });
    expect(found).toHaveLength(2);
    const ambush = found.find((i) => i.injured === 3);
    expect(ambush?.mentions).toHaveLength(1);
    // Gunmen ambush by shooting (apart-and-located.test.ts).
    expect(ambush?.type).toBe('shooting');
  });
});

describe('a report told over sentences', () => {
  it('keeps a casualty sentence in the abduction it follows, past a sentence that only refers back', () => {
    const text = [
      'Gunmen abducted 30 students from a school in Varsk late on Sunday, police said.',
      'The attackers stormed the dormitories shortly before midnight, said a teacher.',
      'A night guard was shot dead and two teachers were wounded, he said.',
    ].join(' ');
    const found = withNames(text, { places: ['Varsk'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.killed).toBe(1);
    expect(found[0]?.injured).toBe(2);
  });

  it('does not let a reference dated to an earlier month join the headline\'s undated incident', () => {
    const text = [
      'Drones and rockets hit village in Varsk, two killed',
      '',
      'Suspected militants fired rockets and dropped explosives from drones on a village in Varsk late on Saturday, killing two people.',
      'Drones were first used in the conflict in September 2023, when explosives dropped on the village of Tolan killed two people.',
    ].join('\n');
    const found = withNames(text, { places: ['Varsk', 'Tolan'] });
    expect(found).toHaveLength(2);
    expect(found[0]?.mentions).toHaveLength(2);
  });
});

describe('who was blamed, named after a description', () => {
  it('goes on past "known as" to the name, and keeps actors named before it', () => {
    const text = 'An official said the kidnapping had been carried out by a gang loyal to a bandit leader known as Dogo Kware, whose fighters hold the forest.';
    expect(roles(text).blamedOn).toEqual(['Dogo Kware']);
    const two = 'The rebels in turn blamed the Vardan army and allied militias known as Kesh Guards, saying they had shelled the camp.';
    expect(roles(two, { organizations: ['Vardan army'] }).blamedOn).toEqual(['Vardan army', 'Kesh Guards']);
  });

  it('drops how attackers came from their description ("Gunmen on motorcycles")', () => {
    expect(roles('Dorva gunmen on motorcycles attacked a school in Varsk.', { places: ['Varsk'] }).blamedOn).toEqual(['Dorva gunmen']);
  });
});

describe('an air force\'s own jets', () => {
  it('reads "said its jets had struck a camp in the X forest" as an airstrike there', () => {
    const text = 'The air force said on Monday that its jets had struck a bandit camp in the Dara forest, killing dozens of fighters.';
    const found = withNames(text, {});
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('airstrike');
    expect(found[0]?.location).toBe('Dara forest');
  });
});

describe('an untyped "the attack" far from every report', () => {
  it('means the story\'s lead incident, not a side one or an earlier month\'s told in between', () => {
    const text = [
      'A suicide bomber struck a police compound in Varsk late on Wednesday, killing 12 policemen.',
      'Hours earlier, a mortar round hit a checkpoint in Tolan, wounding two constables.',
      'No one has claimed that attack.',
      'In March 2024, two car bombs exploded at the walls of the Merin barracks, killing 18 people.',
      'Officials said the province had seen worse.',
      'Security was tight across the region on Thursday.',
      'The prime minister condemned the attack and praised the police.',
    ].join(' ');
    const found = withNames(text, { places: ['Varsk', 'Tolan', 'Merin'] });
    expect(found).toHaveLength(3);
    const condemned = text.indexOf('The prime minister');
    const owner = found.find((i) => i.mentions.some((m) => m.start === condemned));
    expect(owner?.killed).toBe(12);
  });
});
