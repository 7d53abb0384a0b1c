/**
 * One article in one tab, from detection to highlights, for as long as the tab shows its URL:
 * detects the article (Readability on a clone), reads its text from the live nodes, sends new text to
 * the background (never the same text twice; an article's first screenful goes ahead on its own, so
 * the reader sees highlights sooner), draws what comes back, and keeps the highlights on
 * their words while the page changes. Everything it attaches to the page listens to one AbortSignal:
 * a navigation aborts it and the page is as it was.
 */
import { PART_SEPARATOR, STALE_SESSION_ERROR, type AnnotatePage, type AnnotateReply } from '@/lib/messages';
import { selectorFor } from '@/lib/page/anchors';
import type { ArticleScope } from '@/lib/page/article-detect';
import { countWords, joinPart, leadBlocks, markSeen, partToPage, splitBlocks, unseenBlocks, type Block, type Part, type SeenBlocks } from '@/lib/page/blocks';
import { canonicalUrl } from '@/lib/page/canonical-url';
import { unwrapAll } from '@/lib/page/fallback-marks';
import { findArticleSliced, type AheadDetection } from '@/lib/page/find-article';
import { clearHighlights, highlightsSupported } from '@/lib/page/highlighter';
import { buildHitIndex, type Drawn } from '@/lib/page/hit-test';
import { readMetadata, readTitle } from '@/lib/page/metadata';
import { readabilityPart } from '@/lib/page/readability-engine';
import { MAX_READ_CHARS, readScope, readScopeSliced, type ScopeText } from '@/lib/page/read-scope';
import { sliced, startSlicer, type Slicer } from '@/lib/page/slicer';
import { yieldToPage } from '@/lib/page/yield-to-page';
import { requestAnnotation, requestCards } from './annotate-request';
import { paintDrawn, placeMentions, placeMentionsSliced, wrapDrawn } from './draw';
import { attachInteraction, type Interaction } from './interaction';
import type { Mention } from './mention';
import { HUGE_MUTATION_COUNT, observeBatched } from './mutation-batcher';

/** New text shorter than this waits for more (a ticking "updated 2 minutes ago" is no news). */
export const MIN_NEW_WORDS = 8;
/** About the words of an article's first screenful: annotated and drawn first, before the whole text. */
export const PREVIEW_WORDS = 200;
/** How many times a page that shows no article yet is looked at again as it changes. */
export const MAX_DETECT_ATTEMPTS = 20;

/** What the popup asks a tab. */
export interface SessionInfo {
  url: string | null;
  title: string;
  error?: string;
  truncated?: boolean;
}

/** The running session's controls. */
export interface ArticleSession {
  info(): SessionInfo;
  /** Redraws (or clears) after the highlight switch changed. */
  refresh(): void;
  cycle(direction: 'next' | 'previous'): void;
}

/** What the session needs from the content script around it. */
export interface SessionEnv {
  signal: AbortSignal;
  visible(): boolean;
  /** Called with each batch of page changes (the URL may have changed too). */
  onPageChange(): void;
  /** The reader asked for this page: annotate its main text even if it does not look like an article. */
  asked?: boolean;
  /** The article detected ahead, while the site policy was asked: used instead of the first detection. */
  ahead?: AheadDetection;
}

function segmentsConnected(read: ScopeText): boolean {
  return read.segments.every((s) => s.node.isConnected);
}

function touchesScope(records: MutationRecord[], root: Element): boolean {
  return records.some((r) => root.contains(r.target) || r.target.contains(root));
}

