/**
 * Reads the article text of an {@link ArticleScope} from the LIVE page, with the exact map from every
 * character back to its text node. Elements Readability saw are read as it decided; elements that
 * arrived later (a live blog's new post, a re-rendered paragraph) are judged by the chrome heuristic.
 */
import type { ArticleScope } from './article-detect';
import { isSkipped } from './extract';
import type { Slicer } from './slicer';
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

/** How many nodes are read between two looks at the clock (a look costs more than a node). */
const NODES_PER_CHECK = 32;

/**
 * A read of the scope that can stop between nodes and go on later: the reading itself, shared by
 * {@link readScope} (all at once) and {@link readScopeSliced} (in slices of main-thread time), so both
 * give the same text and map for the same page.
 */
class ScopeReader {
  private readonly builder = new TextBuilder();
  private readonly stack: Array<Node | null>;
  private truncated = false;
  private done = false;

  constructor(private readonly scope: ArticleScope, private readonly maxChars: number) {
    this.stack = [scope.root];
  }

  /** Reads on until the end, or until `enough()` (asked every few nodes) says to stop; true at the end. */
  run(enough: () => boolean): boolean {
    const { builder, stack, scope } = this;
    let sinceCheck = 0;
    while (!this.done) {
      if (++sinceCheck >= NODES_PER_CHECK) {
        sinceCheck = 0;
        if (enough()) return false;
      }
      const node = stack.pop();
      if (node === undefined) {
        this.done = true;
        break;
      }
      if (node === null) {
        builder.startBlock();
        continue;
      }
      if (node.nodeType === TEXT_NODE) {
        if (keepsText(scope, node.parentElement)) builder.appendNode(node as Text);
        if (builder.size >= this.maxChars) {
          this.truncated = true;
          this.done = true;
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
    return true;
  }

  result(): ScopeText {
    return { ...this.builder.finish(), truncated: this.truncated };
  }
}

/** Reads the scope's text, stopping after about `maxChars` characters (a huge page is capped). */
export function readScope(scope: ArticleScope, maxChars: number): ScopeText {
  const reader = new ScopeReader(scope, maxChars);
  reader.run(() => false);
  return reader.result();
}

/**
 * {@link readScope} in slices of main-thread time (a long article has thousands of nodes); null once
 * `stale()` (checked after each pause) says the read is no longer wanted. A page that changes between
 * slices may give a mixed read: the caller watches for changes and reads again.
 */
export async function readScopeSliced(scope: ArticleScope, maxChars: number, slicer: Slicer, stale: () => boolean): Promise<ScopeText | null> {
  const reader = new ScopeReader(scope, maxChars);
  while (!reader.run(slicer.due)) {
    await slicer.pause();
    if (stale()) return null;
  }
  return reader.result();
}
