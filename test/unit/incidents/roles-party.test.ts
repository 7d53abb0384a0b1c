/**
 * Roles must name parties: a stray span cut out of a clause is trimmed or dropped, an appositive
 * between a name and its verb is skipped, a claim told as "an attack claimed by X" or a charge with a
 * long object is read, a charge of another kind ("accused X of failing to ...") is no role, and an
 * entity the engine renamed is named as the article writes it. Every sentence is made up for the
 * project; each behaviour has more than one phrasing and a sentence it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { finishRoleNames, partyPhrase, writtenName } from '../../../lib/annotate/incidents/party-names';
import { resolveReference } from '../../../lib/annotate/incidents/referents';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import type { Entity } from '../../../lib/annotate/types';
import { entitiesFor, type Names } from './helpers';

const roles = (text: string, names: Names = {}) => extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names));

describe('a role phrase is a noun phrase naming a party', () => {
  it('trims a joining word before and an adverb after the noun', () => {
    expect(partyPhrase('and the coast guard', [])).toBe('the coast guard');
    expect(partyPhrase('but the Velkan navy', [])).toBe('the Velkan navy');
    expect(partyPhrase('raiders first', [])).toBe('raiders');
    expect(partyPhrase('poachers then', [])).toBe('poachers');
  });
  it('drops a prepositional phrase, a verb phrase and a clause cut before its end', () => {
    expect(partyPhrase('of informing the police', [])).toBeNull();
    expect(partyPhrase('by the coast guard', [])).toBeNull();
    expect(partyPhrase('raiders fired on a truck near Tesk and', [])).toBeNull();
  });
  it('drops a reference back that found no actor', () => {
    expect(partyPhrase("group's fighters", [])).toBeNull();
    expect(partyPhrase('their gunmen', [])).toBeNull();
    expect(partyPhrase("Velka's fighters", [])).toBe("Velka's fighters");
  });
  it('drops a bare doer noun only where the doer of a told act is read', () => {
    expect(partyPhrase('Gunmen armed with shotguns', [], true)).toBeNull();
    expect(partyPhrase('about 20 gunmen', [], true)).toBeNull();
    expect(partyPhrase('bandits known locally', [], true)).toBeNull();
    // An explicit charge keeps its description, however generic.
    expect(partyPhrase('separatists', [])).toBe('separatists');
    expect(partyPhrase('smugglers financed from abroad', [])).toBe('smugglers financed from abroad');
  });
  it('keeps an entity name whatever its words', () => {
    const e: Entity[] = [{ id: 'e1', name: 'First Light', kind: 'organization', aliases: [], mentions: [{ start: 0, end: 11, text: 'First Light' }] }];
    expect(partyPhrase('First Light', e, true)).toBe('First Light');
  });
  it('keeps no stray span in what a sentence yields', () => {
    expect(roles('About 40 men on horses went from house to house, shooting men they accused of informing the army, a local official said.').blamedOn).toEqual([]);
    expect(roles('A mine exploded under the truck near the river, and gunmen then opened fire on the survivors, according to the park service.').blamedOn).toEqual([]);
    expect(roles('The unrest has spread since 2019, when rebels first attacked police posts in the far south.').blamedOn).toEqual([]);
    expect(roles('Raiders burned a village on Sunday, officials said, and the army said its jets had struck a column of raiders.').claimedBy).toEqual(['army']);
    expect(roles('The raid on the camp was blamed on separatists.').blamedOn).toEqual(['separatists']);
  });
});

describe('an entity renamed by the engine is named as written', () => {
  const ministry: Entity = {
    id: 'e1', name: 'Zarovian interior ministry', kind: 'organization', aliases: ["Zarovia's interior ministry"],
    mentions: [{ start: 10, end: 37, text: "Zarovia's interior ministry" }],
  };
  const body: Entity = {
    id: 'e2', name: 'Kelso Brigade', kind: 'organization', aliases: ['KB'],
    mentions: [{ start: 50, end: 63, text: 'Kelso Brigade' }, { start: 90, end: 92, text: 'KB' }],
  };
  it('undoes a possessive rewrite', () => {
    expect(writtenName('Zarovian interior ministry', [ministry], { start: 0, end: 40 })).toBe("Zarovia's interior ministry");
    expect(finishRoleNames(['Zarovian interior ministry'], [ministry], { start: 0, end: 40 })).toEqual(["Zarovia's interior ministry"]);
  });
  it('keeps a canonical name the article writes, and never swaps it for a short form', () => {
    expect(writtenName('Kelso Brigade', [body], { start: 80, end: 100 })).toBe('Kelso Brigade');
    expect(writtenName('Unknown Front', [body], { start: 0, end: 10 })).toBe('Unknown Front');
  });
});

describe('an appositive between the subject and its verb', () => {
  it('gives the claim to the name, not to the description', () => {
    const a = 'The Red Dawn Front (RDF), the armed wing of the Tarsi movement, said in a statement posted on its channel that one of its fighters had attacked the depot.';
    expect(roles(a, { organizations: ['Red Dawn Front', 'Tarsi movement'] }).claimedBy).toEqual(['Red Dawn Front']);
    const b = 'Kelso Brigade, a splinter of the old militia, said it had carried out the raid on the Merin depot.';
    expect(roles(b, { organizations: ['Kelso Brigade'] }).claimedBy).toEqual(['Kelso Brigade']);
  });
  it('names the held party, not the parent its appositive mentions', () => {
    const t = 'The army held the Kelso Brigade (KB), a faction allied to the Tarsi movement in the hills, responsible for the raid.';
    expect(roles(t, { organizations: ['Kelso Brigade', 'Tarsi movement'] }).blamedOn).toEqual(['Kelso Brigade']);
  });
  it('leaves a fronted time phrase alone', () => {
    const t = 'On Sunday, the Kelso Brigade said it had carried out the raid.';
    expect(roles(t, { organizations: ['Kelso Brigade'] }).claimedBy).toEqual(['Kelso Brigade']);
  });
});

describe('claims and charges read by their shape', () => {
  it('reads "an attack (also) claimed by X" without an auxiliary', () => {
    const a = 'Six guards died in an assault on the Merin depot, an attack also claimed by the Kelso Brigade.';
    expect(roles(a, { organizations: ['Kelso Brigade'] }).claimedBy).toEqual(['Kelso Brigade']);
    const b = 'A bombing claimed by the Red Dawn Front killed four people in Tesk.';
    expect(roles(b, { organizations: ['Red Dawn Front'] }).claimedBy).toEqual(['Red Dawn Front']);
  });
  it('does not read a claim to land as a claim of responsibility', () => {
    const t = 'The pasture claimed by the Kelso Brigade was burned on Monday.';
    expect(roles(t, { organizations: ['Kelso Brigade'] }).claimedBy).toEqual([]);
  });
  it('reads a named branch of a named parent as the branch, as written', () => {
    const t = "Responsibility was claimed by Tarsi State's Western Province, which said its fighters had struck the post.";
    expect(roles(t, { organizations: ['Tarsi State'] }).claimedBy).toContain("Tarsi State's Western Province");
    const u = "The bombing was claimed by Dorva's Northern Legion.";
    expect(roles(u, { places: ['Dorva'] }).claimedBy).toEqual(["Dorva's Northern Legion"]);
  });
  it('keeps a quoted label and an explicit description of people', () => {
    expect(roles('The agency held "Dorvan special services" responsible for the blast.').blamedOn).toEqual(['Dorvan special services']);
    expect(roles('The attack, which police blamed on illegal loggers from nearby hamlets, closed the mill.').blamedOn).toEqual(['illegal loggers']);
  });
});

describe('charges about no incident', () => {
  it('drops "accused X of failing to ..." and the denial that answers it', () => {
    const t = "Dorva's government has accused Zarin of failing to guard its border, an accusation Zarin rejects.";
    const r = roles(t, { places: ['Dorva', 'Zarin'] });
    expect(r.blamedOn).toEqual([]);
    expect(r.deniedBy).toEqual([]);
  });
  it('drops "held X responsible for a surge in attacks" and the denial after it', () => {
    const t = 'Velka has long held the Kelso Brigade responsible for a surge in attacks on farmers, a charge Tesk denies.';
    const r = roles(t, { organizations: ['Kelso Brigade'], places: ['Velka', 'Tesk'] });
    expect(r.blamedOn).toEqual([]);
    expect(r.deniedBy).toEqual([]);
  });
  it('keeps a charge of an attack and its denial', () => {
    const t = 'Dorva accused Zarin of shelling the village, a charge Zarin denies.';
    const r = roles(t, { places: ['Dorva', 'Zarin'] });
    expect(r.blamedOn).toEqual(['Zarin']);
    expect(r.deniedBy).toEqual(['Zarin']);
  });
});

describe('"the army" before the army is named', () => {
  const text = 'Raiders burned a village, and the army said its jets struck them. Velkan armed forces blamed the Kelso Brigade.';
  const at = text.indexOf('the army');
  it('is the article\'s only land force, by any of its names', () => {
    const e = entitiesFor(text, { organizations: ['Velkan armed forces', 'Kelso Brigade'] }).map((x) => (x.name === 'Velkan armed forces' ? { ...x, subtype: 'government' } : x));
    expect(resolveReference(text, { start: at, end: at + 8 }, e)).toBe('Velkan armed forces');
  });
  it('is the one the article names next when two land forces are named', () => {
    const two = `${text} The Dorvan military denied it.`;
    const e = entitiesFor(two, { organizations: ['Velkan armed forces', 'Dorvan military', 'Kelso Brigade'] });
    expect(resolveReference(two, { start: at, end: at + 8 }, e)).toBe('Velkan armed forces');
  });
  it('is nobody when two land forces are named and neither comes soon after', () => {
    const far = `Raiders burned a village, and the army said its jets struck them. ${'Residents fled to the hills and waited for help. '.repeat(40)}Velkan armed forces and the Dorvan military met.`;
    const e = entitiesFor(far, { organizations: ['Velkan armed forces', 'Dorvan military'] });
    expect(resolveReference(far, { start: at, end: at + 8 }, e)).toBeUndefined();
  });
});

describe('the agent of a passive act of violence', () => {
  it('is blamed, whatever stands between the verb and "by"', () => {
    expect(roles('On Sunday, a herder was shot and wounded at a well near Tesk by suspected militants who fled toward the hills, police said.').blamedOn).toEqual(['militants']);
    expect(roles('Two guards were killed on the road to Velka by gunmen from the Kelso Brigade.', { organizations: ['Kelso Brigade'] }).blamedOn).toEqual(['Kelso Brigade']);
    expect(roles('The village was attacked on Monday by members of the Red Dawn Front.', { organizations: ['Red Dawn Front'] }).blamedOn).toEqual(['Red Dawn Front']);
  });
  it('is no one when "by" brings a weapon, a blast or a place', () => {
    expect(roles('Four soldiers were killed by a roadside bomb near Tesk.').blamedOn).toEqual([]);
    expect(roles('A farmer was wounded by shrapnel when the shell hit.').blamedOn).toEqual([]);
    expect(roles('The convoy was ambushed by the river near Tesk.').blamedOn).toEqual([]);
  });
});

describe('a charge whose object is a name with "of" inside', () => {
  it('runs the object to the end of the name the engine found', () => {
    const a = 'Local commanders pointed the finger at the Tesk-based Council of National Salvation, which has used drones this year.';
    expect(roles(a, { organizations: ['Council of National Salvation'] }).blamedOn).toEqual(['Council of National Salvation']);
    const b = 'The governor blamed the Army of the Northern Hills for the raid.';
    expect(roles(b, { organizations: ['Army of the Northern Hills'] }).blamedOn).toEqual(['Army of the Northern Hills']);
  });
  it('still stops at a complement that names no one', () => {
    const t = 'The governor blamed the Kelso Brigade for the raid.';
    expect(roles(t, { organizations: ['Kelso Brigade'] }).blamedOn).toEqual(['Kelso Brigade']);
  });
});

describe('"<Parent>\'s affiliate" is the branch the article names', () => {
  const last = (t: string, names: Names) => {
    const st = t.lastIndexOf('. ') + 2;
    return extractRoles(t, { start: st, end: t.length }, entitiesFor(t, names)).claimedBy;
  };
  it('by the appositive that defines it', () => {
    const t = "The Sahel Brigade (SB), Red Crescent Front's affiliate in the region, has grown. On Monday, Red Crescent Front's regional affiliate claimed responsibility for the raid.";
    expect(last(t, { organizations: ['Sahel Brigade', 'Red Crescent Front'] })).toEqual(['Sahel Brigade']);
  });
  it('by the one other actor whose name holds the parent\'s', () => {
    const t = "Tarsi State Western Province has spread. Tarsi State's local branch claimed responsibility for the bombing.";
    expect(last(t, { organizations: ['Tarsi State Western Province', 'Tarsi State'] })).toEqual(['Tarsi State Western Province']);
  });
  it('is the parent when no branch or several are named', () => {
    expect(last("Tarsi State's local branch claimed responsibility for the bombing.", { organizations: ['Tarsi State'] })).toEqual(['Tarsi State']);
    const t = "Tarsi State West and Tarsi State East fight on. Tarsi State's local branch claimed responsibility for the bombing.";
    expect(last(t, { organizations: ['Tarsi State West', 'Tarsi State East', 'Tarsi State'] })).toEqual(['Tarsi State']);
  });
});
