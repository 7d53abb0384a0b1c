/**
 * Reads, cheaply and without changing anything, what a page shows about being an article: JSON-LD
 * types, og:type, and how many words its paragraphs hold (counted only up to what the decision
 * needs, so a 200,000-word page costs no more than a short one). The decision itself is pure, in
 * lib/sites/article-likeness.ts.
 */
import { jsonLdDeclaresArticle, WORDS_COUNTED_AT_MOST, type PageSignals } from '../sites/article-likeness';

/** JSON-LD blocks longer than this are skipped: no article needs it, and parsing it would stall. */
const MAX_JSON_LD_CHARS = 200_000;
/** At most this many JSON-LD blocks are read. */
const MAX_JSON_LD_BLOCKS = 20;
/** Paragraphs inside these are page chrome, not article text. */
const CHROME_SELECTOR = 'nav, footer, aside, form, header, [role="navigation"], [role="complementary"]';

function jsonLdBlocks(doc: Document): string[] {
  const blocks: string[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_JSON_LD_BLOCKS)) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_JSON_LD_CHARS) blocks.push(text);
  }
  return blocks;
}

function countWords(text: string, limit: number): number {
  let n = 0;
  const re = /\S+/g;
  while (n < limit && re.exec(text) !== null) n++;
  return n;
}

/** Words in the page's paragraphs outside page chrome, up to `limit`. */
export function paragraphWords(doc: Document, limit: number = WORDS_COUNTED_AT_MOST): number {
  let words = 0;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && words < limit; i++) {
    const p = paragraphs[i];
    if (!p || p.closest(CHROME_SELECTOR)) continue;
    words += countWords(p.textContent ?? '', limit - words);
  }
  return words;
}

/** The page's article signals (see {@link PageSignals}). */
export function readPageSignals(doc: Document): PageSignals {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  return {
    jsonLdArticle: jsonLdDeclaresArticle(jsonLdBlocks(doc)),
    ogArticle: /^\s*article\s*$/i.test(ogType),
    paragraphWords: paragraphWords(doc),
  };
}
