/**
 * Roles read by the shape of the phrase that fills them rather than by the cue's wording: a
 * description that points to a party ("inmates from the Red Moon gang", "fighters of 4K", "a
 * spokesman for 4K", "a message signed by X"), a bare doer noun that names nobody, a claim or denial
 * told in a relative clause or in the content of "denied", and a later sentence that refers back to
 * the incident by another word. Every sentence is made up; each behaviour has one it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { genericDoer, partyInDescription } from '../../../lib/annotate/incidents/parties';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import { entitiesFor, type Names } from './helpers';

const PUB = '2025-03-12T10:00:00Z'; // a Wednesday

const roles = (text: string, names: Names = {}, referenceOnly = false, rejections = true) =>
  extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names), referenceOnly, rejections);

const incidents = (text: string, names: Names) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: entitiesFor(text, names), attributions: [], publishedTime: PUB });

const party = (phrase: string, names: Names = {}) =>
  partyInDescription(phrase, { start: 0, end: phrase.length }, entitiesFor(phrase, names));

describe('a description that points to a party', () => {
  it('reads the party out of members, a voice or a coined name', () => {
    expect(party('Inmates from the Red Moon gang')).toBe('Red Moon');
    expect(party('fighters of 4K')).toBe('4K');
    expect(party('some members of the Tarvo Brotherhood')).toBe('Tarvo Brotherhood');
    expect(party('A spokesman for 4K')).toBe('4K');
    expect(party('A handwritten note signed by Red Moon and left at the gate')).toBe('Red Moon');
    expect(party('MX-12 leaders')).toBe('MX-12');
  });

  it('gives the engine\'s name when an entity is named there', () => {
    expect(party('fighters loyal to the Lorvak Front', { organizations: ['Lorvak Front'] })).toBe('Lorvak Front');
  });

  it('finds no party in a people, a sentence\'s first word or a plain description', () => {
    expect(party('Suspected militants')).toBeUndefined();
    expect(party('Tarvi militants')).toBeUndefined();
    expect(party('fighters from Chadian villages')).toBeUndefined();
    expect(party('armed men in a pickup truck')).toBeUndefined();
    expect(party('a spokesman for the police')).toBeUndefined();
  });

  it('blames the party of the doers and of the blamed description', () => {
    expect(roles('Inmates from the Red Moon gang stormed a cell block at the Kelso jail.').blamedOn).toEqual(['Red Moon']);
    expect(roles('The governor blamed the raid on fighters of 4K, an armed group based across the river.').blamedOn).toEqual(['4K']);
    expect(roles('Police blamed the ambush on members of the Tarvo Brotherhood.').blamedOn).toEqual(['Tarvo Brotherhood']);
  });

  it('gives a denial voiced by a spokesman or a signed message to the party', () => {
    expect(roles('A spokesman for 4K, who gave only his first name, rejected the accusation.').deniedBy).toEqual(['4K']);
    expect(roles('A message signed by Red Moon and posted online denied the gang had planned the killings.').deniedBy).toEqual(['Red Moon']);
  });
});

describe('a bare doer noun names no party', () => {
  it('drops the narrative\'s generic doers', () => {
    expect(genericDoer('Separatist gunmen')).toBe(true);
    expect(genericDoer('armed men')).toBe(true);
    expect(genericDoer('hackers')).toBe(true);
    expect(roles('Separatist gunmen shot dead two guards at a quarry near Kelso.').blamedOn).toEqual([]);
    expect(roles('Masked gunmen stormed a clinic in Kelso.').blamedOn).toEqual([]);
  });

  it('keeps doers named by a people or a name', () => {
    expect(genericDoer('Tarvi militants')).toBe(false);
    expect(genericDoer('Chadian troops')).toBe(false);
    expect(roles('Tarvi militants attacked a police post in Kelso.').blamedOn).toEqual(['Tarvi militants']);
  });
});

describe('doers told by where they come from', () => {
  it('keeps the origin of a people noun after "carried out by"', () => {
    expect(roles('In May, raiders attacked the village of Dolm, an assault officials said had been carried out by herders from across the river.').blamedOn)
      .toContain('herders from across the river');
    expect(roles('The killings were carried out by nomads from beyond the hills, the chief said.').blamedOn).toContain('nomads from beyond the hills');
  });

  it('does not make a description of a bare origin-less noun', () => {
    expect(roles('The attack was carried out by herders, the chief said.').blamedOn).toEqual([]);
  });
});

describe('a claim told in a relative clause', () => {
  it('reads "an attack X claimed" as X\'s claim', () => {
    expect(roles('In 2019, rebels killed 12 workers on the highway, an attack the Lorvak Front claimed at the time.', { organizations: ['Lorvak Front'] }).claimedBy).toEqual(['Lorvak Front']);
    expect(roles('Gunmen burned the depot, a raid which 4K later claimed.').claimedBy).toEqual(['4K']);
    expect(roles('The Lorvak Front had warned drivers. The convoy was ambushed near Dolm in 2021, an ambush the group claimed.', { organizations: ['Lorvak Front'] }).claimedBy).toEqual(['Lorvak Front']);
    // "the group" with no group named before it is nobody.
    expect(roles('The convoy was ambushed near Dolm in 2021, an ambush the group claimed.').claimedBy).toEqual([]);
  });

  it('reads no claim when nobody claimed it', () => {
    expect(roles('Gunmen burned the depot, an attack no group has claimed.').claimedBy).toEqual([]);
    expect(roles('Gunmen burned the depot, an attack the Lorvak Front has not claimed.', { organizations: ['Lorvak Front'] }).claimedBy).toEqual([]);
  });
});

describe('a denial whose content names who did not do it', () => {
  it('gives the denial of a spokesman to the party the content names', () => {
    const r = roles('The kidnapping was blamed on the Lorvak Front, but Tomas Reyd denied the group was involved.', { organizations: ['Lorvak Front'], people: ['Tomas Reyd'] });
    expect(r.deniedBy).toEqual(['Lorvak Front']);
    expect(r.blamedOn).toEqual(['Lorvak Front']);
  });

  it('gives it to the speaker when the speaker is a party', () => {
    expect(roles('The Dravian army denied that its units had fired on the market.', { organizations: ['Dravian army'] }).deniedBy).toEqual(['Dravian army']);
  });

  it('blames nobody for a denial of involvement', () => {
    expect(roles('Tomas Reyd denied the group was involved.', { people: ['Tomas Reyd'] }).blamedOn).toEqual([]);
  });
});

describe('claims said with an adverb, a quotation or another act', () => {
  it('reads "said its aircraft later struck", "had \\"neutralised\\"", "had planted"', () => {
    expect(roles('The Dravian army said its aircraft later struck the raiders as they fled.', { organizations: ['Dravian army'] }).claimedBy).toEqual(['Dravian army']);
    expect(roles('The Dravian army said in a statement that its jets had "neutralised about 30 gunmen" near Dolm.', { organizations: ['Dravian army'] }).claimedBy).toEqual(['Dravian army']);
    expect(roles('The Lorvak Front said at the time that it had planted the bomb to hit a patrol.', { organizations: ['Lorvak Front'] }).claimedBy).toEqual(['Lorvak Front']);
  });

  it('reads no claim for downing an attack\'s weapons', () => {
    expect(roles('The Dravian army said its units had later destroyed two drones over Dolm.', { organizations: ['Dravian army'] }).claimedBy).toEqual([]);
  });
});

describe('a later sentence that refers back by another word', () => {
  it('gives its roles to the incident just reported', () => {
    const text = 'Mortar rounds fell on a market in Kelso on Monday, killing two traders. The shelling was blamed on the Lorvak Front.';
    const [inc] = incidents(text, { organizations: ['Lorvak Front'], places: ['Kelso'] });
    expect(inc?.blamedOn).toEqual(['Lorvak Front']);
  });

  it('does not give it the roles of a reference with its own day', () => {
    const text = 'Mortar rounds fell on a market in Kelso on Monday, killing two traders. The Lorvak Front said it carried out the March 2019 bombing of a bridge.';
    const all = incidents(text, { organizations: ['Lorvak Front'], places: ['Kelso'] });
    expect(all[0]?.claimedBy).toEqual([]);
  });

  it('does not reach an incident reported long before', () => {
    const text = 'Mortar rounds fell on a market in Kelso on Monday, killing two traders. Traders closed their stalls. The town council met. Schools stayed shut. The shelling was blamed on the Lorvak Front.';
    const all = incidents(text, { organizations: ['Lorvak Front'], places: ['Kelso'] });
    expect(all.flatMap((i) => i.blamedOn)).toEqual([]);
  });
});

describe('cues in any voice, with an adverb or a base form', () => {
  const names: Names = { organizations: ['Lorvak Front'], people: ['Tomas Reyd'] };
  it('reads passive and adverbed claims', () => {
    expect(roles('The bombing was later claimed by the Lorvak Front.', names).claimedBy).toEqual(['Lorvak Front']);
    expect(roles('The ambush was swiftly claimed by the Lorvak Front on its channel.', names).claimedBy).toEqual(['Lorvak Front']);
  });

  it('reads denials said with "played no part", "did not carry out" or a possessive', () => {
    expect(roles('The Lorvak Front said it had played no part in the attack.', names).deniedBy).toEqual(['Lorvak Front']);
    expect(roles('The Lorvak Front said it did not carry out the attack.', names).deniedBy).toEqual(['Lorvak Front']);
    expect(roles('Lorvak Front leader Tomas Reyd denied the group\'s involvement.', names).deniedBy).toContain('Lorvak Front');
  });

  it('reads blame said as a copula, a passive with no complement or where suspicion fell', () => {
    expect(roles('The government said it believed the Lorvak Front was responsible.', names).blamedOn).toEqual(['Lorvak Front']);
    expect(roles('The army said the Lorvak Front was to blame for the attack.', names).blamedOn).toEqual(['Lorvak Front']);
    expect(roles('The Lorvak Front was widely blamed.', names).blamedOn).toEqual(['Lorvak Front']);
    expect(roles('Police said the bombing appeared to be the work of the Lorvak Front.', names).blamedOn).toEqual(['Lorvak Front']);
    expect(roles('Suspicion fell on the Lorvak Front.', names).blamedOn).toEqual(['Lorvak Front']);
  });

  it('reads none of them when negated or about something else', () => {
    expect(roles('The Lorvak Front said it was not responsible.', names).blamedOn).toEqual([]);
    expect(roles('The Lorvak Front has not claimed the attack.', names).claimedBy).toEqual([]);
    expect(roles('It is too early to blame anyone, the minister said.', names).blamedOn).toEqual([]);
    expect(roles('The Lorvak Front was likely to attack again, analysts said.', names).blamedOn).toEqual([]);
  });
});

describe('later sentences that name the party by a voice, a cell or an act on "it"', () => {
  const names: Names = { organizations: ['Lorvak Front'], places: ['Dolm', 'Kelso'], people: ['Tomas Reyd'] };
  const all = (text: string) => incidents(text, names);

  it('gives the claim, denial or charge to the party', () => {
    expect(all('Gunmen attacked a convoy near Dolm on Monday, killing two guards. The Lorvak Front claimed it in a statement.')[0]?.claimedBy).toEqual(['Lorvak Front']);
    expect(all('A bomb exploded at a market in Dolm on Monday, killing three people. The Red Moon\'s spokesman denied any involvement.')[0]?.deniedBy).toEqual(['Red Moon']);
    expect(all('A bomb exploded at a market in Dolm on Monday, killing three people. Police blamed the attack on a cell of the Red Moon.')[0]?.blamedOn).toEqual(['Red Moon']);
    expect(all('A drone struck a fuel depot in Kelso on Monday. The governor said the Lorvak Front had launched it from across the border.')[0]?.blamedOn).toEqual(['Lorvak Front']);
    expect(all('Rockets hit a depot in Kelso on Monday, wounding two workers. Tomas Reyd, a spokesman for the Lorvak Front, said the group had fired the rockets.')[0]?.claimedBy).toEqual(['Lorvak Front']);
  });

  it('gives none when "it" is the subject of what is claimed, or the speaker is no voice of the group', () => {
    expect(all('Gunmen attacked a convoy near Dolm on Monday, killing two guards. The Lorvak Front claimed it was a victory.')[0]?.claimedBy).toEqual([]);
    expect(all('Gunmen attacked a convoy near Dolm on Monday, killing two guards, although no group claimed it.')[0]?.claimedBy).toEqual([]);
    expect(all('Rockets hit a depot in Kelso on Monday, wounding two workers. The Lorvak Front is active in the area. Officials said the group had fired the rockets.')[0]?.claimedBy).toEqual([]);
    expect(all('A drone struck a fuel depot in Kelso on Monday. The Lorvak Front had planned it to be a school.')[0]?.blamedOn).toEqual([]);
  });
});
