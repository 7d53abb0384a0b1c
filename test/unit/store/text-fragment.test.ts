import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linkQuote, textFragmentUrl } from '../../../lib/store/text-fragment';

describe('textFragmentUrl', () => {
  it('points at the exact mention with a few words of context, dashes and commas escaped', () => {
    const url = textFragmentUrl('https://news.example/a#top', {
      exact: 'Jean-Luc Mélenchon',
      prefix: 'leftist leader, said  on Monday that ',
      suffix: ', the leader of France, would',
    });
    expect(url).toBe(
      'https://news.example/a#:~:text=on%20Monday%20that-,Jean%2DLuc%20M%C3%A9lenchon,-%2C%20the%20leader',
    );
  });

  it('omits empty context and returns the bare URL for an empty quote', () => {
    expect(textFragmentUrl('https://n.example/b', { exact: 'Kyiv', prefix: '', suffix: '' })).toBe('https://n.example/b#:~:text=Kyiv');
    expect(textFragmentUrl('https://n.example/b', { exact: ' ', prefix: 'x', suffix: 'y' })).toBe('https://n.example/b');
  });
});

describe('linkQuote', () => {
  it('keeps only what the link reads: the exact text and a few words of context, no offsets', () => {
    const quote = { start: 40, end: 58, exact: 'Jean-Luc Mélenchon', prefix: 'the leftist leader, said  on Monday that ', suffix: ', the leader of France, would' };
    expect(linkQuote(quote)).toEqual({ exact: 'Jean-Luc Mélenchon', prefix: 'on Monday that', suffix: ', the leader' });
  });

  it('gives the same link as the whole quote, for any text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '-', ',', 'é', '\t'), maxLength: 40 });
    fc.assert(
      fc.property(text, text, text, (exact, prefix, suffix) => {
        const quote = { exact, prefix, suffix };
        expect(textFragmentUrl('https://n.example/c', linkQuote(quote))).toBe(textFragmentUrl('https://n.example/c', quote));
        expect(linkQuote(linkQuote(quote))).toEqual(linkQuote(quote));
      }),
    );
  });
});
