import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../../lib/store/text-fragment';

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
