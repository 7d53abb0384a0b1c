/**
 * General incident rules written after the twelfth held-out set: shapes of claims, blame and denial
 * stated by the reporting voice or an official, events missed for want of a word, places that are
 * bodies, and background totals. Every sentence is made up for the project (none from a fixture);
 * each rule has more than one phrasing and a sentence it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { extractCasualties } from '../../../lib/annotate/incidents/casualties';
import { stateOf } from '../../../lib/annotate/incidents/countries';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { splitClauses, splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import { readTriggers } from '../../../lib/annotate/incidents/triggers';
import { entitiesFor, type Names } from './helpers';

const PUB = '2025-03-12T10:00:00Z'; // a Wednesday

const withNames = (text: string, names: Names) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: entitiesFor(text, names), attributions: [], publishedTime: PUB });

const roles = (text: string, names: Names = {}, referenceOnly = false) =>
  extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names), referenceOnly);

const typeOf = (text: string) => readTriggers(text, 0, text.length)?.type ?? null;

describe('kidnappings told by carrying people off', () => {
  it('reads "took away / led away / dragged off N people" as a kidnapping', () => {
    expect(typeOf('Armed men stopped the convoy and took away 11 aid workers.')).toBe('kidnapping');
    expect(typeOf('The raiders led away three nurses from the clinic at dawn.')).toBe('kidnapping');
    expect(typeOf('Bandits dragged off two traders from the market.')).toBe('kidnapping');
    expect(typeOf('Gunmen took six passengers hostage on the highway.')).toBe('kidnapping');
  });

  it('does not read carrying things or the wounded as a kidnapping', () => {
    expect(typeOf('Workers took away the debris from the road.')).toBeNull();
    expect(typeOf('Ambulances took 14 passengers to hospital.')).toBeNull();
  });
});

describe('claims by doers who name their group', () => {
  it('reads "gunmen who said they belonged to X took away ..." as X\'s claim', () => {
    expect(roles('Gunmen who said they belonged to the Red Hand stopped a bus and took away nine passengers.', { organizations: ['Red Hand'] }).claimedBy).toEqual(['Red Hand']);
    expect(roles('Masked men, saying they were fighters of the Dorva Front, stormed the depot.', { organizations: ['Dorva Front'] }).claimedBy).toEqual(['Dorva Front']);
    expect(roles('Men claiming to be from the Dorva Front seized four engineers.', { organizations: ['Dorva Front'] }).claimedBy).toEqual(['Dorva Front']);
  });

  it('claims nothing when the self-named people do no act', () => {
    expect(roles('Villagers who said they belonged to the Red Hand asked for water.', { organizations: ['Red Hand'] }).claimedBy).toEqual([]);
  });

  it('dates the act by a fronted day even when the doers "said" who they were', () => {
    const text = 'On Friday, gunmen who said they belonged to the Red Hand stopped a bus near Kelso and took away nine passengers, the bar association said.';
    const [inc] = withNames(text, { organizations: ['Red Hand'], places: ['Kelso'] });
    expect(inc?.type).toBe('kidnapping');
    expect(inc?.date).toBe('2025-03-07');
    expect(inc?.claimedBy).toEqual(['Red Hand']);
  });
});

describe('blame placed on the doers by someone else', () => {
  it('reads "the attackers belonged to X" / "the gunmen were members of X" as blame on X', () => {
    expect(roles('It said the attackers belonged to the Workers\' Party of Lorvak (WPL).', { organizations: ['Workers\' Party of Lorvak'] }, true).blamedOn).toEqual(['Workers\' Party of Lorvak']);
    expect(roles('Police said the gunmen were members of the Dorva Front.', { organizations: ['Dorva Front'] }, true).blamedOn).toEqual(['Dorva Front']);
    // People who belong to a body are no doers of anything.
    expect(roles('The farmers belonged to a cooperative.', {}, true).blamedOn).toEqual([]);
  });

  it('runs an object cut at "of" on to the whole name the engine found', () => {
    expect(roles('The attack was blamed on the Party of the Risen Lorvak.', { organizations: ['Party of the Risen Lorvak'] }, true).blamedOn).toEqual(['Party of the Risen Lorvak']);
  });

  it('keeps "drug smugglers angry at ..." as the blamed description, without the feeling', () => {
    expect(roles('The kidnapping was blamed on drug smugglers angry at the seizure of their boats.', {}, true).blamedOn).toEqual(['drug smugglers']);
    expect(roles('The abduction was blamed on cattle traffickers opposed to the new checkpoints.', {}, true).blamedOn).toEqual(['cattle traffickers']);
  });

  it('gives "his killing was blamed on X" to X', () => {
    expect(roles('His killing was blamed on the Dorva Front, the officer said.', { organizations: ['Dorva Front'] }, true).blamedOn).toEqual(['Dorva Front']);
  });

  it('reads "the <people> side" as that state', () => {
    expect(roles('The prime minister blamed "the Bolivian side" for what he called a deliberate attack.').blamedOn).toEqual(['Bolivia']);
    expect(roles('The minister blamed the Chilean side for the attack.').blamedOn).toEqual(['Chile']);
  });
});

describe('a group described by its creed', () => {
  /** Roles of the last sentence of `text`, with the names marked over the whole text (the group is named elsewhere). */
  const lastRoles = (text: string, names: Names, referenceOnly = false) => {
    const at = text.lastIndexOf('. ') + 2;
    return extractRoles(text, { start: at, end: text.length }, entitiesFor(text, names), referenceOnly);
  };
  const names = { organizations: ['Lorvak Marxist Front'] };
  it('resolves "Marxist rebels blew up ..." and "the same Marxist unit" to the group with the creed in its name', () => {
    expect(lastRoles('The Lorvak Marxist Front has fought for years. Marxist rebels blew up a truck carrying police near Tamsa on Monday, police said.', names).blamedOn).toEqual(['Lorvak Marxist Front']);
    expect(lastRoles('The Lorvak Marxist Front has fought for years. The killing was blamed on the same Marxist unit.', names, true).blamedOn).toEqual(['Lorvak Marxist Front']);
  });

  it('finds the creed in brackets after the name ("the Workers\' Party (Maoist)")', () => {
    const text = 'The Workers\' Party (Maoist) was named. Maoist guerrillas shot dead a guard outside the depot.';
    expect(lastRoles(text, { organizations: ['Workers\' Party'] }).blamedOn).toEqual(['Workers\' Party']);
  });

  it('leaves a people\'s name alone ("Dorvan militants" are not the "Dorvan Elders Council")', () => {
    expect(lastRoles('The Dorvan Elders Council met. Dorvan militants shelled the post.', { organizations: ['Dorvan Elders Council'] }).blamedOn).toEqual(['Dorvan militants']);
    // (The troops' country is blamed with them: "Turkish artillery had shelled" blames Turkey.)
    expect(lastRoles('The Bolivian Army is large. Bolivian troops shelled the post.', { organizations: ['Bolivian Army'] }).blamedOn).toEqual(['Bolivian troops', 'Bolivia']);
  });
});

