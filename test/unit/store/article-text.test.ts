/**
 * Version 6 keeps each article's text once, with positions into it (ArticleTextRecord): what saveArticle
 * stores rebuilds exactly its whole records, packing refuses anything the text does not hold, and an
 * article stored before version 6 keeps its whole records through the upgrade and until it is saved again.
 */
import 'fake-indexeddb/auto';
import { tableRecords } from '../../support/entity-table';
import { readAllMentionGroups } from '../../../lib/store/article-mentions';
import { storedAttributionGroups, storedGroups, storedTexts, v8ArticleTables } from '../../support/article-parts';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { storedArticle } from '../../../bench/generate/stored-article';
import { findSentence, packArticle, unpackAttributions, unpackEntities, unpackMentions } from '../../../lib/store/article-text';
import { openDb, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, type SourcemarkDb } from '../../../lib/store/db';
import { readAll } from '../../../lib/store/export-snapshot';
import { saveArticle } from '../../../lib/store/save-article';
import { clip, MAX_SENTENCE_CHARS } from '../../../lib/store/sentence-of';
import { expectCoverageDescribed } from '../../support/derived-check';
import { storedMentions } from '../../support/stored-mentions';

const opened: SourcemarkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Records as IndexedDB gives them back through JSON (properties set to undefined dropped). */
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('the article text record', () => {
  it('is what saveArticle stores instead of whole mentions, and rebuilds its rows and attributions exactly', async () => {
    const db = openDb('article-text-save');
    opened.push(db);
    for (let i = 0; i < 5; i++) await saveArticle(db, storedArticle(i));
    // Version 9: one content record per article, packed into its text (nothing kept whole).
    const content = await db.articleContent.toArray();
    expect(content.filter((c) => c.whole !== undefined)).toHaveLength(0);
    const texts = await storedTexts(db);
    expect(texts).toHaveLength(5);
    for (const t of texts) {
      expect(t.text).toBe(storedArticle(t.articleId - 1).text);
      const c = content.find((x) => x.articleId === t.articleId)!;
      expect(c.entityVisits).toEqual(unpackEntities(t).rows.map((r) => [r.entityId, t.visited]));
      expect(c.sourceEntityIds).toEqual(unpackAttributions(t).sourceEntityIds);
      expect(plain(unpackAttributions(t).attributions.map((a) => a.source))).toEqual(
        [...storedArticle(t.articleId - 1).annotation.attributions].sort((a, b) => a.start - b.start).map((a) => a.source),
      );
      const input = storedArticle(t.articleId - 1);
      const spans = input.annotation.entities.flatMap((e) => e.mentions.map((m) => input.text.slice(m.start, m.end)));
      expect(unpackMentions(t).map((m) => m.exact)).toEqual(spans);
    }
    // Readers of mentions see them whole, with their quotes.
    const one = await storedMentions(db, 1);
    expect(one[0]).toMatchObject({ articleId: 1, exact: expect.any(String), prefix: expect.any(String), suffix: expect.any(String) });
  });

  it('is not made from records the text does not hold', () => {
    const text = 'Officials in Erbil said on Tuesday that the road was closed.';
    const quote = { start: 13, end: 18, exact: 'Erbil', prefix: 'Officials in ', suffix: text.slice(18, 50) };
    const good = { articleId: 1, text, visited: 5, mentions: [{ entityId: 2, ...quote }], rows: [{ entityId: 2, mentionCount: 1, sentence: text, quote }], attributions: [] };
    const packed = packArticle(good);
    expect(packed?.rows).toEqual([2, 1, 13, 18, 0, text.length]);
    expect(packArticle({ ...good, mentions: [{ entityId: 2, ...quote, exact: 'Mosul' }] })).toBeUndefined();
    expect(packArticle({ ...good, rows: [{ entityId: 2, mentionCount: 1, sentence: 'Not in the text.', quote }] })).toBeUndefined();
    const said = { source: 'Officials', cue: 'said', anonymous: true, quote: { ...quote, start: 0, end: 24, exact: text.slice(0, 24), prefix: '', suffix: text.slice(24, 56) } };
    expect(packArticle({ ...good, attributions: [{ ...said, content: 'the road was closed' }] })?.attributions).toEqual([['Officials', 0, 'said', null, 1, 0, 24, 40, 59]]);
    expect(packArticle({ ...good, attributions: [{ ...said, content: 'the bridge was closed' }] })).toBeUndefined();
  });

  it('finds clipped sentences again', () => {
    const text = `Intro. ${'word '.repeat(100)}end.`;
    const sentence = clip(text.slice(7).trim());
    expect(sentence).toHaveLength(MAX_SENTENCE_CHARS);
    const span = findSentence(text, sentence, 20);
    expect(span && clip(text.slice(span[0], span[1]))).toBe(sentence);
  });
});

describe('upgrade from version 5', () => {
  it('adds the text table and rewrites nothing; an upgraded article gets its text when saved again', async () => {
    const name = 'article-text-upgrade';
    // A version 5 store, filled by version 6's saveArticle then turned back into version 5's form.
    const filled = openDb(`${name}-source`);
    opened.push(filled);
    for (let i = 0; i < 3; i++) await saveArticle(filled, storedArticle(i));
    const old = await v8ArticleTables(filled);
    const texts = old.articleTexts;
    const tables = ['articles', 'entities', 'coverage', 'incidents'] as const;
    const v5 = new Dexie(name);
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5].forEach((schema, k) => v5.version(k + 1).stores(schema));
    await v5.open();
    for (const t of tables) await v5.table(t).bulkAdd(await tableRecords(filled, t));
    await v5.table('articleEntities').bulkAdd(old.articleEntities);
    await v5.table('articleAttributions').bulkAdd(old.articleAttributions);
    await v5.table('articleMentions').bulkAdd(texts.map((t) => ({ articleId: t.articleId, mentions: unpackMentions(t) })));
    const before: Record<string, unknown[]> = {};
    for (const t of [...tables, 'articleMentions', 'articleEntities', 'articleAttributions']) before[t] = await v5.table(t).toArray();
    v5.close();

    const db = openDb(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(12);
    // Version 7: every coverage record describes its entity and says whether incidents name it.
    await expectCoverageDescribed(db, undefined, true);
    for (const t of tables) expect(await tableRecords(db, t)).toEqual(before[t]);
    // Version 9: each article's records in its content record, kept whole (there is no text to point into).
    expect(await storedGroups(db)).toEqual(before.articleEntities);
    expect(await storedAttributionGroups(db)).toEqual(before.articleAttributions);
    expect(await readAllMentionGroups(db)).toEqual(before.articleMentions);
    expect(await storedTexts(db)).toHaveLength(0);
    expect(await readAll(db)).toEqual(await readAll(filled));

    // Saved again (a revisit): the article's whole mentions make way for its text record.
    await saveArticle(db, { ...storedArticle(1), now: storedArticle(1).now + 1 });
    expect((await db.articleContent.toArray()).filter((c) => c.whole !== undefined).map((c) => c.articleId)).toEqual([1, 3]);
    expect((await storedTexts(db)).map((t) => t.articleId)).toEqual([2]);
    expect(await storedMentions(db, 2)).toEqual(await storedMentions(filled, 2));
  });
});
