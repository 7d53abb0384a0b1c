import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeFilters } from '../../../components/log/describe-filters';
import { writeImport } from '../../../lib/import/write-import';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { articlesNamingKind, searchLog } from '../../../lib/store/log-search';
import { generateArticles } from '../../support/generate-articles';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`kind-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the entity-type filter', () => {
  it('alone keeps the articles naming an entity of that type, and only those', async () => {
    const data = generateArticles(40, 11);
    await writeImport(db, data);
    const kindOf = new Map(data.entities.map((e) => [e.id, e.kind]));
    for (const kind of ['person', 'organization', 'place'] as const) {
      const expected = new Set(data.appearances.filter((a) => kindOf.get(a.entityId) === kind).map((a) => a.articleId));
      expect(await articlesNamingKind(db, kind)).toEqual(expected);
    }
    // Some article names no organization: the filter narrows the list.
    expect((await articlesNamingKind(db, 'organization')).size).toBeLessThan(40);
  });

  it('with a search, matches entities and speakers of that type only, and no titles', async () => {
    const data = generateArticles(40, 12);
    const place = data.entities.find((e) => e.kind === 'place')!;
    const person = data.entities.find((e) => e.kind === 'person')!;
    // A person and a title carrying the place's name: a search restricted to places finds neither.
    person.name = `${place.name} Quennell`;
    const titled = data.articles.find((a) => !data.appearances.some((x) => x.articleId === a.id && x.entityId === place.id))!;
    titled.title = `Letters from ${place.name}`;
    await writeImport(db, data);
    const naming = (id: number) => new Set(data.appearances.filter((a) => a.entityId === id).map((a) => a.articleId));

    const places = await searchLog(db, place.name, 'place');
    expect(places.entities.map((e) => e.name)).toEqual([place.name]);
    expect(places.articleIds).toEqual(naming(place.id));
    expect(places.articleIds.has(titled.id)).toBe(false);

    const people = await searchLog(db, place.name, 'person');
    expect(people.entities.map((e) => e.name)).toEqual([person.name]);
    // Statements whose speaker is that person match too; none by anyone else.
    for (const s of people.statements) expect(s.sourceEntityId).toBe(person.id);
    expect(people.articleIds).toEqual(naming(person.id));

    const any = await searchLog(db, place.name);
    expect(any.articleIds.has(titled.id)).toBe(true);
    expect(any.entities.map((e) => e.name).sort()).toEqual([person.name, place.name].sort());
  });

  it('restricts statements to speakers of the type', async () => {
    const data = generateArticles(30, 13);
    const byPerson = data.attributions.find((a) => a.sourceEntityId !== undefined && data.entities.find((e) => e.id === a.sourceEntityId)?.kind === 'person')!;
    const byOrg = data.attributions.find((a) => a.sourceEntityId !== undefined && data.entities.find((e) => e.id === a.sourceEntityId)?.kind === 'organization')!;
    byPerson.content = 'the Vellmark accord stands';
    byOrg.content = 'the Vellmark accord is void';
    await writeImport(db, data);
    expect((await searchLog(db, 'vellmark', 'person')).statements.map((s) => s.content)).toEqual(['the Vellmark accord stands']);
    expect((await searchLog(db, 'vellmark', 'organization')).statements.map((s) => s.content)).toEqual(['the Vellmark accord is void']);
    expect((await searchLog(db, 'vellmark', 'place')).statements).toEqual([]);
    expect((await searchLog(db, 'vellmark')).statements).toHaveLength(2);
  });

  it('is named in the description a filtered export carries', () => {
    expect(describeFilters({ kind: 'place' })).toBe('Articles naming places');
    expect(describeFilters({ kind: 'person', search: ' Tusk ' })).toBe('Articles naming people matching “Tusk”');
    expect(describeFilters({ kind: 'place', entityId: 3 }, 'Odesa')).toBe('Articles naming Odesa');
    expect(describeFilters({ from: '2026-01-01', to: '2026-02-01' })).toBe('Articles read 2026-01-01 to 2026-02-01');
    expect(describeFilters({})).toBe('Everything');
  });
});
