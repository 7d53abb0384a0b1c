/**
 * Incidents by shape, second round: where an act happened (the most specific place its passage names,
 * never a group's camp, a blamed capital or where the doers fled), which reports are one act (the same
 * kind, day and place told twice) and which stay apart (a hack and a deadly attack, a raid told as
 * coming later), and events named by a noun ("followed the abduction on Saturday of ..."). All
 * sentences and names are made up.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { extractCasualties } from '../../../lib/annotate/incidents/casualties';
import { extractQuantity } from '../../../lib/annotate/incidents/quantity';
import { splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import type { Entity } from '../../../lib/annotate/types';
import { entitiesFor, type Names } from './helpers';

const PUB = '2025-03-12T10:00:00Z'; // a Wednesday: Saturday is 03-08, Sunday 03-09, Monday 03-10

const run = (text: string, names: Names = {}, extra: Entity[] = []) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: [...entitiesFor(text, names), ...extra], attributions: [], publishedTime: PUB });

const brief = (text: string, names: Names = {}, extra: Entity[] = []) =>
  run(text, names, extra).map((i) => [i.type, i.location ?? null, i.date ?? null]);

/** A place entity with a subtype and the given mention texts (each found wherever it occurs). */
function placeOf(text: string, name: string, subtype: string, mentionTexts: string[] = [name]): Entity {
  const mentions = mentionTexts.flatMap((n) => [...text.matchAll(new RegExp(String.raw`\b${n}\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + n.length, text: n })));
  return { id: `p-${name}`, name, kind: 'place', subtype, aliases: [], mentions };
}

describe('where it happened', () => {
  it('never places an act at a camp named by the group that holds it ("an KLF camp"), nor at the group\'s bare name', () => {
    const t = 'Air force jets struck a KLF camp on the slopes of the Tessaly mountains early on Monday. The KLF did not comment.';
    const got = run(t, {}, [placeOf(t, 'KLF camp', 'site', ['KLF camp', 'KLF'])]);
    expect(got.map((i) => [i.type, i.location])).toEqual([['airstrike', 'Tessaly mountains']]);
  });

  it('keeps a named site with the same lower-case head ("the Tarsa air base"), and reads "the Orvel hills" as a place', () => {
    expect(brief('Two rockets hit the Tarsa air base on Monday.')).toEqual([['rocket', 'Tarsa air base', '2025-03-10']]);
    expect(brief('Troops came under fire in the Orvel hills on Monday.')).toEqual([['shooting', 'Orvel hills', '2025-03-10']]);
  });

  it('reads "outside the Ebron settlement" as the place Ebron, even when the engine took Ebron for a person', () => {
    const t = 'A gunman shot dead a man at a bus stop outside the Ebron settlement late on Monday.';
    expect(brief(t, { people: ['Ebron'] })).toEqual([['shooting', 'Ebron', '2025-03-10']]);
  });

  it('does not place an act where its doers fled ("fled towards the nearby town of X")', () => {
    const t = 'A gunman opened fire at a checkpoint in the Kessel region late on Monday and fled towards the nearby town of Selka.';
    expect(brief(t, { places: ['Selka'] }, [placeOf(t, 'Kessel', 'region')])).toEqual([['shooting', 'Kessel', '2025-03-10']]);
  });

  it('takes the scene from a sentence that names the target again with where it stands ("The school, X, stands above the village of Y")', () => {
    const t = 'Rebels raided a boarding school in western Kandia on Sunday night, killing nine pupils. The fighters broke into the school late on Sunday. The school, the Holy Cross Academy, stands above the village of Dorvik in Melk district.';
    const got = run(t, { places: ['Dorvik'] }, [placeOf(t, 'Kandia', 'country'), placeOf(t, 'Melk', 'region')]);
    expect(got).toHaveLength(1);
    expect(got[0]?.location).not.toBe('Kandia');
    expect(['Holy Cross Academy', 'Dorvik']).toContain(got[0]?.location);
  });

  it('takes no scene from a trigger-less sentence about something else ("The town, Dorvik, ...")', () => {
    const t = 'Rebels raided a boarding school in western Kandia on Sunday night, killing nine pupils. The governor, who lives in Dorvik, called for calm.';
    expect(run(t, { places: ['Dorvik'] }, [placeOf(t, 'Kandia', 'country')])[0]?.location).toBe('Kandia');
  });

  it('places an act in a one-word name after a locative even when the engine took it for a body ("Tolvin blames X")', () => {
    const t = 'Tolvin blames Varsk for blasts\n\nIn April 2022, grenades were fired at the security ministry building in Tolvin, officials said.';
    const org: Entity = { id: 'o1', name: 'Tolvin', kind: 'organization', aliases: [], mentions: [...t.matchAll(/Tolvin/g)].map((m) => ({ start: m.index, end: m.index + 6, text: 'Tolvin' })) };
    expect(run(t, {}, [org]).map((i) => i.location)).toEqual(['Tolvin']);
  });

  it('never places an act at the capital it was blamed on ("blamed on Varsk")', () => {
    const t = 'In April 2022, grenades were fired at a ministry building in the Tolvin region, an attack the authorities blamed on Varsk at the time.';
    const got = run(t, { places: ['Varsk'] }, [placeOf(t, 'Tolvin', 'region')]);
    expect(got.map((i) => i.location)).toEqual(['Tolvin']);
  });
});

describe('one act told twice, two acts told together', () => {
  it('folds a headline and a body report of the same kind, day and place set apart only by "Earlier"', () => {
    const t = 'Drone strike kills two near Valo\n\nA gunman shot dead a guard in Norra late on Monday, hours after a drone strike killed two men in the north.\n\nEarlier on Monday, a drone strike on a car on the outskirts of Valo killed two men, the health ministry said.';
    const got = brief(t, { places: ['Valo', 'Norra'] });
    expect(got.filter(([type]) => type === 'drone')).toEqual([['drone', 'Valo', '2025-03-10']]);
  });

  it('keeps two strikes of one kind apart when their places or tolls differ', () => {
    const t = 'Drone strike kills two near Valo\n\nA gunman shot dead a guard in Norra late on Monday, hours after a drone strike killed two men in the north.\n\nEarlier on Monday, a drone strike on a car on the outskirts of Marta killed three men, the health ministry said.';
    const got = brief(t, { places: ['Valo', 'Norra', 'Marta'] });
    expect(got.filter(([type]) => type === 'drone')).toHaveLength(2);
  });

  it('keeps "a second drone strike" at the same place on the same day apart', () => {
    const t = 'A drone strike hit a car in Valo on Monday, killing two men. A second drone strike hit a house in Valo on Monday, killing a woman.';
    expect(brief(t, { places: ['Valo'] })).toHaveLength(2);
  });

  it('never joins a deadly attack to a hack told the same day ("Gunmen kill three officers ...; hackers hit ministry")', () => {
    const t = 'Gunmen kill three officers at police post; hackers hit interior ministry\n\nGang members attacked a police post in Sarno late on Monday, killing three officers, police said, hours after hackers defaced the website of the interior ministry.';
    const got = run(t, { places: ['Sarno'] });
    const cyber = got.find((i) => i.type === 'cyber');
    const deadly = got.find((i) => i.killed === 3);
    expect(cyber).toBeDefined();
    expect(deadly).toBeDefined();
    expect(cyber?.killed).toBeUndefined();
    expect(deadly?.type).not.toBe('cyber');
  });

  it('never joins a headline to an earlier month\'s event told as background', () => {
    const t = 'Gunmen kill traders at Kandia market\n\nArmed men attacked a market in Kandia on Monday, killing two traders.\n\nIn August last year, gunmen killed four officers at a checkpoint in Drava.';
    const got = run(t, { places: ['Drava'] }, [placeOf(t, 'Kandia', 'country')]);
    const drava = got.find((i) => i.location === 'Drava');
    expect(drava?.mentions).toHaveLength(1);
  });

  it('joins a headline to the body incident with its toll ("gunmen kill nine")', () => {
    const t = 'Gunmen kill nine in highland raid; mine camp attacked\n\nArmed men attacked a village in Orsa province before dawn on Sunday, killing nine people.\n\nOn Monday, about 30 armed men stormed a camp at the Kora gold mine in Hesk province, shooting dead two guards. Police sent from Tamba were ambushed on the road to the mine late on Monday, and two officers were wounded by gunfire.';
    const got = run(t, { places: ['Orsa', 'Hesk', 'Tamba'] });
    expect(got.filter((i) => i.killed === 9).map((i) => i.location)).toEqual(['Orsa']);
    expect(got.find((i) => i.location === 'Orsa')?.mentions.some((m) => m.start === 0)).toBe(true);
  });

  it('reads "a raid told as coming later" ("Troops later raided X and the neighbouring village of Y") as an act of its own', () => {
    const t = 'A gunman shot dead a man at a bus stop near Pera late on Monday. Troops later raided Salvo and the neighbouring village of Hadi, searching homes and detaining 14 people. Residents said soldiers fired live rounds during the raid and a boy was shot in the leg.';
    const got = run(t, { places: ['Pera', 'Salvo', 'Hadi'] });
    expect(got).toHaveLength(2);
    const raid = got.find((i) => i.location === 'Salvo');
    expect(raid).toBeDefined();
    expect(raid?.mentions).toHaveLength(2);
  });

  it('takes no police raid on a house for an attack', () => {
    expect(run('Police raided a house in Pera on Monday and arrested three men.', { places: ['Pera'] })).toEqual([]);
  });

  it('takes a reference naming what was hit ("The attack on the substation") for the incident whose report named it', () => {
    const t = 'Hackers hit interior ministry\n\nGang members attacked a police substation in Sarno late on Monday, killing three officers.\n\nThe ministry said its website had been hacked on Monday.\n\nThe president condemned the violence. Analysts were divided. Unions asked for more staff.\n\nThe attack on the substation was the third this year, police said.';
    const got = run(t, { places: ['Sarno'] });
    const substation = got.find((i) => i.killed === 3);
    expect(substation?.mentions.length).toBeGreaterThanOrEqual(2);
    expect(got.find((i) => i.type === 'cyber')?.mentions.some((m) => t.slice(m.start, m.end).startsWith('The attack on the substation'))).toBe(false);
  });

  it('reads "The kidnapping was blamed on ..." right after a kidnapping as that kidnapping, whatever river an aside names', () => {
    const t = 'Late on Friday, armed men seized three workers near Pichu, in neighbouring Corva region. The kidnapping was blamed on drug traffickers angry at the destruction of coca fields on the Soro river, a police source said.';
    const got = run(t, { places: ['Pichu'] }, [placeOf(t, 'Corva', 'region'), placeOf(t, 'Soro river', 'region')]);
    expect(got).toHaveLength(1);
    expect(got[0]?.mentions).toHaveLength(2);
  });

  it('goes on with the main report, not a background clause, in the next sentence ("The gunman opened fire ...")', () => {
    const t = 'A gunman shot dead a man in the Kessel region late on Monday, hours after a drone strike killed two men in the north. The gunman opened fire from a passing car outside the Ebron settlement.';
    const got = run(t, {}, [placeOf(t, 'Kessel', 'region')]);
    expect(got.find((i) => i.type === 'shooting')?.location).toBe('Ebron');
    expect(got.find((i) => i.type === 'drone')?.mentions).toHaveLength(1);
  });

  it('keeps the kind of an incident a reference joins by its noun ("the raid was not linked to Thursday\'s bombing")', () => {
    const t = 'A roadside bomb tore through a convoy near Marsa on Thursday, killing four soldiers. Troops killed five fighters in a raid on a hideout near Batto on Wednesday, sources said. The sources said the raid was not linked to Thursday\'s bombing.';
    const got = run(t, { places: ['Marsa', 'Batto'] });
    expect(got.find((i) => i.location === 'Batto')?.type).toBe('other');
  });

  it('reads "Residents said they heard loud explosions" after a strike as more of that strike', () => {
    const t = 'Rebels raided a school in Korno district on Sunday, killing nine pupils. Fighter jets struck a rebel camp in the Tessaly mountains early on Monday. Residents of Korno district said they heard four loud explosions before dawn.';
    const got = run(t, {}, [placeOf(t, 'Korno', 'region'), placeOf(t, 'Tessaly mountains', 'region')]);
    expect(got).toHaveLength(2);
    expect(got.find((i) => i.type === 'airstrike')?.mentions).toHaveLength(2);
  });
});

describe('events named by a noun or told in the passive', () => {
  it('reads "followed the abduction on Saturday of a guard in X" as an earlier kidnapping with its day and place', () => {
    const t = 'Gunmen attacked a police post in Sarno on Monday, killing two officers. The attack on the post followed the abduction on Saturday of a prison guard in Milco, west of the capital.';
    const got = brief(t, { places: ['Sarno', 'Milco'] });
    expect(got).toContainEqual(['kidnapping', 'Milco', '2025-03-08']);
    expect(got).toHaveLength(2);
  });

  it('reads "revenge for the killing of two youths on Oct. 17" as an earlier incident of its own day', () => {
    const t = 'Gunmen attacked a village in Orsa on Sunday, killing nine people. A Tala elder said the raid was revenge for the killing of two Tala youths on Oct. 17, which the clan has blamed on Pern fighters.';
    const got = run(t, { places: ['Orsa'] });
    expect(got.map((i) => [i.date ?? null, i.killed ?? null])).toEqual([['2025-03-09', 9], ['2024-10-17', 2]]);
  });

  it('keeps "condemned the killing of civilians" (no count) and "the killing of 12 rebels in a gunfight" (another event noun) as they were', () => {
    const t = 'Gunmen attacked a village in Orsa on Sunday, killing nine people. The minister condemned the killing of civilians.';
    expect(run(t, { places: ['Orsa'] })).toHaveLength(1);
    const u = 'A bomb killed seven police officers in Kessel district on Wednesday. The rebels said the attack was revenge for the killing of 12 rebels in a gunfight with troops in Narro district last month.';
    const got = run(u, {}, [placeOf(u, 'Kessel', 'region'), placeOf(u, 'Narro', 'region')]);
    expect(got.map((i) => i.killed)).toEqual([7, 12]);
  });

  it('keeps "followed the announcement of ..." no event', () => {
    const t = 'Gunmen attacked a police post in Sarno on Monday, killing two officers. The attack followed the announcement of a new security plan by the government in Sarno.';
    expect(brief(t, { places: ['Sarno'] })).toHaveLength(1);
  });

  it('types killing by gunmen as a shooting, by rebels as an attack of unstated kind', () => {
    expect(run('In August last year, gunmen killed four officers at a checkpoint in Drava.', { places: ['Drava'] })[0]?.type).toBe('shooting');
    expect(run('A gunman kills two at a wedding in Drava', { places: ['Drava'] })[0]?.type).toBe('shooting');
    expect(run('In August last year, rebels killed four officers at a checkpoint in Drava.', { places: ['Drava'] })[0]?.type).toBe('other');
  });

  it('reads a website "knocked offline for most of Sunday" by a denial-of-service attack as a cyber attack of that day', () => {
    const t = 'Separately, the website of the customs service was knocked offline for most of Sunday by what the agency described as a "massive" denial-of-service attack.';
    expect(brief(t)).toEqual([['cyber', null, '2025-03-09']]);
  });

  it('keeps an event reported with "one of a series of blasts" after it', () => {
    const t = 'In April 2022, grenades were fired at the security ministry building in Tolvin, one of a series of blasts in the region.';
    expect(run(t, { places: ['Tolvin'] }).map((i) => [i.type, i.location])).toEqual([['explosion', 'Tolvin']]);
  });

  it('still drops a set of events ("a series of blasts hit the region")', () => {
    expect(run('A series of blasts hit the region of Tolvin over the past year.', { places: ['Tolvin'] })).toEqual([]);
  });
});

describe('past events told as background', () => {
  it('reads "carried out the December 2023 bombing of X" as one past incident, and "that attack" as it', () => {
    const t = 'Rebels bombed a market in Kolo on Monday. The Dawla group said it carried out the December 2023 bombing of a Mass at Kessel University in Marvi that killed four people. President Sanz blamed that attack on foreigners.';
    const got = run(t, { places: ['Kolo', 'Marvi'] });
    expect(got).toHaveLength(2);
    expect(got[1]?.mentions).toHaveLength(2);
    expect(got[1]?.date).toBeUndefined();
  });

  it('keeps "the bombing" without a month or year a reference back', () => {
    const t = 'Rebels bombed a market in Kolo on Monday. The Dawla group said it carried out the bombing of the market in Kolo.';
    expect(run(t, { places: ['Kolo'] })).toHaveLength(1);
  });

  it('reads a war or border battles fought in a given month as a past incident, not placed with its mediators', () => {
    const t = 'A bomb exploded at a checkpoint in Tala on Monday. In October last year, the two neighbours fought their heaviest border battles in years, in which dozens of soldiers were killed, before Vessa and Orna brokered a truce.';
    const got = run(t, { places: ['Tala', 'Vessa', 'Orna'] });
    expect(got).toHaveLength(2);
    expect(got[1]?.type).toBe('other');
    expect(['Vessa', 'Orna']).not.toContain(got[1]?.location);
  });

  it('takes no weapon a side is accused of laying for an event ("accused the other of breaking the truce by laying new landmines")', () => {
    const t = 'In July 2024 the two countries fought five days of border battles, in which 40 people were killed. Each side has since accused the other of breaking that truce by laying new landmines.';
    expect(run(t).map((i) => i.type)).toEqual(['other']);
  });
});

describe('numbers', () => {
  it('counts one killed for "shot dead an Israeli man" and nine for "kill nine"', () => {
    expect(extractCasualties('A gunman shot dead an Orlan man and wounded two others').killed).toBe(1);
    expect(extractCasualties('Tribal gunmen kill nine in highland raid').killed).toBe(9);
  });

  it('counts one hurt for "a 17-year-old boy was shot in the leg"', () => {
    expect(extractCasualties('Residents said soldiers fired live rounds during the raid and that a 17-year-old boy was shot in the leg.').injured).toBe(1);
  });

  it('counts the wounded after "and" on their own ("shot dead four workers and wounded two others")', () => {
    expect(extractCasualties('Gunmen shot dead four road workers and wounded two others at a bridge site on Sunday').injured).toBe(2);
  });

  it('counts one projectile for "a rocket was fired", none for "a rocket attack"', () => {
    expect(extractQuantity('On Nov. 27, a rocket was fired from the north towards the town of Sela')).toBe(1);
    expect(extractQuantity('a rocket attack hit the town')).toBeUndefined();
  });
});
