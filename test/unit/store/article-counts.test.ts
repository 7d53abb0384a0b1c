import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../../lib/annotate/types';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { writeImport } from '../../../lib/import/write-import';
import { crossReference } from '../../../lib/store/cross-reference';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles, deleteSite } from '../../../lib/store/delete';
import { readAll } from '../../../lib/store/export-snapshot';
import { saveArticle } from '../../../lib/store/save-article';
import { generateArticles } from '../../support/generate-articles';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`counts-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

/** Every stored entity's article count is its number of appearances (what a count over the index gives). */
async function expectCountsRight(): Promise<void> {
  const appearances = new Map<number, number>();
  for (const a of await db.appearances.toArray()) appearances.set(a.entityId, (appearances.get(a.entityId) ?? 0) + 1);
  const entities = await db.entities.toArray();
  expect(entities.length).toBeGreaterThan(0);
  expect(entities.map((e) => [e.name, e.articleCount])).toEqual(entities.map((e) => [e.name, appearances.get(e.id ?? 0) ?? 0]));
}

const TEXT = 'Kaja Kallas met NATO officials in Tallinn and Riga on Friday.';

function entity(id: string, name: string, kind: Entity['kind']): Entity {
  const start = TEXT.indexOf(name);
  return { id, name, kind, aliases: [], mentions: [{ start, end: start + name.length, text: name }] };
}

function annotation(entities: Entity[]): Annotation {
  return { version: 1, sentences: [], entities, attributions: [], incidents: [], wordCount: 11, truncated: false };
}

const ALL = [entity('a', 'Kaja Kallas', 'person'), entity('b', 'NATO', 'organization'), entity('c', 'Tallinn', 'place'), entity('d', 'Riga', 'place')];

function save(url: string, entities: Entity[], now = 1000) {
  return saveArticle(db, { url, title: url, meta: {}, text: TEXT, annotation: annotation(entities), now });
}

describe("entities' article counts", () => {
  it('follow saves: new articles raise them, a revisit does not, an entity a re-saved article no longer names is lowered', async () => {
    await save('u1', ALL);
    await save('u2', ALL.slice(0, 3));
    await expectCountsRight();
    expect((await db.entities.where('name').equals('NATO').first())?.articleCount).toBe(2);
    await save('u2', ALL.slice(0, 3), 2000);
    expect((await db.entities.where('name').equals('NATO').first())?.articleCount).toBe(2);
    await save('u2', [ALL[0]!, ALL[3]!], 3000);
    await expectCountsRight();
    expect((await db.entities.where('name').equals('NATO').first())?.articleCount).toBe(1);
    expect((await db.entities.where('name').equals('Riga').first())?.articleCount).toBe(2);
    await Promise.all([save('u3', ALL), save('u3', ALL, 1001), save('u4', ALL)]);
    await expectCountsRight();
    const coverage = await crossReference(db, 'u4');
    expect(coverage?.entities.find((e) => e.name === 'Kaja Kallas')?.otherArticles).toBe(3);
  });

  it('two names of one article linked to one stored entity count the article once', async () => {
    const text = 'Mustafa al-Kadhimi arrived. Later Mustafa Al-Kadhimi spoke.';
    const at = (name: string, from = 0) => text.indexOf(name, from);
    const kadhimi = (id: string, name: string, start: number): Entity => ({ id, name, kind: 'person', aliases: [], mentions: [{ start, end: start + name.length, text: name }] });
    await saveArticle(db, { url: 'k', title: 'k', meta: {}, text, annotation: annotation([kadhimi('a', 'Mustafa al-Kadhimi', at('Mustafa al-Kadhimi')), kadhimi('b', 'Mustafa Al-Kadhimi', at('Mustafa Al-Kadhimi'))]), now: 1 });
    expect(await db.entities.count()).toBe(1);
    await expectCountsRight();
  });

  it('follow deletions of an article and of a site', async () => {
    await writeImport(db, generateArticles(40, 3));
    await expectCountsRight();
    const [first] = await db.articles.toArray();
    await deleteArticles(db, [first?.id ?? 0]);
    await expectCountsRight();
    await deleteSite(db, (await db.articles.toArray())[0]?.site ?? '');
    await expectCountsRight();
  });

  it('are rebuilt by an import, and stay right when the same file is imported again or into a store sharing articles', async () => {
    const data = generateArticles(30, 5);
    await importExport(db, toJsonExport(data, new Date(0), { kind: 'all' }));
    await expectCountsRight();
    await importExport(db, toJsonExport(data, new Date(0), { kind: 'all' }));
    await expectCountsRight();
    await save('https://own.example/1', ALL);
    const other = generateArticles(20, 5);
    const outcome = await importExport(db, toJsonExport(other, new Date(0), { kind: 'all' }));
    expect(outcome.ok).toBe(true);
    await expectCountsRight();
    // The file's own counts are not trusted: the export leaves them out, and an edited one is recounted.
    const exported = await readAll(db);
    expect(exported.entities.some((e) => 'articleCount' in e)).toBe(false);
  });

  it('count the mentions a file gives no appearance: the import adds one per entity and article', async () => {
    const data = generateArticles(5, 9);
    const dropped = data.appearances[0]!;
    const file = { ...data, appearances: data.appearances.slice(1) };
    const outcome = await importExport(db, toJsonExport(file, new Date(0), { kind: 'all' }));
    expect(outcome.ok).toBe(true);
    const made = await db.appearances.get([dropped.entityId, dropped.articleId]);
    const itsMentions = data.mentions.filter((m) => m.entityId === dropped.entityId && m.articleId === dropped.articleId);
    expect(made).toMatchObject({ mentionCount: itsMentions.length, quote: { start: itsMentions[0]?.start, exact: itsMentions[0]?.exact } });
    await expectCountsRight();
  });
});