describe('cyber attacks told by defacement', () => {
  it('reads defaced websites and portals as a cyber attack', () => {
    expect(typeOf('The websites of the Varsk port authority were defaced on Monday with a banner.')).toBe('cyber');
    expect(typeOf('Hackers defaced the home page of the ministry.')).toBe('cyber');
  });

  it('does not read a defaced wall or statue as one', () => {
    expect(typeOf('Vandals defaced a statue in the main square.')).toBeNull();
  });

  it('keeps a hack apart from rockets at the same place on the same day', () => {
    const text = 'Rockets struck two villages in Varsk province on Monday, killing a farmer. ' +
      'The websites of the Varsk provincial government were defaced on Monday. A group calling itself Grey Wolf Cell claimed the attack.';
    const incs = withNames(text, { places: ['Varsk'], organizations: ['Grey Wolf Cell'] });
    expect(incs.map((i) => i.type)).toEqual(['rocket', 'cyber']);
    expect(incs[1]?.claimedBy).toEqual(['Grey Wolf Cell']);
    expect(incs[0]?.claimedBy).toEqual([]);
  });
});

describe('aircraft named by model', () => {
  it('reads "F-16 jets struck" and "two Su-25s bombed" as airstrikes', () => {
    expect(typeOf('Tolan F-16 jets struck two posts in the hills.')).toBe('airstrike');
    expect(typeOf('Two Su-25s bombed the bridge.')).toBe('airstrike');
  });

  it('does not read a model that only flies as a strike', () => {
    expect(typeOf('Two F-16 jets flew over the parade.')).toBeNull();
  });

  it('reports the strike told before "..., describing the strikes as ...", dated by "Hours later"', () => {
    const text = 'Rockets struck the town of Dorn on Monday, officials said. ' +
      'Hours later, Danish F-16 jets struck two positions in Kelso province, the Royal Danish Army said, describing the strikes as limited.';
    const incs = withNames(text, { places: ['Dorn', 'Kelso'], organizations: ['Royal Danish Army'] });
    expect(incs).toHaveLength(2);
    expect(incs[1]?.type).toBe('airstrike');
    expect(incs[1]?.date).toBe('2025-03-10');
    expect(incs[1]?.claimedBy).toEqual(['Royal Danish Army']);
    expect(stateOf('the Royal Danish Army')).toBe('Denmark');
  });
});

