import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeImport } from '../../../lib/import/write-import';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles, deleteEverything, deleteSite } from '../../../lib/store/delete';
import { readAll } from '../../../lib/store/export-snapshot';
import { generateArticles } from '../../support/generate-articles';
import type { Snapshot } from '../../../lib/export/format';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`delete-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** Every entity still stored is referenced by something, and every incident by a stored article. */
function expectNoOrphans(s: Snapshot) {
  const articles = new Set(s.articles.map((a) => a.id));
  const used = new Set<number>();
  for (const m of s.mentions) used.add(m.entityId);
  for (const a of s.appearances) used.add(a.entityId);
  for (const a of s.attributions) if (a.sourceEntityId) used.add(a.sourceEntityId);
  for (const i of s.incidents) {
    if (i.placeEntityId) used.add(i.placeEntityId);
    i.actorEntityIds.forEach((id) => used.add(id));
    expect(i.articleIds.length).toBeGreaterThan(0);
    for (const id of i.articleIds) expect(articles.has(id)).toBe(true);
  }
  for (const e of s.entities) expect(used.has(e.id)).toBe(true);
  for (const t of [s.mentions, s.appearances, s.attributions]) for (const r of t) expect(articles.has(r.articleId)).toBe(true);
}

describe('delete', () => {
  it('one article: its records go, entities and incidents only it referenced go, shared ones stay', async () => {
    const data = generateArticles(40, 6);
    await writeImport(db, data);
    const victim = data.articles[0]!;
    const summary = await deleteArticles(db, [victim.id]);
    const after = await readAll(db);
    expect(summary.articles).toBe(1);
    expect(after.articles).toHaveLength(39);
    expectNoOrphans(after);
    const stillUsed = new Set(after.appearances.map((a) => a.entityId));
    const victimsEntities = data.appearances.filter((a) => a.articleId === victim.id).map((a) => a.entityId);
    for (const id of victimsEntities) expect(after.entities.some((e) => e.id === id)).toBe(stillUsed.has(id));
    expect(after.entities.length).toBe(data.entities.length - summary.entities);
  });

  it('a whole site', async () => {
    const data = generateArticles(40, 8);
    await writeImport(db, data);
    const site = data.articles[0]!.site!;
    await deleteSite(db, site);
    const after = await readAll(db);
    expect(after.articles.some((a) => a.site === site)).toBe(false);
    expect(after.articles).toHaveLength(data.articles.filter((a) => a.site !== site).length);
    expectNoOrphans(after);
  });

  it('everything', async () => {
    await writeImport(db, generateArticles(10, 2));
    const summary = await deleteEverything(db);
    expect(summary.articles).toBe(10);
    const after = await readAll(db);
    expect(Object.values(after).every((t) => t.length === 0)).toBe(true);
  });
});
