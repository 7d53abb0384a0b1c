/**
 * The predicate reader: roles read from compromise's parse by the predicate's lemma and the
 * arguments' positions, not by phrasing. Every sentence is made up (invented groups and places);
 * each behaviour is checked in several voices and shapes, and with sentences it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { readPredicates } from '../../../lib/annotate/incidents/predicates';
import { entitiesFor, type Names } from './helpers';

const read = (text: string, names: Names, referenceOnly = false) =>
  readPredicates(text, { start: 0, end: text.length }, entitiesFor(text, names), referenceOnly);

describe('claims read by lemma, in any voice', () => {
  it('reads the subject of "claimed / took / accepted responsibility", past appositives and asides', () => {
    const org = { organizations: ['Dorva Front'] };
    expect(read('The Dorva Front claimed responsibility for the ambush.', org).claimedBy).toEqual(['Dorva Front']);
    expect(read('The Dorva Front, an armed group based in the northern hills, claimed responsibility for the ambush.', org).claimedBy).toEqual(['Dorva Front']);
    expect(read('The Dorva Front, in a statement posted online late on Friday, took responsibility for the ambush.', org).claimedBy).toEqual(['Dorva Front']);
    expect(read('The Dorva Front (DF) has since accepted responsibility for the ambush.', org).claimedBy).toEqual(['Dorva Front']);
  });

  it('reads the passive "was claimed by X" and the claim of an event noun', () => {
    expect(read('Responsibility for the bombing was claimed by the Lorvak Liberation Army.', { organizations: ['Lorvak Liberation Army'] }).claimedBy).toEqual(['Lorvak Liberation Army']);
    expect(read('The Sable Movement claimed the bombing of the depot in a video.', { organizations: ['Sable Movement'] }).claimedBy).toEqual(['Sable Movement']);
  });

  it('gives an indefinite subject the name in its aside', () => {
    expect(read('A little-known militia, the Kestrel Brigade, claimed responsibility on Sunday.', { organizations: ['Kestrel Brigade'] }).claimedBy).toEqual(['Kestrel Brigade']);
  });

  it('reads "said it was behind / said its fighters fired" as the speaker\'s claim', () => {
    const org = { organizations: ['Tolan Front'] };
    expect(read('The Tolan Front said it was behind the raid on the depot.', org).claimedBy).toEqual(['Tolan Front']);
    expect(read('The Tolan Front said in a statement that its fighters had fired rockets at the base.', org).claimedBy).toEqual(['Tolan Front']);
  });

  it('reads a state body telling of its own jets striking as its claim', () => {
    expect(read('The Zarian Defence Ministry said its jets had struck depots near Ambor.', { organizations: ['Zarian Defence Ministry'] }).claimedBy).toEqual(['Zarian Defence Ministry']);
  });

  it('does not fire on a negated claim, a claim by no one, or a claim of other events', () => {
    const org = { organizations: ['Tolan Front'] };
    expect(read('No group has claimed responsibility for the raid.', org).claimedBy).toEqual([]);
    expect(read('The Tolan Front has not claimed responsibility for the raid.', org).claimedBy).toEqual([]);
    expect(read('The Tolan Front, which has claimed similar attacks in the past, was not mentioned.', org).claimedBy).toEqual([]);
    expect(read('The Tolan Front said the attack was a crime against the people.', org).claimedBy).toEqual([]);
  });
});

describe('denials read by lemma', () => {
  it('reads denials of involvement, of the accusation, and "had nothing to do with"', () => {
    const org = { organizations: ['Vela Brigades'] };
    expect(read('The Vela Brigades denied any involvement in the blast.', org).deniedBy).toEqual(['Vela Brigades']);
    expect(read('The Vela Brigades, which operate along the river, rejected the accusation as baseless.', org).deniedBy).toEqual(['Vela Brigades']);
    expect(read('A spokesman for the Vela Brigades told reporters the group had nothing to do with the kidnapping.', org).deniedBy).toEqual(['Vela Brigades']);
    expect(read('The Vela Brigades said they were not responsible for the blast.', org).deniedBy).toEqual(['Vela Brigades']);
  });

  it('gives a relative clause\'s denial to its antecedent', () => {
    expect(read('Officials blamed the Kestrel Brigade, which has denied any involvement.', { organizations: ['Kestrel Brigade'] }).deniedBy).toEqual(['Kestrel Brigade']);
  });

  it('does not fire on a denial of something else, or a negated denial', () => {
    const org = { organizations: ['Vela Brigades'] };
    expect(read('The Vela Brigades were denied entry to the capital.', org).deniedBy).toEqual([]);
    expect(read('The Vela Brigades did not deny the report.', org).deniedBy).toEqual([]);
    expect(read('The Vela Brigades rejected the peace plan on Monday.', org).deniedBy).toEqual([]);
  });
});

describe('blame read by lemma', () => {
  it('reads the object of blame and accuse, the "on" phrase, and "held X responsible"', () => {
    const org = { organizations: ['Red Hand', 'Sable Movement'] };
    expect(read('Police blamed the Red Hand for the ambush.', org).blamedOn).toEqual(['Red Hand']);
    expect(read('Police accused the Sable Movement of carrying out the bombing.', org).blamedOn).toEqual(['Sable Movement']);
    expect(read('The ambush was blamed on the Red Hand militia.', org).blamedOn).toEqual(['Red Hand']);
    expect(read('The governor blamed the ambush on the Red Hand.', org).blamedOn).toEqual(['Red Hand']);
    expect(read('Marvia held the Red Hand responsible for the shelling.', org).blamedOn).toEqual(['Red Hand']);
  });

  it('reads the doer in a passive "by" phrase and "X was behind" said by a third party', () => {
    const org = { organizations: ['Vela Brigades'] };
    expect(read('The bombing was carried out by the Vela Brigades, officials said.', org).blamedOn).toEqual(['Vela Brigades']);
    expect(read('The raid was initiated by the Vela Brigades, prosecutors said.', org).blamedOn).toEqual(['Vela Brigades']);
    expect(read('Prosecutors said the Vela Brigades were behind the blast.', org).blamedOn).toEqual(['Vela Brigades']);
  });

  it('keeps a description of armed actors and joined names', () => {
    expect(read('The minister blamed "armed youth from the eastern plains" for the raid.', {}).blamedOn).toEqual(['armed youth from the eastern plains']);
    expect(read('It blamed the strikes on the Ostrian Republic and the Marvian Union.', { organizations: ['Ostrian Republic', 'Marvian Union'] }).blamedOn).toEqual(['Ostrian Republic', 'Marvian Union']);
  });

  it('does not fire on a charge of another kind, a stray phrase, or a reporter told something', () => {
    expect(read('Critics accused the Red Hand of failing to pay its debts.', { organizations: ['Red Hand'] }).blamedOn).toEqual([]);
    expect(read('Residents blamed unnamed politicians for the shortage.', {}).blamedOn).toEqual([]);
    expect(read('Reporter Jan Kos told the Ostrian army that the strike was illegal.', { organizations: ['Ostrian army'] })).toEqual({ claimedBy: [], deniedBy: [], blamedOn: [] });
  });
});

describe('arguments found where the parse puts them', () => {
  it('reads the name a group goes by ("calling itself X") as subject and as "by" phrase', () => {
    expect(read('A group calling itself Black Reef Shield took responsibility in a video posted online.', {}).claimedBy).toEqual(['Black Reef Shield']);
    expect(read('Responsibility was claimed by a group calling itself the Tarn Valley Defence Force, which said the land was never sold.', {}).claimedBy).toEqual(['Tarn Valley Defence Force']);
    expect(read('Separately, a group calling itself the Oskar Cyber Front claimed on Telegram to have knocked the ministry website offline.', {}).claimedBy).toEqual(['Oskar Cyber Front']);
  });

  it('reads a claim of an act named by any noun, but not a claim of lives or victory', () => {
    const org = { organizations: ['Velm Brigade'] };
    expect(read('The Velm Brigade claimed the intrusion on its channel.', org).claimedBy).toEqual(['Velm Brigade']);
    expect(read('The blast claimed the lives of 12 people.', org).claimedBy).toEqual([]);
    expect(read('The Velm Brigade claimed victory in the local vote.', org).claimedBy).toEqual([]);
  });

  it('lets a person who speaks for no named body deny in person', () => {
    expect(read('Farm union leader Ana Ruiz Soto denied that growers had any link to the abduction.', { people: ['Ana Ruiz Soto'] }).deniedBy).toEqual(['Ana Ruiz Soto']);
  });

  it('reads the verb that governs a clause given alone', () => {
    const text = 'The Zarian defence ministry denied that its forces had targeted villages.';
    const at = text.indexOf('its');
    const got = readPredicates(text, { start: at, end: text.length }, entitiesFor(text, { organizations: ['Zarian defence ministry'] }));
    expect(got.deniedBy).toEqual(['Zarian defence ministry']);
  });

  it('gives a verb joined by "and" the subject of the sentence\'s first verb', () => {
    const text = 'The State Security Committee issued a statement. It said Zarian guards had opened fire first, and denied that Tolan forces had fired at the town.';
    const at = text.indexOf('It said');
    expect(readPredicates(text, { start: at, end: text.length }, entitiesFor(text, { organizations: ['State Security Committee'] })).deniedBy).toEqual(['State Security Committee']);
  });
});

describe('the one held responsible and the speaker named in an aside', () => {
  it('reads "held X, <aside>, responsible" as X alone, and a quoted label as the accuser\'s words', () => {
    expect(read("Dravia's armed forces held the Sahel Vanguard (SV), the regional affiliate of the Northern Front, responsible for the raid.", { organizations: ['Sahel Vanguard', 'Northern Front'] }).blamedOn).toEqual(['Sahel Vanguard']);
    expect(read('The service held "Zarian special services" responsible for what it called a terrorist attack.', {}).blamedOn).toEqual(['Zarian special services']);
  });

  it('gives "it" under a speaker described then named in an aside to that name', () => {
    expect(read('A little-known hacker group, Sulu Net Brigade, said it was behind an attack on the website.', {}).claimedBy).toEqual(['Sulu Net Brigade']);
  });
});

describe('a state voice telling of its own means striking', () => {
  it('reads the closing or opening state speaker as claiming the strike of unowned means', () => {
    expect(read('Army helicopters and artillery pounded militant positions on Mount Tarn overnight, the defence ministry said on Tuesday.', { organizations: ['defence ministry'] }).claimedBy).toEqual(['defence ministry']);
    expect(read('The Zarian Armed Forces said armed drones had bombed four illegal mining camps near Velo on Monday.', { organizations: ['Zarian Armed Forces'] }).claimedBy).toEqual(['Zarian Armed Forces']);
  });

  it('does not give a state the strikes of means owned by another side, or a speaker that is no state body', () => {
    expect(read('Rebel drones struck the fuel depot overnight, the defence ministry said.', { organizations: ['defence ministry'] }).claimedBy).toEqual([]);
    expect(read('Jets struck the fuel depot overnight, a local farmer said.', {}).claimedBy).toEqual([]);
  });
});


describe('what the reader must not take for a role of this incident', () => {
  it('reads no claim for destroying or downing the weapons of an attack, but does for striking with them', () => {
    const army = { organizations: ['Veskan army'] };
    expect(read('The Veskan army said its units had shot down three drones near Torva.', army).claimedBy).toEqual([]);
    expect(read('The Veskan army said its air defences had intercepted two missiles over the port.', army).claimedBy).toEqual([]);
    expect(read('The Veskan army said its forces destroyed four explosive-laden boats off the coast.', army).claimedBy).toEqual([]);
    expect(read('The Veskan army said its forces destroyed a militant camp near Torva.', army).claimedBy).toEqual(['Veskan army']);
    expect(read('The Veskan army said its jets had fired missiles at a camp near Torva.', army).claimedBy).toEqual(['Veskan army']);
  });

  it('blames no one for a trend, a run of past attacks or a charge made long before', () => {
    const org = { organizations: ['Ember Legion'] };
    expect(read('Officials blamed the Ember Legion for a rise in kidnappings along the highway.', org).blamedOn).toEqual([]);
    expect(read('Police blamed the Ember Legion for raids on farms across the district.', org).blamedOn).toEqual([]);
    expect(read('The governor has often blamed the Ember Legion for the violence.', org).blamedOn).toEqual([]);
    expect(read('Maren has long held the Ember Legion responsible for the unrest.', { ...org, places: ['Maren'] }).blamedOn).toEqual([]);
    expect(read('Police blamed the Ember Legion for the raid on the farm.', org).blamedOn).toEqual(['Ember Legion']);
    expect(read('Maren held the Ember Legion responsible for the bombing.', { ...org, places: ['Maren'] }).blamedOn).toEqual(['Ember Legion']);
  });

  it('reads "X was behind / responsible" only about an act, or closing the clause', () => {
    const org = { organizations: ['Ember Legion'] };
    expect(read('Officials said the Ember Legion was behind the blockade of the pass.', org).blamedOn).toEqual([]);
    expect(read('Officials said the Ember Legion was responsible for food distribution in the camps.', org).blamedOn).toEqual([]);
    expect(read('Officials said the Ember Legion was behind the ambush.', org).blamedOn).toEqual(['Ember Legion']);
    expect(read('Officials said the Ember Legion was responsible.', org).blamedOn).toEqual(['Ember Legion']);
  });

  it('blames no one named only inside a denial, nor a reference that finds nothing', () => {
    expect(read('Anna Kovel denied that the militia was involved.', { people: ['Anna Kovel'] }).blamedOn).toEqual([]);
    expect(read('Anna Kovel rejected claims that the Ember Legion was behind the ambush.', { people: ['Anna Kovel'], organizations: ['Ember Legion'] }).blamedOn).toEqual([]);
    expect(read('Officials said the group was behind the ambush.', {}).blamedOn).toEqual([]);
    expect(read('Officials said separatist rebels were behind the ambush.', {}).blamedOn).toEqual(['separatist rebels']);
    expect(read('Officials said the separatists were behind the ambush.', {}).blamedOn).toEqual(['separatists']);
  });

  it('reads no claim from "claimed it was ..." and none from a claimant left unnamed', () => {
    const org = { organizations: ['Ember Legion'] };
    expect(read('The Ember Legion claimed it was a great victory.', org).claimedBy).toEqual([]);
    expect(read('The Ember Legion claimed that it had won the battle.', org).claimedBy).toEqual([]);
    expect(read('The Ember Legion claimed it in a video.', org).claimedBy).toEqual(['Ember Legion']);
    expect(read('The ambush was claimed by an obscure armed group.', {}).claimedBy).toEqual([]);
    expect(read('The ambush was claimed by the Ember Legion.', org).claimedBy).toEqual(['Ember Legion']);
  });

  it('reads a town as the one charged, never as one who denies', () => {
    expect(read('Officials blamed Torvik, which denied it.', { places: ['Torvik'] }).deniedBy).toEqual([]);
    expect(read('Officials blamed Torvik for the ambush.', { places: ['Torvik'] }).blamedOn).toEqual(['Torvik']);
  });
});
