/**
 * Roles that generalize past the fitted sets: the doer of a told killing or storming when it names a
 * party or a community, denials and charges without the usual verbs ("denied firing it", "the drones
 * were Ukrainian"), a state force's "its fighter jets struck", a group named by its letters or after
 * a description of it, one gunman of a people who is no side, and each role linked to the incident its
 * sentence refers to (by place, by kind of act, by a word of the report, by the words of a hack).
 * Every sentence is made up for the project; each behaviour has sentences it must not fire on.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { communityNoun, expandAcronym, genericDoer } from '../../../lib/annotate/incidents/parties';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import type { Entity } from '../../../lib/annotate/types';
import { entitiesFor, type Names } from './helpers';

const roles = (text: string, names: Names = {}, extra: Entity[] = []) => {
  const r = extractRoles(text, { start: 0, end: text.length }, [...entitiesFor(text, names), ...extra]);
  return { claimedBy: r.claimedBy, deniedBy: r.deniedBy, blamedOn: r.blamedOn };
};

/** An organization the engine found elsewhere in the article (its mention lies outside the sentence). */
const org = (name: string, aliases: string[] = []): Entity => ({ id: name, name, kind: 'organization', aliases, mentions: [{ start: 100000, end: 100000 + name.length, text: name }] });

describe('the doer of a told killing', () => {
  it('blames a named party that killed', () => {
    expect(roles('Rebels from the Kovan Front killed 11 people in a raid on a school.', { organizations: ['Kovan Front'] }).blamedOn).toEqual(['Kovan Front']);
    expect(roles('In May, Tarsk Brigade fighters massacred 20 villagers near Olm.', { organizations: ['Tarsk Brigade'] }).blamedOn).toEqual(['Tarsk Brigade']);
  });
  it('blames no one for a bare doer noun, a weapon or a victim', () => {
    expect(roles('Gunmen killed four officers at a checkpoint near Olm.').blamedOn).toEqual([]);
    expect(roles('A roadside bomb killed three soldiers on the Tesk road.').blamedOn).toEqual([]);
    expect(roles('Three members of the Kovan Front were killed in the clash.', { organizations: ['Kovan Front'] }).blamedOn).toEqual([]);
  });
  it('takes no doer from words quoted from the claimant', () => {
    expect(roles('The group said "soldiers of the faith" had killed the guards.').blamedOn).toEqual([]);
  });
});

describe('a community as the doers', () => {
  it('blames settlers, herders or villagers who stormed or attacked', () => {
    expect(roles('Late on Sunday, dozens of settlers stormed the village of Tesk.').blamedOn).toEqual(['settlers']);
    expect(roles('Armed herders attacked two farming hamlets near Olm at dawn.').blamedOn).toEqual(['Armed herders']);
    expect(communityNoun('scores of villagers')).toBe('villagers');
  });
  it('leaves doer nouns to the party readers', () => {
    expect(communityNoun('gunmen')).toBeUndefined();
    expect(roles('Dozens of gunmen stormed the village of Tesk.').blamedOn).toEqual([]);
  });
});

describe('denials and charges without the usual words', () => {
  it('reads "denied firing it" as a denial', () => {
    expect(roles('The Velk Front, which has kept a truce since May, denied firing it.', { organizations: ['Velk Front'] }).deniedBy).toEqual(['Velk Front']);
    expect(roles('The militia denies launching the rockets.', { organizations: [] }).deniedBy).toEqual(['militia']);
  });
  it('does not read a negated one', () => {
    expect(roles('The Velk Front has not denied firing it.', { organizations: ['Velk Front'] }).deniedBy).toEqual([]);
  });
  it('blames the country whose people the drones or attackers are said to be', () => {
    expect(roles('The ministry said in a post that the drones were Ukrainian, without giving evidence.').blamedOn).toEqual(['Ukraine']);
    expect(roles('Police said the attackers were Afghan, and fled across the border.').blamedOn).toEqual(['Afghanistan']);
  });
  it('does not blame a country for where the weapons were made or whose troops they were', () => {
    expect(roles('The ministry said the drones were Ukrainian-made.').blamedOn).toEqual([]);
    expect(roles('Officials said the attackers were Russian soldiers.').blamedOn).not.toContain('Russia');
  });
});

