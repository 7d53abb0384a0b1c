/**
 * The foundation slice, end to end in real Chromium: page → content script → background (engine +
 * IndexedDB) → highlights in the page → popup with earlier coverage.
 */
import {
  expect,
  extensionMentions,
  extensionRows,
  highlightedTexts,
  openPopup,
  tabIdOf,
  test,
  waitForHighlights,
} from './fixtures';

test('highlights the article body, not the page chrome, without touching the DOM', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/port-drone-strike.html`);
  await waitForHighlights(page);
  const texts = await highlightedTexts(page);

  expect(texts.person).toEqual(expect.arrayContaining(['Volodymyr Zelenskiy', 'Oleh Kiper']));
  expect(texts.place).toEqual(expect.arrayContaining(['Odesa', 'Black Sea']));
  const all = Object.values(texts).flat().join(' | ');
  // Names that appear only in navigation, sidebar, ad slot and footer.
  for (const chrome of ['Emmanuel Macron', 'Olaf Scholz', 'Pedro Sanchez', 'Toyota', 'Lisbon', 'Madrid', 'Instagram']) {
    expect(all).not.toContain(chrome);
  }

  const probe = await page.evaluate(() => {
    const p = (window as unknown as { __probe: { mutations: number; errors: string[]; initialHtml: string } }).__probe;
    return { mutations: p.mutations, errors: p.errors, same: p.initialHtml === document.documentElement.outerHTML };
  });
  expect(probe).toEqual({ mutations: 0, errors: [], same: true });
});

test('stores the article and its mentions in the extension, not in the page', async ({ context, server, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/port-drone-strike.html?utm_source=newsletter`);
  await waitForHighlights(page);

  const articles = await extensionRows(serviceWorker, 'articles');
  expect(articles).toHaveLength(1);
  expect(articles[0]).toMatchObject({
    url: 'http://127.0.0.1/world/odesa-grain-terminal-drones',
    title: 'Drones hit grain terminal in Odesa as Kyiv seeks more air defence',
    site: 'The Harbour Courier',
    publishedTime: '2026-03-10T08:30:00Z',
  });
  const entities = await extensionRows(serviceWorker, 'entities');
  expect(entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Volodymyr Zelenskiy', 'Odesa']));
  const mentions = await extensionMentions(serviceWorker);
  const zelenskiy = entities.find((e) => e.name === 'Volodymyr Zelenskiy');
  const itsMentions = mentions.filter((m) => m.entityId === zelenskiy?.id);
  expect(itsMentions.length).toBeGreaterThanOrEqual(1);
  expect(itsMentions[0]).toMatchObject({ articleId: articles[0]?.id });
  expect(String(itsMentions[0]?.exact)).toMatch(/Zelenskiy/);

  const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(pageDatabases).not.toContain('sourcemark');

  // A reload updates the same record instead of adding a second one.
  await page.reload();
  await waitForHighlights(page);
  await expect.poll(async () => (await extensionRows(serviceWorker, 'articles'))[0]?.visits).toHaveLength(2);
  expect(await extensionRows(serviceWorker, 'articles')).toHaveLength(1);
  expect((await extensionMentions(serviceWorker)).length).toBe(mentions.length);
});

test('the popup lists actors and places, and counts earlier coverage', async ({ context, server, serviceWorker, extensionId }) => {
  const first = await context.newPage();
  await first.goto(`${server.origin}/port-drone-strike.html`);
  await waitForHighlights(first);

  let popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, first));
  const actors = popup.getByRole('region', { name: 'Actors' });
  const places = popup.getByRole('region', { name: 'Places' });
  await expect(actors.locator('li[data-entity="Volodymyr Zelenskiy"]')).toHaveAttribute('data-earlier', '0');
  await expect(places.locator('li[data-entity="Odesa"]')).toBeVisible();
  await popup.close();

  const second = await context.newPage();
  await second.goto(`${server.origin}/grain-corridor-talks.html`);
  await waitForHighlights(second);
  popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, second));
  await expect(popup.getByRole('heading', { name: /Zelenskiy presses allies/ })).toBeVisible();
  const shared = popup.getByRole('region', { name: 'Actors' }).locator('li[data-entity="Volodymyr Zelenskiy"]');
  await expect(shared).toHaveAttribute('data-earlier', '1');
  await expect(shared).toContainText('in 1 earlier article');
  // An actor only in the second article has no earlier coverage.
  await expect(popup.locator('li[data-entity="Donald Tusk"]')).toHaveAttribute('data-earlier', '0');
});

test('the popup says so when the tab shows no article', async ({ context, server, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/index.html`);
  await page.waitForLoadState('load');
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(popup.getByText(/No news article found on this page/)).toBeVisible();
});
