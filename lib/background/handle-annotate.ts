/**
 * The background's answer to a page's article: annotate it, remember it, reply with what to draw.
 * Kept out of the entrypoint so it runs in Node tests with fake-indexeddb.
 */
import { annotate } from '../annotate';
import { highlightSpans } from '../annotate/highlight-spans';
import type { AnnotatePage, AnnotateReply } from '../messages';
import type { SourcemarkDb } from '../store/db';
import { saveArticle } from '../store/save-article';
import { readerKnowledge } from './reader-knowledge-source';

/** Annotates and stores one page's article. */
export async function handleAnnotate(db: SourcemarkDb, msg: AnnotatePage, now: number): Promise<AnnotateReply> {
  const annotation = annotate(msg.text, { publishedTime: msg.meta.publishedTime, title: msg.title, siteName: msg.meta.siteName, lang: msg.meta.lang }, { knowledge: await readerKnowledge() });
  const { articleId } = await saveArticle(db, {
    url: msg.url,
    title: msg.title,
    meta: msg.meta,
    text: msg.text,
    annotation,
    now,
  });
  return { ok: true, articleId, spans: highlightSpans(annotation), truncated: annotation.truncated };
}
