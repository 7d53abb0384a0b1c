/**
 * The log page and the popup by keyboard alone, in real Chromium: every stop of the Tab path through
 * the filters, the lists and the pictures shows where the focus is; tabs move with the arrows; a
 * deletion asked by keyboard can be taken back with Escape, the focus returning where it was; the
 * pictures carry text alternatives and tables; the popup's earlier coverage opens and leads to the
 * earlier article without a mouse.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPopup, tabIdOf, test, waitForHighlights } from './fixtures';

async function read(context: BrowserContext, origin: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/${file}`);
  await waitForHighlights(page);
  return page;
}

/** The focused element: a short name (its label, aria-label or text), its role or tag, and whether its focus is drawn. */
async function focused(page: Page): Promise<{ name: string; role: string; outlined: boolean }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return { name: '', role: 'body', outlined: false };
    const labelled = (e as HTMLInputElement).labels?.[0]?.querySelector('span')?.textContent;
    const name = (e.getAttribute('aria-label') ?? labelled ?? e.textContent ?? '').trim().slice(0, 60);
    const style = getComputedStyle(e);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { name, role: e.getAttribute('role') ?? e.tagName.toLowerCase(), outlined };
  });
}

/** Presses Tab until `until` is focused (at most `max` times), returning every stop on the way. */
async function tabTo(page: Page, until: (f: { name: string; role: string }) => boolean, max = 30): Promise<Array<{ name: string; role: string; outlined: boolean }>> {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    stops.push(f);
    if (until(f)) return stops;
  }
  throw new Error(`not reached in ${max} Tabs: ${JSON.stringify(stops.map((s) => s.name))}`);
}

