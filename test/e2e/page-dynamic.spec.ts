/**
 * Pages that change after load, with the built extension in Chromium: a live blog that publishes posts
 * above and below, a client-rendered app that re-renders and navigates with pushState, and a page
 * with iframes. Highlights follow the text, new text is annotated once, and the page is not changed.
 */
import { expect, extensionMentions, extensionRows, highlightedTexts, test, waitForHighlights } from './fixtures';
import { allRangesConnected, highlightCount, probe } from './page-helpers';

const ZELENSKIY = 'Volodymyr Zelenskiy';

test('a live blog: new posts above and below are highlighted, nothing is annotated twice', async ({ context, server, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/live-blog.html`);
  await waitForHighlights(page);
  const before = await highlightedTexts(page);
  expect(before.person).toContain(ZELENSKIY);
  const mentionsOf = async (exact: string) => (await extensionMentions(serviceWorker)).filter((m) => m.exact === exact).length;
  const zelenskiyMentions = await mentionsOf(ZELENSKIY);
  expect(zelenskiyMentions).toBe(1);

  await page.evaluate(() =>
    (window as unknown as { addPost(t: string, p: string[], w?: string): void }).addPost('09:40', [
      'French President Emmanuel Macron said in Paris that France would send two frigates to escort grain ships, and called the talks in Istanbul a test for Europe.',
      'Macron spoke after a phone call with Zelenskiy, his office said in a statement.',
    ]),
  );
  await expect.poll(async () => (await highlightedTexts(page)).person).toContain('Emmanuel Macron');
  // The old highlights moved down with their text and still cover exactly their words.
  const afterTop = await highlightedTexts(page);
  expect(afterTop.person).toEqual(expect.arrayContaining([ZELENSKIY, 'Emmanuel Macron']));
  expect(afterTop.place).toEqual(expect.arrayContaining(['Odesa', 'Kyiv', 'Paris']));
  expect(await allRangesConnected(page)).toBe(true);

  await page.evaluate(() =>
    (window as unknown as { addPost(t: string, p: string[], w?: string): void }).addPost('07:30', [
      'German Chancellor Olaf Scholz said in Berlin that Germany would pay for new grain silos in Romania, according to a government spokesman.',
    ], 'bottom'),
  );
  await expect.poll(async () => (await highlightedTexts(page)).person).toContain('Olaf Scholz');

  // The clock keeps ticking for a while: no new annotation, and the first post was annotated once.
  await page.waitForTimeout(2000);
  expect(await mentionsOf(ZELENSKIY)).toBe(1);
  expect(await mentionsOf('Emmanuel Macron')).toBe(1);
  const articles = await extensionRows(serviceWorker, 'articles');
  expect(articles).toHaveLength(1);
  const stored = articles[0] as { wordCount: number };
  const pageWords = await page.evaluate(() => (document.getElementById('posts')?.innerText ?? '').split(/\s+/).filter(Boolean).length);
  // Every word of the posts annotated once (the headline and clock line add a few), not twice.
  expect(stored.wordCount).toBeGreaterThanOrEqual(pageWords);
  expect(stored.wordCount).toBeLessThan(pageWords + 40);

  const p = await probe(page);
  expect(p.errors).toEqual([]);
});

test('a React-like page: re-rendered nodes keep their highlights; pushState starts a new article', async ({ context, server, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/react-like.html`);
  await waitForHighlights(page); // the article arrives 300 ms after load
  const first = await highlightedTexts(page);
  expect(first.person).toEqual(expect.arrayContaining(['Oleh Kiper', ZELENSKIY]));
  const count = await highlightCount(page);
  const mentions = (await extensionMentions(serviceWorker)).length;

  await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
  await expect.poll(() => highlightedTexts(page)).toEqual(first);
  expect(await allRangesConnected(page)).toBe(true);
  expect(await highlightCount(page)).toBe(count);
  await page.waitForTimeout(800);
  const articles = await extensionRows(serviceWorker, 'articles');
  expect(articles).toHaveLength(1);
  expect((articles[0] as { visits: number[] }).visits).toHaveLength(1); // not sent again
  expect((await extensionMentions(serviceWorker)).length).toBe(mentions);

  await page.evaluate(() => (window as unknown as { navigateTo(id: string): void }).navigateTo('2'));
  await expect.poll(async () => (await highlightedTexts(page)).person, { timeout: 15_000 }).toContain('Donald Tusk');
  const second = Object.values(await highlightedTexts(page)).flat();
  expect(second).not.toContain(ZELENSKIY);
  expect(second).not.toContain('Oleh Kiper');
  const urls = (await extensionRows(serviceWorker, 'articles')).map((a) => String(a.url)).sort();
  expect(urls).toEqual([`${server.origin}/react-like.html`, `${server.origin}/react-like.html?story=2`]);
  expect((await probe(page)).errors).toEqual([]);
});

test('a page with iframes: only the top page is annotated, frames are left alone', async ({ context, server }) => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/iframes.html`);
  await waitForHighlights(page);
  const all = Object.values(await highlightedTexts(page)).flat();
  expect(all).toEqual(expect.arrayContaining([ZELENSKIY, 'Donald Tusk']));
  for (const name of ['Angela Merkel', 'Vienna', 'Pedro Sanchez', 'Madrid']) expect(all).not.toContain(name);
  for (const frame of page.frames().slice(1)) {
    await frame.waitForLoadState();
    expect(await frame.evaluate(() => CSS.highlights.size)).toBe(0);
  }
  expect(await probe(page)).toEqual({ mutations: 0, errors: [] });
});
