/**
 * Readability's first parse in a page compiles its code: V8 compiles a function when it is first
 * called, and a content script's realm is new in every page, so the first parse of a page's article
 * paid for compiling most of Readability on top of the parse itself (a third of that task, measured).
 * Parsing a small made-up page first, in a task of its own, moves that compiling out of the article's
 * parse. The small page lives in a document of its own that is never attached to anything: the page
 * sees nothing, and Readability keeps no state between parses, so the article's result is the same.
 */
import type { ReadabilityEngine } from './readability-engine';

/** The engines already warmed up (the content script's part hands over one object per page). */
const warmed = new WeakSet<ReadabilityEngine>();

/** True until {@link warmUpReadability} has run for this engine. */
export function needsWarmUp(engine: ReadabilityEngine): boolean {
  return !warmed.has(engine);
}

function add(doc: Document, parent: Node, tag: string, text = '', attrs: Record<string, string> = {}): Element {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  parent.appendChild(el);
  return el;
}

/**
 * A page with the parts of a news page whose handling makes Readability call most of its code:
 * metadata and JSON-LD in the head, navigation, a headline, a byline, paragraphs, a list of links, a
 * table, an image, a sidebar and a footer.
 */
export function warmUpPage(like: Document): Document {
  // An empty document of the page's kind (the way the article's clone is made), never attached to anything.
  const doc = like.cloneNode(false) as Document;
  const html = add(doc, doc, 'html');
  const head = add(doc, html, 'head');
  const body = add(doc, html, 'body');
  add(doc, head, 'title', 'A headline | A site');
  add(doc, head, 'meta', '', { property: 'og:title', content: 'A headline' });
  add(doc, head, 'meta', '', { property: 'og:type', content: 'article' });
  add(doc, head, 'meta', '', { name: 'author', content: 'A reporter' });
  add(doc, head, 'script', '{"@context":"https://schema.org","@type":"NewsArticle","headline":"A headline"}', { type: 'application/ld+json' });
  const nav = add(doc, body, 'nav', '', { class: 'site-nav' });
  add(doc, nav, 'a', 'Home', { href: '/' });
  add(doc, nav, 'a', 'World', { href: '/world' });
  const article = add(doc, add(doc, body, 'main'), 'article');
  add(doc, article, 'h1', 'A headline');
  add(doc, article, 'p', 'By a reporter', { class: 'byline' });
  const sentence = 'The minister said on Monday, in a statement, that the port would reopen next week after the storm. ';
  for (let i = 0; i < 6; i++) add(doc, article, 'p', sentence.repeat(3));
  const div = add(doc, article, 'div', sentence);
  add(doc, div, 'a', 'a link', { href: '/more' });
  add(doc, article, 'img', '', { src: '/a.jpg', alt: 'A picture' });
  const list = add(doc, article, 'ul');
  add(doc, add(doc, list, 'li'), 'a', 'Another story', { href: '/other' });
  const row = add(doc, add(doc, article, 'table'), 'tr');
  add(doc, row, 'td', 'A figure');
  add(doc, row, 'td', '42');
  add(doc, article, 'h2', 'A subheading');
  add(doc, article, 'p', sentence.repeat(2));
  const aside = add(doc, body, 'aside', '', { class: 'sidebar' });
  add(doc, aside, 'h2', 'Most read');
  add(doc, body, 'footer', 'A footer');
  return doc;
}

/** Parses the made-up page once, with the options of the article's parse; later calls do nothing. */
export function warmUpReadability(engine: ReadabilityEngine, like: Document): void {
  if (warmed.has(engine)) return;
  warmed.add(engine);
  new engine.Readability<Node>(warmUpPage(like), { serializer: (node) => node, keepClasses: true }).parse();
}
