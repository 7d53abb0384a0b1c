/**
 * The reading log in real Chromium, on the built extension: it lists what was read; every export format
 * downloads and holds what it should; export → delete everything → import restores identical data,
 * the reader's own actors and places (settings, which delete everything keeps) included;
 * the popup and the log page open during a delete everything keep working, without a reload;
 * malformed and truncated files are refused with a message and change nothing.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, extensionRows, openPopup, tabIdOf, test, waitForHighlights } from './fixtures';
import { openOptions } from './trust-fixtures';

/**
 * The store's tables (an article's mentions, appearances and attributions are one record each; the
 * derived coverage an import leaves to be derived, version 8) and the export's (one mention per record).
 */
const TABLES = ['articles', 'entities', 'articleContent', 'coverage', 'incidents', 'entityArticles'];
const EXPORT_TABLES = ['articles', 'entities', 'mentions', 'appearances', 'attributions', 'incidents'];
const PAGES = ['port-drone-strike.html', 'grain-corridor-talks.html'];
const DATED = /\d{4}-\d{2}-\d{2}/;

async function readArticles(context: BrowserContext, origin: string): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const path of PAGES) {
    const page = await context.newPage();
    await page.goto(`${origin}/${path}`);
    await waitForHighlights(page);
    texts[path] = await page.evaluate(() => document.body.innerText);
    await page.close();
  }
  return texts;
}

async function allRows(worker: Worker): Promise<Record<string, Array<Record<string, unknown>>>> {
  const out: Record<string, Array<Record<string, unknown>>> = {};
  for (const t of TABLES) out[t] = await extensionRows(worker, t);
  return out;
}

/** The reader's own actors and places, from the settings database, without their database ids. */
async function knowledgeRows(worker: Worker): Promise<Array<Record<string, unknown>>> {
  const rows = await worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('sourcemark-settings');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    try {
      if (!db.objectStoreNames.contains('knowledge')) return [];
      return await new Promise<Array<Record<string, unknown>>>((ok, fail) => {
        const req = db.transaction('knowledge', 'readonly').objectStore('knowledge').getAll();
        req.onsuccess = () => ok(req.result as Array<Record<string, unknown>>);
        req.onerror = () => fail(req.error);
      });
    } finally {
      db.close();
    }
  });
  return rows.map(({ id: _id, ...rest }) => rest);
}

