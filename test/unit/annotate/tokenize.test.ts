import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../lib/annotate/tokenize';
import { splitSentences } from '../../../lib/annotate/sentences';

describe('tokenize', () => {
  it('keeps abbreviations, handles and offsets, and splits possessives off', () => {
    const text = "U.S. envoy @SomeEnvoy met Chile’s Foreign Minister.";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(['U.S.', 'envoy', '@SomeEnvoy', 'met', 'Chile', '’s', 'Foreign', 'Minister', '.']);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits hyphenated names into word and hyphen tokens without spaces', () => {
    const toks = tokenize('Ali al-Rubaie');
    expect(toks.map((t) => t.text)).toEqual(['Ali', 'al', '-', 'Rubaie']);
    expect(toks[2]?.spaceBefore).toBe(false);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, months or initials and does split at line breaks', () => {
    const text = 'Gen. Lopez spoke on Jan. 4 with John F. Kennedy Jr. about it. Then he left.\nHeadline Without Stop\nNext line.';
    const ss = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
    expect(ss).toEqual([
      'Gen. Lopez spoke on Jan. 4 with John F. Kennedy Jr. about it.',
      'Then he left.',
      'Headline Without Stop',
      'Next line.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    const text = '"We are ready." The minister smiled.';
    const ss = splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
    expect(ss).toEqual(['"We are ready."', 'The minister smiled.']);
  });
});
