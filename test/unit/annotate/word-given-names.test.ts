import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { entity, names } from './helpers';

describe('a given name that is also a word, opening a sentence before a title in apposition', () => {
  it('keeps "Grieve" in "Grieve Tembo, an analyst at …" and does not link "Tembo" to another Tembo', () => {
    const a = annotate('Mines Minister Orla Tembo Sakavo said royalties would not change.\n\nGrieve Tembo, an analyst at a local firm, said the plan was fair.');
    expect(entity(a, 'Grieve Tembo')?.kind).toBe('person');
    expect(entity(a, 'Orla Tembo Sakavo')?.mentions.map((m) => m.text)).toEqual(['Orla Tembo Sakavo']);
  });

  it('keeps a noun given name before a spokesman title too', () => {
    const a = annotate('Hope Varanda, a spokeswoman for the miners, said the law was unclear.');
    expect(entity(a, 'Hope Varanda')?.kind).toBe('person');
  });

  it('still strips an adverb or a plural opening the sentence', () => {
    const a = annotate('Meanwhile Dorvak, an analyst at a bank, said nothing. Police Varnel, a spokesman, said more.');
    expect(names(a, 'person')).not.toContain('Meanwhile Dorvak');
    expect(names(a, 'person')).not.toContain('Police Varnel');
  });
});
