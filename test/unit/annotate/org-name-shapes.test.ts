import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('names of bodies written with digits', () => {
  it('keeps "Barrio 18" whole once the article calls it a gang, and finds its later bare mentions', () => {
    const a = annotate('Inmates from the Barra 27 gang stormed a wing. The minister held Barra 27 leaders responsible. A note signed by Barra 27 denied it.');
    expect(entity(a, 'Barra 27')?.kind).toBe('organization');
    expect(entity(a, 'Barra 27')?.mentions).toHaveLength(3);
    expect(names(a, 'organization')).not.toContain('Barra');
  });

  it('finds a name opening with a digit introduced by an appositive ("4K, an armed group")', () => {
    const a = annotate('The raid was blamed on fighters of 4K, an armed group based across the river. A spokesman for 4K rejected the accusation.');
    expect(entity(a, '4K')?.kind).toBe('organization');
    expect(entity(a, '4K')?.mentions).toHaveLength(2);
  });

  it('leaves numbers the article never introduces as a body alone', () => {
    const a = annotate('Route 66 reopened on Monday. The 5G network failed in Tarvel. Flight 370 vanished.');
    expect(names(a, 'organization')).toEqual([]);
  });
});

describe('longer names of bodies', () => {
  it('pairs two fields of activity inside one name ("Exploration and Production Operations Company")', () => {
    const a = annotate('A tank burned for hours, the Halvard Exploration and Production Operations Company said in a statement.');
    expect(names(a, 'organization')).toEqual(['Halvard Exploration and Production Operations Company']);
  });

  it('still reads two bodies in "X Y and Z W Bank"', () => {
    const a = annotate('Tarvel Chartered and Rand Merchant Bank said loans rose.');
    expect(names(a, 'organization')).toContain('Rand Merchant Bank');
    expect(names(a, 'organization')).not.toContain('Tarvel Chartered and Rand Merchant Bank');
  });

  it('keeps "of <country>" closing a body whose head is no "of" head, or whose name has its own "of"', () => {
    const a = annotate('The Law Society of Kenya said the bill was flawed. The Chamber of Mines of Zambia said the plan was fair.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Law Society of Kenya', 'Chamber of Mines of Zambia']));
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Kenya', 'Zambia']));
  });

  it('keeps an adjective opening a company name at the start of a sentence, not a sentence adverb', () => {
    const a = annotate('First Tarvel Minerals, the largest miner, said it was studying the plan. First, officials said the mine would close.');
    expect(names(a, 'organization')).toEqual(['First Tarvel Minerals']);
  });

  it('types a name after "builder" or "contractor" as a body', () => {
    const a = annotate('The workers, employed by state-owned builder PT Wiraka Jaya, were pouring concrete when the shooting began.');
    expect(entity(a, 'PT Wiraka Jaya')?.kind).toBe('organization');
  });
});

describe('a priest\'s title', () => {
  it('keeps "Father" out of the name and as the role, and links "Father <given name>" to the priest', () => {
    const a = annotate('Gunmen seized a priest, Father Emmanuel Dorvalu, and his driver. "We ask them to free Father Emmanuel," the bishop said.');
    const p = entity(a, 'Emmanuel Dorvalu');
    expect(p?.role).toBe('Father');
    expect(p?.mentions).toHaveLength(2);
    expect(names(a, 'person')).toEqual(['Emmanuel Dorvalu']);
  });

  it('leaves a lower-case father, a kinship noun, alone', () => {
    const a = annotate('Her father Kofi Mensaro said the family was scared.');
    expect(entity(a, 'Kofi Mensaro')?.role).toBeUndefined();
  });
});

