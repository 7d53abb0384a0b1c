/**
 * Incident rules added after the eleventh held-out set (eval11), each with sentences made up for the
 * project (none from a fixture): who claimed, denied or was blamed, where it happened, and where one
 * incident ends.
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { countryOfPeople, isPeopleAdjective } from '../../../lib/annotate/incidents/countries';
import { splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import { extractRoles } from '../../../lib/annotate/incidents/roles';
import { readTriggers } from '../../../lib/annotate/incidents/triggers';
import { entitiesFor, type Names } from './helpers';

const PUB = '2025-03-12T10:00:00Z'; // a Wednesday

/** Incidents with the given names marked as entities (no dependence on the entity engine). */
const withNames = (text: string, names: Names) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: entitiesFor(text, names), attributions: [], publishedTime: PUB });

const roles = (text: string, names: Names = {}, referenceOnly = false) =>
  extractRoles(text, { start: 0, end: text.length }, entitiesFor(text, names), referenceOnly);

describe('claims', () => {
  it('reads past a bracketed qualifier after the claimant\'s name ("The banned X (Marxist) claimed")', () => {
    const text = 'The banned Free Lorvak Army (Marxist) claimed responsibility in a short statement issued by its southern command.';
    expect(roles(text, { organizations: ['Free Lorvak Army'] }).claimedBy).toEqual(['Free Lorvak Army']);
  });

  it('reads men who "identified themselves as members of X" speaking of the attack as X\'s claim', () => {
    const text = 'In a video, three masked men, who identified themselves as members of the Red Hand, said the bombing was a warning.';
    expect(roles(text, { organizations: ['Red Hand'] }).claimedBy).toEqual(['Red Hand']);
    // Without speech about the attack, saying who they are claims nothing.
    expect(roles('Three men, who identified themselves as members of the Red Hand, asked for water.', { organizations: ['Red Hand'] }).claimedBy).toEqual([]);
  });

  it('gives the claim of "a statement signed by X said it carried out" to the signatory', () => {
    const text = 'A statement sent to Vox and signed by the Red Hand said it carried out the attack on the depot.';
    expect(roles(text, { organizations: ['Red Hand', 'Vox'] }).claimedBy).toEqual(['Red Hand']);
  });

  it('reads "claimed on Telegram to have knocked the site offline" as a claim, and the act as a cyber attack', () => {
    const text = 'Separately, a group calling itself the Storm Cell claimed on Telegram to have knocked the Varsk customs service\'s website offline.';
    expect(roles(text, { organizations: ['Storm Cell'] }).claimedBy).toEqual(['Storm Cell']);
    expect(readTriggers(text, 0, text.length)?.type).toBe('cyber');
  });
});

describe('denials', () => {
  it('reads "denied that its young men had taken part" and "denied that Tolan forces had fired"', () => {
    expect(roles('The Ardan administration denied that its young men had taken part.', {}, true).deniedBy).toEqual(['Ardan administration']);
    const fired = roles('The ministry said border guards had fired first, and denied that Tolan forces had fired at the villages.', { organizations: ['ministry'] });
    expect(fired.deniedBy).toHaveLength(1);
    // What the denial says did not happen names no one to blame.
    expect(fired.blamedOn).not.toContain('Tolan forces');
  });

  it('reads "said it had nothing to do with the attack" as a denial', () => {
    expect(roles('The Red Hand said it had nothing to do with the attack.', { organizations: ['Red Hand'] }).deniedBy).toEqual(['Red Hand']);
  });

  it('gives a denial joined by "and" to the subject of the clause\'s first verb, not the outlet that carried it', () => {
    const text = 'The Ardan Security Council blamed the rebels. In a statement carried by the news agency Vox, it said rebels had opened fire first, and denied that its forces had shelled the town.';
    const found = withNames(text, { organizations: ['Ardan Security Council', 'Vox'] });
    const all = found.flatMap((i) => i.deniedBy);
    expect(all).toContain('Ardan Security Council');
    expect(all).not.toContain('Vox');
  });
});

