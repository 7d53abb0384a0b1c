import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entitiesWithMention, entity } from './helpers';

describe('Spanish, Portuguese and Dutch name forms', () => {
  it('keeps "de la" / "de los" / "van der" inside one name', () => {
    const a = annotate('Judge Tomás Ignacio de la Serna Ibarra ruled on Friday. Senator Lucía Beatriz Ortega de los Santos objected. Mayor Pieter van der Horst agreed.');
    expect(entity(a, 'Tomás Ignacio de la Serna Ibarra')?.kind).toBe('person');
    expect(entity(a, 'Lucía Beatriz Ortega de los Santos')?.kind).toBe('person');
    expect(entity(a, 'Pieter van der Horst')?.kind).toBe('person');
  });

  it('links a particle surname written alone, even opening a sentence, to the one full name holding it', () => {
    const a = annotate('Minister Raúl Andrés del Valle Ríos spoke first. Later, Carlos Valle arrived. Del Valle said the talks failed. De la Serna, a former judge, agreed with Judge Ana de la Serna Paz.');
    expect(entity(a, 'Raúl Andrés del Valle Ríos')?.mentions.map((m) => m.text)).toEqual(['Raúl Andrés del Valle Ríos', 'Del Valle']);
    expect(entity(a, 'Carlos Valle')?.mentions.map((m) => m.text)).toEqual(['Carlos Valle']);
  });

  it('links the first of two surnames ("Quispe" after "Rosa María Quispe Huamán") and keeps it a person', () => {
    const a = annotate('"We will march," said Rosa María Quispe Huamán, a union leader. Quispe said the strike would last a week.');
    expect(entitiesWithMention(a, 'Quispe').map((e) => e.name)).toEqual(['Rosa María Quispe Huamán']);
    expect(a.attributions.map((x) => x.source)).toEqual(['Rosa María Quispe Huamán', 'Rosa María Quispe Huamán']);
  });
});