/** Starts watching and annotating the article of `doc` until `env.signal` aborts. */
export function startArticleSession(doc: Document, env: SessionEnv): ArticleSession {
  const { signal } = env;
  const useCss = highlightsSupported();
  let scope: ArticleScope | null = null;
  let read: ScopeText | null = null;
  let article: Pick<AnnotatePage, 'url' | 'title' | 'meta'> | null = null;
  let error: string | undefined;
  let truncated = false;
  const mentions: Mention[] = [];
  const seen: SeenBlocks = new Map();
  let sentLength = 0;
  /** How many of `mentions` (at their start) come from a preview, replaced when the whole text is answered. */
  let previewed = 0;
  let drawn: Array<Drawn<Mention>> = [];
  /** Counts drawings: a drawing sliced over several tasks stops once a newer one has started. */
  let drawings = 0;
  let needDetect = true;
  let detectAttempts = 0;
  let busy = false;
  let again = false;
  /** The text detection just read, used once instead of reading the page again. */
  let justRead: ScopeText | null = null;
  /** Detection (or its text's last slice) just ran in this task: yield before reading the metadata and sending. */
  let pendingYield = false;

  const interaction: Interaction = attachInteraction(doc, {
    signal,
    visible: env.visible,
    column: () => scope?.root ?? null,
  });

  const observer = observeBatched(
    doc.documentElement,
    (records) => {
      env.onPageChange();
      if (signal.aborted) return;
      if (!scope || records.length >= HUGE_MUTATION_COUNT || !scope.root.isConnected) needDetect = true;
      else if (!touchesScope(records, scope.root)) return;
      schedule();
    },
    signal,
  );

  signal.addEventListener('abort', () => {
    if (useCss) clearHighlights();
    else if (scope) unwrapAll(scope.root);
  }, { once: true });

  function schedule(): void {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    (async () => {
      do {
        again = false;
        await step();
      } while (again && !signal.aborted);
    })()
      .catch((e: unknown) => console.debug('sourcemark: article update failed', e))
      .finally(() => {
        busy = false;
      });
  }

  async function detect(): Promise<boolean> {
    if (detectAttempts >= MAX_DETECT_ATTEMPTS) return false;
    detectAttempts++;
    needDetect = false;
    const ahead = await env.ahead?.take();
    if (signal.aborted) return false;
    if (ahead) {
      // Detection already ran in tasks of its own; the text is read again (in slices) if the page changed since.
      scope = ahead.scope;
      read = null;
      justRead = ahead.text;
      pendingYield = true;
      return true;
    }
    const found = await findArticleSliced(doc, readabilityPart(), env.asked === true, () => signal.aborted);
    if (!found || signal.aborted) return false;
    scope = found.scope;
    read = null;
    justRead = found.text;
    pendingYield = true;
    return true;
  }

  async function step(): Promise<void> {
    if (signal.aborted) return;
    if ((needDetect || !scope) && !(await detect())) return;
    if (!scope) return;
    if (pendingYield) {
      pendingYield = false;
      // Detection and reading ended a task; reading the metadata and sending the text is the next.
      await yieldToPage();
      if (signal.aborted) return;
    }
    let next = justRead && segmentsConnected(justRead) ? justRead : null;
    justRead = null;
    if (!next) {
      // A long article's text is read in slices; what comes next starts a task of its own when the last slice used its budget.
      const slicer = startSlicer();
      next = await readScopeSliced(scope, MAX_READ_CHARS, slicer, () => signal.aborted);
      if (!next || signal.aborted) return;
      if (slicer.due()) {
        await slicer.pause();
        if (signal.aborted) return;
      }
    }
    article ??= { url: canonicalUrl(doc, location.href), title: readTitle(doc), meta: readMetadata(doc, next.text) };
    const changed = !read || next.text !== read.text || !segmentsConnected(read);
    read = next;
    if (changed) render();
    await annotateNew();
  }

  async function annotateNew(): Promise<void> {
    if (!read || !article) return;
    const fresh = unseenBlocks(splitBlocks(read.text), seen);
    if (!fresh.length) return;
    const part = joinPart(fresh);
    if (sentLength > 0 && countWords(part.text, MIN_NEW_WORDS) < MIN_NEW_WORDS) return;
    const textAtSend = read.text;
    if (!sentLength && !mentions.length) await preview(fresh, textAtSend);
    if (signal.aborted) return;
    // The reply of a long article brings thousands of spans: they are checked, added and drawn in slices.
    const { reply, slicer } = await requestAnnotation({
      type: 'annotate-page',
      ...article,
      text: part.text,
      ...(sentLength ? { continues: { length: sentLength } } : {}),
      ...(read.truncated ? { truncated: true } : {}),
      early: true, // draw first; the cards' earlier coverage follows once the article is saved
    }, () => signal.aborted);
    if (signal.aborted || !reply) return;
    if (!reply.ok) {
      if (reply.error === STALE_SESSION_ERROR && sentLength) {
        // The background forgot the earlier text (its worker was stopped): send the whole article again.
        seen.clear();
        sentLength = 0;
        mentions.length = 0;
        previewed = 0;
        again = true;
        return;
      }
      error = reply.error;
      console.debug('sourcemark: background refused the article:', reply.error);
      return;
    }
    error = undefined;
    truncated = reply.truncated;
    const added = await newMentions(reply, part, textAtSend, slicer);
    if (!added) return;
    markSeen(seen, fresh);
    sentLength = sentLength ? sentLength + PART_SEPARATOR.length + part.text.length : part.text.length;
    mentions.splice(0, previewed);
    previewed = 0;
    for (const m of added) mentions.push(m);
    const cards = reply.entities ?? [];
    render(slicer);
    const coverage = await requestCards(article.url);
    if (signal.aborted) return;
    if (!coverage.ok) {
      // A save that failed (a full disk) is what the popup must tell the reader.
      if (coverage.error !== STALE_SESSION_ERROR) error = coverage.error;
      console.debug('sourcemark: no card coverage:', coverage.error);
      return;
    }
    // The mentions hold these card objects: filling them in updates every card already drawn.
    coverage.entities.forEach((card, i) => {
      const target = cards[i];
      if (target) Object.assign(target, card);
    });
    interaction.refresh();
  }

  /**
   * The reply's spans (in offsets of `part`) as mentions, made in slices of main-thread time; null
   * when the session ended meanwhile.
   */
  async function newMentions(reply: Extract<AnnotateReply, { ok: true }>, part: Part, textAtSend: string, slicer: Slicer): Promise<Mention[] | null> {
    const cards = reply.entities ?? [];
    const out: Mention[] = [];
    const done = await sliced(reply.spans, slicer, () => signal.aborted, (span) => {
      const at = partToPage(part, span.start, span.end);
      if (!at) return;
      out.push({
        selector: selectorFor(textAtSend, at.start, at.end),
        kind: span.kind,
        label: span.label,
        entity: span.entity === undefined ? undefined : cards[span.entity],
        attribution: span.attribution === undefined ? undefined : reply.attributions?.[span.attribution],
      });
    });
    return done ? out : null;
  }

  /**
   * Annotates and draws the article's first screenful on its own, so the reader sees highlights while
   * the whole text is annotated (its reply replaces these). Skipped when the article is not much longer.
   */
  async function preview(fresh: Block[], textAtSend: string): Promise<void> {
    if (!article) return;
    const lead = leadBlocks(fresh, PREVIEW_WORDS);
    if (countWords(joinPart(fresh.slice(lead.length)).text, PREVIEW_WORDS) < PREVIEW_WORDS) return;
    const part = joinPart(lead);
    const { reply, slicer } = await requestAnnotation({ type: 'annotate-page', ...article, text: part.text, preview: true }, () => signal.aborted);
    // A failed preview changes nothing: the whole text is sent next, and its reply is what counts.
    if (signal.aborted || !reply?.ok || mentions.length) return;
    const added = await newMentions(reply, part, textAtSend, slicer);
    if (!added || mentions.length) return;
    for (const m of added) mentions.push(m);
    previewed = mentions.length;
    render(slicer);
  }

  /**
   * Draws the mentions on the page as it is now (or clears them when hidden). With CSS highlights the
   * drawing is sliced (lib/page/slicer.ts): a few hundred mentions are drawn before this returns,
   * thousands over several tasks. `slicer`: the budget of the task that calls, when it has one.
   */
  function render(slicer: Slicer = startSlicer()): void {
    if (!read || !scope || signal.aborted) return;
    const drawing = ++drawings;
    if (!env.visible()) {
      if (useCss) clearHighlights();
      else unwrapAll(scope.root);
      drawn = [];
    } else if (useCss) {
      drawSliced(read, drawing, slicer).catch((e: unknown) => console.debug('sourcemark: drawing failed', e));
      return;
    } else {
      unwrapAll(scope.root);
      read = readScope(scope, MAX_READ_CHARS);
      drawn = wrapDrawn(doc, read, placeMentions(doc, read, mentions));
      observer.takeRecords(); // Sourcemark's own marks are no page change
      read = readScope(scope, MAX_READ_CHARS);
    }
    interaction.update(drawn, buildHitIndex(drawn));
  }

  async function drawSliced(map: ScopeText, drawing: number, slicer: Slicer): Promise<void> {
    const stale = () => drawing !== drawings || signal.aborted;
    const placed = await placeMentionsSliced(doc, map, mentions.slice(), slicer, stale);
    if (!placed) return;
    if (slicer.due()) {
      await slicer.pause();
      if (stale()) return;
    }
    drawn = placed;
    paintDrawn(drawn);
    interaction.update(drawn, buildHitIndex(drawn));
  }

  schedule();

  return {
    info: () => ({
      url: article && read ? article.url : null,
      title: article?.title ?? doc.title,
      ...(error ? { error } : {}),
      ...(truncated ? { truncated } : {}),
    }),
    refresh: () => {
      try {
        if (!read) return;
        render();
      } catch (e) {
        console.debug('sourcemark: redraw failed', e);
      }
    },
    cycle: (direction) => interaction.cycle(direction),
  };
}
