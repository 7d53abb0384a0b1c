/**
 * Incidents kept apart and placed by shape: a fronted "Also on Sunday," or a background "hours after"
 * clause tells another act; a day of an earlier month ("since Feb. 16 last year, when ...") is a past
 * event; a target "said to stand" somewhere gives the scene; a place held responsible is no scene (a person's
 * given name that is also a town is typed a person by the entity engine: kin-names-and-initials.test.ts); people seized or led away are kidnapped; a raid on a
 * camp is an attack, a police raid is not. All names and sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { findDates } from '../../../lib/annotate/incidents/dates';
import { splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import { entitiesFor, type Names } from './helpers';

const PUB = '2025-03-12T10:00:00Z'; // a Wednesday: Saturday is 03-08, Sunday 03-09, Monday 03-10

const run = (text: string, names: Names = {}) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: entitiesFor(text, names), attributions: [], publishedTime: PUB });

const brief = (text: string, names: Names = {}) => run(text, names).map((i) => [i.type, i.location ?? null, i.date ?? null]);

describe('a fronted "also" sets an act apart', () => {
  it('keeps a shooting "Also on Sunday" apart from the grenade attack told before', () => {
    const t = 'Attackers threw a grenade into the yard of a police station in the north late on Sunday, wounding two officers, police said. ' +
      'Also on Sunday, unknown gunmen fired on a police patrol on the road to Dastrel, police said. No one was hurt.';
    expect(brief(t, { places: ['Dastrel'] })).toEqual([
      ['explosion', null, '2025-03-09'],
      ['shooting', 'Dastrel', '2025-03-09'],
    ]);
  });

  it('keeps "Also on Monday," with another speaker apart too', () => {
    const t = 'A roadside bomb struck an army truck in the east on Monday, killing one soldier. ' +
      'Also on Monday, militants fired on a convoy outside Rusk, the army said.';
    expect(brief(t, { places: ['Rusk'] }).map((x) => x[0])).toEqual(['explosion', 'shooting']);
  });

  it('starts nothing new for an "also" that tells more of the same blast', () => {
    const t = 'A car bomb exploded outside a hotel in Tarvik on Monday, killing four people. Also, the blast damaged two shops nearby, police said.';
    expect(brief(t, { places: ['Tarvik'] })).toEqual([['explosion', 'Tarvik', '2025-03-10']]);
  });
});

describe('a background "hours after" clause is another event', () => {
  it('splits the background shooting from the raid and dates it by a later sentence', () => {
    const t = 'Armed men raided a gold mining camp near Velka before dawn on Monday, killing one miner, the army said, hours after soldiers on a river patrol came under fire.\n\n' +
      'The patrol boat was hit late on Sunday near Tarno island, the army said.';
    expect(brief(t, { places: ['Velka', 'Tarno'] })).toEqual([
      ['other', 'Velka', '2025-03-10'],
      ['shooting', 'Tarno', '2025-03-09'],
    ]);
  });

  it('fixes no day for hours back from the small hours', () => {
    const t = 'Rebels stormed a police post in Orlin before dawn on Monday, hours after rockets hit the nearby town of Sarvo.';
    const got = run(t, { places: ['Orlin', 'Sarvo'] });
    expect(got.map((i) => [i.type, i.location, i.date ?? null])).toEqual([
      ['storming', 'Orlin', '2025-03-10'],
      ['rocket', 'Sarvo', null],
    ]);
  });
});

describe('a day of an earlier month after "since"', () => {
  it('reads "Feb. 16 last year" as that day of last year', () => {
    const t = 'attacks since Feb. 16 last year, when gunmen fired';
    expect(findDates(t, 0, t.length, PUB).map((d) => d.date)).toEqual(['2024-02-16']);
    const u = 'on March 3 of 2023, when';
    expect(findDates(u, 0, u.length, PUB).map((d) => d.date)).toEqual(['2023-03-03']);
  });

  it('reports the event of the "when" clause after a string of attacks as its own, past incident', () => {
    const t = 'Gunmen raided a fishing camp near Oskel on Monday, killing two fishermen. ' +
      'The region has faced a string of attacks since Feb. 16 last year, when gunmen on the far bank ambushed a police boat, wounding three officers.';
    expect(brief(t, { places: ['Oskel'] }).map((x) => x[2])).toEqual(['2025-03-10', '2024-02-16']);
  });
});

describe('an event of long ago', () => {
  it('never joins an undated report of today', () => {
    const t = 'Militants attacked the town of Pesk, residents said. ' +
      'The town has faced a string of attacks since Feb. 16 last year, when gunmen ambushed a police convoy, wounding three officers.';
    expect(brief(t, { places: ['Pesk'] }).map((x) => x[2])).toEqual([null, '2024-02-16']);
  });
});

describe('the toll of a "when" clause', () => {
  it('is the event\'s, whatever running time the words before it give', () => {
    const t = 'The village of Kesh has been tense since May 2, 2023, when about 30 armed men stormed it and killed a police sergeant before barricading themselves in a church.';
    const got = run(t, { places: ['Kesh'] });
    expect(got.map((i) => [i.type, i.date, i.killed])).toEqual([['storming', '2023-05-02', 1]]);
  });
});

describe('past attacks listed by their year', () => {
  it('are one incident each ("the 2013 siege of X and the 2015 massacre at Y")', () => {
    const t = 'The group has carried out a string of attacks in the country, including the 2013 siege of the Ardel shopping mall in Vesna and the 2015 massacre at Tarvik University.';
    expect(brief(t, { places: ['Vesna', 'Tarvik University'] })).toEqual([['storming', 'Vesna', null], ['other', 'Tarvik University', null]]);
  });

  it('leaves an undated "massacre" that refers back a reference', () => {
    const t = 'Gunmen stormed a church in Vesna on Monday, killing six worshippers. The massacre at the church was condemned by the bishop.';
    expect(brief(t, { places: ['Vesna'] })).toEqual([['storming', 'Vesna', '2025-03-10']]);
  });
});

describe('a place is the scene only where the text puts the event', () => {
  it('takes the town a target is said to stand in, a paragraph after the report', () => {
    const t = 'Attackers threw a grenade into the yard of a police station in the north late on Sunday, wounding two officers.\n\n' +
      'The grenade went off next to a parked car. One officer was hit in the legs. The station stands at the entrance to Drevac, a small town.';
    expect(brief(t, { places: ['Drevac'] })).toEqual([['explosion', 'Drevac', '2025-03-09']]);
  });

  it('takes where a camp is said to lie', () => {
    const t = 'Gunmen raided a mining camp in the west on Monday, killing one miner.\n\nThe camp lies near Osterbay, a landing on the border.';
    expect(brief(t, { places: ['Osterbay'] })).toEqual([['other', 'Osterbay', '2025-03-10']]);
  });

  it('never takes a capital held responsible for the attack', () => {
    const t = 'A grenade exploded at a police station on Sunday, wounding two officers. The minister held Valmora responsible for the attack.';
    expect(brief(t, { places: ['Valmora'] })).toEqual([['explosion', null, '2025-03-09']]);
  });

  it('keeps that town where it is the scene', () => {
    const t = 'Fighters stormed Marlo, a town on the river, on Monday, killing three guards.';
    expect(brief(t, { places: ['Marlo'] })).toEqual([['storming', 'Marlo', '2025-03-10']]);
  });

  it('takes a titled town south of which the village lies, though its last word was read as a person', () => {
    const t = 'Fighters on motorcycles stormed a village south of Sheikh Barun on Monday, shooting dead two militiamen.';
    expect(brief(t, { people: ['Barun'] })).toEqual([['storming', 'Sheikh Barun', '2025-03-10']]);
  });
});

describe('people seized or led away', () => {
  it('reads "seized two boat captains" and "seized a teenage shepherd" as kidnappings', () => {
    expect(brief('On Saturday, gunmen in a speedboat fired on a supply boat and seized two boat captains, the association said.').map((x) => x[0])).toEqual(['kidnapping']);
    expect(brief('On Saturday, gunmen seized a teenage shepherd in the hills near Rovna.', { places: ['Rovna'] })).toEqual([['kidnapping', 'Rovna', '2025-03-08']]);
  });

  it('reads "led a 16-year-old shepherd away" as a kidnapping at the slopes named', () => {
    const t = 'On Saturday afternoon, two armed men fired several shots into the air and led a 16-year-old shepherd away from his flock on the slopes of Mount Teral.';
    expect(brief(t, { places: ['Mount Teral'] })).toEqual([['kidnapping', 'Mount Teral', '2025-03-08']]);
  });

  it('reads no kidnapping in people led away to safety', () => {
    expect(brief('On Saturday, rescuers led the children away to safety after the flood.')).toEqual([]);
  });
});

describe('a raid on a camp', () => {
  it('is an attack whoever raided it', () => {
    expect(brief('Armed men who crossed the river raided a gold mining camp near Velka on Monday, killing one miner.', { places: ['Velka'] }))
      .toEqual([['other', 'Velka', '2025-03-10']]);
  });

  it('is an ambush of a boat by armed men', () => {
    expect(brief('On Monday, armed men ambushed a supply boat near Oskel.', { places: ['Oskel'] })).toEqual([['other', 'Oskel', '2025-03-10']]);
  });

  it('is none when police raided it', () => {
    expect(brief('Police raided a camp of smugglers near Velka on Monday and arrested four men.', { places: ['Velka'] })).toEqual([]);
  });
});

describe('men named by their guns', () => {
  it('ambush or attack by shooting, and so do gunmen with bombers who kill', () => {
    expect(brief('On Friday, gunmen on the far bank ambushed a police boat near Oskel, wounding three officers.', { places: ['Oskel'] }).map((x) => x[0])).toEqual(['shooting']);
    expect(brief('Gunmen attacked a market in Orsk on Tuesday, killing five people.', { places: ['Orsk'] }).map((x) => x[0])).toEqual(['shooting']);
    expect(brief('On Nov. 24, 2017, gunmen and bombers killed more than 300 worshippers at a mosque in Ravda.', { places: ['Ravda'] }).map((x) => x[0])).toEqual(['shooting']);
  });

  it('leave other armed men\'s attacks of unstated kind', () => {
    expect(brief('Militants attacked a market in Orsk on Tuesday, killing five people.', { places: ['Orsk'] }).map((x) => x[0])).toEqual(['other']);
  });
});

describe('a quantified event noun', () => {
  it('reports nothing ("reads every incident as proof")', () => {
    expect(brief('"Each side now reads every incident as proof of the other\'s bad faith," said an analyst on Monday.')).toEqual([]);
  });
});
