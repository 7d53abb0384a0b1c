import { describe, expect, it } from 'vitest';
import { foldSearch } from '../../../lib/store/article-lookup';
import { makeFoldMemo } from '../../../lib/store/fold-memo';

describe('makeFoldMemo', () => {
  it('answers exactly what foldSearch answers, first time and again', () => {
    const { fold } = makeFoldMemo(10);
    for (const s of ['Al-Kadhimi', 'The Ministry of Défense', '  Ōsaka  Prefecture ', 'el-Sisi']) {
      expect(fold(s)).toBe(foldSearch(s));
      expect(fold(s)).toBe(foldSearch(s));
    }
  });

  it('remembers each distinct string once', () => {
    const memo = makeFoldMemo(10);
    memo.fold('Kadhimi');
    memo.fold('Kadhimi');
    memo.fold('Sadr');
    expect(memo.size()).toBe(2);
  });

  it('starts over once it holds its limit, and still answers right', () => {
    const memo = makeFoldMemo(3);
    for (const s of ['a', 'b', 'c']) memo.fold(s);
    expect(memo.size()).toBe(3);
    expect(memo.fold('Dé')).toBe('de');
    expect(memo.size()).toBe(1);
  });
});
