/**
 * Finds the article body of a page and reads its text with a map back to the DOM. A simple,
 * dependency-free heuristic: the element holding most paragraph text wins, and page chrome (navigation,
 * related links, ads, captions, forms) inside it is skipped. Works on a live document and, for the
 * CLI, on a linkedom document in Node.
 */
import { TextBuilder, type MappedText } from './text-builder';

/** Elements whose text is never article text. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'VIDEO', 'AUDIO',
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'LABEL', 'FIGURE',
  'FIGCAPTION', 'MENU', 'DIALOG',
]);

/** Class or id words that mark chrome inside an article container. */
const CHROME_PATTERN =
  /(^|[\s_-])(ad|ads|advert|advertisement|sponsor|promo|related|recommended|more-stories|read-more|share|sharing|social|newsletter|subscribe|comments?|byline-tools|breadcrumbs?|tags|toolbar|popup|modal|cookie|paywall|outbrain|taboola)([\s_-]|$)/i;

/** Elements that start a new block of text (a blank line in the output). */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL',
  'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'DL', 'BR', 'HR', 'ADDRESS',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The article as the content script and the CLI see it. */
export interface ExtractedArticle extends MappedText {
  root: Element;
  wordCount: number;
}

/** True for elements whose whole subtree is page chrome or invisible. */
export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo') {
    return true;
  }
  const style = el.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return marker.trim() !== '' && CHROME_PATTERN.test(marker);
}

function isInsideSkipped(el: Element, stop: Element | null): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isSkipped(cur)) return true;
  }
  return false;
}

/** Picks the element that holds the most paragraph text: the article body. */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  const explicit = doc.querySelector('[itemprop="articleBody"]');
  if (explicit && !isInsideSkipped(explicit, null)) return explicit;
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (isInsideSkipped(p, null)) continue;
    const len = (p.textContent ?? '').trim().length;
    if (len < 25) continue;
    const parent = p.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent?.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  // Prefer the enclosing <article> so the headline is read too.
  const article = best.closest('article');
  return article && !isInsideSkipped(article, null) ? article : best;
}

/** Reads the text of `root`, skipping chrome, with blocks separated by blank lines. */
export function readText(root: Element): MappedText {
  const builder = new TextBuilder();
  // null marks the end of a block: text after a block's end starts a new block too.
  const stack: Array<Node | null> = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      builder.startBlock();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      builder.appendNode(node as Text);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (el !== root && isSkipped(el)) continue;
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
      builder.startBlock();
      stack.push(null);
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return builder.finish();
}

/** Finds the article body and reads it; the word count tells a page from an article. */
export function extractArticle(doc: Document): ExtractedArticle {
  const root = findArticleRoot(doc);
  const mapped = readText(root);
  const wordCount = mapped.text.split(/\s+/).filter(Boolean).length;
  return { ...mapped, root, wordCount };
}