describe('places that are bodies, not scenes', () => {
  it('does not take a capital that "has not addressed" the charge as the scene', () => {
    const text = 'A drone dropped an explosive on a post near Kelso on Sunday, injuring two guards. ' +
      'He blamed Tolan troops for the drone attack, which Varsk has not addressed.';
    const incs = withNames(text, { places: ['Kelso', 'Varsk'] });
    expect(incs).toHaveLength(1);
    expect(incs[0]?.blamedOn).toEqual(['Tolan troops']);
  });

  it('does not take a military command\'s area after "a spokesman for the" as the scene', () => {
    const text = 'Ten rockets landed in Dorn on Monday, said Colonel Ivo Brant, a spokesman for the Third Army Region.';
    // The entity engine may type the command's area a site, which would outrank the town.
    const entities = entitiesFor(text, { places: ['Dorn', 'Third Army Region'] }).map((e) => (e.name === 'Third Army Region' ? { ...e, subtype: 'site' } : e));
    const [inc] = extractIncidents({ text, sentences: splitSentencesSimple(text), entities, attributions: [], publishedTime: PUB });
    expect(inc?.location).toBe('Dorn');
  });
});

describe('background totals', () => {
  it('gives no toll from "died in the conflict between 1990 and 2004"', () => {
    const text = 'In May 2023, gunmen killed 16 people in an attack on a bar in Dorn. ' +
      'Nearly 9,000 people died in the conflict between the rebels and the state between 1990 and 2004, a commission found.';
    expect(withNames(text, { places: ['Dorn'] })[0]?.killed).toBe(16);
    const war = 'In May 2023, gunmen killed 16 people in an attack on a bar in Dorn. More than 3,000 people have been killed in the war, officials say.';
    expect(withNames(war, { places: ['Dorn'] })[0]?.killed).toBe(16);
  });
});

describe('one sentence, two events', () => {
  it('splits ", and in July a bomb killed ..." and "revenge for the killing of ..."', () => {
    const pair = 'In January, a blast near Tamsa killed five guards, and in July a pressure bomb killed a 9-year-old boy near Kelso.';
    expect(splitClauses(pair, { start: 0, end: pair.length })).toHaveLength(2);
    const revenge = 'The statement said the attack was revenge for the killing of 12 fighters in a gunfight in Dorn district last month.';
    expect(splitClauses(revenge, { start: 0, end: revenge.length })).toHaveLength(2);
    // A time with no new event in it stays one clause: "and on Monday" must open a clause of its own.
    const one = 'Police said the blast killed five guards and wounded two on Monday.';
    expect(splitClauses(one, { start: 0, end: one.length })).toHaveLength(1);
  });

  it('reports both events of the pair, each with its place and toll', () => {
    const text = 'In January last year, a similar blast on a road near Tamsa killed five guards, and in July a pressure bomb killed a 9-year-old boy near Kelso, officials said.';
    const incs = withNames(text, { places: ['Tamsa', 'Kelso'] });
    expect(incs.map((i) => [i.location, i.killed])).toEqual([['Tamsa', 5], ['Kelso', 1]]);
  });
});

