/**
 * "The confederation said", "the federation said": a body named once in full is then cited by its
 * kind, as "the union" and "the association" are; the named body is the source.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';

const LEAD = 'Traders strike\n\nTAMALE, March 3 (AP) - Traders shut the market, officials said on Tuesday.\n\n';

function sources(text: string): string[] {
  return annotate(`${LEAD}${text}\n`).attributions.filter((a) => a.source !== 'officials').map((a) => a.source);
}

describe('a federation cited by its kind', () => {
  it('gives "the confederation said" to the confederation named before', () => {
    expect(sources('The Northern Traders Confederation called the strike. The confederation said it would last a week.')).toEqual(['Northern Traders Confederation']);
  });

  it('gives "the federation said" to the federation named before', () => {
    expect(sources('The Kente Weavers Federation backed the strike. The federation said prices had doubled.')).toEqual(['Kente Weavers Federation']);
  });
});
