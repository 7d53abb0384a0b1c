import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entitiesWithMention, entity, names } from './helpers';

describe('ranks and titles kept out of unfamiliar names', () => {
  it('drops multi-word air force, army and police ranks before a name no list knows', () => {
    const a = annotate('"We will not strike blindly," said Air Commodore Obiora Kadunde, the spokesman. Wing Commander Teslim Adegboro agreed. "They were aiming at houses," Inspector General of Police Wangkhem Ibohal told reporters. Sub-Inspector Lalrin Tluanga was hurt.');
    expect(entity(a, 'Obiora Kadunde')?.kind).toBe('person');
    expect(entity(a, 'Obiora Kadunde')?.role).toBe('Air Commodore');
    expect(entity(a, 'Teslim Adegboro')?.kind).toBe('person');
    expect(entity(a, 'Wangkhem Ibohal')?.role).toBe('Inspector General of Police');
    expect(entity(a, 'Lalrin Tluanga')?.kind).toBe('person');
    expect(a.entities.some((e) => /Commodore|Wing|Inspector/.test(e.name))).toBe(false);
  });

  it('reads "Private" as a rank only with a capital before a name, not opening a company name', () => {
    const a = annotate('Private Davor Kelmendi was wounded. The Private Security Company said its guards fled. Work at private Dunmore Quarry stopped.');
    expect(entity(a, 'Davor Kelmendi')?.role).toBe('Private');
    expect(names(a, 'organization')).toContain('Private Security Company');
    expect(entitiesWithMention(a, 'Dunmore Quarry').map((e) => [e.kind, e.role])).not.toContainEqual(['person', 'private']);
  });
});

describe('unfamiliar names typed by their position', () => {
  it('makes a two- or three-word unfamiliar name after a quote and an inverted "said" a person', () => {
    const a = annotate('"Nobody has called us," said Zainab Kwarbai, whose sons are missing. "We heard shooting," said Tsegaye Woldu Abebe.');
    expect(entity(a, 'Zainab Kwarbai')?.kind).toBe('person');
    expect(entity(a, 'Tsegaye Woldu Abebe')?.kind).toBe('person');
  });

  it('leaves a name after "said" untyped when the clause goes on, or when a head word or demonym is in it', () => {
    const a = annotate('Officials said Tsanda Gari was attacked overnight. "We will rebuild," said Kotal Bridge, the operator.');
    expect(entitiesWithMention(a, 'Tsanda Gari').filter((e) => e.kind === 'person')).toEqual([]);
    expect(entitiesWithMention(a, 'Kotal Bridge').filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('unfamiliar full names linked to their surname written alone', () => {
  it('makes a name a person when the text later writes its last word alone as a speaker or an owner', () => {
    const a = annotate('The raid was ordered by a bandit leader known as Bako Dunfawa, whose fighters hold the forest. An attack on Sunday was also blamed on Dunfawa\'s men. Farmers met Yelwa Gaiya on Monday. Gaiya said the fields were empty.');
    expect(entity(a, 'Bako Dunfawa')?.kind).toBe('person');
    expect(entity(a, 'Bako Dunfawa')?.mentions.map((m) => m.text)).toEqual(['Bako Dunfawa', 'Dunfawa']);
    expect(entity(a, 'Yelwa Gaiya')?.mentions.map((m) => m.text)).toEqual(['Yelwa Gaiya', 'Gaiya']);
    expect(a.attributions.map((x) => x.source)).toContain('Yelwa Gaiya');
  });

  it('does not make a person of a people\'s name qualifying a noun', () => {
    const a = annotate('The mostly Hindu Meitei majority lives in the valley. Police said Meitei, Naga and Kuki leaders met.');
    expect(names(a, 'person')).toEqual([]);
  });
});

describe('organizations named "<head> of <place>"', () => {
  it('keeps a known place after "<organization head> of" inside the body\'s name, and the place too', () => {
    const a = annotate('The Bank of Zambia held its rate. The Central Bank of Malawi Governor Mwila Chanda said prices would ease. The Archdiocese of Lusaka said the priest was freed. A fund at the Federal Reserve Bank of Chicago was frozen.');
    const orgs = names(a, 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Bank of Zambia', 'Central Bank of Malawi', 'Archdiocese of Lusaka', 'Federal Reserve Bank of Chicago']));
    expect(entity(a, 'Mwila Chanda')?.kind).toBe('person');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Zambia', 'Malawi', 'Lusaka']));
  });

  it('does not take a place that opens a longer name, nor after "People of"', () => {
    const a = annotate('Leaders of the Alliance of Sahel States met. The People of Zambia voted.');
    expect(names(a, 'organization')).not.toContain('Alliance of Sahel');
    expect(names(a, 'organization')).not.toContain('People of Zambia');
  });

  it('makes any organization head before "of" an organization name ("Bureau of Statistics", "Brigade of ...")', () => {
    const a = annotate('Inflation slowed, the Tanzania National Bureau of Statistics said. A group calling itself the "Shadow Brigade of Korvan" claimed the intrusion.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Tanzania National Bureau of Statistics', 'Shadow Brigade of Korvan']));
  });
});

describe('organization heads of armed, police and international bodies', () => {
  it('makes "<place> Rifles", "<place> Regiment", a "Gendarmerie" and a U.N. "Support Mission in <place>" organizations', () => {
    const a = annotate('Gunmen ambushed a Nagaland Rifles patrol near the border. The Kivu Regiment withdrew. The Chadian Gendarmerie said. The U.N. Support Mission in Mali called for calm.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Nagaland Rifles', 'Kivu Regiment', 'U.N. Support Mission in Mali']));
    expect(names(a, 'place')).not.toContain('Nagaland Rifles');
  });

  it('makes a known place followed by "University" or "Embassy" an organization, not a site', () => {
    const a = annotate('Lalruat Sanga, a political scientist at Mizoram University, told the paper. Staff at the Kano Embassy fled. Patients at the Kano Hospital waited.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Mizoram University', 'Kano Embassy']));
    expect(names(a, 'place')).toContain('Kano Hospital');
  });
});

