import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, stripTracking } from '../../../lib/page/canonical-url';
import { readMetadata, readTitle } from '../../../lib/page/metadata';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('canonicalUrl', () => {
  it('prefers rel=canonical, resolved against the page', () => {
    const d = doc('<html><head><link rel="canonical" href="/world/story-1?utm_medium=x"></head><body></body></html>');
    expect(canonicalUrl(d, 'https://news.example/world/story-1?share=1')).toBe('https://news.example/world/story-1');
  });

  it('falls back to og:url, then to the page URL without tracking or fragment', () => {
    const og = doc('<html><head><meta property="og:url" content="https://news.example/a"></head><body></body></html>');
    expect(canonicalUrl(og, 'https://m.news.example/a')).toBe('https://news.example/a');
    const none = doc('<html><head></head><body></body></html>');
    expect(canonicalUrl(none, 'https://news.example/a?id=7&utm_source=mail&fbclid=abc#top')).toBe('https://news.example/a?id=7');
  });

  it('ignores a canonical link that is not http(s)', () => {
    const d = doc('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>');
    expect(canonicalUrl(d, 'https://news.example/b')).toBe('https://news.example/b');
  });

  it('keeps a relative key as given', () => {
    expect(stripTracking('not a url')).toBe('not a url');
  });
});

describe('readMetadata', () => {
  it('reads JSON-LD NewsArticle first, inside @graph too', () => {
    const d = doc(`<html lang="en-GB"><head>
      <meta property="og:site_name" content="OG Site">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","headline":"The headline",
        "datePublished":"2026-01-02T03:04:05Z","author":[{"name":"A. Writer"},{"name":"B. Writer"}],"publisher":{"name":"LD Site"}}]}</script>
      </head><body></body></html>`);
    expect(readTitle(d)).toBe('The headline');
    expect(readMetadata(d)).toEqual({
      siteName: 'LD Site',
      author: 'A. Writer, B. Writer',
      publishedTime: '2026-01-02T03:04:05Z',
      lang: 'en-GB',
    });
  });

  it('falls back to meta tags and <time>, and skips malformed JSON-LD', () => {
    const d = doc(`<html><head><title>Doc title</title><script type="application/ld+json">{oops</script>
      <meta property="og:site_name" content="OG Site"><meta name="author" content="C. Writer"></head>
      <body><time datetime="2026-05-06">May 6</time></body></html>`);
    expect(readTitle(d)).toBe('Doc title');
    expect(readMetadata(d)).toEqual({ siteName: 'OG Site', author: 'C. Writer', publishedTime: '2026-05-06' });
  });
});
