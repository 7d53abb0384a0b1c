/**
 * How an incident's type and place are chosen, by shape: the act's own clause decides the type (people
 * seized make a kidnapping; a blow at the fleeing attackers is a second act), and the most specific
 * settlement or site the passage names for the event wins over a feature, a landmark, a region or a
 * country. All sentences are made up for the project (no fixture text).
 */
import { describe, expect, it } from 'vitest';
import { extractIncidents } from '../../../lib/annotate/incidents';
import { buildMentions } from '../../../lib/annotate/incidents/mentions';
import { findPlaces } from '../../../lib/annotate/incidents/places';
import { refineSentences, splitClauses, splitSentencesSimple } from '../../../lib/annotate/incidents/segment';
import { readTriggers } from '../../../lib/annotate/incidents/triggers';
import type { Entity } from '../../../lib/annotate/types';
import { entitiesFor, type Names } from './helpers';

const PUB = '2025-03-12T10:00:00Z'; // a Wednesday

const incidents = (text: string, names: Names = {}, extra: Entity[] = []) =>
  extractIncidents({ text, sentences: splitSentencesSimple(text), entities: [...entitiesFor(text, names), ...extra], attributions: [], publishedTime: PUB });

const typeOf = (text: string) => readTriggers(text, 0, text.length)?.type ?? null;

