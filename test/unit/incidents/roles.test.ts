import { describe, expect, it } from 'vitest';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { entitiesFor, type Names } from './helpers';

const roles = (text: string, names: Names = {}, referenceOnly = false) => {
  const r = extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names), referenceOnly);
  return { claimedBy: r.claimedBy, deniedBy: r.deniedBy, blamedOn: r.blamedOn };
};

describe('extractRoles', () => {
  it('reads who claimed responsibility', () => {
    expect(roles('The Northern Front claimed responsibility in a video.', { organizations: ['Northern Front'] }).claimedBy).toEqual(['Northern Front']);
    expect(roles('Responsibility for the blast was claimed by the Red Hand Brigade.').claimedBy).toEqual(['Red Hand Brigade']);
    expect(roles('The navy said it struck two launch sites.').claimedBy).toEqual(['navy']);
  });

  it('reads a claim by the speaker\'s own forces, with the day between', () => {
    const claim = roles('The Northern Front said its fighters had fired a salvo of rockets at the base.', { organizations: ['Northern Front'] });
    expect(claim.claimedBy).toEqual(['Northern Front']);
    expect(claim.blamedOn).toEqual([]);
    expect(roles('The Ruvian General Staff said on Tuesday that its forces had struck a fuel depot.', { organizations: ['Ruvian General Staff'] }).claimedBy).toEqual(['Ruvian General Staff']);
    // Someone else's forces are no claim of the speaker's.
    expect(roles('The ministry said militants had fired rockets at the base.').claimedBy).toEqual([]);
  });

  it('keeps nobody for a negated claim', () => {
    expect(roles('No group has claimed responsibility for the ambush.').claimedBy).toEqual([]);
  });

  it('reads a denial, skipping an appositive', () => {
    expect(roles('Liwa Omega, a militia active near the border, denied any involvement.', { organizations: ['Liwa Omega'] }).deniedBy).toEqual(['Liwa Omega']);
  });

  it('reads who was blamed, as named actors or a description', () => {
    expect(roles('Officials blamed pro-government militias for the raid.').blamedOn).toEqual(['pro-government militias']);
    expect(roles('The bombing was carried out by the Sahel Lions, police said.', { organizations: ['Sahel Lions'] }).blamedOn).toEqual(['Sahel Lions']);
    expect(roles('Two officers said the Kaf Front and Banu Rahim groups carried it out.', { organizations: ['Kaf Front', 'Banu Rahim'] }).blamedOn).toEqual(['Kaf Front', 'Banu Rahim']);
    expect(roles('A source said an outlawed group was behind the strike.').blamedOn).toEqual(['outlawed group']);
  });

  it('blames whom officials have linked the attackers to, not a description with "linked to"', () => {
    expect(roles('The hackers, whom officials have linked to a group known as Grey Lynx, got in through a router.', { organizations: ['Grey Lynx'] }).blamedOn).toEqual(['Grey Lynx']);
    expect(roles('The bombing has been attributed to the Sahel Lions.', { organizations: ['Sahel Lions'] }).blamedOn).toEqual(['Sahel Lions']);
    expect(roles('Gunmen were looking for a man linked to the Delta faction.', { organizations: ['Delta faction'] }).blamedOn).not.toContain('Delta faction');
  });

  it('blames the country named by a demonym before the attack', () => {
    expect(roles('They condemned the Russian missile strike on the port.').blamedOn).toEqual(['Russia']);
  });

  it('blames the subject of an attack verb only when it can act', () => {
    expect(roles('Ruvia attacked the border post.', { places: ['Ruvia'] }).blamedOn).toEqual(['Ruvia']);
    expect(roles('Dorva militants fired rockets at the town.').blamedOn).toEqual(['Dorva militants']);
    expect(roles('Two rockets struck the town.').blamedOn).toEqual([]);
    expect(roles('Dorva militants had attacked the checkpoint, police said.').blamedOn).toEqual(['Dorva militants']);
  });

  it('ignores pronouns and question words', () => {
    expect(roles('He vowed to find who carried out the attack.').blamedOn).toEqual([]);
  });

  it('in a sentence naming no event, only takes cues that refer to an incident', () => {
    expect(roles('The minister accused the governor of corruption.', {}, true).blamedOn).toEqual([]);
    expect(roles('Police blamed armed bandits.', {}, true).blamedOn).toEqual(['armed bandits']);
  });
});
