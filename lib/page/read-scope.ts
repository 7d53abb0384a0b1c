/**
 * Reads the article text of an {@link ArticleScope} from the LIVE page, with the exact map from every
 * character back to its text node. Elements Readability saw are read as it decided; elements that
 * arrived later (a live blog's new post, a re-rendered paragraph) are judged by the chrome heuristic.
 */
import type { ArticleScope } from './article-detect';
import { isSkipped } from './extract';
import { TextBuilder, type MappedText } from './text-builder';

/** Elements that start a new block of text (a blank line in the output). */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL',
  'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DD', 'DT', 'DL', 'BR', 'HR', 'ADDRESS',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The most article text read from a page (about 100,000 words): a huge page is annotated in part. */
export const MAX_READ_CHARS = 600_000;

/** The article text as read, and whether the read stopped at the cap. */
export interface ScopeText extends MappedText {
  truncated: boolean;
}

/** Sourcemark's own elements (the fallback marks and the hover card's host) are never article text. */
export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith('sourcemark-');
}

function enters(scope: ArticleScope, el: Element): boolean {
  if (isOwnElement(el)) return true; // a fallback mark wraps article text: read through it
  if (el !== scope.root && isSkipped(el)) return false;
  return scope.known.has(el) ? scope.path.has(el) : true;
}

function keepsText(scope: ArticleScope, parent: Element | null): boolean {
  if (!parent) return false;
  let owner: Element | null = parent;
  while (owner && isOwnElement(owner)) owner = owner.parentElement;
  return !owner || !scope.known.has(owner) || scope.kept.has(owner);
}

/** Reads the scope's text, stopping after about `maxChars` characters (a huge page is capped). */
export function readScope(scope: ArticleScope, maxChars: number): ScopeText {
  const builder = new TextBuilder();
  const stack: Array<Node | null> = [scope.root];
  let truncated = false;
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      builder.startBlock();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      if (keepsText(scope, node.parentElement)) builder.appendNode(node as Text);
      if (builder.size >= maxChars) {
        truncated = true;
        break;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (!enters(scope, el)) continue;
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
      builder.startBlock();
      stack.push(null);
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  return { ...builder.finish(), truncated };
}