describe('a force that says its own arms struck', () => {
  it('claims with a modifier before the arm', () => {
    expect(roles('The Lorvak Army said in a statement that its fighter jets struck a camp on the ridge.', { organizations: ['Lorvak Army'] }).claimedBy).toEqual(['Lorvak Army']);
    expect(roles('The Tesk Navy said its special forces raided the port at dawn.', { organizations: ['Tesk Navy'] }).claimedBy).toEqual(['Tesk Navy']);
  });
  it('claims with the act in the speaker\'s quoted words', () => {
    expect(roles('The Kovan Front said its fighters had "punished the guards" in the park.', { organizations: ['Kovan Front'] }).claimedBy).toEqual(['Kovan Front']);
  });
  it('does not claim a quote that is no act', () => {
    expect(roles('The Kovan Front said its fighters had "nothing to do" with it.', { organizations: ['Kovan Front'] }).claimedBy).toEqual([]);
  });
});

describe('a party named by its letters', () => {
  it('is the organization whose initials they spell', () => {
    const ldf = [org('Lorvak Defence Forces')];
    expect(roles('The kidnapping was blamed on an LDF cell operating from the forest.', {}, ldf).blamedOn).toEqual(['Lorvak Defence Forces']);
    expect(roles('In March, LDF fighters killed nine people at a market.', {}, ldf).blamedOn).toEqual(['Lorvak Defence Forces']);
    expect(expandAcronym('MILF', [org('Mirovan Islamic Liberation Front')])).toBe('Mirovan Islamic Liberation Front');
  });
  it('is nobody when two organizations spell the same letters or none does', () => {
    expect(expandAcronym('LDF', [org('Lorvak Defence Forces'), org('Lesk Democratic Front')])).toBeUndefined();
    expect(expandAcronym('LDF', [org('Kovan Front')])).toBeUndefined();
    expect(expandAcronym('Ldf', [org('Lorvak Defence Forces')])).toBeUndefined();
  });
});

describe('a group described, then named', () => {
  it('takes the name after "a little-known group,"', () => {
    expect(roles('Responsibility was claimed by a little-known group, the Tarvo Free Legion, which said it would strike again.').claimedBy).toEqual(['Tarvo Free Legion']);
    expect(roles('The attack was claimed by a previously unknown group, Kesh Brigade.').claimedBy).toEqual(['Kesh Brigade']);
  });
  it('names nobody for an obscure group left unnamed', () => {
    expect(roles('The attack was claimed by a little-known group, which gave no name.').claimedBy).toEqual([]);
  });
});

describe('one gunman of a people', () => {
  it('is no side, where troops of a people are', () => {
    expect(genericDoer('a Palestinian gunman')).toBe(true);
    expect(genericDoer('Afghan attacker')).toBe(true);
    expect(genericDoer('Ukrainian troops')).toBe(false);
    expect(roles('A Moldovan gunman shot dead a man at a bus stop.').blamedOn).toEqual([]);
  });
  it('drops gang members described by their arms', () => {
    expect(roles('Gang members armed with rifles and a grenade attacked a police post.').blamedOn).toEqual([]);
  });
});

const META = { publishedTime: '2026-03-10T10:00:00Z' };
const incidentsOf = (text: string) => annotate(text, META).incidents.map((i) => ({ type: i.type, claimedBy: i.claimedBy, deniedBy: i.deniedBy, blamedOn: i.blamedOn, first: Math.min(...i.mentions.map((m) => m.start)) }));

