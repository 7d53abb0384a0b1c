/**
 * Place names built on an Arabic word for a mountain, valley, well, spring, monastery, village, house
 * or hill ("Jabal …", "Wadi …", "Bir …", "Ain …", "Deir …", "Kafr …", "Beit …", "Tell …") are places,
 * whatever follows the word, as "Mount …" and "Lake …" are.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity } from './helpers';

describe('an Arabic geographic word opening a name', () => {
  it('makes a mountain or a valley a place, not an organization', () => {
    const a = annotate('Jets struck hideouts on Jabal al-Tarwa overnight, the army said.');
    expect(entity(a, 'Jabal al-Tarwa')?.kind).toBe('place');
    const b = annotate('Herders crossed Wadi Makrun before dawn, residents said.');
    expect(entity(b, 'Wadi Makrun')?.kind).toBe('place');
  });

  it('makes a town named for a well, a spring, a monastery, a village, a house or a hill a place', () => {
    const a = annotate('Gunmen fired on a checkpoint in Bir al-Sufra while families fled Ain Dhahab and Deir Qanun.');
    for (const name of ['Bir al-Sufra', 'Ain Dhahab', 'Deir Qanun']) expect(entity(a, name)?.kind).toBe('place');
    const b = annotate('Shells fell on Kafr Tullah, Beit Amrin and Tell Hamouk, a monitor said.');
    for (const name of ['Kafr Tullah', 'Beit Amrin', 'Tell Hamouk']) expect(entity(b, name)?.kind).toBe('place');
  });

  it('leaves a person whose name only contains such a word a person', () => {
    const a = annotate('Karim Wadi, a spokesman for the council, said the talks would resume.');
    expect(entity(a, 'Karim Wadi')?.kind).toBe('person');
  });
});

describe('"Sheikh" or "Sidi" after words only a place follows', () => {
  it('opens a town, not a titled person', () => {
    const a = annotate('Fighters stormed a village south of Sheikh Hamad on Sunday.');
    expect(entity(a, 'Sheikh Hamad')?.kind).toBe('place');
    const b = annotate('Protests spread in Sidi Ouali and the town of Sheikh Barakat.');
    expect(entity(b, 'Sidi Ouali')?.kind).toBe('place');
    expect(entity(b, 'Sheikh Barakat')?.kind).toBe('place');
  });

  it('is still a title before a possessive or a verb', () => {
    const a = annotate("Talks in Sheikh Tamim's palace failed. Sheikh Tamim said nothing.");
    expect(a.entities.filter((e) => e.kind === 'place').map((e) => e.name)).not.toContain('Sheikh Tamim');
  });
});

describe('a name set off by commas after "a village …"', () => {
  it('names that village, even with a particle that would make it a person', () => {
    const a = annotate('Fighters stormed a village south of Sheikh Hamad, al-Qasra, killing two farmers.');
    expect(entity(a, 'al-Qasra')?.kind).toBe('place');
    const b = annotate('The village, al-Sawda, had been resettled only in March.');
    expect(entity(b, 'al-Sawda')?.kind).toBe('place');
  });

  it("names a person of the village where the noun is no place's", () => {
    const a = annotate("The town's mayor, Ali Hamid, said the road was open. The village chief, Omar Said, agreed.");
    expect(entity(a, 'Ali Hamid')?.kind).toBe('person');
    expect(entity(a, 'Omar Said')?.kind).toBe('person');
  });
});
