/**
 * Role assignment read from sentence structure (who is the subject of a claim or denial, what a
 * pronoun or "the group" stands for, whether the cue is negated or about other events), each rule
 * pinned by sentences made up for the project.
 */
import { describe, expect, it } from 'vitest';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { referenceKind, resolveReference } from '../../../lib/annotate/incidents/referents';
import { annotate } from '../../../lib/annotate';
import { stateOf } from '../../../lib/annotate/incidents/countries';
import { entitiesFor, type Names } from './helpers';

const META = { publishedTime: '2025-03-12T10:00:00Z' };

/** Roles read from the last sentence of `text` (earlier sentences are context only). */
const rolesOfLast = (text: string, names: Names = {}, referenceOnly = false) => {
  const start = text.lastIndexOf('. ') + 2;
  const r = extractRoles(text, { start: start > 1 ? start : 0, end: text.length }, entitiesFor(text, names), referenceOnly);
  return { claimedBy: r.claimedBy, deniedBy: r.deniedBy, blamedOn: r.blamedOn };
};

describe('references', () => {
  it('tells pronouns and bare descriptions from names', () => {
    expect(referenceKind('it')).toBe('any');
    expect(referenceKind('The group')).toBe('group');
    expect(referenceKind('the al-Qaida-linked extremist group')).toBe('group');
    expect(referenceKind('the Dawlah Front group')).toBeNull();
    expect(referenceKind('the ministry')).toBe('state');
    expect(referenceKind('Northern Front')).toBeNull();
  });

  it('resolves "the group" to the last armed group named, not a ministry nor an outlet', () => {
    const text = 'The Sahel Lions attacked the camp, the Interior Ministry told Radio Kova. The group denied it.';
    const names = { organizations: ['Sahel Lions', 'Interior Ministry', 'Radio Kova'] };
    const entities = entitiesFor(text, names).map((e) => (e.name === 'Interior Ministry' ? { ...e, subtype: 'ministry' } : e.name === 'Radio Kova' ? { ...e, subtype: 'news outlet' } : e));
    const at = text.indexOf('The group');
    expect(resolveReference(text, { start: at, end: at + 'The group'.length }, entities)).toBe('Sahel Lions');
  });
});

describe('claims by a subject that refers back', () => {
  it('gives "It claimed responsibility" and "The group claimed" to the group named before', () => {
    expect(rolesOfLast('Gunmen stormed a hotel in Varosh. The Sahel Lions said they were behind the siege. It claimed responsibility in a video.', { organizations: ['Sahel Lions'] }, true).claimedBy).toEqual(['Sahel Lions']);
    expect(rolesOfLast('The Sahel Lions have grown in the north. The Islamist group claimed responsibility on Monday.', { organizations: ['Sahel Lions'] }, true).claimedBy).toEqual(['Sahel Lions']);
  });

  it('gives a claim made by "its spokesman" to the body the possessive refers to', () => {
    expect(rolesOfLast('The Red Hand Brigade posted a video. Its spokesman said the group\'s fighters had fired the rockets.', { organizations: ['Red Hand Brigade'] }).claimedBy).toEqual(['Red Hand Brigade']);
  });

  it('gives a claim made by a spokesman to the body he speaks for', () => {
    expect(rolesOfLast('Junta spokesman Colonel Aung Min said that the air force had struck a camp near the town.', { people: ['Aung Min'] }).claimedBy).toEqual(['Junta']);
  });

  it('reads "said in a statement carried by its news agency that it carried out" as a claim', () => {
    expect(rolesOfLast('The Northern Front said in a statement carried by its news agency that it had carried out the attack.', { organizations: ['Northern Front'] }).claimedBy).toEqual(['Northern Front']);
  });

  it('reads a participle "saying the agency had carried out" as a claim by the agency of the source', () => {
    const text = 'Naval drones attacked the port of Selm, a source in the Varian Security Service told reporters, saying the agency had carried out the operation.';
    expect(rolesOfLast(text, { organizations: ['Varian Security Service'] }).claimedBy).toEqual(['Varian Security Service']);
  });

  it('does not take another party named by a description after "said" for the claimant', () => {
    expect(rolesOfLast('The ministry said the rebels had attacked the base.').claimedBy).toEqual([]);
    expect(rolesOfLast('The mayor said the army had struck the bridge.').claimedBy).toEqual([]);
  });
});