describe('a role goes to the incident its sentence refers to', () => {
  it('by a word the report used ("the school attack" after the army\'s strike)', () => {
    const text = 'Rebels killed nine people in a night raid on a boarding school in Dolmar on Sunday. The Dolmar army said its jets bombed a camp in the hills on Monday. The Kovan Front claimed the school attack through its news agency.';
    const inc = incidentsOf(text);
    const raid = inc.find((i) => i.first === 0);
    const strike = inc.find((i) => i.type === 'airstrike');
    expect(raid?.claimedBy).toContain('Kovan Front');
    expect(strike?.claimedBy ?? []).not.toContain('Kovan Front');
  });
  it('by the words of a hack around a claim', () => {
    const text = 'Hackers defaced the website of the Interior Ministry on Monday morning. Late on Monday, gunmen opened fire on a police post in Tesk, killing three officers. Officials blamed the Red Hand gang for the attack. For hours, visitors to the ministry site saw only a black page with a skull. A group calling itself Byte Legion took responsibility in a video, saying it had copied police files.';
    const inc = incidentsOf(text);
    const hack = inc.find((i) => i.type === 'cyber');
    const post = inc.find((i) => i.type !== 'cyber');
    expect(hack?.claimedBy).toContain('Byte Legion');
    expect(post?.claimedBy ?? []).not.toContain('Byte Legion');
  });
  it('by the place it names (a claim of the blast at a park after another incident)', () => {
    const text = 'Jihadists raided the village of Kesso in northern Dolmar on Sunday, killing seven farmers. The Kovan Front did not comment on the raid. But the group, in a statement, said its fighters had "punished the guards" in Varu National Park late on Saturday. Rangers were returning from patrol when a roadside bomb exploded under their vehicle in Varu National Park.';
    const inc = incidentsOf(text);
    const blast = inc.find((i) => i.type === 'explosion');
    const raid = inc.find((i) => i.first === 0);
    expect(blast?.claimedBy).toContain('Kovan Front');
    expect(raid?.claimedBy ?? []).not.toContain('Kovan Front');
  });
  it('stays with the incident told with the noun it refers to', () => {
    const text = 'Gunmen raided the village of Kesso in northern Dolmar on Sunday, killing seven farmers. A roadside bomb exploded under a ranger vehicle in Varu National Park on Saturday. The Dolmar army held the Kovan Front, a group active in Varu National Park, responsible for the raid.';
    const inc = incidentsOf(text);
    const raid = inc.find((i) => i.first === 0);
    expect(raid?.blamedOn).toContain('Kovan Front');
  });
});

describe('one event left in two incidents', () => {
  it('shares the claim between two reports of the same kind, day and town', () => {
    const text = 'Dolmar drone strike kills two near Tesk\n\nKESH, March 10 - Gunmen shot dead a man at a bus stop in Olm on Monday. Earlier on Monday, a drone strike on a car on the outskirts of Tesk killed two men, the health ministry said. The Dolmar army said it had struck "a terrorist cell" that was planning an attack.';
    const drones = annotate(text, META).incidents.filter((i) => i.type === 'drone');
    expect(drones.length).toBeGreaterThan(0);
    for (const d of drones) expect(d.claimedBy.join(' ')).toMatch(/Dolmar army/);
  });
  it('does not share between strikes on different days', () => {
    const text = 'A drone strike on a car near Tesk killed two men on Monday. The Dolmar army said it had struck a cell. On Friday, a drone strike hit a house near Tesk, killing a woman.';
    const drones = annotate(text, META).incidents.filter((i) => i.type === 'drone');
    const friday = drones.find((d) => d.date === '2026-03-06');
    expect(friday?.claimedBy ?? []).toEqual([]);
  });
});

describe('a state body named as the article writes it', () => {
  it('keeps a description of the body the engine knows by another name', async () => {
    const { writtenName } = await import('../../../lib/annotate/incidents/party-names');
    const e: Entity = { id: 'a', name: 'Dolmar Defence Forces', kind: 'organization', aliases: [], mentions: [{ start: 4, end: 19, text: 'Dolmar military' }] };
    expect(writtenName('Dolmar Defence Forces', [e], { start: 0, end: 40 })).toBe('Dolmar military');
    const acronym: Entity = { ...e, mentions: [{ start: 4, end: 7, text: 'DDF' }] };
    expect(writtenName('Dolmar Defence Forces', [acronym], { start: 0, end: 40 })).toBe('Dolmar Defence Forces');
  });
});

describe('a state\'s military voice on its own strike', () => {
  it('claims what its own arms did or whom its strike killed', () => {
    expect(roles('Dolmar Africa Command said in a statement that the strike on Thursday killed three militants.', { organizations: ['Dolmar Africa Command'] }).claimedBy).toEqual(['Dolmar Africa Command']);
    expect(roles('The Dolmar army said on Monday that air force jets had hit the retreating fighters.', { organizations: ['Dolmar army'] }).claimedBy).toEqual(['Dolmar army']);
  });
  it('claims nothing for another side\'s arms, the speaker\'s own losses or a bystander\'s account', () => {
    expect(roles('The Kesh defence ministry said drones had hit its base near Olm.', { organizations: ['Kesh defence ministry'] }).claimedBy).toEqual([]);
    expect(roles('The Kesh information ministry said the strikes had killed two soldiers and a civilian.', { organizations: ['Kesh information ministry'] }).claimedBy).toEqual([]);
    expect(roles('The Dolmar army said Kesh jets struck the village.', { organizations: ['Dolmar army'] }).claimedBy).toEqual([]);
    expect(roles('Residents said jets hit the market.').claimedBy).toEqual([]);
  });
});
