import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeImport } from '../../../lib/import/write-import';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { timelineIncidents, topEntities, weekStart, weeklyCounts } from '../../../lib/store/log-pictures';
import { articleOrder, articleSummaries, entityCounts, filterArticles, newestArticleIds, siteList, visitTimes } from '../../../lib/store/queries-log';
import { searchLog } from '../../../lib/store/log-search';
import { generateArticles } from '../../support/generate-articles';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`log-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

describe('weekly counts', () => {
  it('buckets by Monday and fills empty weeks with zeros', () => {
    const mon = new Date(2026, 2, 2, 9).getTime(); // Monday 2 March 2026
    expect(weekStart(mon + 3 * 86_400_000)).toBe(new Date(2026, 2, 2).getTime());
    const counts = weeklyCounts([mon, mon + 86_400_000, mon + 21 * 86_400_000]);
    expect(counts.map((c) => c.count)).toEqual([2, 0, 0, 1]);
    // Across the end of daylight saving time (late October) the weeks stay on Mondays.
    const autumn = weeklyCounts([new Date(2026, 9, 19).getTime(), new Date(2026, 10, 9).getTime()]);
    expect(autumn.map((c) => new Date(c.week).getDay())).toEqual([1, 1, 1, 1]);
  });
});

describe('log queries', () => {
  it('lists newest first, filters by site and entity, and counts the rows on screen', async () => {
    const data = generateArticles(60, 4);
    const shared = data.incidents[0]!;
    const other = data.articles.find((a) => !shared.articleIds.includes(a.id))!.id;
    shared.articleIds.push(other);
    shared.sources.push({ ...shared.sources[0]!, articleId: other });
    await writeImport(db, data);
    const order = await articleOrder(db);
    const visited = await visitTimes(db);
    const times = order.ids.map((id) => visited.get(id) ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const site = data.articles[0]!.site!;
    const bySite = await filterArticles(db, order, { site });
    expect(bySite.sort()).toEqual(data.articles.filter((a) => a.site === site).map((a) => a.id).sort());
    const sites = await siteList(db);
    expect(sites.find((x) => x.site === site)?.count).toBe(bySite.length);
    expect(sites.reduce((n, x) => n + x.count, 0)).toBe(60);
    const day = (ms: number) => { const d = new Date(ms); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
    const from = day(times[40]!);
    const to = day(times[10]!);
    const dated = await filterArticles(db, order, { from, to });
    const expected = order.ids.filter((id) => { const d = day(visited.get(id)!); return d >= from && d <= to; });
    expect(dated).toEqual(expected);
    expect(dated.length).toBeGreaterThan(20);
    const entityId = data.appearances[0]!.entityId;
    const byEntity = await filterArticles(db, order, { entityId });
    expect(byEntity.sort()).toEqual([...new Set(data.appearances.filter((a) => a.entityId === entityId).map((a) => a.articleId))].sort());

    // Several rows at once, as the list reads them; an incident shared by two rows counts once for each.
    const summaries = await articleSummaries(db, order.ids);
    expect(summaries).toHaveLength(60);
    for (const s of summaries) {
      expect(s.incidents).toBe(data.incidents.filter((i) => i.articleIds.includes(s.article.id)).length);
    }
    const [summary] = await articleSummaries(db, [1]);
    const own = data.appearances.filter((a) => a.articleId === 1).map((a) => data.entities.find((e) => e.id === a.entityId)!);
    expect(summary).toMatchObject({
      actors: own.filter((e) => e.kind !== 'place').length,
      places: own.filter((e) => e.kind === 'place').length,
      attributions: data.attributions.filter((a) => a.articleId === 1).length,
      anonymous: data.attributions.filter((a) => a.articleId === 1 && a.anonymous).length,
      incidents: data.incidents.filter((i) => i.articleIds.includes(1)).length,
    });
  });

  it('counts an article that carries no counts from its records, as the kept counts say', async () => {
    const data = generateArticles(40, 8);
    await writeImport(db, data);
    const ids = data.articles.slice(0, 12).map((a) => a.id);
    const kept = await articleSummaries(db, ids);
    await db.transaction('rw', db.articles, async () => {
      for (const id of ids.slice(0, 6)) await db.articles.where(':id').equals(id).modify((a) => void delete a.counts);
    });
    expect((await db.articles.get(ids[0]!))?.counts).toBeUndefined();
    const counted = await articleSummaries(db, ids);
    const strip = (xs: typeof kept) => xs.map(({ article, ...c }) => ({ id: article.id, ...c }));
    expect(strip(counted)).toEqual(strip(kept));
    expect(kept.some((s) => s.actors > 0 && s.attributions > 0)).toBe(true);
  });

  it('reads the first screen, newest first, as the head of the whole order', async () => {
    const data = generateArticles(45, 3);
    // Two articles read at the same moment: ties keep the whole order's tie-break too.
    data.articles[7]!.lastVisited = data.articles[8]!.lastVisited;
    await writeImport(db, data);
    const order = await articleOrder(db);
    expect(await newestArticleIds(db, 10)).toEqual(order.ids.slice(0, 10));
    expect(await newestArticleIds(db, 100)).toEqual(order.ids);
    expect(await newestArticleIds(db, 0)).toEqual([]);
  });

  it('searches titles, entities and statements, folding case', async () => {
    const data = generateArticles(30, 5);
    data.attributions[3]!.content = 'The Ceasefire holds';
    data.articles[5]!.title = 'Qorvath harbour reopens after the storm';
    await writeImport(db, data);
    // A title: only that article, and nothing else matched.
    const byTitle = await searchLog(db, 'QORVATH harbour');
    expect([...byTitle.articleIds]).toEqual([data.articles[5]!.id]);
    expect(byTitle.entities).toEqual([]);
    expect(byTitle.statements).toEqual([]);
    const result = await searchLog(db, 'ceasefire');
    expect(result.statements.map((s) => s.content)).toEqual(['The Ceasefire holds']);
    expect(result.articleIds.has(data.attributions[3]!.articleId)).toBe(true);
    const name = data.entities[0]!.name;
    const byName = await searchLog(db, name.toUpperCase());
    expect(byName.entities.map((e) => e.name)).toContain(name);
    // An entity's articles are the articles naming it.
    const entity = byName.entities.find((e) => e.name === name)!;
    for (const a of data.appearances.filter((x) => x.entityId === entity.id)) expect(byName.articleIds.has(a.articleId)).toBe(true);
  });

  it('gives each entity of the index its articles and its incidents (at the place or involving the actor)', async () => {
    const data = generateArticles(50, 7);
    const actor = data.entities.find((e) => e.kind !== 'place' && data.appearances.some((a) => a.entityId === e.id))!;
    // An incident involving the actor, at a place: it counts for both.
    data.incidents[0]!.actorEntityIds = [actor.id];
    await writeImport(db, data);
    for (const e of data.entities.slice(0, 25)) {
      const counts = await entityCounts(db, e.id);
      expect(counts.articles).toBe(new Set(data.appearances.filter((a) => a.entityId === e.id).map((a) => a.articleId)).size);
      expect(counts.incidents).toBe(data.incidents.filter((i) => i.placeEntityId === e.id || i.actorEntityIds.includes(e.id)).length);
    }
    expect((await entityCounts(db, actor.id)).incidents).toBeGreaterThan(0);
    const place = data.incidents[0]!.placeEntityId;
    if (place !== undefined) expect((await entityCounts(db, place)).incidents).toBeGreaterThan(0);
  });

  it('ranks the entities of the shown articles and places their incidents on the timeline', async () => {
    const data = generateArticles(80, 6);
    await writeImport(db, data);
    const shown = new Set(data.articles.slice(0, 40).map((a) => a.id));
    const top = await topEntities(db, shown, 5);
    expect(top.actors.length).toBe(5);
    expect(top.actors.every((a) => a.entity.kind !== 'place')).toBe(true);
    expect(top.places.every((a) => a.entity.kind === 'place')).toBe(true);
    const expected = data.appearances.filter((a) => shown.has(a.articleId) && a.entityId === top.actors[0]!.entity.id).length;
    expect(top.actors[0]!.articles).toBe(expected);
    // The whole log: counts kept in coverage, the same as counting every article's entities.
    const everything = await topEntities(db, new Set(data.articles.map((a) => a.id)), 5);
    for (const list of [everything.actors, everything.places]) {
      for (const x of list) expect(x.articles).toBe(data.appearances.filter((a) => a.entityId === x.entity.id).length);
    }
    const ranked = everything.actors.map((x) => x.articles);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
    const timeline = await timelineIncidents(db, shown);
    expect(timeline.length).toBe(data.incidents.filter((i) => i.articleIds.some((a) => shown.has(a))).length);
    expect(timeline.every((i) => i.place.length > 0)).toBe(true);
    // By date, then id (version 11 sorts them itself: no `date` index).
    const order = timeline.map((i) => [i.date, i.id] as const);
    expect(order).toEqual([...order].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])));
    expect(new Set(order.map(([date]) => date)).size).toBeGreaterThan(1);
  });
});
