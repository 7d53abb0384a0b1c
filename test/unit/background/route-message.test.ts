import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeMessage } from '../../../lib/background/route-message';
import { openDb } from '../../../lib/store/db';

const db = openDb('route-test');
afterEach(async () => {
  await db.articles.clear();
  vi.restoreAllMocks();
});

const TEXT =
  'LONDON (Example Wire) - Prime Minister Keir Starmer said on Monday that the government would ' +
  'publish its budget plans next week, according to a statement from Downing Street.';

describe('routeMessage', () => {
  it('annotates and stores a valid article, replying with spans inside the text', async () => {
    const reply = await routeMessage(
      db,
      { type: 'annotate-page', url: 'https://news.example/budget', title: 'Budget', text: TEXT, meta: {} },
      { id: 'ext', tab: { id: 3 } },
      'ext',
    );
    expect(reply.ok).toBe(true);
    if (!reply.ok || !('spans' in reply)) return;
    expect(reply.spans.length).toBeGreaterThan(0);
    for (const span of reply.spans) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(TEXT.length);
      expect(span.end).toBeGreaterThan(span.start);
    }
    expect(await db.articles.count()).toBe(1);
  });

  it('answers an invalid message with an error naming the field, and stores nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reply = await routeMessage(db, { type: 'annotate-page', url: '', title: 1 }, { id: 'ext' }, 'ext');
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^invalid message: (url|title|text|meta)/) });
    expect(warn).toHaveBeenCalled();
    expect(await db.articles.count()).toBe(0);
  });

  it('refuses unknown message types and messages from other extensions', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await routeMessage(db, { type: 'delete-everything' }, { id: 'ext' }, 'ext')).toMatchObject({ ok: false });
    const foreign = await routeMessage(
      db,
      { type: 'annotate-page', url: 'https://x.example', title: '', text: TEXT, meta: {} },
      { id: 'other' },
      'ext',
    );
    expect(foreign).toEqual({ ok: false, error: 'message from another extension refused' });
    expect(await db.articles.count()).toBe(0);
  });
});