async function openLog(context: BrowserContext, extensionId: string): Promise<Page> {
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html`);
  return log;
}

async function download(log: Page, kind: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([log.waitForEvent('download'), log.locator(`button[data-export="${kind}"]`).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), body: readFileSync(path) };
}

/** RFC 4180 reader written for the test (the exporter's own code is not trusted to check itself). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && src[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  expect(quoted).toBe(false);
  return rows;
}

test('the popup opens the log, which lists the articles read, with counts, an entity index, search and pictures', async ({ context, server, extensionId }) => {
  await readArticles(context, server.origin);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [log] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open reading log' }).click()]);
  await log.waitForLoadState();
  expect(log.url()).toBe(`chrome-extension://${extensionId}/log.html`);
  const rows = log.locator('[data-row-loaded]');
  await expect(rows).toHaveCount(2);
  // Newest first: the second article read comes first.
  await expect(rows.first()).toContainText(/Zelenskiy presses allies/);
  await expect(rows.first().locator('[data-count="actors"]')).toHaveText(/[1-9]\d* actors?/);
  await expect(rows.first().locator('[data-count="places"]')).toHaveText(/[1-9]\d* places?/);
  // Attributions come with the share of them that are anonymous.
  await expect(log.locator('[data-count="attributions"]').filter({ hasText: /anonymous/ }).first()).toHaveText(/^[1-9]\d* attributions? \(\d+% anonymous\)$/);

  // Each row: the day it was read and its site, with the title linking to the article (its canonical address).
  const today = await log.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
  await expect(rows.first().locator('time')).toHaveText(today);
  await expect(rows.first().locator('.row__site')).toHaveText('The Harbour Courier');
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', 'http://127.0.0.1/world/zelenskiy-grain-corridor');

  // Search: an entity, a title, and what a source said (listed under the search box).
  await log.getByRole('searchbox').fill('Tusk');
  await expect(rows).toHaveCount(1);
  await log.getByRole('searchbox').fill('presses allies');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Zelenskiy presses allies');
  await log.getByRole('searchbox').fill('new ways to protect');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Drones hit grain terminal');
  await expect(log.locator('details.statements summary')).toHaveText('1 attributed statement match “new ways to protect”');
  await log.locator('details.statements summary').click();
  await expect(log.locator('details.statements li')).toContainText('European Commission said in a statement');
  await log.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows).toHaveCount(2);

  await log.getByRole('tab', { name: 'Actors & places' }).click();
  await log.locator('button[data-entity="Odesa"]').click();
  await expect(log.locator('button[data-entity="Odesa"]')).toContainText(/2 articles · [1-9]\d* incidents?/);
  // The chosen place lists its incidents: the drone strike on the grain terminal, with its reports.
  const detail = log.getByRole('region', { name: 'Chosen entity' });
  await expect(detail.getByRole('heading', { name: 'Odesa' })).toBeVisible();
  await expect(detail.locator('.entity-detail__incidents li').filter({ hasText: 'drone' }).first()).toContainText(/at .*Odesa.* · [1-9] reports?/);
  // The entity type filter narrows the index to that type.
  const entityRows = log.locator('button[data-entity]');
  await log.getByLabel('Entity type').selectOption('place');
  await expect(entityRows.first()).toBeVisible();
  expect(new Set(await entityRows.evaluateAll((els) => els.map((e) => e.querySelector('.entity__kind')?.textContent)))).toEqual(new Set(['place']));
  await log.getByLabel('Entity type').selectOption('person');
  await expect(log.locator('button[data-entity="Odesa"]')).toHaveCount(0);
  await expect(entityRows.first()).toBeVisible();
  expect(new Set(await entityRows.evaluateAll((els) => els.map((e) => e.querySelector('.entity__kind')?.textContent)))).toEqual(new Set(['person']));
  await log.getByLabel('Entity type').selectOption('');
  // People chosen, the place no longer fitted and its filter went: chosen again, it filters the list.
  await expect(log.getByText(/Entity:/)).toHaveCount(0);
  await log.locator('button[data-entity="Odesa"]').click();
  await log.getByRole('tab', { name: 'Articles' }).click();
  await expect(log.getByText(/Entity:/)).toContainText('Odesa');

  // Keyboard: arrows move between tabs; the pictures have text alternatives.
  await log.getByRole('tab', { name: 'Articles' }).focus();
  await log.keyboard.press('ArrowRight');
  await log.keyboard.press('ArrowRight');
  await expect(log.getByRole('tab', { name: 'Pictures' })).toHaveAttribute('aria-selected', 'true');
  await expect(log.getByRole('img', { name: /Articles read per week\. \d+ articles? over/ })).toBeVisible();
  await expect(log.getByRole('img', { name: /Most frequent places/ })).toBeVisible();
});

