/**
 * The JSON export written while the store is read (json-stream.ts): the same file as the one written
 * after reading everything, its texts in runs of TEXTS_PER_READ, whatever gaps the article ids have,
 * with articles stored without their text and text records left without an article.
 */
import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedArticle } from '../../../bench/generate/stored-article';
import type { ExportText } from '../../../lib/export/format';
import { toJsonExport } from '../../../lib/export/json';
import { COALESCE_CHARS, coalesceStrings, jsonExportInRuns } from '../../../lib/export/json-stream';
import { importExport } from '../../../lib/import/import-file';
import { unpackMentions } from '../../../lib/store/article-text';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { readPacked, TEXTS_PER_READ } from '../../../lib/store/export-snapshot';
import type { ArticleContentRecord, ArticleRecord } from '../../../lib/store/records';
import { contentWhole, entitiesOf, textOf } from '../../../lib/store/article-content';
import { storedTexts } from '../../support/article-parts';
import { saveArticle } from '../../../lib/store/save-article';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`json-stream-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const WHEN = new Date('2026-04-07T10:00:00Z');
/** Articles copied from the saved ones: enough for several runs of texts. */
const COPIES = TEXTS_PER_READ * 4 + 17;

/**
 * Three saved articles, then COPIES more made from them (new ids and addresses, same text and
 * entities); every seventh copy deleted again (gaps in the ids), one article turned back into the
 * form a store before version 6 keeps (no text record), and one text record left without its article.
 */
async function fill(): Promise<void> {
  for (let i = 0; i < 3; i++) await saveArticle(db, storedArticle(i));
  const articles = (await db.articles.toArray()) as Array<ArticleRecord & { id: number }>;
  const texts = await db.articleContent.toArray();
  const copies = Array.from({ length: COPIES }, (_, k) => {
    const { id: _id, ...a } = articles[k % 3] as ArticleRecord & { id: number };
    return { ...a, url: `${a.url}?copy=${k}` };
  });
  const ids = (await db.articles.bulkAdd(copies, { allKeys: true })) as number[];
  await db.articleContent.bulkAdd(ids.map((articleId, k): ArticleContentRecord => ({ ...(texts[k % 3] as ArticleContentRecord), articleId })));
  await db.articles.bulkDelete(ids.filter((_, k) => k % 7 === 3));
  const bare = ids[5] as number;
  const t = textOf((await db.articleContent.get(bare))!)!;
  const rows = entitiesOf((await db.articleContent.get(articles[2]?.id as number))!).rows;
  await db.articleContent.put(contentWhole({ articleId: bare, visited: t.visited, mentions: unpackMentions(t), rows, attributions: [] }));
}

/** The file, its runs of texts kept apart to be counted. */
async function streamed(articleIds?: number[]): Promise<{ file: string; runs: string[] }> {
  const runs: string[] = [];
  const scope = articleIds ? ({ kind: 'filtered', description: 'some' } as const) : ({ kind: 'all' } as const);
  const { parts } = await jsonExportInRuns(db, { articleIds, exportedAt: WHEN, scope }, (part) => {
    runs.push(part.join(''));
    return part.join('');
  });
  return { file: parts.join(''), runs };
}

describe('JSON export written while read', () => {
  it('writes the complete export in runs, exactly as the whole read writes it, and it imports', async () => {
    await fill();
    const { file, runs } = await streamed();
    expect(runs.length).toBeGreaterThan(2);
    expect(file).toBe(toJsonExport(await readPacked(db), WHEN, { kind: 'all' }));
    const json = JSON.parse(file) as { articles: Array<{ id: number }>; texts: ExportText[]; mentions: Array<{ articleId: number }> };
    const articleIds = (await db.articles.toCollection().primaryKeys()) as number[];
    const textIds = (await storedTexts(db)).map((t) => t.articleId).filter((id) => articleIds.includes(id));
    // Every article once, every text of an article once and in key order, the bare article one by one.
    expect(json.articles.map((a) => a.id)).toEqual(articleIds);
    expect(json.texts.map((t) => t.articleId)).toEqual(textIds);
    expect(json.texts).toEqual((await db.articleContent.bulkGet(textIds)).map((c) => textOf(c!)));
    expect(new Set(json.mentions.map((m) => m.articleId)).size).toBe(1);
    const orphans = ((await db.articleContent.toCollection().primaryKeys()) as number[]).filter((id) => !articleIds.includes(id));
    expect(orphans.length).toBeGreaterThan(0);
    const restored = openDb(`json-stream-restore-${n}`);
    try {
      const outcome = await importExport(restored, file);
      expect(outcome.ok).toBe(true);
      expect(await restored.articles.count()).toBe(articleIds.length);
      expect((await storedTexts(restored)).length).toBe(textIds.length);
    } finally {
      await restored.delete();
    }
  }, 60_000);

  it('writes a selection in the order given, with only the entities it names', async () => {
    await fill();
    // The copies of the first article, last first: they name its entities only.
    const first = (await db.articleContent.orderBy(':id').first()) as ArticleContentRecord;
    const texts = await db.articleContent.filter((t) => t.text === first.text).primaryKeys();
    const shown = ((await db.articles.bulkGet(texts as number[])).flatMap((a) => (a?.id === undefined ? [] : [a.id]))).reverse();
    const { file, runs } = await streamed([...shown, shown[0] as number]);
    expect(runs.length).toBeGreaterThan(1);
    const json = JSON.parse(file) as { articles: Array<{ id: number }>; texts: ExportText[]; entities: Array<{ id: number }> };
    expect(json.articles.map((a) => a.id)).toEqual(shown);
    expect(json.texts.map((t) => t.articleId)).toEqual(shown.filter((id) => json.texts.some((t) => t.articleId === id)));
    const named = new Set<number>();
    for (const t of json.texts) for (let i = 0; i < t.mentions.length; i += 3) named.add(t.mentions[i] as number);
    for (const id of named) expect(json.entities.some((e) => e.id === id)).toBe(true);
    expect(json.entities.length).toBeLessThan(await entityTable(db).count());
    expect(file).toBe(toJsonExport(await readPacked(db, shown), WHEN, { kind: 'filtered', description: 'some' }));
  }, 60_000);
});

describe('coalesceStrings', () => {
  it('joins neighbouring strings up to COALESCE_CHARS, keeps other parts in place, loses nothing', () => {
    const sealed = { run: 1 };
    const big = 'x'.repeat(COALESCE_CHARS - 2);
    const parts = ['a', 'b', sealed, big, 'cd', 'e', sealed, 'f'];
    const out = coalesceStrings(parts);
    expect(out).toEqual(['ab', sealed, `${big}cd`, 'e', sealed, 'f']);
    expect(out.map((p) => (typeof p === 'string' ? p : '|')).join('')).toBe(parts.map((p) => (typeof p === 'string' ? p : '|')).join(''));
    expect(coalesceStrings([])).toEqual([]);
  });
});
