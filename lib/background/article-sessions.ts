/**
 * What the background remembers of the articles open right now, so new text of a live blog can be
 * annotated alone and saved together with the rest. In memory only: when the browser stops the
 * service worker the memory goes, the content script is told, and it sends the whole article again.
 */
import type { Annotation, Entity } from '../annotate/types';

/** An article's text and annotation so far, and when its visit began. */
export interface ArticleSession {
  text: string;
  annotation: Annotation;
  visitedAt: number;
  /** The save of the latest text: stored entity ids by annotation entity id (rejects if it failed). */
  saved: Promise<ReadonlyMap<string, number>>;
  /** The entities of the latest reply's cards, in card order (for article-cards). */
  cardEntities: Entity[];
}

/** Open articles remembered at most; the least recently used is forgotten first. */
export const MAX_SESSIONS = 20;

/** A small LRU map of open articles by canonical URL. */
export class ArticleSessions {
  private readonly sessions = new Map<string, ArticleSession>();

  /** The session of `url`, marked as recently used. */
  get(url: string): ArticleSession | undefined {
    const session = this.sessions.get(url);
    if (session) {
      this.sessions.delete(url);
      this.sessions.set(url, session);
    }
    return session;
  }

  /** Remembers `url`'s session, forgetting the oldest beyond MAX_SESSIONS. */
  set(url: string, session: ArticleSession): void {
    this.sessions.delete(url);
    this.sessions.set(url, session);
    while (this.sessions.size > MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest === undefined) break;
      this.sessions.delete(oldest);
    }
  }
}
