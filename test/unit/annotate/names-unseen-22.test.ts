/**
 * Name rules found on eval22 once it stopped being held out: a guerrilla unit named after a person
 * ("the Jaime Martinez front") is a body, and land held by a people ("the Nasa reservation of Toribio")
 * names a place. All names and sentences are made up.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('units named after a person', () => {
  it('reads "the Orlan Mesa front" as a body, and its later bare mentions too', () => {
    const a = annotate('The minister blamed the attack on the Orlan Mesa front, a faction of the dissidents. The Orlan Mesa front did not comment.');
    expect(entity(a, 'Orlan Mesa')?.kind).toBe('organization');
    expect(names(a, 'person')).not.toContain('Orlan Mesa');
  });

  it('leaves a war front and a bloc described before its name alone', () => {
    const a = annotate('Fighting raged on the Vardino front. Tarvel left the West African bloc ECOWAS in May.');
    expect(names(a, 'organization')).not.toContain('Vardino');
    expect(names(a, 'organization')).not.toContain('West African');
  });
});

describe('land held by a people', () => {
  it('reads "the reservation of X" as a place and the scene of what happened there', () => {
    const a = annotate('On Sunday, gunmen shot dead a guard in the Kesu reservation of Parrado, the council said.', { publishedTime: '2026-03-12T10:00:00Z' });
    expect(entity(a, 'Parrado')?.kind).toBe('place');
    expect(a.incidents[0]?.location).toBe('Parrado');
  });
});

describe('channels', () => {
  it('reads a channel named by three words, a known place first, as a broadcaster, not the place', () => {
    const a = annotate('A car bomb exploded in the Kesu district, wounding five soldiers, according to the Aden Independent Channel.');
    expect(entity(a, 'Aden Independent Channel')?.kind).toBe('organization');
    expect(names(a, 'place')).not.toContain('Aden');
  });

  it('leaves a strait of two words alone', () => {
    const a = annotate('Ferries crossed the English Channel and boats sailed the Mozambique Channel.');
    expect(names(a, 'organization')).toEqual([]);
  });
});

describe('churches', () => {
  it('reads a faith\'s church as a body ("a Catholic Church body"), not a place', () => {
    const a = annotate('The post was burned, according to the Dorra Missionary Council, a Catholic Church body. The Orthodox Church said nothing.');
    expect(entity(a, 'Catholic Church')?.kind).toBe('organization');
    expect(entity(a, 'Orthodox Church')?.kind).toBe('organization');
  });
});

describe('"the ministry" as a source', () => {
  const sources = (t: string) => annotate(t).attributions.map((a) => a.source);

  it('is the ministry the text described before ("the defence ministry raised its toll ... the ministry said")', () => {
    expect(sources('Islamic State claimed an attack on an army post, after the defence ministry raised its toll. Fighters overran the post at Kesso late on Monday, the ministry said in a statement.'))
      .toContain('defence ministry');
  });

  it('is never an armed group named before it', () => {
    expect(sources('Islamic State claimed an attack on an army post on Monday. Fighters overran the post at Kesso late on Monday, the ministry said in a statement.'))
      .not.toEqual(['Islamic State', 'Islamic State']);
  });
});

describe('a body\'s kind written before its name', () => {
  it('takes "the mission said" for the body written "the U.N. peacekeeping mission KESFOR"', () => {
    const a = annotate('Mortar rounds landed inside a base of the U.N. peacekeeping mission KESFOR outside Tarro. No casualties were reported, the mission said in a statement.');
    expect(a.attributions.map((x) => x.source)).toContain('KESFOR');
  });
});

describe('acronyms the article defines in words', () => {
  it('takes "known by its Spanish initials FTC" over a known body of the same letters', () => {
    const a = annotate('The Kesu Joint Task Force, known by its Spanish initials FTC, said in a statement that troops had killed two rebels. The FTC said it would go on.');
    expect(names(a, 'organization')).toEqual(['Kesu Joint Task Force']);
  });

  it('links the initials of a body described in lower case to the body named before', () => {
    const a = annotate('A soldier was killed on Wednesday, the military-led Joint Task Force said. Gunmen opened fire, the task force, known by its Spanish initials FTC, said in a statement. The FTC said it would go on.');
    expect(names(a, 'organization')).toEqual(['Joint Task Force']);
    expect(entity(a, 'Joint Task Force')?.mentions).toHaveLength(3);
  });
});

describe('"the army said" beside a rebel army', () => {
  it('is the state army, not the "Kesu Liberation Army" named before', () => {
    const a = annotate('Rebels of the Kesu Liberation Army ambushed a patrol on Monday. The army said its troops had repelled them.');
    expect(a.attributions.map((x) => x.source)).not.toContain('Kesu Liberation Army');
  });
});

describe('given names built on "Abd"', () => {
  it('reads "Abdullahi Nuur Galbeed", "Abdirizak Warsame Hirsi" as people and sources', () => {
    const a = annotate('A spokesman for the group, Abdullahi Nuur Galbeed, denied any involvement. Colonel Abdirizak Warsame Hirsi said the base held.');
    expect(names(a, 'person')).toEqual(['Abdullahi Nuur Galbeed', 'Abdirizak Warsame Hirsi']);
    expect(a.attributions.map((x) => x.source)).toContain('Abdullahi Nuur Galbeed');
  });
});
