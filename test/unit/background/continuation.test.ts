import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../lib/annotate/types';
import { ArticleSessions } from '../../../lib/background/article-sessions';
import { handleAnnotate, handleArticleCards } from '../../../lib/background/handle-annotate';
import { appendAnnotation } from '../../../lib/background/merge-annotation';
import { STALE_SESSION_ERROR } from '../../../lib/messages';
import { openDb } from '../../../lib/store/db';
import { storedMentions } from '../../support/stored-mentions';

const db = openDb('continuation-test');
afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

function annotation(partial: Partial<Annotation>): Annotation {
  return { version: 1, sentences: [], entities: [], attributions: [], incidents: [], wordCount: 0, truncated: false, ...partial };
}

describe('appendAnnotation', () => {
  it('shifts the part and folds its entities into the same actors', () => {
    const base = annotation({
      entities: [{ id: 'e1', name: 'Volodymyr Zelenskiy', kind: 'person', aliases: ['Zelenskiy'], mentions: [{ start: 0, end: 19, text: 'Volodymyr Zelenskiy' }] }],
      wordCount: 10,
    });
    const part = annotation({
      entities: [
        { id: 'e1', name: 'Emmanuel Macron', kind: 'person', aliases: [], mentions: [{ start: 0, end: 15, text: 'Emmanuel Macron' }] },
        { id: 'e2', name: 'Zelenskiy', kind: 'person', aliases: [], mentions: [{ start: 20, end: 29, text: 'Zelenskiy' }] },
      ],
      attributions: [{ start: 0, end: 20, source: 'Emmanuel Macron', sourceEntityId: 'e1', cue: 'said', anonymous: false }],
      wordCount: 5,
    });
    const { annotation: merged, idMap } = appendAnnotation(base, part, 100);
    expect(merged.entities.map((e) => e.name)).toEqual(['Volodymyr Zelenskiy', 'Emmanuel Macron']);
    expect(merged.entities[0]?.mentions.map((m) => m.start)).toEqual([0, 120]);
    expect(idMap.get('e2')).toBe('e1');
    const macronId = idMap.get('e1');
    expect(macronId).not.toBe('e1');
    expect(merged.attributions[0]).toMatchObject({ start: 100, end: 120, sourceEntityId: macronId });
    expect(merged.wordCount).toBe(15);
  });
});

const FIRST =
  'KYIV - President Volodymyr Zelenskiy said on Monday that Ukraine needed more air defence, speaking in Kyiv after drones hit Odesa.';
const SECOND = 'French President Emmanuel Macron said in Paris that France would send frigates to the Black Sea.';

