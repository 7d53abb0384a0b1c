/**
 * Sends article text to the background and validates the reply (the content script trusts no message
 * it receives, not even from its own background).
 */
import {
  articleCardsReplySchema,
  describeInvalid,
  type AnnotatePage,
  type AnnotateReply,
  type ArticleCards,
  type ArticleCardsReply,
} from '@/lib/messages';
import { checkAnnotateReply } from '@/lib/page/annotate-reply';
import { startSlicer, type Slicer } from '@/lib/page/slicer';

/** A checked annotate reply, and the main-thread budget of the task that goes on with it. */
export interface CheckedReply {
  /** Null when `stale()` said the reply was no longer wanted before it was all checked. */
  reply: AnnotateReply | null;
  slicer: Slicer;
}

/**
 * Asks the background to annotate and store `request`; a malformed reply becomes an error reply.
 * The reply's spans (thousands for a long article) are checked one by one in slices of main-thread
 * time, none used before all are checked; `stale()` stops the check early.
 */
export async function requestAnnotation(request: AnnotatePage, stale: () => boolean = () => false): Promise<CheckedReply> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const slicer = startSlicer();
  return { reply: await checkAnnotateReply(raw, slicer, stale), slicer };
}

/** Asks the background for the hover cards' earlier coverage, once the article is saved. */
export async function requestCards(url: string): Promise<ArticleCardsReply> {
  const request: ArticleCards = { type: 'article-cards', url };
  const raw: unknown = await browser.runtime.sendMessage(request);
  const reply = articleCardsReplySchema().safeParse(raw);
  return reply.success ? reply.data : { ok: false, error: describeInvalid(reply.error) };
}
