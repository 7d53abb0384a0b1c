/**
 * Where Sourcemark runs, end to end in real Chromium: on its own only on article pages of sites the
 * reader left on; anywhere when asked from the popup; per-site switch in the popup and site list on
 * the options page; the reader's own actors and places reach the engine on the next article.
 */
import { highlightedTexts, openPopup, tabIdOf, waitForHighlights } from './fixtures';
import { countAfterSettling, expect, openOptions, storedArticleCount, test } from './trust-fixtures';

test('annotates declared articles on its own, leaves other pages alone until asked', async ({ context, pages, serviceWorker, extensionId }) => {
  const article = await context.newPage();
  await article.goto(`${pages.origin}/port-drone-strike.html`);
  await waitForHighlights(article);
  expect(await storedArticleCount(serviceWorker)).toBe(1);

  let stored = 1;
  // A timetable page, an essay, and a notice far too short to pass for an article: each only when asked.
  for (const path of ['/trust/not-an-article.html', '/trust/plain-essay.html', '/trust/short-notice.html']) {
    const page = await context.newPage();
    await page.goto(pages.origin + path);
    expect(await countAfterSettling(page), path).toBe(0);
    expect(await storedArticleCount(serviceWorker), path).toBe(stored);

    const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
    await expect(popup.getByText('Sourcemark leaves it alone unless you ask')).toBeVisible();
    await popup.getByRole('button', { name: 'Annotate this page' }).click();
    // The popup reloads once the page is annotated; the page now has highlights.
    await waitForHighlights(page);
    expect(await storedArticleCount(serviceWorker), path).toBe(++stored);
    await popup.close();
    await page.close();
  }
  expect(await storedArticleCount(serviceWorker)).toBe(4);
  const essay = await context.newPage();
  await essay.goto(`${pages.origin}/trust/plain-essay.html`);
  // Asked once is not a rule: the next visit is judged again.
  expect(await countAfterSettling(essay)).toBe(0);
});

test('the popup switch turns a site off (and only that site); the options page lists and forgets it', async ({ context, pages, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${pages.origin}/grain-corridor-talks.html`);
  await waitForHighlights(page);

  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  const toggle = popup.getByRole('checkbox', { name: 'On 127.0.0.1' });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await popup.close();

  await page.reload();
  expect(await countAfterSettling(page)).toBe(0);
  const offPopup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(offPopup.getByText('Sourcemark is off on this site')).toBeVisible();
  await offPopup.close();

  // Another site is unaffected.
  const other = await context.newPage();
  await other.goto(`${pages.otherOrigin}/grain-corridor-talks.html`);
  await waitForHighlights(other);

  // Asking still works on a site that is off.
  const askPopup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, page));
  await askPopup.getByRole('button', { name: 'Annotate this page' }).click();
  await waitForHighlights(page);
  await askPopup.close();

  const options = await openOptions(context, extensionId);
  const row = options.locator('tr[data-site="127.0.0.1"]');
  await expect(row).toContainText('off');
  await row.getByRole('button', { name: 'Forget' }).click();
  await expect(options.getByText('No site is switched off.')).toBeVisible();
  await options.getByLabel('Switch off a site').fill('https://www.LOCALHOST/some/page');
  await options.getByRole('button', { name: 'Switch off' }).click();
  await expect(options.locator('tr[data-site="localhost"]')).toBeVisible();
  await options.getByLabel('Switch off a site').fill('javascript:alert(1)');
  await options.getByRole('button', { name: 'Switch off' }).click();
  await expect(options.getByRole('alert')).toContainText('is not a web site');

  await page.reload();
  await waitForHighlights(page);
  await other.reload();
  expect(await countAfterSettling(other)).toBe(0);
});

test("the reader's own actors and places, and corrections, reach the engine on the next article", async ({ context, pages, extensionId }) => {
  const url = `${pages.origin}/trust/knowledge-article.html`;
  const before = await context.newPage();
  await before.goto(url);
  await waitForHighlights(before);
  const baseline = await highlightedTexts(before);
  // The engine's own reading: Tobias Wrenfield (a consultancy) is taken for a person; Marlow Quist is not found.
  expect(baseline.person).toContain('Tobias Wrenfield');
  expect(baseline.organization).not.toContain('Tobias Wrenfield');
  expect(Object.values(baseline).flat()).not.toContain('Marlow Quist');
  await before.close();

  const options = await openOptions(context, extensionId);
  const form = options.getByRole('form', { name: 'Add or correct an actor or place' });
  await form.getByLabel('Name').fill('Tobias Wrenfield');
  await form.getByLabel('Type').selectOption('organization');
  await form.getByLabel('Kind (optional)').fill('engineering consultancy');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByLabel('Name').fill('Marlow Quist');
  await form.getByLabel('Type').selectOption('organization');
  await form.getByLabel('Also called (comma-separated)').fill('Marlow Quist Water, MQW');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(options.locator('tr[data-name="Tobias Wrenfield"]')).toContainText('organization (engineering consultancy)');
  await expect(options.locator('tr[data-name="Marlow Quist"]')).toContainText('Marlow Quist Water, MQW');

  const after = await context.newPage();
  await after.goto(url);
  await waitForHighlights(after);
  const taught = await highlightedTexts(after);
  expect(taught.organization).toEqual(expect.arrayContaining(['Tobias Wrenfield', 'Marlow Quist']));
  expect(taught.person).not.toContain('Tobias Wrenfield');

  // Deleting the correction gives the engine's own reading back.
  await options.locator('tr[data-name="Tobias Wrenfield"]').getByRole('button', { name: 'Delete' }).click();
  await expect(options.locator('tr[data-name="Tobias Wrenfield"]')).toHaveCount(0);
  await after.reload();
  await waitForHighlights(after);
  const reverted = await highlightedTexts(after);
  expect(reverted.person).toContain('Tobias Wrenfield');
  expect(reverted.organization).toContain('Marlow Quist');
});