/** A place entity the engine typed as a country (the fixtures' names are made up). */
function country(text: string, name: string): Entity {
  const mentions = [...text.matchAll(new RegExp(String.raw`\b${name}\b`, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
  return { id: `c-${name}`, name, kind: 'place', subtype: 'country', aliases: [], mentions };
}

describe('type: the act\'s own clause decides', () => {
  it('reads people seized one by one ("seized a Catholic priest") as a kidnapping', () => {
    expect(typeOf('On Tuesday, gunmen seized a Catholic priest and his driver on the road to Pino.')).toBe('kidnapping');
    expect(typeOf('Armed men snatched an aid worker outside the clinic.')).toBe('kidnapping');
    // A thing seized is no one carried off.
    expect(typeOf('Customs officers seized a truck of fuel at the border.')).toBeNull();
  });

  it('reads people "taken from their quarters by armed men" as a kidnapping, not people taken to safety', () => {
    expect(typeOf('Two nurses working at a clinic in Pino were taken from their quarters by armed men.')).toBe('kidnapping');
    expect(typeOf('The injured were taken from the wreckage by rescuers.')).toBeNull();
    expect(typeOf('Two patients were taken from their homes by ambulance.')).toBeNull();
  });

  it('gives a kidnapping carried out with gunfire the kidnapping, its aim', () => {
    expect(typeOf('Gunmen opened fire on a minibus near Dalo and abducted 12 passengers on Friday.')).toBe('kidnapping');
    // Gunfire alone stays a shooting.
    expect(typeOf('Gunmen opened fire on a minibus near Dalo on Friday, killing two.')).toBe('shooting');
  });

  it('lets a later "The kidnapping was blamed on" type an incident whose own report named no act', () => {
    const text = 'Gunmen shot dead two guards in Tesk on Friday. In a separate incident in Pino on Saturday, two nurses vanished from their quarters. The kidnapping was blamed on the Red Hand.';
    const found = incidents(text, { places: ['Tesk', 'Pino'], organizations: ['Red Hand'] });
    expect(found.map((i) => [i.type, i.location])).toEqual([['shooting', 'Tesk'], ['kidnapping', 'Pino']]);
  });

  it('retypes a shooting as a kidnapping when the doers, named again, carry people off', () => {
    const text = 'Gunmen opened fire on a bus near Dalo on Friday. The gunmen then seized 12 passengers and drove them into the forest.';
    const found = incidents(text, { places: ['Dalo'] });
    expect(found.map((i) => i.type)).toEqual(['kidnapping']);
  });

  it('reads kidnappings that "have become common" as a pattern, no incident', () => {
    const text = 'Gunmen seized two traders near Pino on Monday. Kidnappings for ransom have become common along the border.';
    const found = incidents(text, { places: ['Pino'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.mentions).toHaveLength(1);
  });

  it('splits ", and the army said its jets later struck the attackers" off a raid: a second act, an airstrike', () => {
    const text = 'Gunmen on motorbikes raided the village of Toruma on Sunday, killing eight people, officials said, and the army said its jets later struck the attackers as they fled north.';
    const found = incidents(text, { places: ['Toruma'] });
    expect(found.map((i) => i.type)).toEqual(['other', 'airstrike']);
    expect(found[0]?.location).toBe('Toruma');
    // Another speaker's word on the same act is no second act.
    expect(incidents('Gunmen raided the village of Toruma on Sunday, killing eight people, and police said the attackers fled north.', { places: ['Toruma'] })).toHaveLength(1);
  });

  it('cuts a clause before ", and <speaker> said"', () => {
    const text = 'Gunmen raided Toruma, officials said, and the army said its jets struck them.';
    expect(splitClauses(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end))).toEqual([
      'Gunmen raided Toruma, officials said,',
      'and the army said its jets struck them.',
    ]);
  });

  it('keeps the toll of a statement before a semicolon from the hack told after it', () => {
    const text = 'A riot at the Vesko jail killed nine inmates; hackers hit the jail agency on Monday.';
    const found = incidents(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.type).toBe('cyber');
    expect(found[0]?.killed).toBeUndefined();
  });

  it('does not let a headline\'s second event give its type to the body\'s first', () => {
    const text = 'Spate of blasts rocks Varda towns; guard shot dead\n\nAt least nine bombs exploded at shops across Varda late on Saturday, wounding 14 people. On Friday, two men on a motorcycle shot dead a guard at a tea stall in Pino.';
    const found = extractIncidents({ text, sentences: refineSentences(text, splitSentencesSimple(text)), entities: entitiesFor(text, { places: ['Varda', 'Pino'] }), attributions: [], publishedTime: PUB });
    // The headline's "guard shot dead" joins the shooting told in the body (so that incident comes first).
    expect(found.map((i) => [i.type, i.location])).toEqual([['shooting', 'Pino'], ['explosion', 'Varda']]);
  });
});

describe('location: the settlement or site of the event wins', () => {
  it('prefers the village near which it happened to a river, a feature crossing many places', () => {
    const found = incidents('Rebels shot dead three loggers on a bridge over the Tamsa river near Kiroba on Monday.', { places: ['Tamsa river', 'Kiroba'] });
    expect(found[0]?.location).toBe('Kiroba');
  });

  it('does not place an event at the town a distance is measured from', () => {
    const found = incidents('About 20 kilometers (12 miles) north of Saro, gunmen attacked the village of Bemala on Sunday.', { places: ['Saro', 'Bemala'] });
    expect(found[0]?.location).toBe('Bemala');
  });

  it('drops a town\'s possessive from the site it owns', () => {
    const found = incidents('Three rockets hit Dorvan\'s Kelso International Airport on Monday.', { places: ['Dorvan'] });
    expect(found[0]?.location).toBe('Kelso International Airport');
  });

  it('finds a site named by a lower-case head ("the Kapiri mine", "the Lem Tor temple")', () => {
    expect(incidents('Gunmen attacked workers at the Kapiri mine on Tuesday.')[0]?.location).toBe('Kapiri mine');
    expect(incidents('Soldiers exchanged fire near the Lem Tor temple on Tuesday.')[0]?.location).toBe('Lem Tor temple');
  });

  it('takes no faith for a site\'s name ("a Buddhist monastery in Lauk")', () => {
    const found = incidents('A military jet bombed a Buddhist monastery in Lauk village on Tuesday, killing nine.', { places: ['Lauk'] });
    expect(found[0]?.location).toBe('Lauk');
  });

  it('takes no place shown in a picture for the scene', () => {
    const found = incidents('Hackers defaced the websites of the Sisora provincial council on Monday with images of the Koba temple.', { places: ['Sisora'] });
    expect(found[0]?.location).toBe('Sisora');
  });

  it('takes no place where a speaker spoke ("told reporters in X") for the scene', () => {
    const found = incidents('A police spokesman told reporters in Varno that gunmen had shot dead two guards in Tesk on Sunday.', { places: ['Varno', 'Tesk'] });
    expect(found[0]?.location).toBe('Tesk');
  });

  it('takes no place where a blamed group "has bases" for the scene', () => {
    const text = 'Gunmen raided a village in Lorvania on Sunday. The government blamed the raid on the Red Hand, a group which has bases in the neighbouring Ulo region.';
    const entities = [...entitiesFor(text, { places: ['Ulo'], organizations: ['Red Hand'] }), country(text, 'Lorvania')];
    const sentences = splitSentencesSimple(text);
    const mentions = buildMentions({ text, sentences, places: findPlaces(text, entities, []), entities, attributions: [] });
    expect(mentions.flatMap((m) => m.places.map((p) => p.name))).not.toContain('Ulo');
  });

  it('lets the doers named again ("The assailants ... surrounded X, a farming village") place an incident told only in a country', () => {
    const text = 'Gunmen raided a village in southern Lorvania on Sunday, killing four people. The assailants, some 30 men, surrounded Kobe, a farming village, shortly after dawn.';
    const found = incidents(text, { places: ['Kobe'] }, [country(text, 'Lorvania')]);
    expect(found).toHaveLength(1);
    expect(found[0]?.location).toBe('Kobe');
    // The doers of the raid, not of the army's answer to it.
    const answered = 'Gunmen raided a village in southern Lorvania on Sunday, killing four people, and the army said its jets later struck the attackers as they fled. The assailants, some 30 men, surrounded Kobe, a farming village, shortly after dawn.';
    expect(incidents(answered, { places: ['Kobe'] }, [country(answered, 'Lorvania')]).map((i) => [i.type, i.location])).toEqual([['other', 'Kobe'], ['airstrike', 'Lorvania']]);
  });

  it('lets more of the report ("The attackers broke through a gate at X prison in Y") place one told only in a country', () => {
    const text = 'Inmates stormed a wing of a prison in central Lorvania on Sunday, killing six. The attackers broke through a gate at Kesh prison in Dalo and threw two grenades into a yard.';
    const found = incidents(text, { places: ['Dalo'] }, [country(text, 'Lorvania')]);
    expect(found).toHaveLength(1);
    expect(found[0]?.location).toBe('Kesh prison');
  });

  it('places an earlier, unplaced event in the story\'s country, not at the dateline\'s town', () => {
    const text = 'VARNO, Lorvania, March 11 (Reuters) - Gunmen shot dead two guards in Tesk, in northern Lorvania, on Tuesday. In March 2021, gunmen kidnapped 17 missionaries.';
    // The dateline's town, written in capitals, is the entity "Varno".
    const varno: Entity = { id: 'v', name: 'Varno', kind: 'place', aliases: [], mentions: [{ start: 0, end: 5, text: 'VARNO' }] };
    const found = incidents(text, { places: ['Tesk'] }, [country(text, 'Lorvania'), varno]);
    expect(found.map((i) => [i.type, i.location])).toEqual([['shooting', 'Tesk'], ['kidnapping', 'Lorvania']]);
  });

  it('places an incident no sentence places in the story\'s country', () => {
    const text = 'Gunmen stormed a prison in Lorvania on Sunday, killing six. Lorvania has one of the highest murder rates in the region. On Monday, hackers took the prison agency\'s website offline.';
    const found = incidents(text, {}, [country(text, 'Lorvania')]);
    expect(found.map((i) => [i.type, i.location])).toEqual([['storming', 'Lorvania'], ['cyber', 'Lorvania']]);
  });
});
