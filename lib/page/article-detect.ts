/**
 * Decides whether a page is an article and where its body is, with Mozilla's Readability (the engine
 * of Firefox's Reader View) run on a CLONE of the document: Readability rewrites what it is given,
 * and the live page must stay untouched. Its verdict is carried back to the live page as an
 * {@link ArticleScope}, so the text the engine reads comes from the very nodes that get highlighted.
 * Readability itself is handed in (lib/page/readability-engine.ts): the content script carries it in
 * a file of its own.
 */
import { findArticleRoot } from './extract';
import { findJsonLdArticle } from './metadata';
import type { ReadabilityEngine } from './readability-engine';
import { needsWarmUp, warmUpReadability } from './readability-warm-up';

/** Where a page's article is in the live DOM. */
export interface ArticleScope {
  /** The smallest element holding all of the article's text. */
  root: Element;
  /** Elements that existed when the article was detected; later ones are judged by {@link isSkipped}. */
  known: WeakSet<Element>;
  /** Known elements whose own text Readability kept as article text. */
  kept: WeakSet<Element>;
  /** Known elements that are kept or hold kept elements: the only ones worth descending into. */
  path: WeakSet<Element>;
  /** How the body was found. */
  method: 'readability' | 'heuristic';
}

/** Pages with more elements than this skip Readability (it would block the tab) for the quick heuristic. */
export const MAX_READABILITY_ELEMENTS = 30_000;
/** The attribute that ties the clone's elements to the live ones; it is only ever set on the clone. */
const INDEX_ATTR = 'data-sourcemark-i';
const TEXT_NODE = 3;

/** True when the page looks like an article: readable paragraphs, or it says so in its metadata. */
export function looksLikeArticle(doc: Document, { isProbablyReaderable }: ReadabilityEngine): boolean {
  if (findJsonLdArticle(doc)) return true;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType && /article/i.test(ogType)) return true;
  return isProbablyReaderable(doc, { minContentLength: 100, minScore: 20 });
}

function ownsText(el: Element): boolean {
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === TEXT_NODE && /\S/.test((n as Text).data)) return true;
  }
  return false;
}

function commonAncestor(elements: readonly Element[]): Element | null {
  let lca: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (lca && !lca.contains(el)) lca = lca.parentElement;
  }
  return lca;
}

/** The heuristic scope: the element with most paragraph text, every part of it judged by isSkipped. */
function heuristicScope(doc: Document): ArticleScope {
  return { root: findArticleRoot(doc), known: new WeakSet(), kept: new WeakSet(), path: new WeakSet(), method: 'heuristic' };
}

/*
 * Elements are listed with querySelectorAll('*'): the same list in every DOM, the browser's and the
 * CLI's (linkedom returns nothing for getElementsByTagName('*')), so both read the same article.
 */

/**
 * Runs Readability on a clone; returns the live elements it kept, or null when it found nothing.
 * `live`: the body and every element in it, listed just before (in the same task). A generator: it yields
 * between its steps (the clone, Readability's parse, the way back to the live page), each a task of
 * its own when detection is sliced; a sliced detection's first parse with `engine` is preceded by a
 * warm-up parse of a small page, in a step of its own (lib/page/readability-warm-up.ts).
 */
function* readabilityKept(doc: Document, live: readonly Element[], engine: ReadabilityEngine, sliced: boolean): Generator<void, Element[] | null> {
  const { Readability } = engine;
  const clone = doc.cloneNode(true) as Document;
  const cloneBody = clone.body;
  if (!cloneBody) return null;
  const copies = [cloneBody, ...Array.from(cloneBody.querySelectorAll('*'))];
  if (copies.length !== live.length) return null;
  copies.forEach((el, i) => el.setAttribute(INDEX_ATTR, String(i)));
  yield;
  if (sliced && needsWarmUp(engine)) {
    // Compiling Readability's code, in a task of its own, ahead of the article's parse (lib/page/readability-warm-up.ts).
    try {
      warmUpReadability(engine, doc);
    } catch (error) {
      console.debug('sourcemark: Readability warm-up failed', error);
    }
    yield;
  }
  // keepClasses: only spares the work of removing class attributes from the result (a clone's).
  const article = new Readability<Node>(clone, { serializer: (node) => node, keepClasses: true }).parse();
  const content = article?.content;
  if (!content || content.nodeType !== 1) return null;
  yield;
  const root = content as Element;
  const kept: Element[] = [];
  for (const el of [root, ...Array.from(root.querySelectorAll(`[${INDEX_ATTR}]`))]) {
    const at = el.getAttribute(INDEX_ATTR);
    const liveEl = at === null ? undefined : live[Number(at)];
    if (liveEl) kept.push(liveEl);
  }
  return kept.length ? kept : null;
}

/** How the article is looked for. */
export interface DetectOptions {
  /** The reader asked for this page: find its main text even when the page does not look like an article. */
  asked?: boolean;
}

/** The steps of a detection; yields between them (see {@link readabilityKept}). */
function* detectSteps(doc: Document, engine: ReadabilityEngine, options: DetectOptions, sliced: boolean): Generator<void, ArticleScope | null> {
  const body = doc.body;
  if (!body || (!options.asked && !looksLikeArticle(doc, engine))) return null;
  if (body.querySelectorAll('*').length > MAX_READABILITY_ELEMENTS) return heuristicScope(doc);
  yield;
  // Listed in the same step as the clone is made: the clone's elements are matched to these by position.
  const live = [body, ...Array.from(body.querySelectorAll('*'))];
  let kept: Element[] | null = null;
  try {
    kept = yield* readabilityKept(doc, live, engine, sliced);
  } catch (error) {
    console.debug('sourcemark: Readability failed, using the heuristic', error);
  }
  const owners = (kept ?? []).filter(ownsText);
  const root = commonAncestor(owners);
  if (!kept || !root) return heuristicScope(doc);
  // A sliced detection: the article left the page meanwhile (the page watches for it and detects again).
  if (!root.isConnected) return null;
  // The elements that existed when the clone was made: later ones are judged by the chrome heuristic.
  const known = new WeakSet<Element>(live);
  const path = new WeakSet<Element>();
  for (const el of kept) {
    for (let cur: Element | null = el; cur && !path.has(cur); cur = cur === root ? null : cur.parentElement) path.add(cur);
  }
  return { root, known, kept: new WeakSet(kept), path, method: 'readability' };
}

/**
 * Finds the article of `doc`, or null when the page is not one (unless the reader asked). Readability
 * decides on a clone; pages too big for it (or where it finds nothing) fall back to the
 * paragraph-density heuristic.
 */
export function detectArticle(doc: Document, engine: ReadabilityEngine, options: DetectOptions = {}): ArticleScope | null {
  const steps = detectSteps(doc, engine, options, false);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * {@link detectArticle} with a task of its own for each step (the check and listing, the clone,
 * Readability's warm-up the first time, its parse, the way back): `pause()` gives the page the main thread between them. Null
 * also when `stale()` (asked after each pause) says the detection is no longer wanted. `engine` may
 * still be on its way (the content script's Readability part): it is awaited before the first step.
 */
export async function detectArticleSliced(
  doc: Document,
  engine: ReadabilityEngine | Promise<ReadabilityEngine>,
  options: DetectOptions,
  pause: () => Promise<void>,
  stale: () => boolean,
): Promise<ArticleScope | null> {
  const ready = await engine;
  if (stale()) return null;
  const steps = detectSteps(doc, ready, options, true);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
    if (stale()) {
      steps.return(null);
      return null;
    }
  }
}
