/**
 * Sends article text to the background and validates the reply (the content script trusts no message
 * it receives, not even from its own background).
 */
import {
  annotateReplySchema,
  articleCardsReplySchema,
  describeInvalid,
  type AnnotatePage,
  type AnnotateReply,
  type ArticleCards,
  type ArticleCardsReply,
} from '@/lib/messages';

/** Asks the background to annotate and store `request`; a malformed reply becomes an error reply. */
export async function requestAnnotation(request: AnnotatePage): Promise<AnnotateReply> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  const reply = annotateReplySchema().safeParse(raw);
  if (!reply.success) return { ok: false, error: describeInvalid(reply.error) };
  return reply.data;
}

/** Asks the background for the hover cards' earlier coverage, once the article is saved. */
export async function requestCards(url: string): Promise<ArticleCardsReply> {
  const request: ArticleCards = { type: 'article-cards', url };
  const raw: unknown = await browser.runtime.sendMessage(request);
  const reply = articleCardsReplySchema().safeParse(raw);
  return reply.success ? reply.data : { ok: false, error: describeInvalid(reply.error) };
}