test('one article, then a whole site, each deleted after a confirmation, with what only they named', async ({ context, server, extensionId, serviceWorker }) => {
  await readArticles(context, server.origin);
  const before = await allRows(serviceWorker);
  const log = await openLog(context, extensionId);
  const rows = log.locator('[data-row-loaded]');
  await expect(rows).toHaveCount(2);
  const first = rows.first();
  const firstId = Number(await first.getAttribute('data-article-id'));

  // The first click only asks; Cancel keeps everything.
  await first.getByRole('button', { name: 'Delete' }).click();
  await expect(first.getByRole('group', { name: 'Confirm deletion' })).toBeVisible();
  await first.getByRole('button', { name: 'Cancel' }).click();
  expect(await allRows(serviceWorker)).toEqual(before);

  await first.getByRole('button', { name: 'Delete' }).click();
  await first.getByRole('button', { name: 'Delete it' }).click();
  await expect(rows).toHaveCount(1);
  await expect(log.locator('header [role=status]')).toContainText('1 article read');
  const after = await allRows(serviceWorker);
  const [left = [], entities, content, incidents] = ['articles', 'entities', 'articleContent', 'incidents'].map((t) => after[t] ?? []);
  expect(left.map((a) => a.id)).not.toContain(firstId);
  // Entities the deleted article alone named are gone; every entity left is still named somewhere.
  expect(entities?.length).toBeLessThan(before.entities?.length ?? 0);
  const named = new Set<unknown>();
  // One content record per article (version 9): its entity rows are indexed as entityVisits.
  for (const c of content ?? []) for (const [id] of c.entityVisits as Array<[number, number]>) named.add(id);
  for (const c of content ?? []) for (const id of c.sourceEntityIds as number[]) named.add(id);
  for (const i of incidents ?? []) {
    named.add(i.placeEntityId);
    for (const id of i.actorEntityIds as number[]) named.add(id);
    expect(i.articleIds).not.toContain(firstId);
  }
  for (const e of entities ?? []) expect(named.has(e.id)).toBe(true);

  const site = String(left?.[0]?.site);
  await log.getByRole('tab', { name: /Export/ }).click();
  const panel = log.getByRole('region', { name: 'Delete' });
  await panel.getByRole('combobox', { name: 'Site' }).selectOption(site);
  await log.getByRole('button', { name: `Delete all 1 article of ${site}` }).click();
  await expect(log.getByText('This deletes 1 article and cannot be undone.')).toBeVisible();
  await log.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(log.locator('[data-delete="done"]')).toContainText('Deleted 1 article');
  for (const t of TABLES) expect(await extensionRows(serviceWorker, t)).toEqual([]);
});

