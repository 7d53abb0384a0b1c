import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, Entity, Incident } from '../../../lib/annotate/types';
import { articleView } from '../../../lib/store/article-view';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { saveArticle } from '../../../lib/store/save-article';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`incidents-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

function at(text: string, surface: string): { start: number; end: number } {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`${surface} missing`);
  return { start, end: start + surface.length };
}

function ent(text: string, id: string, name: string, kind: Entity['kind']): Entity {
  const span = at(text, name);
  return { id, name, kind, aliases: [], mentions: [{ ...span, text: name }] };
}

async function save(url: string, text: string, entities: Entity[], incidents: Incident[], attributions: Annotation['attributions'] = [], now = 0) {
  const annotation: Annotation = { version: 1, sentences: [{ start: 0, end: text.length }], entities, attributions, incidents, wordCount: 20, truncated: false };
  return saveArticle(db, { url, title: `Title ${url}`, meta: { siteName: 'Wire' }, text, annotation, now });
}

const T1 = 'Two drones struck the Erbil airport on Tuesday, the Kurdish interior ministry said.';
const T2 = 'A drone attack hit Erbil airport on Tuesday; the Peshmerga blamed an armed faction.';
const T3 = 'Officials in Erbil said a new drone attack hit the city on Friday.';

function drone(text: string, evidence: string, date: string | undefined, extra: Partial<Incident> = {}): Incident {
  return { type: 'drone', location: 'Erbil', locationEntityId: 'p', mentions: [at(text, evidence)], date, claimedBy: [], deniedBy: [], blamedOn: [], ...extra };
}

describe('incidents across articles', () => {
  it('merges the same type, place and day from two articles into one incident with two sources', async () => {
    await save('a', T1, [{ ...ent(T1, 'p', 'Erbil', 'place') }], [drone(T1, T1, '2026-04-07', { quantity: 2 })], [], 1);
    await save('b', T2, [{ ...ent(T2, 'p', 'Erbil', 'place') }, ent(T2, 'x', 'Peshmerga', 'organization')],
      [drone(T2, 'A drone attack hit Erbil airport on Tuesday', '2026-04-07', { blamedOn: ['an armed faction'] })], [], 2);
    const incidents = await db.incidents.toArray();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ quantity: 2, blamedOn: ['an armed faction'], articleIds: [1, 2] });
    expect(incidents[0]?.sources.map((s) => s.articleId)).toEqual([1, 2]);
  });

  it('keeps a different day apart and never merges undated reports', async () => {
    await save('a', T1, [ent(T1, 'p', 'Erbil', 'place')], [drone(T1, T1, '2026-04-07')], [], 1);
    await save('c', T3, [ent(T3, 'p', 'Erbil', 'place')], [drone(T3, T3, '2026-04-10')], [], 2);
    await save('d', T3.replace('Friday', 'a day'), [ent(T3, 'p', 'Erbil', 'place')], [drone(T3, T3, undefined)], [], 3);
    await save('e', T3.replace('Friday', 'a day'), [ent(T3, 'p', 'Erbil', 'place')], [drone(T3, T3, undefined)], [], 4);
    expect(await db.incidents.count()).toBe(4);
  });

  it('re-saving an article replaces its reports instead of duplicating them', async () => {
    await save('a', T1, [ent(T1, 'p', 'Erbil', 'place')], [drone(T1, T1, '2026-04-07')], [], 1);
    await save('a', T1, [ent(T1, 'p', 'Erbil', 'place')], [drone(T1, T1, '2026-04-07')], [], 2);
    const incidents = await db.incidents.toArray();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.sources).toHaveLength(1);
  });
});

describe('incidents written beside the article', () => {
  const T4 = 'A drone hit Erbil airport on Tuesday. Later a second drone hit a depot in Erbil. Officials in Erbil said a drone hit the city on Friday.';
  const first = 'A drone hit Erbil airport on Tuesday';
  const second = 'Later a second drone hit a depot in Erbil';
  const third = 'Officials in Erbil said a drone hit the city on Friday';

  it('counts on the article one incident per record: reports of one day and place folded into one', async () => {
    const { articleId } = await save('f', T4, [ent(T4, 'p', 'Erbil', 'place')], [
      drone(T4, first, '2026-04-07', { quantity: 1 }),
      drone(T4, second, '2026-04-07', { claimedBy: ['a faction'] }),
      drone(T4, third, '2026-04-10'),
    ], [], 5);
    const incidents = await db.incidents.toArray();
    expect(incidents.map((i) => [i.date, i.sources.map((s) => s.evidence), i.claimedBy, i.quantity])).toEqual([
      ['2026-04-07', [first, second], ['a faction'], 1],
      ['2026-04-10', [third], [], undefined],
    ]);
    expect((await db.articles.get(articleId))?.counts?.incidents).toBe(2);
  });

  it('re-saving an article with several incidents drops its reports from each, keeping other articles\' ones', async () => {
    await save('a', T1, [ent(T1, 'p', 'Erbil', 'place')], [drone(T1, T1, '2026-04-07')], [], 1);
    const incidents = [drone(T4, first, '2026-04-07'), drone(T4, third, '2026-04-10')];
    await save('f', T4, [ent(T4, 'p', 'Erbil', 'place')], incidents, [], 2);
    const { articleId } = await save('f', T4, [ent(T4, 'p', 'Erbil', 'place')], incidents, [], 3);
    const stored = await db.incidents.toArray();
    expect(stored.map((i) => [i.date, i.sources.map((s) => s.articleId)])).toEqual([
      ['2026-04-07', [1, articleId]],
      ['2026-04-10', [articleId]],
    ]);
    expect((await db.articles.get(articleId))?.counts?.incidents).toBe(2);
  });
});

describe('articleView', () => {
  it('shows own incidents with every source, prior incidents at the same place, and attribution counts', async () => {
    await save('a', T1, [ent(T1, 'p', 'Erbil', 'place')], [drone(T1, T1, '2026-04-07')], [], 1);
    await save('c', T3, [ent(T3, 'p', 'Erbil', 'place')], [drone(T3, T3, '2026-04-10')], [], 2);
    const attribution = { ...at(T2, 'the Peshmerga blamed'), source: 'Peshmerga', sourceEntityId: 'x', cue: 'blamed', anonymous: false };
    await save('b', T2, [ent(T2, 'p', 'Erbil', 'place'), ent(T2, 'x', 'Peshmerga', 'organization')],
      [drone(T2, 'A drone attack hit Erbil airport on Tuesday', '2026-04-07')], [attribution], 3);

    const view = await articleView(db, 'b');
    expect(view?.namedCount).toBe(1);
    expect(view?.anonymousCount).toBe(0);
    expect(view?.places.find((p) => p.name === 'Erbil')).toMatchObject({ otherArticles: 2 });
    expect(view?.places[0]?.earlier.map((e) => e.title)).toEqual(['Title c', 'Title a']);
    expect(view?.places[0]?.earlier[0]?.sentence).toBe(T3);
    expect(view?.incidents).toHaveLength(1);
    expect(view?.incidents[0]?.reports.map((r) => r.title)).toEqual(['Title a', 'Title b']);
    expect(view?.prior.map((p) => p.incident.date)).toEqual(['2026-04-10']);
  });

  it('lists an article that names an incident in several sentences as one source', async () => {
    const twice = `${T1} The drones struck the Erbil airport runway.`;
    const incident = { ...drone(twice, T1, '2026-04-07'), mentions: [at(twice, T1), at(twice, 'The drones struck the Erbil airport runway.')] };
    await save('a', twice, [ent(twice, 'p', 'Erbil', 'place')], [incident], [], 1);
    await save('b', T2, [ent(T2, 'p', 'Erbil', 'place')], [drone(T2, 'A drone attack hit Erbil airport on Tuesday', '2026-04-07')], [], 2);
    const view = await articleView(db, 'b');
    expect(view?.incidents[0]?.reports.map((r) => [r.title, r.evidence])).toEqual([['Title a', T1], ['Title b', 'A drone attack hit Erbil airport on Tuesday']]);
  });

  it('lists background an article recalls, which another article reported, among the prior incidents with every source', async () => {
    await save('a', T1, [ent(T1, 'p', 'Erbil', 'place')], [drone(T1, T1, '2026-04-07')], [], 1);
    const T5 = 'A rocket hit a depot in Erbil on Friday. It came three days after two drones struck the Erbil airport.';
    const rocket: Incident = { ...drone(T5, 'A rocket hit a depot in Erbil on Friday', '2026-04-10'), type: 'rocket' };
    await save('b', T5, [ent(T5, 'p', 'Erbil', 'place')], [rocket, drone(T5, 'two drones struck the Erbil airport', '2026-04-07')], [], 2);
    const view = await articleView(db, 'b');
    expect(view?.incidents.map((i) => i.incident.type)).toEqual(['rocket']);
    expect(view?.prior.map((p) => [p.incident.type, p.reports.map((r) => r.title)])).toEqual([['drone', ['Title a', 'Title b']]]);
  });

  it('keeps an earlier incident only this article reports, and an undated-lead article\'s incidents, as its own', async () => {
    const T6 = 'A rocket hit a depot in Erbil on Friday. It came three days after two drones struck the Erbil airport.';
    const rocket: Incident = { ...drone(T6, 'A rocket hit a depot in Erbil on Friday', '2026-04-10'), type: 'rocket' };
    await save('b', T6, [ent(T6, 'p', 'Erbil', 'place')], [rocket, drone(T6, 'two drones struck the Erbil airport', '2026-04-07')], [], 1);
    expect((await articleView(db, 'b'))?.incidents.map((i) => i.incident.type)).toEqual(['rocket', 'drone']);

    await save('a', T1, [ent(T1, 'p', 'Erbil', 'place')], [drone(T1, T1, '2026-04-07')], [], 2);
    const T7 = 'A rocket hit a depot in Erbil. It came after two drones struck the Erbil airport on Tuesday.';
    const undated: Incident = { ...drone(T7, 'A rocket hit a depot in Erbil', undefined), type: 'rocket' };
    await save('c', T7, [ent(T7, 'p', 'Erbil', 'place')], [undated, drone(T7, 'two drones struck the Erbil airport on Tuesday', '2026-04-07')], [], 3);
    expect((await articleView(db, 'c'))?.incidents.map((i) => i.incident.type)).toEqual(['rocket', 'drone']);
  });
});
