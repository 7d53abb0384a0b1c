import { describe, expect, it } from 'vitest';
import { judgeArticle, jsonLdDeclaresArticle, MIN_WORDS_WITH_MARKUP, MIN_WORDS_WITHOUT_MARKUP } from '../../../lib/sites/article-likeness';

describe('judgeArticle', () => {
  it('runs on declared articles with some text, and on long undeclared text', () => {
    expect(judgeArticle({ jsonLdArticle: true, ogArticle: false, paragraphWords: MIN_WORDS_WITH_MARKUP })).toEqual({ auto: true, reason: 'declared-article' });
    expect(judgeArticle({ jsonLdArticle: false, ogArticle: true, paragraphWords: MIN_WORDS_WITH_MARKUP - 1 })).toEqual({ auto: false, reason: 'too-little-text' });
    expect(judgeArticle({ jsonLdArticle: false, ogArticle: false, paragraphWords: MIN_WORDS_WITHOUT_MARKUP - 1 })).toEqual({ auto: false, reason: 'not-an-article' });
    expect(judgeArticle({ jsonLdArticle: false, ogArticle: false, paragraphWords: MIN_WORDS_WITHOUT_MARKUP })).toEqual({ auto: true, reason: 'article-text' });
  });
});

describe('jsonLdDeclaresArticle', () => {
  it('finds article types at the top, in arrays, in @graph and as mainEntity', () => {
    expect(jsonLdDeclaresArticle(['{"@type":"NewsArticle"}'])).toBe(true);
    expect(jsonLdDeclaresArticle(['[{"@type":"WebPage"},{"@type":["Thing","ReportageNewsArticle"]}]'])).toBe(true);
    expect(jsonLdDeclaresArticle(['{"@graph":[{"@type":"Organization"},{"@type":"Article"}]}'])).toBe(true);
    expect(jsonLdDeclaresArticle(['{"@type":"WebPage","mainEntity":{"@type":"LiveBlogPosting"}}'])).toBe(true);
  });
  it('ignores other types, malformed blocks and absurd nesting', () => {
    expect(jsonLdDeclaresArticle(['{"@type":"Product"}', '{not json', '{"@type":"ArticleList"}'])).toBe(false);
    let deep = '{"@type":"NewsArticle"}';
    for (let i = 0; i < 50; i++) deep = `{"@graph":[${deep}]}`;
    expect(jsonLdDeclaresArticle([deep])).toBe(false);
  });
});
