import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { detectAhead, findArticle } from '../../../lib/page/find-article';
import { yieldToPage } from '../../../lib/page/yield-to-page';
import { bundledReadability as R } from '../../../lib/page/readability-bundled';

/** A linkedom document; its window's MutationObserver becomes the global one (Node has none). */
function doc(html: string): Document {
  const window = parseHTML(html);
  vi.stubGlobal('MutationObserver', window.MutationObserver);
  return window.document as unknown as Document;
}

const SENTENCE = 'The talks continued late into the night as delegations argued over inspections and insurance. ';
const P = (s: string) => `<p>${s} ${SENTENCE.repeat(4)}</p>`;
const ARTICLE = `<!doctype html><html lang="en"><head><title>Story</title><meta property="og:type" content="article"></head><body>
  <nav><a href="/">Home</a> <a href="/t">Angela Merkel</a></nav>
  <main><article><h1>Grain talks</h1>${P('President Volodymyr Zelenskiy spoke in Kyiv.')}${P('Officials in Odesa said the port reopened.')}${P('The European Commission said it would help.')}</article></main>
  <footer><p>Copyright The Gazette</p></footer>
</body></html>`;
const SHORT = `<!doctype html><html><head><title>Note</title></head><body><main><p>Office closed on Monday.</p></main></body></html>`;

describe('findArticle', () => {
  it('finds the body text of an article, without the chrome', () => {
    const found = findArticle(doc(ARTICLE), R, false);
    expect(found?.text.text).toContain('Zelenskiy spoke in Kyiv');
    expect(found?.text.text).not.toContain('Angela Merkel');
    expect(found?.text.text).not.toContain('Copyright');
  });

  it('finds nothing on a page with too little text, unless the reader asked for a short text', () => {
    expect(findArticle(doc(SHORT), R, false)).toBeNull();
    expect(findArticle(doc(`<body><main><p>${'The minister said the port would reopen. '.repeat(3)}</p></main></body>`), R, true)?.text.text).toContain('port would reopen');
  });
});

describe('detectAhead', () => {
  it('hands over the article and the text it read when the page did not change', async () => {
    const d = doc(ARTICLE);
    const ahead = detectAhead(d, R);
    const result = await ahead.take();
    expect(result?.scope.root.localName).toBe('article');
    expect(result?.text?.text).toContain('Odesa said the port reopened');
  });

  it('asks for a new read when the article changed between detection and take', async () => {
    const d = doc(ARTICLE);
    const ahead = detectAhead(d, R);
    // Detection and reading take a few tasks (one per step): let them all run first.
    for (let i = 0; i < 10; i++) await yieldToPage();
    const p = d.createElement('p');
    p.textContent = `A new paragraph arrived. ${SENTENCE}`;
    d.querySelector('article')?.appendChild(p);
    const result = await ahead.take();
    expect(result?.scope.root.localName).toBe('article');
    expect(result?.text).toBeNull();
  });

  it('gives nothing when the article was removed, and its result only once', async () => {
    const d = doc(ARTICLE);
    const ahead = detectAhead(d, R);
    await yieldToPage();
    await yieldToPage();
    d.querySelector('main')?.remove();
    expect(await ahead.take()).toBeNull();
    const again = detectAhead(doc(ARTICLE), R);
    expect(await again.take()).not.toBeNull();
    expect(await again.take()).toBeNull();
  });

  it('gives nothing on a page without an article', async () => {
    expect(await detectAhead(doc(SHORT), R).take()).toBeNull();
  });
});