describe('two bodies joined by "and"', () => {
  it('splits a name of two words or more from a following three-word name ending in a head', () => {
    const a = annotate('The board approached five lenders, including Orvel Chartered and Tamsin Merchant Bank, for a loan. The Independent Electoral and Boundaries Commission said the vote was fair.');
    const orgs = names(a, 'organization');
    expect(orgs).toEqual(expect.arrayContaining(['Orvel Chartered', 'Tamsin Merchant Bank', 'Independent Electoral and Boundaries Commission']));
    expect(orgs).not.toContain('Orvel Chartered and Tamsin Merchant Bank');
  });
});

describe('roles in talks and groups before an unfamiliar name', () => {
  it('makes the name after "its facilitator," or "the group\'s negotiator," a person with that role', () => {
    const a = annotate('Talks resumed in the capital. Its facilitator, Ravindran Pathmanathan, told the state news agency that a new round was planned. "We reject the lies," the group\'s negotiator, Tavita Leuluai Sopoaga, told a radio station.');
    expect(entity(a, 'Ravindran Pathmanathan')?.kind).toBe('person');
    expect(entity(a, 'Ravindran Pathmanathan')?.role).toBe('facilitator');
    expect(entity(a, 'Tavita Leuluai Sopoaga')?.kind).toBe('person');
  });
});