describe('units, armed forces and people named around bodies', () => {
  it('keeps the ordinal opening a unit\'s name, not a century', () => {
    const a = annotate('The 14th Infantry Division said troops were sent. The 52nd Marine Battalion said it held the road. It was the 21st Century.');
    expect(names(a, 'organization')).toEqual(['14th Infantry Division', '52nd Marine Battalion']);
  });

  it('keeps "of the <country>" closing a body\'s name', () => {
    const a = annotate('The Armed Forces of the Philippines said troops were deployed.');
    expect(names(a, 'organization')).toEqual(['Armed Forces of the Philippines']);
    expect(names(a, 'place')).toContain('Philippines');
  });

  it('reads an unfamiliar name set off after "a spokesman for <body>," as a person', () => {
    const a = annotate('A spokeswoman for the Tarvel Police Service, Wanjiru Okolla, rejected the criticism. A spokesman for the Ministry of Roads, Abebe Dorsa Tulu, said work would resume.');
    expect(names(a, 'person')).toEqual(['Wanjiru Okolla', 'Abebe Dorsa Tulu']);
  });

  it('keeps a given name that is also a place before "al-<Name>" after a title', () => {
    const a = annotate('Militia commander Salem al-Tarhuni said the depot was hit.');
    expect(names(a, 'person')).toEqual(['Salem al-Tarhuni']);
    expect(names(a, 'place')).not.toContain('Salem');
  });

  it('reads a commander or spokesman in an appositive as a person, not a body', () => {
    const a = annotate('Tarvo Lemma, a militia commander, said the road was closed.');
    expect(entity(a, 'Tarvo Lemma')?.kind).toBe('person');
  });
});

describe('a country adjective unlike its people noun', () => {
  it('reads "Philippine" as the Philippines\' adjective, never a place of its own', () => {
    const a = annotate('The group said it had targeted "a gathering of Philippine army apostates" in Jolo.');
    expect(names(a, 'place')).not.toContain('Philippine');
  });
});

describe('branches of a known body named after a province', () => {
  it('keeps "Islamic State <region> Province (ACRONYM)" an organization, with its acronym', () => {
    const a = annotate('Islamic State Lake Chad Province (ISLCP), the local branch of the group, claimed the ambush in a statement.');
    expect(entity(a, 'Islamic State Lake Chad Province')?.kind).toBe('organization');
    expect(entity(a, 'Islamic State Lake Chad Province')?.mentions).toHaveLength(2);
  });

  it('still reads an unknown "<name> Province (ACRONYM)" as a place', () => {
    const a = annotate('Fighting spread across Vrelo Province (VP) on Monday.');
    expect(entity(a, 'Vrelo Province')?.kind).toBe('place');
  });
});

describe('bodies named "<Head> of <known place> <People>"', () => {
  it('keeps "the Union of Sinai Tribes" one organization, not a place', () => {
    const a = annotate('The Union of Sahel Herders, which fights alongside the army, held the group responsible.');
    expect(entity(a, 'Union of Sahel Herders')?.kind).toBe('organization');
    expect(names(a, 'place')).toEqual([]);
  });

  it('still reads "the Council of Europe" as the body it is', () => {
    const a = annotate('The Council of Europe said the vote was fair.');
    expect(entity(a, 'Council of Europe')?.kind).toBe('organization');
  });
});

describe('bodies named with a transliterated word for an army or a movement', () => {
  it('types "Jaish al-X" an organization in every mention, not a person with a particle', () => {
    const a = annotate('Jaish al-Nasr, a Sunni militant group, claimed the raid. Officials held Jaish al-Nasr responsible. In 2019, Jaish al-Nasr abducted 12 guards.');
    expect(entity(a, 'Jaish al-Nasr')?.kind).toBe('organization');
    expect(entity(a, 'Jaish al-Nasr')?.mentions).toHaveLength(3);
    expect(names(a, 'person')).toEqual([]);
  });

  it('types "Lashkar-e-X" an organization', () => {
    expect(entity(annotate('Police blamed Lashkar-e-Qahar for the blast.'), 'Lashkar-e-Qahar')?.kind).toBe('organization');
  });
});

describe('names closed by an acronym', () => {
  it('types "the New IRA" an organization, not a person', () => {
    const a = annotate('Responsibility was claimed by the New UVF in a statement. Police blamed the New UVF.');
    expect(entity(a, 'New UVF')?.kind).toBe('organization');
    expect(names(a, 'person')).toEqual([]);
  });
});
