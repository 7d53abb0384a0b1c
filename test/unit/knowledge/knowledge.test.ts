import { describe, expect, it } from 'vitest';
import { builtinKnowledge } from '../../../lib/knowledge';
import { countryEntries } from '../../../lib/knowledge/countries';
import { KnowledgeEntrySchema } from '../../../lib/knowledge/schema';

describe('knowledge', () => {
  it('validates every built-in entry and has no duplicate name of one type', () => {
    const all = builtinKnowledge();
    for (const e of all) expect(KnowledgeEntrySchema.safeParse(e).success).toBe(true);
    const keys = all.map((e) => `${e.type}:${e.name}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('covers actors of many regions and kinds, not one story', () => {
    const names = new Set(builtinKnowledge().map((e) => e.name));
    for (const n of ['Reuters', 'NATO', 'European Union', 'Hamas', 'Democratic Party', 'Microsoft', 'Xi Jinping', 'Lazarus Group', 'African Union']) {
      expect(names.has(n)).toBe(true);
    }
  });

  it('gives countries English names, abbreviations and demonyms', () => {
    const us = countryEntries().find((e) => e.name === 'United States');
    expect(us?.aliases).toEqual(expect.arrayContaining(['U.S.', 'US', 'USA']));
    expect(us?.adjectives).toContain('American');
    const tr = countryEntries().find((e) => e.name === 'Turkey');
    expect(tr?.aliases).toContain('Türkiye');
    const iq = countryEntries().find((e) => e.name === 'Iraq');
    expect(iq?.adjectives).toEqual(expect.arrayContaining(['Iraqi', 'Iraqis']));
  });
});
