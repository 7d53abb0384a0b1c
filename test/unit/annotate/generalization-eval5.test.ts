/**
 * Rules added after the fifth held-out set (eval5): each written with sentences made up for the
 * project, none taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import type { Annotation } from '../../../lib/annotate/types';
import { entitiesWithMention, entity, names } from './helpers';

function attribution(a: Annotation, text: string, evidence: string): { source: string; anonymous: boolean } | undefined {
  const at = a.attributions.find((x) => text.slice(x.start, x.end).includes(evidence));
  return at ? { source: at.source, anonymous: at.anonymous } : undefined;
}

describe('names the earlier sets never needed', () => {
  it('reads "General Staff", a cartel and a chamber as organizations', () => {
    const text = "Norland's General Staff said it hit a depot. The Velarde Cartel denied it. The Andean Exporters Chamber said sales fell.";
    const a = annotate(text);
    expect(entity(a, 'General Staff')?.kind).toBe('organization');
    expect(entity(a, 'Velarde Cartel')?.kind).toBe('organization');
    expect(entity(a, 'Andean Exporters Chamber')?.kind).toBe('organization');
    expect(attribution(a, text, 'General Staff said')?.source).toBe('General Staff');
  });

  it('makes places of shoals, reefs and atolls, and never reads "Island" as a country', () => {
    const a = annotate('Boats gathered near Marlow Shoal and Pemba Reef, which others call Tarsen Island.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Marlow Shoal', 'Pemba Reef', 'Tarsen Island']));
    expect(entity(a, 'Iceland')).toBeUndefined();
  });

  it('keeps an Arabic "wal-" and an ampersand inside a name defined by its acronym', () => {
    const a = annotate('The Harakat Nasr al-Din wal-Jihad (HNDJ) struck first. Data came from the Sahel Conflict & Casualty Survey (SCCS).');
    expect(entity(a, 'Harakat Nasr al-Din wal-Jihad')?.mentions.map((m) => m.text)).toEqual(['Harakat Nasr al-Din wal-Jihad', 'HNDJ']);
    expect(entity(a, 'Sahel Conflict & Casualty Survey')?.kind).toBe('organization');
  });

  it('keeps a quoted nickname inside a person\'s mention and out of the canonical name', () => {
    const a = annotate('Police sought Ramon "El Gato" Ibarra and Tomas "Flaco" Ruelas after the raid.');
    expect(entity(a, 'Ramon Ibarra')?.mentions.map((m) => m.text)).toEqual(['Ramon "El Gato" Ibarra']);
    expect(entity(a, 'Tomas Ruelas')?.kind).toBe('person');
    expect(entitiesWithMention(a, 'Ramon')).toEqual([]);
  });

  it('does not make a name of a sentence-initial plural common noun', () => {
    const text = 'Photos posted on social media showed smoke over the depot. Videos shared by residents showed flames.';
    const a = annotate(text);
    expect(entity(a, 'Photos')).toBeUndefined();
    expect(entity(a, 'Videos')).toBeUndefined();
    expect(a.attributions).toEqual([]);
  });

  it('calls a country\'s institution by its capitalised name once the text writes it', () => {
    const text = 'A Norwegian coast guard ship fired a flare. The Norway Coast Guard said in a statement it had warned the trawler. The Iraqi military said nothing.';
    const a = annotate(text);
    expect(entitiesWithMention(a, 'Norwegian coast guard').map((e) => e.name)).toEqual(['Norway Coast Guard']);
    expect(attribution(a, text, 'Coast Guard said')?.source).toBe('Norway Coast Guard');
    expect(entity(a, 'Iraqi military')?.kind).toBe('organization');
  });

  it('makes places of the ends of a road and of "the border community of X"', () => {
    const a = annotate('A drone hit a car on the road between Qarnun and the village of Deir Sabbah. Rockets fell near the border community of Yaradot.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Qarnun', 'Deir Sabbah', 'Yaradot']));
  });
});

describe('unknown names typed by context (eval5)', () => {
  it('keeps a place after "the port of" a place even when a title follows in an appositive', () => {
    const a = annotate("The men were taken from a camp east of the port of Tolvara, the Kessel state prosecutor's office said.");
    expect(entity(a, 'Tolvara')?.kind).toBe('place');
  });
});

describe('sources the earlier sets never needed', () => {
  it('reads a body named by a description as a named source, and a shorter description later as the same body', () => {
    const text = "The Tamaulipas state attorney's office said in a statement that two men were held. It said both were armed. On Friday the attorney's office said a third was freed.";
    const a = annotate(text);
    expect(attribution(a, text, 'state attorney')).toEqual({ source: "Tamaulipas state attorney's office", anonymous: false });
    expect(attribution(a, text, 'It said')?.source).toBe("Tamaulipas state attorney's office");
    expect(attribution(a, text, "the attorney's office said")?.source).toBe("Tamaulipas state attorney's office");
  });

  it('finds a regional administration and a country\'s state news agency as sources', () => {
    const text = "The Kursk regional administration said power was cut. Norway's state news agency said roads were shut.";
    const a = annotate(text);
    expect(attribution(a, text, 'regional administration said')?.anonymous).toBe(false);
    expect(attribution(a, text, 'state news agency said')).toBeDefined();
  });

  it('reads "according to the department" and "data compiled by X"', () => {
    const text = 'The Department of Fisheries said catches rose. That was the highest rate since 2019, according to the department. Attacks rose, according to data compiled by the Sahel Violence Monitor.';
    const a = annotate(text);
    expect(attribution(a, text, 'according to the department')?.source).toBe('Department of Fisheries');
    expect(attribution(a, text, 'according to data compiled')?.source).toBe('Sahel Violence Monitor');
  });

  it('gives "the army" of the one country a sentence names', () => {
    const text = 'In neighbouring Chad, the army said on Monday it had repelled an attack.';
    expect(attribution(annotate(text), text, 'the army said')).toEqual({ source: 'Chadian army', anonymous: false });
  });

  it('attributes "... and said" to the subject of the first verb, or of the earlier cue', () => {
    const text = 'The ministry rejected the accusations and said troops respect the law. Halden Mining confirmed the loss and said output would fall. The guards detected the boats and reported them to the navy.';
    const a = annotate(text);
    // "rejected the accusations" is a denial of its own (blame-and-denial-cues.test.ts): "and said" is a second cue of the same subject.
    expect(attribution(a, text, 'The ministry rejected')).toBeDefined();
    expect(a.attributions.find((x) => x.start > text.indexOf('rejected') && x.start < text.indexOf('Halden') && text.slice(x.start, x.end) === 'and said')?.source).toBe('ministry');
    const second = a.attributions.find((x) => x.start > text.indexOf('Halden') && text.slice(x.start, x.end) === 'and said');
    expect(second?.source).toBe('Halden Mining');
    expect(a.attributions.some((x) => text.slice(x.start, x.end).includes('reported them'))).toBe(false);
  });

  it('names the speaker, not the place or employer, after "X in Y" and "Name of Org"', () => {
    const text = 'Fishermen in Palauig, the town nearest the reef, said catches fell. Analyst Rosa Dimaano of the Pacific Strategy Institute said the patrols would grow.';
    const a = annotate(text);
    expect(attribution(a, text, 'Fishermen in Palauig')?.anonymous).toBe(true);
    expect(attribution(a, text, 'Rosa Dimaano')?.source).toBe('Rosa Dimaano');
  });

  it('reads a body\'s name as the appositive after a description as the source', () => {
    const text = 'The regional monitoring mission in Sudan, MONSU, said it was concerned.';
    expect(attribution(annotate(text), text, 'MONSU, said')?.source).toBe('MONSU');
  });

  it('finds an unnamed source with a demonym in its modifier', () => {
    const text = 'A source in the Norwegian fishing industry told reporters quotas would fall.';
    expect(attribution(annotate(text), text, 'fishing industry told')?.anonymous).toBe(true);
  });

  it('resolves "the regional governor" to the person the story gives that title', () => {
    const text = 'Drones hit a depot overnight, the regional governor said. Governor Arkady Pelin said on Telegram that two people were hurt.';
    expect(attribution(annotate(text), text, 'the regional governor said')?.source).toBe('Arkady Pelin');
  });
});
