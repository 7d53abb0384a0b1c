/**
 * Rules added while generalising after the twelfth held-out set: each written with sentences made up
 * for the project (invented people, villages and bodies), none taken from a fixture.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import type { Annotation } from '../../../lib/annotate/types';

function attribution(a: Annotation, text: string, evidence: string): { source: string; anonymous: boolean } | undefined {
  const at = a.attributions.find((x) => text.slice(x.start, x.end).includes(evidence));
  return at ? { source: at.source, anonymous: at.anonymous } : undefined;
}

describe("a country's state body as a source", () => {
  it('keeps the possessive form the text writes, also where a later "the ministry" stands for it', () => {
    const text = "Shells hit Kelvaro on Monday. Thailand's foreign ministry said in a statement it would protest. Later the ministry said talks were off.";
    const a = annotate(text);
    expect(attribution(a, text, 'foreign ministry said')).toEqual({ source: "Thailand's foreign ministry", anonymous: false });
    expect(attribution(a, text, 'the ministry said')).toEqual({ source: "Thailand's foreign ministry", anonymous: false });
  });

  it('does so for a capitalised body and a shorter "the court" after it', () => {
    const text = 'Ghana\'s Supreme Court on Tuesday halted the levy. "It is void," the court said in its order.';
    const a = annotate(text);
    expect(attribution(a, text, 'the court said')).toEqual({ source: "Ghana's Supreme Court", anonymous: false });
  });

  it('keeps the demonym form when the text writes no possessive', () => {
    const text = 'The Kenyan foreign ministry said it had summoned the envoy.';
    expect(attribution(annotate(text), text, 'foreign ministry said')?.source.toLowerCase()).toBe('kenyan foreign ministry');
  });

  it('gives "the army" the country only when the sentence fronts it, not when it places the event', () => {
    const fronted = 'In neighbouring Mali, the army said it had repelled an attack.';
    expect(attribution(annotate(fronted), fronted, 'the army said')?.source).toBe('Malian army');
    const trailing = 'Gunmen ambushed a patrol in northern Ghana on Friday, killing two soldiers, the military said.';
    expect(attribution(annotate(trailing), trailing, 'the military said')).toEqual({ source: 'military', anonymous: false });
  });
});