describe('cues that give no role', () => {
  it('ignores a claim of other, earlier events in a relative clause', () => {
    const r = rolesOfLast('The Kivu Front, which has claimed responsibility for similar attacks, did not comment.', { organizations: ['Kivu Front'] });
    expect(r.claimedBy).toEqual([]);
  });

  it('ignores a negated claim', () => {
    expect(rolesOfLast('The Kivu Front has not claimed responsibility for the blast.', { organizations: ['Kivu Front'] }).claimedBy).toEqual([]);
  });
});

describe('denials and blame by structure', () => {
  it('gives a denial to the one said to have had no connection, as well as the speaker', () => {
    const r = rolesOfLast('The ministry spokesman said Dravia had "no connection" to the attack.', { places: ['Dravia'] });
    expect(r.deniedBy).toContain('Dravia');
  });

  it('blames the agent of "was attributed to" and the subject of "was blamed for"', () => {
    expect(rolesOfLast('The blast was attributed to the Sahel Lions.', { organizations: ['Sahel Lions'] }).blamedOn).toEqual(['Sahel Lions']);
    expect(rolesOfLast('The Sahel Lions were blamed for the bombing of the depot.', { organizations: ['Sahel Lions'] }).blamedOn).toEqual(['Sahel Lions']);
  });

  it('does not blame the subject of a blame verb', () => {
    const r = rolesOfLast('Dravia blamed the Sahel Lions for the bombing of the depot.', { places: ['Dravia'], organizations: ['Sahel Lions'] });
    expect(r.blamedOn).toEqual(['Sahel Lions']);
  });
});

describe('a denial by the accused', () => {
  it('knows a state by its capital or a body named after it', () => {
    expect(stateOf('New Delhi')).toBe('India');
    expect(stateOf("India's foreign ministry")).toBe('India');
    expect(stateOf('the Indian army')).toBe('India');
    expect(stateOf('Northern Front')).toBeUndefined();
  });

  it('gives the incident a denial by the ministry of the state accused through its capital', () => {
    const text = 'A roadside bomb killed five soldiers in the town of Varosh on Monday. The interior minister condemned the bombing and accused Moscow of arming the rebels. It was a grave charge. Russia\'s foreign ministry rejected the accusation as baseless.';
    const list = annotate(text, META).incidents;
    expect(list).toHaveLength(1);
    expect(list[0]?.blamedOn).toContain('Moscow');
    expect(list[0]?.deniedBy.some((d) => stateOf(d) === 'Russia')).toBe(true);
  });
});

describe('a state reporting its own forces\' attack', () => {
  it('knows a government by its seat and a force by its country', () => {
    expect(stateOf('the Pentagon')).toBe('United States');
    expect(stateOf('U.S. warplanes')).toBe('United States');
    expect(stateOf('Israeli jets')).toBe('Israel');
  });

  it('gives the claim to the body of the same state that reports the strike', () => {
    expect(rolesOfLast('Israeli jets struck a depot near the town, the Israeli military said.').claimedBy).toEqual(['Israeli military']);
    expect(rolesOfLast('American warplanes struck two sites in the east, the Pentagon said.', { organizations: ['Pentagon'] }).claimedBy).toEqual(['Pentagon']);
  });

  it('does not when the reporter is of another state', () => {
    expect(rolesOfLast('Israeli jets struck a depot near the town, the Syrian defence ministry said.').claimedBy).toEqual([]);
  });
});

describe('more wire structures', () => {
  it('reads "said one of its fighters had carried out the bombing" as the speaker\'s claim', () => {
    const r = rolesOfLast('The Sahel Lions said in a statement on their news channel that one of its fighters had carried out the bombing.', { organizations: ['Sahel Lions'] });
    expect(r.claimedBy).toEqual(['Sahel Lions']);
    expect(r.blamedOn).not.toContain('fighters');
  });

  it('gives "..., a charge X denied" to X as a denial', () => {
    expect(rolesOfLast('Ruvia accused Dravia of arming the rebels behind the attack, a charge Dravia denied.', { places: ['Ruvia', 'Dravia'] }).deniedBy).toEqual(['Dravia']);
  });

  it('reads "denied that their fighters had any role in it" as a denial', () => {
    expect(rolesOfLast('The Kivu Front denied that their fighters had any role in it.', { organizations: ['Kivu Front'] }, true).deniedBy).toEqual(['Kivu Front']);
  });
});

