import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../lib/export/file-name';
import { mdText, toMarkdown } from '../../../lib/export/markdown';
import { toWebAnnotations } from '../../../lib/export/w3c';
import { generateArticles } from '../../support/generate-articles';

describe('Markdown log', () => {
  it('lists every article with title link, site, actors, places and who said what', () => {
    const s = generateArticles(3, 5);
    const md = toMarkdown(s, new Date('2026-04-07T10:00:00Z'));
    for (const a of s.articles) expect(md).toContain(`(<${a.url}>)`);
    expect(md.match(/^## /gm)).toHaveLength(3);
    expect(md).toContain('- Actors: ');
    expect(md).toContain('### Attributions');
  });

  it('escapes markup so page text cannot become links or HTML', () => {
    expect(mdText('<img src=x onerror=alert(1)> [a](javascript:x)')).toBe(
      '\\<img src=x onerror=alert\\(1\\)\\> \\[a\\]\\(javascript:x\\)',
    );
    expect(mdText('two\nlines\u0007')).toBe('two lines');
  });
});

describe('W3C Web Annotation export', () => {
  it('has one annotation per mention and attribution, each with quote and position selectors', () => {
    const s = generateArticles(4, 2);
    const doc = toWebAnnotations(s, new Date('2026-04-07T10:00:00Z'));
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.total).toBe(s.mentions.length + s.attributions.length);
    expect(doc.first.items).toHaveLength(doc.total);
    const m = s.mentions[0]!;
    const first = doc.first.items[0]!;
    expect(first.target.source).toBe(s.articles.find((a) => a.id === m.articleId)?.url);
    expect(first.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: m.exact, prefix: m.prefix, suffix: m.suffix },
      { type: 'TextPositionSelector', start: m.start, end: m.end },
    ]);
    expect(new Set(doc.first.items.map((i) => i.id)).size).toBe(doc.total);
  });
});

describe('file names', () => {
  it('carry the date, the scope and the right extension', () => {
    const d = new Date(2026, 3, 7, 12);
    expect(exportFileName('json', d, false)).toBe('sourcemark-2026-04-07.json');
    expect(exportFileName('csv-mentions', d, true)).toBe('sourcemark-filtered-mentions-2026-04-07.csv');
    expect(exportFileName('csv-tables', d, false)).toBe('sourcemark-tables-2026-04-07.zip');
    expect(exportFileName('markdown', d, false)).toBe('sourcemark-2026-04-07.md');
    expect(exportFileName('w3c', d, false)).toBe('sourcemark-annotations-2026-04-07.jsonld');
  });
});