test('each export format downloads and holds the log', async ({ context, server, extensionId }) => {
  const texts = await readArticles(context, server.origin);
  const log = await openLog(context, extensionId);
  await log.getByRole('tab', { name: /Export/ }).click();

  // An earlier export's file long past (removed by this export) and one of a minute ago (kept: its download may still read it).
  const recent = `texts-${Date.now() - 60_000}-7.json`;
  await log.evaluate(async (names) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('sourcemark-exports', { create: true });
    for (const name of names) await folder.getFileHandle(name, { create: true });
  }, ['texts-1000-1.json', recent]);
  const json = await download(log, 'json');
  expect(json.name).toMatch(/^sourcemark-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(json.body.toString('utf8'));
  expect(file).toMatchObject({ format: 'sourcemark-export', version: 2 });
  expect(file.articles).toHaveLength(2);
  // Each article once, with its text; its mentions are positions into it (entity, start, end).
  expect(file.texts).toHaveLength(2);
  const mentionTotal = file.texts.reduce((n: number, t: { mentions: number[] }) => n + t.mentions.length / 3, 0);
  // The texts and then the head were written to files of the extension's private file system
  // (export-file.ts), not built in memory: the texts' file holds exactly the downloaded file's texts,
  // and the download is the head's file, the texts' file and the closing brackets, in that order.
  const written = await log.evaluate(async () => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('sourcemark-exports');
    const names: string[] = [];
    for await (const name of (folder as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return Promise.all(names.map(async (name) => ({ name, text: await (await (await folder.getFileHandle(name)).getFile()).text() })));
  });
  expect(written.map((w) => w.name)).not.toContain('texts-1000-1.json');
  expect(written.map((w) => w.name)).toContain(recent);
  const ours = written.filter((w) => w.name !== recent);
  expect(ours).toHaveLength(2);
  const textsFile = ours.find((w) => /^texts-\d+-\d+\.json$/.test(w.name));
  const headFile = ours.find((w) => /^head-\d+-\d+\.json$/.test(w.name));
  expect(JSON.parse(`[${textsFile?.text}]`)).toEqual(file.texts);
  expect(`${headFile?.text}${textsFile?.text}]}`).toBe(json.body.toString('utf8'));

  const csv = await download(log, 'csv-mentions');
  expect(csv.name).toMatch(DATED);
  const rows = parseCsv(csv.body.toString('utf8'));
  expect(rows).toHaveLength(mentionTotal + 1);
  const header = rows[0] ?? [];
  expect(rows.slice(1).map((r) => r[header.indexOf('entity')])).toContain('Volodymyr Zelenskiy');
  // Context cells beginning with a formula character are neutralized, every one of them.
  for (const r of rows.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  const zip = await download(log, 'csv-tables');
  expect(zip.name).toMatch(/^sourcemark-tables-\d{4}-\d{2}-\d{2}\.zip$/);
  expect(zip.body.subarray(0, 4).toString('hex')).toBe('504b0304');
  for (const t of EXPORT_TABLES) expect(zip.body.includes(Buffer.from(`${t}.csv`))).toBe(true);

  const md = (await download(log, 'markdown')).body.toString('utf8');
  expect(md).toMatch(/^# Sourcemark reading log/);
  expect(md).toContain('## [Drones hit grain terminal in Odesa as Kyiv seeks more air defence]');
  expect(md).toMatch(/- Actors: .*Volodymyr Zelenskiy/);

  const w3c = await download(log, 'w3c');
  expect(w3c.name).toMatch(/\.jsonld$/);
  const doc = JSON.parse(w3c.body.toString('utf8'));
  expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  const attributionTotal = file.texts.reduce((n: number, t: { attributions: unknown[] }) => n + t.attributions.length, 0);
  expect(doc.first.items.length).toBe(mentionTotal + attributionTotal);
  const articleText = Object.values(texts).join('\n').replace(/\s+/g, ' ');
  for (const a of doc.first.items) {
    const [quote, position] = a.target.selector;
    expect(quote.type).toBe('TextQuoteSelector');
    expect(position.type).toBe('TextPositionSelector');
    expect(position.end - position.start).toBe(quote.exact.length);
    expect(articleText).toContain(quote.exact.replace(/\s+/g, ' '));
  }
});

test('export, delete everything, import: the same data, record by record, and the reader knowledge too', async ({ context, server, extensionId, serviceWorker }) => {
  await readArticles(context, server.origin);
  const options = await openOptions(context, extensionId);
  const form = options.getByRole('form', { name: 'Add or correct an actor or place' });
  await form.getByLabel('Name').fill('Marlow Quist');
  await form.getByLabel('Type').selectOption('organization');
  await form.getByLabel('Kind (optional)').fill('water company');
  await form.getByLabel('Also called (comma-separated)').fill('Marlow Quist Water, MQW');
  await form.getByRole('button', { name: 'Save' }).click();
  const entry = options.locator('tr[data-name="Marlow Quist"]');
  await expect(entry).toContainText('Marlow Quist Water, MQW');
  const knowledge = await knowledgeRows(serviceWorker);
  expect(knowledge).toEqual([expect.objectContaining({ name: 'Marlow Quist', type: 'organization', subtype: 'water company', aliases: ['Marlow Quist Water', 'MQW'] })]);

  const before = await allRows(serviceWorker);
  expect(before.articles).toHaveLength(2);
  const log = await openLog(context, extensionId);
  await log.getByRole('tab', { name: /Export/ }).click();
  const json = await download(log, 'json');
  expect(JSON.parse(json.body.toString('utf8')).readerKnowledge).toEqual([expect.objectContaining({ name: 'Marlow Quist', aliases: ['Marlow Quist Water', 'MQW'] })]);

  await log.getByRole('button', { name: 'Delete everything…' }).click();
  await log.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(log.locator('[data-delete="done"]')).toContainText('Deleted 2 articles');
  for (const t of TABLES) expect(await extensionRows(serviceWorker, t)).toEqual([]);
  // The reader's knowledge is settings, not reading: deleting the log keeps it.
  expect(await knowledgeRows(serviceWorker)).toEqual(knowledge);
  await options.reload();
  await expect(entry).toBeVisible();
  // Deleted on the options page, so that only the import can bring it back.
  await entry.getByRole('button', { name: 'Delete' }).click();
  await expect(entry).toHaveCount(0);
  expect(await knowledgeRows(serviceWorker)).toEqual([]);

  await log.getByLabel('Import a JSON export').setInputFiles({ name: json.name, mimeType: 'application/json', buffer: json.body });
  await expect(log.locator('[data-import="done"]')).toContainText('2 new articles');
  await expect(log.locator('[data-import="done"]')).toContainText('1 actor or place of yours added or updated');
  // Coverage is derived data: the import leaves it to be derived when first needed (version 8).
  const restored = await allRows(serviceWorker);
  expect(restored.coverage).toEqual([]);
  // Version 11: the import lists its articles under their entities (entityArticles, 32 entities a
  // record) instead of indexing them (entityVisits): the same articles name the same entities.
  const indexed = new Map<number, number[]>();
  for (const c of before.articleContent ?? []) for (const [id] of c.entityVisits as Array<[number, number]>) indexed.set(id, [...(indexed.get(id) ?? []), c.articleId as number]);
  const listed = new Map<number, number[]>();
  for (const page of await extensionRows(serviceWorker, 'entityArticles')) {
    (page.lists as number[][]).forEach((list, slot) => {
      const ids = list.filter((_, i) => i % 2 === 0);
      if (ids.length) listed.set((page.id as number) * 32 + slot, ids);
    });
  }
  const sorted = (m: Map<number, number[]>) => [...m].map(([id, articles]) => [id, [...articles].sort((a, b) => a - b)]).sort((a, b) => (a[0] as number) - (b[0] as number));
  expect(sorted(listed)).toEqual(sorted(indexed));
  expect(indexed.size).toBeGreaterThan(0);
  const unindexed = (rows: Array<Record<string, unknown>> = []) => rows.map(({ entityVisits: _indexed, posted: _listed, ...rest }) => rest);
  expect((restored.articleContent ?? []).every((c) => c.posted === true)).toBe(true);
  expect({ ...restored, coverage: before.coverage, entityArticles: before.entityArticles, articleContent: unindexed(restored.articleContent) }).toEqual({ ...before, articleContent: unindexed(before.articleContent) });
  expect(await knowledgeRows(serviceWorker)).toEqual(knowledge);
  await options.reload();
  await expect(entry).toContainText('organization (water company)');
  await expect(entry).toContainText('Marlow Quist Water, MQW');

  // Read again, the second article (re-saved over coverage never written) counts the first in its popup.
  const again = await context.newPage();
  await again.goto(`${server.origin}/${PAGES[1]}`);
  await waitForHighlights(again);
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, again));
  const shared = popup.getByRole('region', { name: 'Actors' }).locator('li[data-entity="Volodymyr Zelenskiy"]');
  await expect(shared).toHaveAttribute('data-earlier', '1');
  await expect(shared).toContainText('in 1 earlier article');
});

test('after delete everything, the open popup and log page keep working without a reload', async ({ context, server, extensionId, serviceWorker }) => {
  await readArticles(context, server.origin);
  const article = await context.newPage();
  await article.goto(`${server.origin}/${PAGES[0]}`);
  await waitForHighlights(article);
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, article));
  const actors = popup.getByRole('region', { name: 'Actors' });
  await expect(actors).toBeVisible();
  const log = await openLog(context, extensionId);
  const rows = log.locator('[data-row-loaded]');
  await expect(rows).toHaveCount(2);

  await log.getByRole('tab', { name: /Export/ }).click();
  await log.getByRole('button', { name: 'Delete everything…' }).click();
  await log.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(log.locator('[data-delete="done"]')).toContainText('Deleted 2 articles');
  // The popup was told the store changed, and shows its article gone; the log lists nothing.
  await expect(actors).toHaveCount(0);
  await log.getByRole('tab', { name: 'Articles' }).click();
  await expect(rows).toHaveCount(0);
  for (const t of TABLES) expect(await extensionRows(serviceWorker, t)).toEqual([]);

  // The background saves into the new store, and both pages show it, still without a reload.
  await article.reload();
  await waitForHighlights(article);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Drones hit grain terminal');
  await expect(actors).toBeVisible();
  expect(await extensionRows(serviceWorker, 'articles')).toHaveLength(1);
});

