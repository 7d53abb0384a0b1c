/**
 * The background's answer to a page's article: annotate it, remember it, reply with what to draw and
 * what the hover cards show. New text of an article already sent (a live blog's new posts) is
 * annotated alone and appended, so no text is annotated twice. An `early` request is answered as soon
 * as the spans are known and the save finishes after; the page then asks for the cards' coverage
 * (article-cards), so the first highlight never waits for the database. A `preview` (the first
 * screenful, sent ahead of the whole text) is only annotated and answered. Kept out of the entrypoint
 * so it runs in Node tests with fake-indexeddb.
 */
import { annotate } from '../annotate';
import { highlightSpans } from '../annotate/highlight-spans';
import type { Annotation, Entity } from '../annotate/types';
import { PART_SEPARATOR, STALE_SESSION_ERROR, type AnnotatePage, type AnnotateReply, type ArticleCardsReply } from '../messages';
import { crossReference } from '../store/cross-reference';
import type { SourcemarkDb } from '../store/db';
import { saveArticle } from '../store/save-article';
import { readerKnowledge } from './reader-knowledge-source';
import { ArticleSessions } from './article-sessions';
import { attachCards, coverageFor, entityCard } from './hover-cards';
import { appendAnnotation } from './merge-annotation';

const defaultSessions = new ArticleSessions();

/** The engine's annotation of the message's text, with the reader's knowledge. */
async function annotateText(msg: AnnotatePage): Promise<Annotation> {
  const meta = { publishedTime: msg.meta.publishedTime, title: msg.title, siteName: msg.meta.siteName, lang: msg.meta.lang };
  return annotate(msg.text, meta, { knowledge: await readerKnowledge() });
}

/** Annotates and stores one page's article (or new text of it); replies with spans and hover cards. */
export async function handleAnnotate(
  db: SourcemarkDb,
  msg: AnnotatePage,
  now: number,
  sessions: ArticleSessions = defaultSessions,
): Promise<AnnotateReply> {
  if (msg.preview) return previewReply(msg);
  const previous = msg.continues ? sessions.get(msg.url) : undefined;
  if (msg.continues && previous?.text.length !== msg.continues.length) return { ok: false, error: STALE_SESSION_ERROR };
  const part = await annotateText(msg);
  let text = msg.text;
  let annotation: Annotation = part;
  let idMap = new Map<string, string>();
  if (previous) {
    text = previous.text + PART_SEPARATOR + msg.text;
    ({ annotation, idMap } = appendAnnotation(previous.annotation, part, previous.text.length + PART_SEPARATOR.length));
  }
  if (msg.truncated) annotation = { ...annotation, truncated: true };
  const visitedAt = previous?.visitedAt ?? now;
  // A continuation belongs to the same visit: it is saved with the visit's time.
  const saving = saveArticle(db, { url: msg.url, title: msg.title, meta: msg.meta, text, annotation, now: visitedAt });
  const saved = saving.then((s) => s.entityIds);
  // A failed save is reported to whoever waits for it (this reply, or article-cards), never lost.
  saved.catch((error: unknown) => console.error('sourcemark background: save failed', msg.url, error));
  const byId = new Map(annotation.entities.map((e) => [e.id, e]));
  const whole = (e: Entity): Entity => byId.get(idMap.get(e.id) ?? e.id) ?? e;
  const spans = highlightSpans(part);
  if (msg.early) {
    const { cardEntities, ...carded } = attachCards(spans, part, new Map(), undefined, whole);
    sessions.set(msg.url, { text, annotation, visitedAt, saved, cardEntities });
    return { ok: true, truncated: annotation.truncated, ...carded };
  }
  const { articleId, entityIds } = await saving;
  const coverage = await crossReference(db, msg.url);
  const { cardEntities, ...carded } = attachCards(spans, part, entityIds, coverage, whole);
  sessions.set(msg.url, { text, annotation, visitedAt, saved, cardEntities });
  return { ok: true, articleId, truncated: annotation.truncated, ...carded };
}

/** Spans and cards (no earlier coverage) of a preview: nothing is stored, no session is touched. */
async function previewReply(msg: AnnotatePage): Promise<AnnotateReply> {
  const part = await annotateText(msg);
  const { spans, entities, attributions } = attachCards(highlightSpans(part), part, new Map(), undefined);
  return { ok: true, truncated: false, spans, entities, attributions };
}

/** The cards of the latest early reply for `url`, with earlier coverage, once its save is done. */
export async function handleArticleCards(
  db: SourcemarkDb,
  url: string,
  sessions: ArticleSessions = defaultSessions,
): Promise<ArticleCardsReply> {
  const session = sessions.get(url);
  if (!session) return { ok: false, error: STALE_SESSION_ERROR };
  // A failed save throws here: routeMessage turns it into the reader-facing error reply.
  const storedIds = await session.saved;
  const coverage = await crossReference(db, url);
  return {
    ok: true,
    entities: session.cardEntities.map((e) => entityCard(e, coverageFor(e, storedIds.get(e.id), coverage))),
  };
}
