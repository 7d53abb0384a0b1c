import 'fake-indexeddb/auto';
import { entityTable } from '../../support/entity-table';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Entity } from '../../../lib/annotate/types';
import { crossReference } from '../../../lib/store/cross-reference';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteArticles, deleteSite } from '../../../lib/store/delete';
import { saveArticle } from '../../../lib/store/save-article';
import { storedArticle } from '../../../bench/generate/stored-article';
import { expectDerivedRight } from '../../support/derived-check';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`counts-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

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

async function countOf(name: string): Promise<number | undefined> {
  // Version 8 has no name index: the few entities are filtered.
  const entity = (await entityTable(db).toArray()).find((e) => e.name === name);
  return (await db.coverage.get(entity?.id ?? 0))?.articleCount;
}

describe("entities' coverage and articles' counts", () => {
  it('follow saves: new articles raise them, a revisit does not, an entity a re-saved article no longer names is lowered', async () => {
    await save('u1', ALL);
    await save('u2', ALL.slice(0, 3));
    await expectDerivedRight(db);
    expect(await countOf('NATO')).toBe(2);
    await save('u2', ALL.slice(0, 3), 2000);
    expect(await countOf('NATO')).toBe(2);
    await save('u2', [ALL[0]!, ALL[3]!], 3000);
    await expectDerivedRight(db);
    expect(await countOf('NATO')).toBe(1);
    expect(await countOf('Riga')).toBe(2);
    await save('u1', [ALL[0]!], 4000);
    // No article names NATO any more: it keeps no coverage record (the entity itself stays).
    expect(await countOf('NATO')).toBeUndefined();
    expect((await entityTable(db).toArray()).filter((e) => e.name === 'NATO')).toHaveLength(1);
    await expectDerivedRight(db);
    await Promise.all([save('u3', ALL), save('u3', ALL, 1001), save('u4', ALL)]);
    await expectDerivedRight(db);
    const coverage = await crossReference(db, 'u4');
    expect(coverage?.entities.find((e) => e.name === 'Kaja Kallas')?.otherArticles).toBe(3);
    expect((await db.articles.where('url').equals('u4').first())?.counts).toEqual({ actors: 2, places: 2, attributions: 0, anonymous: 0, incidents: 0 });
  });

  it('two names of one article linked to one stored entity count the article once', async () => {
    const text = 'Mustafa al-Kadhimi arrived. Later Mustafa Al-Kadhimi spoke.';
    const at = (name: string, from = 0) => text.indexOf(name, from);
    const kadhimi = (id: string, name: string, start: number): Entity => ({ id, name, kind: 'person', aliases: [], mentions: [{ start, end: start + name.length, text: name }] });
    await saveArticle(db, { url: 'k', title: 'k', meta: {}, text, annotation: annotation([kadhimi('a', 'Mustafa al-Kadhimi', at('Mustafa al-Kadhimi')), kadhimi('b', 'Mustafa Al-Kadhimi', at('Mustafa Al-Kadhimi'))]), now: 1 });
    expect(await entityTable(db).count()).toBe(1);
    expect((await db.coverage.toArray()).map((c) => c.articleCount)).toEqual([1]);
    await expectDerivedRight(db);
  });

  it('follow deletions of an article and of a site, with attributions and incidents counted', async () => {
    for (let i = 0; i < 24; i++) await saveArticle(db, storedArticle(i));
    await expectDerivedRight(db);
    const [first] = await db.articles.toArray();
    expect(first?.counts).toMatchObject({ attributions: storedArticle(0).annotation.attributions.length, anonymous: 3, incidents: 1 });
    await deleteArticles(db, [first?.id ?? 0]);
    await expectDerivedRight(db);
    await deleteSite(db, (await db.articles.toArray())[0]?.site ?? '');
    await expectDerivedRight(db);
    expect(await db.articles.count()).toBeGreaterThan(0);
  });
});
