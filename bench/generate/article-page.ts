/**
 * Wraps a generated article in a news page like the ones readers visit: metadata in the head, site
 * navigation, an <article> body, a sidebar and a footer, so the content script's article detection and
 * text mapping do their real work.
 */
import type { GeneratedArticle } from './article-text';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The full HTML of a page showing `article`. */
export function articlePage(article: GeneratedArticle): string {
  const title = escapeHtml(article.title);
  const body = article.paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} | The Daily Ledger</title>
  <meta property="og:site_name" content="The Daily Ledger">
  <meta property="og:type" content="article">
  <meta name="author" content="Bench Reporter">
  <meta property="article:published_time" content="2026-03-10T08:30:00Z">
  <style>body { font: 17px/1.6 Georgia, serif; margin: 0 auto; max-width: 720px; padding: 16px; }</style>
</head>
<body>
  <nav class="site-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
  <main>
    <article>
      <h1>${title}</h1>
      <p class="byline">By Bench Reporter</p>
${body}
    </article>
  </main>
  <aside class="sidebar"><h2>Most read</h2><ul class="related"><li><a href="/x">Weather warning for the coast</a></li></ul></aside>
  <footer>© The Daily Ledger</footer>
</body>
</html>
`;
}
