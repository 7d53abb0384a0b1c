import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../lib/page/article-detect';
import { unwrapAll, wrapSpans } from '../../../lib/page/fallback-marks';
import { readMetadata } from '../../../lib/page/metadata';
import { readScope } from '../../../lib/page/read-scope';
import { bundledReadability as R } from '../../../lib/page/readability-bundled';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const P = (s: string) => `<p>${s} ${'The talks continued late into the night as delegations argued over inspections and insurance. '.repeat(2)}</p>`;
const PAGE = `<!doctype html><html lang="en"><head><title>Story</title><meta property="og:type" content="article"></head><body>
  <nav><a href="/">Home</a> <a href="/t">Angela Merkel</a></nav>
  <div id="main"><article>
    <h1>Grain talks</h1>
    ${P('President Volodymyr Zelenskiy spoke in Kyiv.')}
    ${P('Officials in Odesa said the port reopened.')}
    <div class="related-links"><h3>Related</h3><ul><li><a href="/x">Olaf Scholz visits Madrid</a></li></ul></div>
    ${P('The European Commission said it would help.')}
  </article></div>
  <aside class="sidebar"><h3>Most read</h3><p>Pedro Sanchez opens a factory in Valencia, with a long enough paragraph to be read.</p></aside>
  <footer><p>Copyright The Gazette</p></footer>
</body></html>`;

describe('detectArticle + readScope', () => {
  it('reads the body Readability finds, from the live nodes, without the chrome', () => {
    const d = doc(PAGE);
    const before = d.documentElement.outerHTML;
    const scope = detectArticle(d, R);
    expect(scope).not.toBeNull();
    const read = readScope(scope!, 100_000);
    expect(read.text).toContain('President Volodymyr Zelenskiy spoke in Kyiv.');
    expect(read.text).toContain('The European Commission said it would help.');
    for (const chrome of ['Angela Merkel', 'Olaf Scholz', 'Pedro Sanchez', 'Copyright']) expect(read.text).not.toContain(chrome);
    // Readability worked on a clone: the live page is unchanged, and the map points into it.
    expect(d.documentElement.outerHTML).toBe(before);
    expect(read.segments.every((s) => d.documentElement.contains(s.node))).toBe(true);
    expect(read.truncated).toBe(false);
  });

  it('reads text that arrives later inside the article, and caps a huge read', () => {
    const d = doc(PAGE);
    const scope = detectArticle(d, R)!;
    const p = d.createElement('p');
    p.textContent = 'Update: Emmanuel Macron called Zelenskiy.';
    scope.root.appendChild(p);
    expect(readScope(scope, 100_000).text).toContain('Update: Emmanuel Macron called Zelenskiy.');
    const capped = readScope(scope, 50);
    expect(capped.truncated).toBe(true);
    expect(capped.text.length).toBeLessThan(400); // stops at the first node past the cap
  });

  it('says a page without an article is none', () => {
    expect(detectArticle(doc('<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>'), R)).toBeNull();
  });
});

describe('fallback marks', () => {
  it('wraps spans in custom elements and unwraps them to the same text', () => {
    const d = doc(PAGE);
    const scope = detectArticle(d, R)!;
    const read = readScope(scope, 100_000);
    const start = read.text.indexOf('Volodymyr Zelenskiy');
    const kyiv = read.text.indexOf('Kyiv');
    const marks = wrapSpans(d, read, [
      { start, end: start + 19, kind: 'person' },
      { start: start - 10, end: start + 25, kind: 'attribution' }, // overlaps the person: left out
      { start: kyiv, end: kyiv + 4, kind: 'place' },
    ]);
    expect(marks.map((m) => m.map((e) => e.textContent).join(''))).toEqual(['Volodymyr Zelenskiy', '', 'Kyiv']);
    expect(marks[0]?.[0]?.getAttribute('data-kind')).toBe('person');
    expect(readScope(scope, 100_000).text).toBe(read.text);
    unwrapAll(d.body);
    expect(d.querySelectorAll('sourcemark-mark').length).toBe(0);
    expect(readScope(scope, 100_000).text).toBe(read.text);
  });
});

describe('readMetadata, complete', () => {
  it('reads modified time, microdata dates, the byline and the dateline', () => {
    const d = doc(`<html><head><meta property="og:locale" content="en_GB">
      <meta property="article:modified_time" content="2026-05-07T10:00:00Z"></head>
      <body><span itemprop="author">By Jane Roe</span><time itemprop="datePublished" datetime="2026-05-06T08:00:00Z">May 6</time></body></html>`);
    expect(readMetadata(d, 'Headline\n\nCAIRO — Gunmen attacked.')).toEqual({
      author: 'Jane Roe',
      publishedTime: '2026-05-06T08:00:00Z',
      modifiedTime: '2026-05-07T10:00:00Z',
      lang: 'en-GB',
      dateline: 'CAIRO',
    });
  });

  it('ignores an article:author that is a profile URL', () => {
    const d = doc('<html><head><meta property="article:author" content="https://facebook.com/someone"></head><body></body></html>');
    expect(readMetadata(d).author).toBeUndefined();
  });
});
