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

  it('makes places of the ends of a road and of "the border community of X"', () => {
    const a = annotate('A drone hit a car on the road between Qarnun and the village of Deir Sabbah. Rockets fell near the border community of Yaradot.');
    expect(names(a, 'place')).toEqual(expect.arrayContaining(['Qarnun', 'Deir Sabbah', 'Yaradot']));
  });
});