test('malformed and truncated files are refused with a message, and nothing changes', async ({ context, server, extensionId, serviceWorker }) => {
  await readArticles(context, server.origin);
  const log = await openLog(context, extensionId);
  await log.getByRole('tab', { name: /Export/ }).click();
  const json = await download(log, 'json');
  const before = await allRows(serviceWorker);
  const input = log.getByLabel('Import a JSON export');
  const refused = log.locator('[data-import="refused"]');

  const truncated = json.body.subarray(0, Math.floor(json.body.length * 0.6));
  await input.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: truncated });
  await expect(refused).toContainText(/not valid JSON/);
  expect(await allRows(serviceWorker)).toEqual(before);

  const file = JSON.parse(json.body.toString('utf8'));
  file.articles.push({ ...file.articles[0], id: 999, url: 'https://new.example/story' });
  file.texts[1].mentions[3] = 'Zelenskiy';
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(refused).toContainText(`texts #2 (article ${file.texts[1].articleId}) mentions.3:`);
  expect(await allRows(serviceWorker)).toEqual(before);
});

test('the entity type restricts what a search and a chosen entity match, and the counts follow', async ({ context, server, extensionId }) => {
  await readArticles(context, server.origin);
  const log = await openLog(context, extensionId);
  const rows = log.locator('[data-row-loaded]');
  const status = log.locator('header [role=status]');
  await expect(rows).toHaveCount(2);
  const type = log.getByLabel('Entity type');

  // "Kiper" is a person (the regional governor) named in the drone-strike article only.
  await log.getByRole('searchbox').fill('Kiper');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Drones hit grain terminal in Odesa');
  await type.selectOption('place');
  await expect(log.getByText('No article matches these filters.')).toBeVisible();
  await expect(status).toHaveText('2 articles read, 0 shown');
  await type.selectOption('person');
  await expect(rows).toHaveCount(1);
  await expect(status).toHaveText('2 articles read, 1 shown');
  // The export offers exactly what is shown.
  await log.getByRole('tab', { name: /Export/ }).click();
  await expect(log.getByText('What the filters show (1 article)')).toBeVisible();
  await log.getByRole('tab', { name: 'Articles' }).click();

  // Titles have no type: a search for a place named in both titles, restricted to places, finds the
  // place itself; the index lists only places that match.
  await log.getByRole('searchbox').fill('Odesa');
  await type.selectOption('place');
  await expect(rows).toHaveCount(2);
  await log.getByRole('tab', { name: 'Actors & places' }).click();
  const entityRows = log.locator('button[data-entity]');
  await expect(entityRows.first()).toBeVisible();
  expect(new Set(await entityRows.evaluateAll((els) => els.map((e) => e.querySelector('.entity__kind')?.textContent)))).toEqual(new Set(['place']));

  // A chosen place, then the type switched to people: the place no longer fits, and its filter goes.
  await log.getByRole('button', { name: 'Clear filters' }).click();
  await log.locator('button[data-entity="Oleh Kiper"]').click();
  await expect(log.getByText(/Entity:/)).toContainText('Oleh Kiper');
  await expect(status).toHaveText('2 articles read, 1 shown');
  await type.selectOption('place');
  await expect(log.getByText(/Entity:/)).toHaveCount(0);
  // Both articles name a place: all are shown again.
  await expect(status).toHaveText('2 articles read');
  await log.getByRole('tab', { name: 'Articles' }).click();
  await expect(rows).toHaveCount(2);
});
