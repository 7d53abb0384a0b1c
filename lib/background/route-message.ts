/**
 * The background's single entry for messages: validates everything it receives, refuses what does not
 * come from this extension, and turns every failure into an error reply instead of a crash.
 */
import { backgroundRequestSchema, describeInvalid, type AnnotateReply, type ArticleCardsReply, type ErrorReply } from '../messages';
import type { SourcemarkDb } from '../store/db';
import { handleAnnotate, handleArticleCards } from './handle-annotate';

/** Who sent a message, as the browser reports it. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
}

/** A failure in words the popup can show a reader. */
export function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = error instanceof Error && 'inner' in error ? (error as { inner?: unknown }).inner : undefined;
  const innerName = inner instanceof Error ? inner.name : '';
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return 'Your disk is full: this article was not saved. Everything saved before is intact.';
  }
  return `This article could not be saved: ${error instanceof Error ? error.message : String(error)}`;
}

/** Validates and dispatches one message; never throws. */
export async function routeMessage(
  db: SourcemarkDb,
  raw: unknown,
  sender: MessageSender,
  extensionId: string,
): Promise<AnnotateReply | ArticleCardsReply | ErrorReply> {
  if (sender.id !== extensionId) {
    return { ok: false, error: 'message from another extension refused' };
  }
  const parsed = backgroundRequestSchema().safeParse(raw);
  if (!parsed.success) {
    const error = describeInvalid(parsed.error);
    console.warn('sourcemark background:', error);
    return { ok: false, error };
  }
  try {
    switch (parsed.data.type) {
      case 'annotate-page':
        return await handleAnnotate(db, parsed.data, Date.now());
      case 'article-cards':
        return await handleArticleCards(db, parsed.data.url);
    }
  } catch (error) {
    console.error('sourcemark background: failed to handle', parsed.data.type, error);
    return { ok: false, error: describeFailure(error) };
  }
}
