import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { AnnotationSchema } from '../../../lib/annotate/types';
import { entity } from './helpers';

describe('annotate', () => {
  it('returns a valid Annotation with sentences and no incidents of its own', () => {
    const a = annotate('Officials in Lima said the bridge reopened. Traffic resumed.');
    expect(AnnotationSchema.safeParse(a).success).toBe(true);
    expect(a.sentences).toHaveLength(2);
    expect(a.wordCount).toBe(9);
    expect(a.truncated).toBe(false);
  });

  it('caps long texts and says so', () => {
    const text = 'Karim Osei said the port in Accra was calm. '.repeat(50);
    const a = annotate(text, undefined, { maxWords: 20 });
    expect(a.truncated).toBe(true);
    expect(a.wordCount).toBe(20);
    const last = a.sentences.at(-1);
    expect(last && last.end).toBeLessThan(text.length / 10);
  });

  it('accepts extra knowledge entries through options', () => {
    const text = 'Analysts at Zorblax Metrics expect growth. Zorblax said demand held up.';
    // Found by context alone ("analysts at X"); the reader's knowledge then gives its canonical name.
    expect(entity(annotate(text), 'Zorblax Metrics')?.kind).toBe('organization');
    const a = annotate(text, undefined, { knowledge: [{ name: 'Zorblax Metrics Ltd', type: 'organization', aliases: ['Zorblax Metrics', 'Zorblax'] }] });
    expect(entity(a, 'Zorblax Metrics Ltd')?.mentions.map((m) => m.text)).toEqual(['Zorblax Metrics', 'Zorblax']);
    expect(a.attributions[0]?.source).toBe('Zorblax Metrics Ltd');
  });

  it('handles empty text', () => {
    const a = annotate('');
    expect(a.entities).toEqual([]);
    expect(a.sentences).toEqual([]);
  });
});
