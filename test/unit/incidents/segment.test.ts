import { describe, expect, it } from 'vitest';
import { datelineEnd, refineSentences, splitClauses, splitSentencesSimple } from '../../../lib/annotate/incidents/segment';

const texts = (text: string, spans: Array<{ start: number; end: number }>): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits at full stops but not after abbreviations or initials', () => {
    const t = 'The Jan. 9 raid hit the U.S. base. Gen. Smith said J. Doe was hurt. It ended.';
    expect(texts(t, splitSentencesSimple(t))).toEqual(['The Jan. 9 raid hit the U.S. base.', 'Gen. Smith said J. Doe was hurt.', 'It ended.']);
  });

  it('cuts engine sentences again at line breaks', () => {
    const t = 'Headline without stop\nBody sentence here.';
    expect(texts(t, refineSentences(t, [{ start: 0, end: t.length }]))).toEqual(['Headline without stop', 'Body sentence here.']);
  });
});

describe('splitClauses', () => {
  it('splits before "including", "but" and semicolons', () => {
    const t = 'Most raids fail but this one worked; police came, including two that arrived late.';
    expect(texts(t, splitClauses(t, { start: 0, end: t.length }))).toEqual([
      'Most raids fail', 'but this one worked;', 'police came,', 'including two that arrived late.',
    ]);
  });
});

describe('datelineEnd', () => {
  it('skips a wire dateline', () => {
    const t = 'KABUL, Afghanistan (AP) — A bomb exploded.';
    expect(t.slice(datelineEnd(t, { start: 0, end: t.length }))).toBe('A bomb exploded.');
  });

  it('leaves ordinary sentences alone', () => {
    const t = 'US troops left the base.';
    expect(datelineEnd(t, { start: 0, end: t.length })).toBe(0);
  });
});