describe('handleAnnotate with continuations', () => {
  it('annotates only the new text, stores the whole article once, and gives spans hover cards', async () => {
    const sessions = new ArticleSessions();
    const url = 'https://news.example/live';
    const first = await handleAnnotate(db, { type: 'annotate-page', url, title: 'Live', text: FIRST, meta: {} }, 1000, sessions);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const zel = first.spans.find((s) => s.label === 'Volodymyr Zelenskiy' && s.kind === 'person');
    expect(zel?.entity).toBeDefined();
    expect(first.entities?.[zel?.entity ?? -1]).toMatchObject({ name: 'Volodymyr Zelenskiy', kind: 'person', earlierCount: 0 });

    const second = await handleAnnotate(
      db,
      { type: 'annotate-page', url, title: 'Live', text: SECOND, meta: {}, continues: { length: FIRST.length } },
      2000,
      sessions,
    );
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    // Spans are in the offsets of the new text only.
    for (const s of second.spans) expect(s.end).toBeLessThanOrEqual(SECOND.length);
    expect(second.spans.some((s) => SECOND.slice(s.start, s.end) === 'Emmanuel Macron')).toBe(true);
    const [article] = await db.articles.toArray();
    expect(await db.articles.count()).toBe(1);
    expect(article?.wordCount).toBe(FIRST.split(/\s+/).length + SECOND.split(/\s+/).length);
    const exacts = (await storedMentions(db)).map((m) => m.exact);
    expect(exacts.filter((e) => e === 'Volodymyr Zelenskiy')).toHaveLength(1);
    expect(exacts).toContain('Emmanuel Macron');
  });

  it('asks for the whole article when it no longer remembers the earlier text', async () => {
    const reply = await handleAnnotate(
      db,
      { type: 'annotate-page', url: 'https://news.example/x', title: 'X', text: SECOND, meta: {}, continues: { length: 50 } },
      1000,
      new ArticleSessions(),
    );
    expect(reply).toEqual({ ok: false, error: STALE_SESSION_ERROR });
    expect(await db.articles.count()).toBe(0);
  });

  it('shows earlier coverage on the card of an actor read about before', async () => {
    const sessions = new ArticleSessions();
    await handleAnnotate(db, { type: 'annotate-page', url: 'https://news.example/a', title: 'Story A', text: FIRST, meta: { siteName: 'Gazette' } }, 1000, sessions);
    const b = await handleAnnotate(db, { type: 'annotate-page', url: 'https://news.example/b', title: 'Story B', text: `${FIRST} More later.`, meta: {} }, 2000, sessions);
    if (!b.ok) throw new Error(b.error);
    const card = b.entities?.find((e) => e.name === 'Volodymyr Zelenskiy');
    expect(card).toMatchObject({ earlierCount: 1, earlier: [{ title: 'Story A', url: 'https://news.example/a', site: 'Gazette' }] });
  });

  it('an early reply draws before the save; article-cards then brings the earlier coverage', async () => {
    const sessions = new ArticleSessions();
    await handleAnnotate(db, { type: 'annotate-page', url: 'https://news.example/a', title: 'Story A', text: FIRST, meta: {} }, 1000, sessions);
    const early = await handleAnnotate(db, { type: 'annotate-page', url: 'https://news.example/b', title: 'Story B', text: FIRST, meta: {}, early: true }, 2000, sessions);
    if (!early.ok) throw new Error(early.error);
    expect(early.articleId).toBeUndefined();
    const index = early.entities?.findIndex((e) => e.name === 'Volodymyr Zelenskiy') ?? -1;
    expect(early.entities?.[index]?.earlierCount).toBe(0); // not known yet
    const cards = await handleArticleCards(db, 'https://news.example/b', sessions);
    if (!cards.ok) throw new Error(cards.error);
    expect(cards.entities[index]).toMatchObject({ name: 'Volodymyr Zelenskiy', earlierCount: 1, earlier: [{ title: 'Story A' }] });
    expect(await db.articles.count()).toBe(2);
    expect(await handleArticleCards(db, 'https://news.example/unknown', sessions)).toEqual({ ok: false, error: STALE_SESSION_ERROR });
  });

  it('a preview is annotated and answered, but neither stored nor remembered', async () => {
    const sessions = new ArticleSessions();
    const url = 'https://news.example/preview';
    const preview = await handleAnnotate(db, { type: 'annotate-page', url, title: 'P', text: FIRST, meta: {}, preview: true }, 1000, sessions);
    if (!preview.ok) throw new Error(preview.error);
    const zel = preview.spans.find((s) => FIRST.slice(s.start, s.end) === 'Volodymyr Zelenskiy');
    expect(preview.entities?.[zel?.entity ?? -1]).toMatchObject({ name: 'Volodymyr Zelenskiy', kind: 'person', earlierCount: 0 });
    expect(await db.articles.count()).toBe(0);
    expect(sessions.get(url)).toBeUndefined();
    // The whole text that follows is an ordinary first part, stored once.
    const whole = await handleAnnotate(db, { type: 'annotate-page', url, title: 'P', text: `${FIRST}\n\n${SECOND}`, meta: {}, early: true }, 1000, sessions);
    expect(whole.ok).toBe(true);
    await sessions.get(url)?.saved;
    expect(await db.articles.count()).toBe(1);
  });
});