describe('casualty shapes', () => {
  it('counts "the killing of 12 fighters", "killed a 9-year-old boy" and "shot dead Ivo Brant,"', () => {
    expect(extractCasualties('revenge for the killing of 12 fighters in a gunfight').killed).toBe(12);
    expect(extractCasualties('a pressure bomb killed a 9-year-old boy near Kelso').killed).toBe(1);
    expect(extractCasualties('rebels shot dead Ivo Brant, a former village head, outside his home').killed).toBe(1);
    // A body of people named by two capitalised words is no one person.
    expect(extractCasualties('the strike killed Red Cross workers in the town').killed).toBeUndefined();
  });

  it('counts victims told with where they were ("travelling in a second vehicle were injured")', () => {
    expect(extractCasualties('Two other guards travelling in a second vehicle were injured.').injured).toBe(2);
    expect(extractCasualties('Three soldiers posted at the gate were wounded.').injured).toBe(3);
  });
});

describe('blame, claims and denials in other words', () => {
  const names = { organizations: ['Red Hand'] };
  it('reads "X was held responsible" with no "for" as blame', () => {
    expect(roles('The Red Hand was held responsible, officials said.', names).blamedOn).toEqual(['Red Hand']);
    expect(roles('The Red Hand has been held accountable by the inquiry.', names).blamedOn).toEqual(['Red Hand']);
    // Held in custody is no charge.
    expect(roles('The Red Hand leader was held in custody.', names).blamedOn).toEqual([]);
  });

  it('reads "attributed the attack to X", "bore the hallmarks of X" and "the work of X" as blame on the incident', () => {
    expect(roles('Security officials attributed the attack to the Red Hand.', names, true).blamedOn).toEqual(['Red Hand']);
    expect(roles('The bombing bore the hallmarks of the Red Hand.', names, true).blamedOn).toEqual(['Red Hand']);
    expect(roles('Police said the attack was the work of the Red Hand.', names, true).blamedOn).toEqual(['Red Hand']);
    expect(roles('Officials attributed the delay to bad weather.', {}, true).blamedOn).toEqual([]);
  });

  it('reads "said X was behind the attack" in a sentence that names the incident only by reference', () => {
    expect(roles('Authorities said the Red Hand was behind the attack.', names, true).blamedOn).toEqual(['Red Hand']);
    expect(roles('Authorities said the Red Hand was behind the reform.', names, true).blamedOn).toEqual([]);
  });

  it('reads "said it was responsible." as a claim', () => {
    expect(roles('The Red Hand said in a statement on Telegram that it was responsible.', names).claimedBy).toEqual(['Red Hand']);
    expect(roles('The Red Hand said it was responsible to its members.', names).claimedBy).toEqual([]);
  });

  it('reads distancing, "was not involved" and calling the charge baseless as denials', () => {
    expect(roles('The Red Hand distanced itself from the attack.', names, true).deniedBy).toEqual(['Red Hand']);
    expect(roles('The Red Hand said it was not involved.', names, true).deniedBy).toEqual(['Red Hand']);
    expect(roles('The Red Hand called the accusation baseless.', names, true).deniedBy).toEqual(['Red Hand']);
    expect(roles('The Red Hand said the allegations were "lies".', names, true).deniedBy).toEqual(['Red Hand']);
    expect(roles('The Red Hand called the talks useful.', names, true).deniedBy).toEqual([]);
  });

  it('reads "the attackers were X fighters" as blame only when X is named', () => {
    expect(roles('Witnesses said the attackers were Red Hand fighters.', names, true).blamedOn).toEqual(['Red Hand']);
    expect(roles('Witnesses said the attackers were young men.', {}, true).blamedOn).toEqual([]);
  });

  it('blames the state force that makes the attack ("an army airstrike"), not the event', () => {
    expect(roles('The rebels said an army airstrike on Sunday had destroyed a fuel depot.').blamedOn).toEqual(['army']);
    expect(roles('A police raid on the camp left two dead.').blamedOn).toEqual(['police']);
    expect(roles('An army airstrike hit a market in Tamsa.').blamedOn).toEqual(['army']);
    // The force's name in the article stands for the word.
    expect(roles('The Tolan Army said a Tolan Army strike hit the depot.', { organizations: ['Tolan Army'] }).blamedOn).toContain('Tolan Army');
    expect(roles('An army spokesman said the market was hit.').blamedOn).toEqual([]);
  });
});