test('a row deleted by keyboard hands the focus to the row that takes its place, then to the emptied list', async ({ context, server, extensionId }) => {
  for (const file of ['port-drone-strike.html', 'grain-corridor-talks.html']) await (await read(context, server.origin, file)).close();
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html`);
  const rows = log.locator('[data-row-loaded]');
  await expect(rows).toHaveCount(2);
  const second = await rows.nth(1).locator('.row__title').textContent();

  await rows.first().getByRole('button', { name: 'Delete' }).focus();
  await log.keyboard.press('Enter');
  await expect(log.getByRole('button', { name: 'Delete it' })).toBeFocused();
  await log.keyboard.press('Enter');
  await expect(rows).toHaveCount(1);
  // The keyboard stays in the list, on the article that moved up, and the deletion is told.
  await expect(rows.first().getByRole('button', { name: 'Delete' })).toBeFocused();
  expect(await rows.first().locator('.row__title').textContent()).toBe(second);
  await expect(log.getByRole('status').filter({ hasText: /^Deleted “/ })).toHaveCount(1);

  await log.keyboard.press('Enter');
  await log.keyboard.press('Enter');
  await expect(rows).toHaveCount(0);
  // The log is empty: the page shows its own notice instead of the list, and the keyboard waits in its panel.
  await expect(log.getByRole('tabpanel')).toBeFocused();
  await expect(log.getByText(/^Nothing read yet/)).toBeVisible();
});

test('the log by keyboard: filters, tabs, lists and pictures, each focus visible', async ({ context, server, extensionId }) => {
  for (const file of ['port-drone-strike.html', 'grain-corridor-talks.html']) await (await read(context, server.origin, file)).close();
  const log = await context.newPage();
  await log.goto(`chrome-extension://${extensionId}/log.html`);
  const rows = log.locator('[data-row-loaded]');
  await expect(rows).toHaveCount(2);

  // From the search box through every filter to the tabs, then into the list and its first row.
  await log.getByRole('searchbox').focus();
  expect((await focused(log)).outlined).toBe(true);
  const path = await tabTo(log, (f) => f.name === 'Delete');
  const names = path.map((s) => s.name).filter((n, i, all) => n !== all[i - 1]);
  expect(names).toEqual(['From', 'To', 'Site', 'Entity type', 'Clear filters', 'Articles', 'Articles, 2', expect.stringMatching(/^Zelenskiy presses allies/), 'Delete']);
  for (const stop of path) expect(stop.outlined, `focus drawn on ${stop.name}`).toBe(true);

  // A deletion asked by keyboard: the confirmation takes the focus; Escape takes it back, and deletes nothing.
  await log.keyboard.press('Enter');
  await expect(log.getByRole('button', { name: 'Delete it' })).toBeFocused();
  await log.keyboard.press('Escape');
  await expect(log.getByRole('group', { name: 'Confirm deletion' })).toHaveCount(0);
  expect(await focused(log)).toMatchObject({ name: 'Delete', outlined: true });
  await expect(rows).toHaveCount(2);

  // The entity type, changed from the keyboard, narrows the index; an entity is chosen with Enter.
  await log.getByLabel('Entity type').focus();
  await log.keyboard.press('ArrowDown'); // People
  await expect(log.getByLabel('Entity type')).toHaveValue('person');
  await log.getByRole('tab', { name: 'Articles' }).focus();
  await log.keyboard.press('ArrowRight');
  await expect(log.getByRole('tab', { name: 'Actors & places' })).toBeFocused();
  await expect(log.getByRole('tab', { name: 'Actors & places' })).toHaveAttribute('aria-selected', 'true');
  await expect(log.locator('button[data-entity]').first()).toBeVisible();
  const index = await tabTo(log, (f) => f.role === 'button' && f.name.includes('person'));
  expect(index.map((s) => s.name)).toEqual([expect.stringMatching(/^Entities, \d+$/), expect.stringContaining('person')]);
  for (const stop of index) expect(stop.outlined, `focus drawn on ${stop.name}`).toBe(true);
  const person = log.locator('button[data-entity]:focus');
  const name = await person.getAttribute('data-entity');
  await log.keyboard.press('Enter');
  await expect(person).toHaveAttribute('aria-pressed', 'true');
  await expect(log.getByText(/Entity:/)).toContainText(String(name));
  await expect(log.getByRole('region', { name: 'Chosen entity' }).getByRole('heading', { name: String(name) })).toBeVisible();
  await log.getByRole('button', { name: `Remove the filter on ${name}` }).focus();
  await log.keyboard.press('Enter');
  await expect(log.getByText(/Entity:/)).toHaveCount(0);

  // The pictures: text alternatives, and each one's data as a table opened with Enter.
  await log.getByRole('tab', { name: 'Actors & places' }).focus();
  await log.keyboard.press('ArrowRight');
  await expect(log.getByRole('tab', { name: 'Pictures' })).toHaveAttribute('aria-selected', 'true');
  await expect(log.getByRole('img', { name: /^Articles read per week\. 2 articles over 1 week/ })).toBeVisible();
  await expect(log.getByRole('img', { name: /^Most frequent actors: / })).toBeVisible();
  await log.getByRole('tab', { name: 'Pictures' }).focus();
  const toTable = await tabTo(log, (f) => f.name === 'Most frequent actors: show as a table');
  for (const stop of toTable) expect(stop.outlined, `focus drawn on ${stop.name}`).toBe(true);
  await log.keyboard.press('Enter');
  const table = log.getByRole('table', { name: 'Most frequent actors' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Name', 'Kind', 'Articles']);
  // Filtered to people, the actors are people only.
  expect(new Set(await table.locator('tbody tr td:nth-child(2)').allTextContents())).toEqual(new Set(['person']));
});

test('the popup by keyboard: earlier coverage opens, and its article opens at the mention', async ({ context, server, serviceWorker, extensionId }) => {
  await (await read(context, server.origin, 'erbil-budget-analysis.html')).close();
  const courier = await read(context, server.origin, 'harir-rockets-courier.html');
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, courier));
  await expect(popup.getByRole('region', { name: 'Actors' })).toBeVisible();
  await popup.locator('body').focus();
  const path = await tabTo(popup, (f) => /in 1 earlier article/.test(f.name), 40);
  for (const stop of path) expect(stop.outlined, `focus drawn on ${stop.name}`).toBe(true);
  const toggle = popup.locator(':focus');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await popup.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await popup.keyboard.press('Tab');
  expect(await focused(popup)).toMatchObject({ name: expect.stringMatching(/^Erbil's budget talks drag on/), outlined: true });
  const [opened] = await Promise.all([context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await opened.waitForLoadState();
  expect(opened.url()).toContain('#:~:text=');
  await expect(opened.locator('p', { hasText: 'Masrour Barzani said on Sunday' })).toBeInViewport();
});
