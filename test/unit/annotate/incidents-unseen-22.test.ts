/**
 * Incident rules found on eval22 once it stopped being held out: where attackers fled is not the scene,
 * so it sets their gunfight apart from nothing. All names and sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

const PUB = { publishedTime: '2026-03-12T10:00:00Z' }; // a Thursday: Monday is 03-09, Tuesday 03-10, Wednesday 03-11

const brief = (text: string) => annotate(text, PUB).incidents.map((i) => ({ type: i.type, location: i.location ?? null, date: i.date ?? null }));

describe('where the attackers fled', () => {
  it('keeps "they fled towards X after a gunfight" with the attack it ends, not as a new incident at X', () => {
    const t = 'Gunmen kill two at checkpoint in Varland’s Tesh province\n\n' +
      'Gunmen attacked a checkpoint in Varland’s Tesh province on Monday, killing two soldiers, a military official said.\n\n' +
      'The attackers opened fire from a truck at the Kelso checkpoint on the road linking the town of Drava to the port of Assen, the official said. ' +
      'They fled towards the Wadi Sirra valley after a gunfight that lasted an hour.\n\n' +
      'Late on Tuesday, a drone strike hit a car in Wadi Sirra, killing three men, residents said. ' +
      'Hamid Saleh, a tribal elder in Sirra, said the car was hit at night.';
    const out = brief(t);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ type: 'shooting', date: '2026-03-09' });
    expect(out[1]).toMatchObject({ type: 'drone', date: '2026-03-10' });
    expect(out[1]?.location).toMatch(/Sirra/);
  });
});

describe('how an ambush was done', () => {
  it('joins the next sentence that names the weapon and a village to the ambush it details', () => {
    const t = 'Rebels ambush police convoy in Dorsa, four officers dead\n\n' +
      'Insurgents ambushed a police convoy in the hills of Dorsa province on Wednesday, killing four officers and wounding two, police said.\n\n' +
      'The officers were driving near the village of Kelmo in Arrat district when fighters of the Dorsa Liberation Front detonated a roadside bomb and then opened fire, a police spokesman said.';
    const out = brief(t);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'explosion', date: '2026-03-11' });
    expect(out[0]?.location).toMatch(/Kelmo|Arrat/);
  });
});

describe('a report and its day', () => {
  it('dates the act, not the report that told of it ("said in a report on Oct. 3 that ... on Sept. 14")', () => {
    const t = 'Lantar, a rights group based in the capital, said in a report on Feb. 20 that soldiers had shot dead a fisherman, Oren Vasko, near his home in the village of Pelt on Feb. 2.';
    expect(brief(t)[0]).toMatchObject({ type: 'shooting', date: '2026-02-02' });
  });

  it('blames no victim described as killed ("X was a rebel killed in a firefight")', () => {
    const t = 'Soldiers shot dead a fisherman, Oren Vasko, in the village of Pelt on Feb. 2, a rights group said. ' +
      'The army said Vasko was a rebel killed in a firefight, a claim his family rejected.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]?.blamedOn.join(' ')).not.toMatch(/Vasko/);
  });
});

describe('counts of events and tallies', () => {
  it('does not take "four drone attacks" for four drones: the count is of attacks', () => {
    const t = 'An official said at least four drone attacks had hit army posts since Feb. 3, when a drone dropped two mortar rounds on the airstrip in Pelt, wounding a guard.';
    const out = annotate(t, PUB).incidents;
    expect(out[0]?.quantity).toBe(2);
  });

  it('keeps a monitor\'s tally of the year ("counted 240 drone attacks in the first ten months") out of the incident', () => {
    const t = 'Four drones carrying small charges hit a police station in the town of Pelt in Tarvel’s Kesu province late on Tuesday, wounding five officers, police said.\n\n' +
      'Analysts at the Pelt-based Varro Foundation counted 240 drone attacks in Tarvel in the first ten months of the year, most of them in Kesu, Dorra and Assen.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]?.mentions).toHaveLength(1);
    expect(out[0]?.quantity).toBe(4);
  });
});

describe('the army and a rebel army', () => {
  it('does not take "the army" for a rebel group named for a cause ("Revolutionary Armed Forces of X")', () => {
    const t = 'The Revolutionary Armed Forces of Tarvel (RAFT) laid down its arms in 2017. ' +
      'On Tuesday, soldiers shot dead two dissidents near the village of Pelt. The army said its troops had killed them.';
    const roles = annotate(t, PUB).incidents.flatMap((i) => [...i.claimedBy, ...i.blamedOn, ...i.deniedBy]);
    expect(roles.join(' ')).not.toMatch(/Revolutionary/);
  });
});

describe('clashes and operations told by the army', () => {
  it('reads "its troops had clashed with a rebel unit near X" as a shooting of its own', () => {
    const t = 'Rebels ambushed a patrol in Dorsa province on Wednesday, killing three soldiers, the military said.\n\n' +
      'The army said its troops had clashed with a separate rebel unit near the village of Kelmo late on Tuesday. Two guerrillas were killed in that clash, it said.';
    const out = brief(t);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ type: 'shooting', date: '2026-03-10' });
  });

  it('reads "killed two dissidents in an operation near X" as an incident the army claims', () => {
    const t = 'On Sunday, gunmen shot dead a guard in the village of Pelt, the council said.\n\n' +
      'The army said on Wednesday it had destroyed two laboratories and killed two dissidents in an operation near Kelmo, a village in the municipality of Dorra.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(2);
    expect(out[0]?.killed).toBe(1);
    expect(out[1]).toMatchObject({ location: 'Kelmo', killed: 2, claimedBy: ['army'] });
  });
});

describe('charges brought over an attack', () => {
  it('blames the group whose members were charged over "that attack", dated by the attack, not the charge', () => {
    const t = 'Drones hit a police station in the town of Pelt late on Tuesday, wounding five officers, police said.\n\n' +
      'In January, a truck bomb exploded outside a police station in the town of Kelmo, killing two civilians. ' +
      'Prosecutors charged three members of the Orlan Mesa front over that attack last month.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(2);
    expect(out[1]?.location).toBe('Kelmo');
    expect(out[1]?.blamedOn).toEqual(['Orlan Mesa']);
    expect(out[0]?.blamedOn).toEqual([]);
  });
});

describe('a state body telling of its own forces\' act', () => {
  it('reads "Dorsa forces shelled X ..., the regional defence ministry said" as the ministry\'s claim', () => {
    const t = 'On Sunday, Dorsa forces shelled positions near the village of Kelmo, killing 11 fighters, the regional defence ministry said.';
    expect(annotate(t, PUB).incidents[0]?.claimedBy).toEqual(['regional defence ministry']);
  });

  it('does not read another side\'s account as a claim ("Varish forces shelled X, Tarvel\'s defence ministry said")', () => {
    const t = 'On Sunday, Varish forces shelled the village of Kelmo, killing two people, Tarvel’s defence ministry said.';
    expect(annotate(t, PUB).incidents[0]?.claimedBy).toEqual([]);
  });
});

describe('a people\'s guns', () => {
  it('blames the country whose artillery or troops did it ("Turkish artillery had shelled")', () => {
    const t = 'A monitoring group said Turkish artillery had shelled orchards near the village of Kelmo on March 4, setting several hectares on fire.';
    expect(annotate(t, PUB).incidents[0]?.blamedOn).toContain('Turkey');
  });
});

describe('a charge against the army and the minister who answers it', () => {
  it('blames the army "accused of mistaking them for fighters", and reads its minister\'s rejection as a denial', () => {
    const t = 'Separately, a rights group said a drone had struck a cattle market near Kelmo on March 7, killing seven herders, and accused the army of mistaking them for fighters.\n\n' +
      '“These were men selling their animals,” the group’s coordinator said.\n\n' +
      'Security Minister Oren Vasko rejected the accusation.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]?.blamedOn).toEqual(['army']);
    expect(out[0]?.deniedBy).toEqual(['Oren Vasko']);
  });
});

describe('an accusation right after the report', () => {
  it('blames the country "accused of targeting people", and takes its government\'s rejection as a denial', () => {
    const t = 'A drone strike on two trucks near Kelmo killed three civilians on Sunday, the Dorsa Front said. ' +
      'It accused Eritrea of targeting people searching for gold in the desert. ' +
      'Eritrea’s government rejected the accusation.';
    const out = annotate(t, PUB).incidents;
    expect(out[0]?.blamedOn).toEqual(['Eritrea']);
    expect(out[0]?.deniedBy.join(' ')).toMatch(/Eritrea/);
  });

  it('takes no charge of another kind for blame ("accused X of corruption")', () => {
    const t = 'A drone strike on two trucks near Kelmo killed three civilians on Sunday, the Dorsa Front said. It accused Varland of corruption.';
    expect(annotate(t, PUB).incidents[0]?.blamedOn).toEqual([]);
  });
});

describe('a passive blame with its accuser', () => {
  it('reads "That attack was blamed by the government on X" as blame on X', () => {
    const t = 'On July 16, 2014, gunmen killed 15 soldiers at two army posts on Mount Kesso. ' +
      'That attack was blamed by the government on the Dorra Brigade, which denied it weeks later.';
    const out = annotate(t, PUB).incidents;
    expect(out[0]?.blamedOn).toEqual(['Dorra Brigade']);
    expect(out[0]?.deniedBy).toEqual(['Dorra Brigade']);
  });
});

describe('arson told in the passive, and who a council blamed', () => {
  it('reads "a health post ... was set on fire" as an incident, placed where it was, not in the church that reported it', () => {
    const t = 'On March 3, a health post serving several communities in the Kesu region was set on fire, according to the Missionary Council of Dorra, a Catholic Church body. ' +
      'The council blamed miners who had been expelled from the area in January.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ type: 'other', location: 'Kesu', date: '2026-03-03', blamedOn: ['miners'] });
  });

  it('blames no one for a bare noun ("blamed miners") or a fire with no building', () => {
    const t = 'On March 3, a fire broke out in the Kesu region. The council blamed miners.';
    expect(annotate(t, PUB).incidents).toEqual([]);
  });
});

describe('a past massacre told in the passive', () => {
  it('reads "hundreds of people were killed in X, a village in Y" as an incident of its day, with no count of one', () => {
    const t = 'Gunmen abducted 20 passengers from a bus near Kelmo on Tuesday, police said.\n\n' +
      'On June 18, 2022, hundreds of people were killed in Tarro, a village in Dorra district, in one of the deadliest massacres of the conflict. ' +
      'The government blamed the Kesu Army, which denied involvement.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ location: 'Tarro', date: '2022-06-18', blamedOn: ['Kesu Army'] });
    expect(out[1]?.killed).toBeUndefined();
  });
});

describe('a claimant\'s own count', () => {
  it('keeps the army\'s toll, not the one the claimant boasts of ("saying its fighters had killed 23 soldiers")', () => {
    const t = 'Fighters attacked a military base at Kelmo with drones before dawn on Sunday, killing five soldiers and wounding seven, the army said. ' +
      'The Dorra Province group claimed the attack through its news agency, saying its fighters had killed 23 soldiers and seized weapons.';
    const out = annotate(t, PUB).incidents;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ killed: 5, injured: 7 });
  });
});

describe('a road named by its two towns', () => {
  it('places a bomb "on the Kelmo-Tarro road" at one of the towns, not at a place called "Kelmo-Tarro"', () => {
    const t = 'Earlier this month, a roadside bomb tore through a bus on the Kelmo-Tarro road, killing at least eight passengers, police said.';
    const loc = annotate(t, PUB).incidents[0]?.location;
    expect(['Kelmo', 'Tarro']).toContain(loc);
  });
});

describe('one more person hurt', () => {
  it('counts "a fifth man was badly burned" as one wounded, and no burned house', async () => {
    const { extractCasualties } = await import('../../../lib/annotate/incidents/casualties');
    expect(extractCasualties('A fifth man was badly burned and taken to hospital in Kelmo.')).toEqual({ injured: 1 });
    expect(extractCasualties('One house was burned.')).toEqual({});
  });
});