describe('denials and blame without the usual nouns', () => {
  it('reads "X denied targeting civilians" as a denial', () => {
    expect(rolesOfLast('Missiles hit the block. Ruvia denied targeting civilians.', { places: ['Ruvia'] }, true).deniedBy).toEqual(['Ruvia']);
  });

  it('reads "..., which X denied" after an accusation as X\'s denial', () => {
    expect(rolesOfLast('The government pointed the finger at hackers working for Ruvia, which the Ruvian Foreign Ministry denied.', { organizations: ['Ruvian Foreign Ministry'] }).deniedBy).toEqual(['Ruvian Foreign Ministry']);
  });

  it('keeps the ties of a blamed description ("a group linked to X")', () => {
    expect(rolesOfLast('Officials blamed a group linked to the Grey Lynx for the breach.').blamedOn).toEqual(['group linked to the Grey Lynx']);
  });

  it('blames the country whose missiles or jets struck', () => {
    expect(rolesOfLast('Officials said Russian missiles hit an apartment block overnight.').blamedOn).toContain('Russia');
  });
});

describe('claims told as admissions', () => {
  it('reads "said it was responsible for" and "admitted carrying out" as claims, not when negated', () => {
    expect(rolesOfLast('The Kivu Front said it was responsible for the blast.').claimedBy).toEqual(['Kivu Front']);
    expect(rolesOfLast('The Kivu Front admitted carrying out the raid.').claimedBy).toEqual(['Kivu Front']);
    expect(rolesOfLast('The Kivu Front has not admitted carrying out the raid.').claimedBy).toEqual([]);
  });
});

describe('roles about other events', () => {
  it('does not blame for a charge about other, earlier attacks', () => {
    expect(rolesOfLast('Officials have previously blamed the Kivu Front for attacks in the region.', { organizations: ['Kivu Front'] }).blamedOn).toEqual([]);
    expect(rolesOfLast('Officials blamed the Kivu Front for similar bombings.', { organizations: ['Kivu Front'] }).blamedOn).toEqual([]);
  });

  it('reads "claimed a bombing" as a claim, but not "claimed a similar attack"', () => {
    expect(rolesOfLast('The Kivu Front claimed a bombing in Varosh.', { organizations: ['Kivu Front'] }).claimedBy).toEqual(['Kivu Front']);
    expect(rolesOfLast('The Kivu Front claimed a similar attack in Varosh.', { organizations: ['Kivu Front'] }).claimedBy).toEqual([]);
  });
});

describe('denials answering the charge just made', () => {
  it('reads "The militia denied it" after a charge as the accused\'s denial', () => {
    const list = annotate('Gunmen attacked a police station in Kalat on Monday, killing four officers. The interior ministry blamed the Kivu Front. The militia denied it in a statement.', META).incidents;
    expect(list[0]?.deniedBy).toEqual(['Kivu Front']);
  });

  it('reads "blamed X, which denied it" as X\'s denial', () => {
    expect(rolesOfLast('Officials blamed Dravia, which denied it.', { places: ['Dravia'] }).deniedBy).toEqual([]);
    const entities = entitiesFor('Officials blamed Dravia, which denied it.', { places: ['Dravia'] }).map((e) => ({ ...e, subtype: 'country' }));
    const text = 'Officials blamed Dravia, which denied it.';
    expect(extractRoles(text, { start: 0, end: text.length }, entities).deniedBy).toEqual(['Dravia']);
  });
});

describe('a claim from inside a body', () => {
  it('gives "a source in the X agency said the agency was behind it" to that agency', () => {
    expect(rolesOfLast('A source in the Ruvian military intelligence agency said the agency was behind it.').claimedBy).toEqual(['Ruvian military intelligence agency']);
  });

  it('keeps a place that did not claim out of the scene ("Kyiv did not claim the attack")', () => {
    const list = annotate('A drone struck a fuel depot in Dorvesk on Tuesday. Warsaw did not claim the attack, but a source in the Polish intelligence agency said the agency was behind it.', META).incidents;
    expect(list).toHaveLength(1);
    expect(list[0]?.claimedBy.length).toBeGreaterThan(0);
  });
});

describe('a pronoun that claims', () => {
  it('means the last armed group named before a government named since', () => {
    const text = 'Sahel Lions fighters stormed a hotel in Varosh. The Interior Ministry said security forces had killed the attackers. It claimed responsibility in a radio broadcast.';
    const entities = entitiesFor(text, { organizations: ['Sahel Lions', 'Interior Ministry'] }).map((e) => (e.name === 'Interior Ministry' ? { ...e, subtype: 'ministry' } : e));
    const start = text.lastIndexOf('It claimed');
    expect(extractRoles(text, { start, end: text.length }, entities, true).claimedBy).toEqual(['Sahel Lions']);
  });
});
