import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkReferences } from '../../../lib/import/check-references';
import { writeImport } from '../../../lib/import/write-import';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { readArticles } from '../../../lib/store/export-snapshot';
import { generateArticles } from '../../support/generate-articles';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`snapshot-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('filtered snapshot', () => {
  it.each([5, 250])('holds %i articles with exactly what they reference, importable on its own', async (count) => {
    const data = generateArticles(300, 3);
    await writeImport(db, data);
    const ids = data.articles.filter((_, i) => i % 300 < count).map((a) => a.id);
    const s = await readArticles(db, ids);
    const keep = new Set(ids);
    expect(s.articles.map((a) => a.id).sort((a, b) => a - b)).toEqual(ids);
    expect(s.mentions).toHaveLength(data.mentions.filter((m) => keep.has(m.articleId)).length);
    expect(s.attributions).toHaveLength(data.attributions.filter((m) => keep.has(m.articleId)).length);
    expect(s.incidents).toHaveLength(data.incidents.filter((i) => i.articleIds.some((id) => keep.has(id))).length);
    for (const i of s.incidents) expect(i.articleIds.every((id) => keep.has(id))).toBe(true);
    expect(() => checkReferences(s)).not.toThrow();
  });
});