describe('recall: acts of armed men told with other verbs', () => {
  const one = (text: string) => withNames(text, { places: ['Tamsa'] });
  it('reads arson and raids by an armed subject as attacks', () => {
    expect(one('Insurgents torched 30 homes in Tamsa on Monday.')[0]?.type).toBe('other');
    expect(one('Fighters set fire to the market in Tamsa on Monday.')[0]?.type).toBe('other');
    expect(one('Guerrillas raided a police post in Tamsa on Monday, killing two officers.')[0]?.killed).toBe(2);
    // Without an armed subject, burning and raiding are no attack.
    expect(one('Farmers burned down old barns in Tamsa on Monday.')).toEqual([]);
    expect(one('Police raided a warehouse in Tamsa on Monday.')).toEqual([]);
  });

  it('reads beheadings, lynchings and a sniper\'s killing as attacks, with their toll', () => {
    expect(one('Militants beheaded two hostages in Tamsa on Monday.')[0]?.killed).toBe(2);
    expect(one('A mob lynched a man in Tamsa on Monday.')).toHaveLength(1);
    expect(one('A sniper killed a soldier in Tamsa on Monday.')[0]?.killed).toBe(1);
    expect(one('Gunmen on motorbikes killed eight people at a market in Tamsa on Monday.')[0]?.killed).toBe(8);
  });

  it('reads a passive killing by armed men and "were gunned down" as attacks', () => {
    expect(one('Twelve villagers were killed by bandits in Tamsa on Monday.')[0]?.killed).toBe(12);
    expect(one('Two police officers were gunned down in Tamsa on Monday.')[0]).toMatchObject({ type: 'shooting', killed: 2 });
    expect(one('Twelve villagers were killed by floods in Tamsa on Monday.')).toEqual([]);
  });

  it('reads an armed subject taking a named place as storming', () => {
    expect(one('Rebels captured Tamsa on Monday after heavy fighting.')[0]?.type).toBe('storming');
    expect(one('Police captured the suspect in Tamsa on Monday.')).toEqual([]);
  });

  it('reads hijackings and hostage-taking as kidnappings', () => {
    expect(one('Pirates hijacked a tanker off Tamsa on Monday.')[0]?.type).toBe('kidnapping');
    expect(one('Gunmen held the passengers hostage near Tamsa on Monday.')[0]?.type).toBe('kidnapping');
    expect(typeOf('The opposition hijacked the debate.')).toBeNull();
  });

  it('reads fighting that "left N dead" as one battle, and "took down the website" as a hack', () => {
    expect(one('Fighting between rival militias in Tamsa on Monday left 20 dead.')[0]?.killed).toBe(20);
    expect(one('Clashes erupted in Tamsa on Monday, leaving five dead.')[0]?.killed).toBe(5);
    expect(typeOf('Fighting in the hills left the road closed.')).toBeNull();
    expect(typeOf('Hackers took down the website of the Tamsa port authority.')).toBe('cyber');
  });
});

describe('a place the entity engine took for a person', () => {
  it('takes "in San Lorvo del Monte" after an attack as the scene, particles and all', () => {
    const text = 'In May 2023, gunmen killed 16 people in an attack on a bar in San Lorvo del Monte, officials said.';
    expect(withNames(text, { people: ['San Lorvo del Monte'] })[0]?.location).toBe('San Lorvo del Monte');
  });

  it('leaves a person named after "by" a person', () => {
    const text = 'Gunmen killed 16 people in an attack on a bar on Monday, said Ivo Brant.';
    expect(withNames(text, { people: ['Ivo Brant'] })[0]?.location).toBeUndefined();
  });
});