describe('names introduced with "known as", "called", "calling itself"', () => {
  it('types the name by the noun it is given to', () => {
    const a = annotate('The army blamed allied militias known as Kambale and a bandit leader known as Sadiku. A group calling itself the "Tamrat Vanguard" claimed the raid. Fighters hid in a village called Oruvo.');
    expect(entitiesWithMention(a, 'Kambale').map((e) => e.kind)).toEqual(['organization']);
    expect(entitiesWithMention(a, 'Sadiku').map((e) => e.kind)).toEqual(['person']);
    expect(entitiesWithMention(a, 'Tamrat Vanguard').map((e) => e.kind)).toEqual(['organization']);
    expect(entitiesWithMention(a, 'Oruvo').map((e) => e.kind)).toEqual(['place']);
  });

  it('passes over a place phrase after the noun, and makes the body the source of its statement', () => {
    const text = 'The crew was rescued, the European Union\'s naval mission in the Arabian Sea, known as Kestrelguard, said in a statement.';
    const a = annotate(text);
    expect(entitiesWithMention(a, 'Kestrelguard').map((e) => e.kind)).toEqual(['organization']);
    expect(a.attributions.map((x) => x.source)).toEqual(['Kestrelguard']);
  });

  it('gives no kind after "an operation called" ', () => {
    const a = annotate('The army launched an offensive called Tarvin Dawn against the rebels.');
    expect(entitiesWithMention(a, 'Tarvin Dawn').filter((e) => e.kind === 'organization')).toEqual([]);
  });
});

describe('appositions of everyday occupations', () => {
  it('makes a name followed by ", a waitress who ..." or ", a herder in ..." a person', () => {
    const a = annotate('Amina Wadume, a waitress who hid in a storeroom, survived. Ousmane Tiendre, a herder in the north, lost his cattle.');
    expect(entity(a, 'Amina Wadume')?.kind).toBe('person');
    expect(entity(a, 'Ousmane Tiendre')?.kind).toBe('person');
  });

  it('does not read a person noun qualifying another noun as the head ("a refugee camp")', () => {
    const a = annotate('Shells fell on Mbera Kalo, a refugee camp near the border, on Sunday.');
    expect(entitiesWithMention(a, 'Mbera Kalo').filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('a quoted person introduced with an age and an occupation', () => {
  it('gives "X, 45, a farmer in Y, said" to X, not to the farmer', () => {
    const text = 'Mr Danjuma Tsoho, 45, a farmer in Birnin Gwari, said his sons were taken.';
    const a = annotate(text);
    expect(a.attributions.map((x) => x.source)).toEqual(['Danjuma Tsoho']);
  });
});

describe('an unfamiliar speaker who goes on as "he" or "she"', () => {
  it('makes "X Y said she ..." and "X Y told reporters he ..." a person, but not "X Y said it ..."', () => {
    const a = annotate('Officials met on Monday. Later, Ngozika Ebere said she had seen the drones. Bako Tsafeni told reporters he would stay. Orvel Shipmanagement said it had no ships nearby.');
    expect(entity(a, 'Ngozika Ebere')?.kind).toBe('person');
    expect(entity(a, 'Bako Tsafeni')?.kind).toBe('person');
    expect(entitiesWithMention(a, 'Orvel Shipmanagement').filter((e) => e.kind === 'person')).toEqual([]);
  });
});

describe('a body named with its country or region last', () => {
  it('joins a known body or an untyped name to the known place closing it when the whole speaks or is described as a body', () => {
    const a = annotate('The Bodo Sahitya Assam, the apex body of the Bodo community, rejected the accusation. UNICEF Nigeria said schools must stay open.');
    expect(names(a, 'organization')).toEqual(expect.arrayContaining(['Bodo Sahitya Assam', 'UNICEF Nigeria']));
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Assam', 'Nigeria']));
  });

  it('leaves the place apart when nothing makes the whole a body', () => {
    const a = annotate('Aid reached Bodo Sahitya Assam villages last week. Shipments of UNICEF Nigeria vaccines arrived.');
    expect(names(a, 'organization')).not.toContain('UNICEF Nigeria');
    expect(names(a, 'organization')).not.toContain('Bodo Sahitya Assam');
  });
});

describe('places closed by a compass word or a forest', () => {
  it('keeps "West" or "East" after a known city in its name, and a forest named before "forest"', () => {
    const a = annotate('Explosives fell on a village in Mombasa West district. Later, in Kano East, police said gunmen fled into the Dabiri forest. Troops went west of Kano.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Mombasa West', 'Kano East', 'Dabiri forest', 'Kano']));
    expect(names(a, 'place')).not.toContain('West');
    expect(names(a, 'place')).not.toContain('East');
  });
});
