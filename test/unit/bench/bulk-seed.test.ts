import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { bulkSeed } from '../../../bench/storage/page/bulk-seed';
import { storedArticle } from '../../../bench/generate/stored-article';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { saveArticle } from '../../../lib/store/save-article';
import { expectDerivedRight } from '../../support/derived-check';

const opened: SourcemarkDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** The derived records of a store, in a form two stores can be compared by. */
async function derived(db: SourcemarkDb) {
  return {
    counts: (await db.articles.toArray()).map((a) => [a.url, a.counts]),
    content: await db.articleContent.toArray(),
    coverage: await db.coverage.toArray(),
  };
}

describe("the bench's bulk seeding", () => {
  it('writes what saveArticle writes, coverage merged across seeding runs (as across batches)', async () => {
    const seeded = openDb('bulk-seed-a');
    const saved = openDb('bulk-seed-b');
    opened.push(seeded, saved);
    await bulkSeed(seeded, 0, 15);
    await bulkSeed(seeded, 15, 60);
    for (let i = 0; i < 60; i++) await saveArticle(saved, storedArticle(i));
    await expectDerivedRight(seeded);
    expect(await derived(seeded)).toEqual(await derived(saved));
  }, 60_000);
});