describe('blame', () => {
  it('reads a quoted blamed phrase ("blamed \\"armed youth from the hills\\"")', () => {
    const text = 'The governor blamed "organised armed youth from the far Ardan river valley area" and asked for troops.';
    expect(roles(text, {}, true).blamedOn).toEqual(['organised armed youth from the far Ardan river valley area']);
  });

  it('reads "a raid the council blamed at the time on X"', () => {
    const text = 'In March 2023, raiders attacked villages around Varsk, a raid the council blamed at the time on Tolan youth.';
    expect(roles(text).blamedOn).toContain('Tolan youth');
  });

  it('reads "blamed X, an armed group fighting for a homeland" as blame although "for" follows later', () => {
    const text = 'The commander blamed the Ardan Front, an armed group that says it is fighting for a homeland.';
    expect(roles(text, { organizations: ['Ardan Front'] }, true).blamedOn).toEqual(['Ardan Front']);
  });

  it('does not blame the author of "a disarmament campaign launched by the government"', () => {
    const text = 'The raids have become deadlier as a disarmament campaign launched by the government has stalled.';
    expect(roles(text).blamedOn).toEqual([]);
  });

  it('keeps the auxiliary and adverb out of the doer ("troops had later fired")', () => {
    const text = 'The colonel said Ardan troops had later fired on Tolan positions.';
    expect(roles(text).blamedOn).toEqual(['Ardan troops']);
  });

  it('reads "blamed X for the fighting" after the report as blame for that incident', () => {
    const text = 'Tolan forces fired mortars at Varsk on Sunday, killing one. The Ardan council blamed Tolan troops for the fighting.';
    const found = withNames(text, { places: ['Varsk'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.blamedOn).toContain('Tolan troops');
  });
});

describe('where it happened', () => {
  it('knows a people\'s adjective ("Kyrgyz", "Ecuadorean") as its country, not a town', () => {
    expect(countryOfPeople('Kyrgyz')).toBe('Kyrgyzstan');
    expect(countryOfPeople('Tajik')).toBe('Tajikistan');
    expect(countryOfPeople('Ecuadorian')).toBe('Ecuador');
    expect(isPeopleAdjective('Varsk')).toBe(false);
    expect(isPeopleAdjective('Bor')).toBe(false);
    const text = 'Tajik forces fired mortars at two Kyrgyz villages in the Varsk region on Sunday, killing one. At least 30 mortar rounds landed in the villages of Kara-Tolan and Ak-Miren.';
    const found = withNames(text, { places: ['Kyrgyz', 'Varsk', 'Kara-Tolan', 'Ak-Miren'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.location).not.toBe('Kyrgyz');
  });

  it('takes the town, not "the Ecuadorean port", from "the Ecuadorean port city of X"', () => {
    const text = 'A car bomb exploded outside a prison in the Ecuadorean port city of Varsk on Tuesday, killing two guards.';
    expect(withNames(text, { places: ['Varsk'] })[0]?.location).toBe('Varsk');
  });

  it('leaves the place in a named speaker\'s description out of the scene', () => {
    const text = [
      'Gunmen ambushed an army patrol in the Varsk district on Monday, killing two soldiers.',
      'In April 2024, gunmen robbed two banks in Tolan and abducted a manager.',
      'Mira Dovan, a village headman in Tolan, said the ambush had frightened everyone.',
    ].join(' ');
    const found = withNames(text, { places: ['Varsk', 'Tolan'] });
    expect(found).toHaveLength(2);
    const ambush = found.find((i) => i.location === 'Varsk');
    expect(ambush?.mentions).toHaveLength(2);
  });
});

describe('where one incident ends', () => {
  it('reads the verb as the report when the only event noun ranks it ("..., the deadliest attack in two years")', () => {
    const text = 'Gunmen ambushed an army patrol in Varsk on Tuesday, killing two soldiers, the military said, the deadliest attack on security forces in two years.';
    const found = withNames(text, { places: ['Varsk'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2025-03-11');
  });

  it('keeps "The patrol was returning ... when it came under fire" in the ambush just reported', () => {
    const text = 'Gunmen ambushed an army patrol in the Varsk district on Tuesday, killing two soldiers. The patrol was returning to its camp near Tolan when it came under fire from a ridge.';
    const found = withNames(text, { places: ['Varsk', 'Tolan'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toHaveLength(2);
    expect(found[0]?.location).toBe('Varsk');
  });

  it('reads "came under fire" as a shooting', () => {
    const text = 'A convoy came under heavy fire near Tolan.';
    expect(readTriggers(text, 0, text.length)?.type).toBe('shooting');
  });

  it('keeps one side\'s account of who "opened fire first" in the exchange already reported', () => {
    const text = [
      'Tolan forces fired mortars at the village of Varsk on Sunday, killing a woman.',
      'The Ardan council blamed Tolan troops for the fighting.',
      'It said Tolan border guards had opened fire first on a checkpoint near Miren.',
    ].join(' ');
    const found = withNames(text, { places: ['Varsk', 'Miren'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toHaveLength(3);
  });

  it('reads police arresting suspects "in a raid" as no attack of its own', () => {
    const text = 'A car bomb exploded outside the prison in Varsk on Tuesday, killing two guards. Police later arrested three suspects in a raid on a house in the town of Tolan.';
    expect(withNames(text, { places: ['Varsk', 'Tolan'] })).toHaveLength(1);
  });
});

describe('roles around a clause about other events', () => {
  it('reads the denial of a group described by ", which has claimed dozens of attacks,"', () => {
    const text = [
      'A suicide bomber struck a police post in Varsk on Monday, killing six officers.',
      'The Tolan Front, which has claimed dozens of attacks on police in the province, said in a statement that it had no link to the bombing.',
    ].join(' ');
    const found = withNames(text, { places: ['Varsk'], organizations: ['Tolan Front'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.deniedBy).toEqual(['Tolan Front']);
  });

  it('describes "Kuki militants" by the phrase when "Kuki" is only the start of a body\'s name', () => {
    const text = 'Police blamed "Varsi militants" for the attack.';
    const entities = [{ id: 'e1', name: 'Varsi Council of Elders', kind: 'organization' as const, aliases: ['Varsi'], mentions: [{ start: 15, end: 20, text: 'Varsi' }] }];
    expect(extractRoles(text, { start: 0, end: text.length }, entities).blamedOn).toEqual(['Varsi militants']);
  });

  it('reads ", a charge Varsi groups also denied" as a denial by those groups', () => {
    expect(roles('Police blamed that attack on militants, a charge Varsi groups also denied.', {}, true).deniedBy).toEqual(['Varsi groups']);
  });
});

describe('a second sentence that only narrows the place', () => {
  it('joins the report before when it names the same weapon and a town where that report gave only a region', () => {
    const text = [
      'Militants fired rockets on a village in the Varsk region late on Saturday, killing two people.',
      'At least four rockets struck houses in Tolan, in the Miren district, over about 40 minutes.',
    ].join(' ');
    const found = withNames(text, { places: ['Varsk', 'Tolan', 'Miren'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.quantity).toBe(4);
  });

  it('keeps a next-sentence attack of another kind apart', () => {
    const text = [
      'Militants fired rockets on a village in the Varsk region late on Saturday, killing two people.',
      'Gunmen kidnapped four workers in Tolan, in the Miren district.',
    ].join(' ');
    expect(withNames(text, { places: ['Varsk', 'Tolan', 'Miren'] })).toHaveLength(2);
  });
});

describe('a toll beside a running time of something else', () => {
  it('keeps the toll when "since 2023" belongs to a relative clause after it', () => {
    const text = 'Militants fired rockets on the village of Varsk on Saturday, wounding nine people, police said, raising fears of a return to the violence that has gripped the region since 2023.';
    expect(withNames(text, { places: ['Varsk'] })[0]?.injured).toBe(9);
    // A running total stays a total.
    expect(withNames('Militants fired rockets on the village of Varsk on Saturday. Rocket fire has wounded 90 people since 2023.', { places: ['Varsk'] })[0]?.injured).toBeUndefined();
  });
});

describe('who "the group" is', () => {
  it('never means a company named in between ("a bus operated by X Transport Company")', () => {
    const text = [
      'Gunmen from the Red Hand attacked a bus operated by Varsk Transport Company near Tolan on Monday, killing nine passengers.',
      'The group said in a statement that its fighters had carried out the attack.',
    ].join(' ');
    const found = withNames(text, { places: ['Tolan'], organizations: ['Red Hand', 'Varsk Transport Company'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.claimedBy).toEqual(['Red Hand']);
  });

  it('never means a firm whose spokesman spoke in between ("a spokesman for Varsk Telecom")', () => {
    const text = [
      'A car bomb exploded near a checkpoint in Tolan on Monday, killing eight people. The Red Hand said it carried out the attack.',
      'Ivo Dran, a spokesman for Varsk Telecom, said two of its staff were among the dead.',
      'The group said it had targeted government officials.',
    ].join(' ');
    const found = withNames(text, { places: ['Tolan'], organizations: ['Red Hand', 'Varsk Telecom'], people: ['Ivo Dran'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.claimedBy).toEqual(['Red Hand']);
  });
});

describe('killings told by an armed subject', () => {
  it('reads "Gunmen killed 12 villagers in X on Saturday" as an incident with its toll', () => {
    const found = withNames('Gunmen killed 12 villagers in Varsk on Saturday, police said.', { places: ['Varsk'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.killed).toBe(12);
    expect(found[0]?.date).toBe('2025-03-08');
  });

  it('reads the toll of "shot dead four people"', () => {
    const found = withNames('On Monday, gunmen shot dead four people in the market of Varsk.', { places: ['Varsk'] });
    expect(found[0]?.killed).toBe(4);
  });

  it('leaves deaths with no armed subject, and a running total, as no incident', () => {
    expect(withNames('Floods killed 12 villagers in Varsk on Saturday.', { places: ['Varsk'] })).toHaveLength(0);
    expect(withNames('Bandits have killed thousands of people in the region since 2019.', {})).toHaveLength(0);
  });

  it('keeps the day of "On Friday, militants killed 11 civilians in an attack on a village"', () => {
    const found = withNames('In a separate incident on Friday, suspected militants killed 11 civilians in an attack on a village near Varsk.', { places: ['Varsk'] });
    expect(found[0]?.date).toBe('2025-03-07');
  });
});

describe('the country of the weapon', () => {
  it('blames the country of "a Kyrgyz drone had dropped explosives" and "Ukrainian drones struck"', () => {
    expect(roles('The committee said a Kyrgyz drone had dropped explosives on a pumping station.').blamedOn).toEqual(['Kyrgyzstan']);
    expect(roles('Ukrainian drones struck a fuel depot overnight.').blamedOn).toEqual(['Ukraine']);
    // Where a weapon was made is no doer.
    expect(roles('Iranian-made drones struck a fuel depot overnight.').blamedOn).toEqual([]);
  });
});

describe('the doers named again', () => {
  it('keeps "The fighters overran the base at X" in the attack just reported', () => {
    const text = 'Rebels attacked an army base near the town of Varsk on Monday, killing seven soldiers. The fighters overran the base at Tolan before dawn and seized weapons.';
    const found = withNames(text, { places: ['Varsk', 'Tolan'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toHaveLength(2);
    expect(found[0]?.location).toBe('Varsk');
  });
});

describe('a follow-up sentence with another day', () => {
  it('reads "until early Sunday" as when the act ended, and "the gunmen" after "Residents said" as the doers named again', () => {
    const text = 'Gunmen attacked the village of Varsk late on Saturday, killing 10 people, officials said. Residents said the gunmen arrived on motorcycles shortly before midnight and opened fire on villagers until early Sunday.';
    const found = withNames(text, { places: ['Varsk'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2025-03-08');
    expect(found[0]?.mentions).toHaveLength(2);
  });

  it('keeps "ended the siege on Saturday after a 20-hour gunbattle" in the attack of the day before', () => {
    const text = 'Militants stormed a hotel in Varsk on Friday, killing at least 12 people. Security forces ended the siege on Saturday morning after a 20-hour gunbattle, police said.';
    const found = withNames(text, { places: ['Varsk'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.date).toBe('2025-03-07');
  });
});
