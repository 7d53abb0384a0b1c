import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract';
import { pointAt, spanToPoints } from '../../../lib/page/text-map';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const PAGE = `<!doctype html><html><body>
  <nav><a href="/">Home</a> <a href="/t">Angela Merkel</a></nav>
  <div class="page">
    <article>
      <h1>Flooding   closes the Danube port</h1>
      <div class="ad-slot">Advertisement for Vienna hotels</div>
      <p>Rising water closed the port of   <b>Constanta</b> on Monday, officials said.</p>
      <figure><img src="x.png"><figcaption>A photo caption about Bucharest</figcaption></figure>
      <p>Barges were diverted to Galati, the port authority said in a statement on its website.</p>
      <ul class="related-links"><li>Read more: Budapest bridges</li></ul>
    </article>
    <aside><p>Most read: an unrelated story about Sofia that is long enough to count as a paragraph.</p></aside>
  </div>
  <footer><p>Copyright The Example Gazette, all rights reserved in every market.</p></footer>
</body></html>`;

describe('extractArticle', () => {
  it('reads the article body with collapsed whitespace and blank lines between blocks', () => {
    const { text } = extractArticle(doc(PAGE));
    expect(text).toBe(
      'Flooding closes the Danube port\n\n' +
        'Rising water closed the port of Constanta on Monday, officials said.\n\n' +
        'Barges were diverted to Galati, the port authority said in a statement on its website.',
    );
  });

  it('leaves out navigation, ads, captions, related links, sidebars and footers', () => {
    const { text } = extractArticle(doc(PAGE));
    for (const chrome of ['Angela Merkel', 'Vienna', 'Bucharest', 'Budapest', 'Sofia', 'Gazette']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('prefers an explicit articleBody', () => {
    const d = doc(`<body><div><p>${'Long paragraph outside the body of the story itself. '.repeat(5)}</p></div>
      <section itemprop="articleBody"><p>The short story.</p></section></body>`);
    expect(extractArticle(d).text).toBe('The short story.');
  });

  it('counts words', () => {
    expect(extractArticle(doc(PAGE)).wordCount).toBe(31);
  });
});

describe('text map', () => {
  it('maps every character of the built text back to its DOM text node and offset', () => {
    const article = extractArticle(doc(PAGE));
    for (let i = 0; i < article.text.length; i++) {
      const ch = article.text[i];
      const point = pointAt(article, i);
      if (ch === '\n') {
        expect(point).toBeUndefined();
        continue;
      }
      expect(point, `offset ${i}`).toBeDefined();
      const domChar = point?.node.data[point.offset] ?? '';
      if (ch === ' ') expect(domChar === '' || /\s/.test(domChar), `offset ${i}`).toBe(true);
      else expect(domChar, `offset ${i}`).toBe(ch);
    }
  });

  it('maps a span inside a bold element and after collapsed whitespace exactly', () => {
    const article = extractArticle(doc(PAGE));
    const start = article.text.indexOf('Constanta');
    const points = spanToPoints(article, start, start + 'Constanta'.length);
    expect(points?.start.node).toBe(points?.end.node);
    expect(points?.start.node.data.slice(points.start.offset, points.end.offset)).toBe('Constanta');
    const spaced = article.text.indexOf('port of Constanta');
    const span = spanToPoints(article, spaced, spaced + 'port of'.length);
    expect(span?.start.node.data.slice(span.start.offset, span.end.offset)).toBe('port of');
  });

  it('refuses empty spans and spans past the text', () => {
    const article = extractArticle(doc(PAGE));
    expect(spanToPoints(article, 5, 5)).toBeUndefined();
    expect(spanToPoints(article, article.text.length, article.text.length + 4)).toBeUndefined();
  });
});
