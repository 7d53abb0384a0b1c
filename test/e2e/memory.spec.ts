/**
 * Memory across articles, in real Chromium: three articles written for the project report the same
 * rocket attack differently and share actors and places. The popup must link them: earlier coverage,
 * prior incidents, and the shared incident once with all its sources. A fourth, long one (an analysis
 * naming the same prime minister far down) checks that the popup opens it scrolled to the mention.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, openPopup, tabIdOf, test, waitForHighlights } from './fixtures';

const COURIER = 'harir-rockets-courier.html';
const WIRE = 'harir-rockets-wire.html';
const DRONE = 'erbil-airport-drone.html';

async function read(context: BrowserContext, origin: string, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/${file}`);
  await waitForHighlights(page);
  return page;
}

test('links actors, places and incidents across three articles', async ({ context, server, serviceWorker, extensionId }) => {
  await read(context, server.origin, COURIER);
  const wire = await read(context, server.origin, WIRE);
  const drone = await read(context, server.origin, DRONE);

  // The third article: everyone and everywhere it shares with the first two is known.
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, drone));
  const actors = popup.getByRole('region', { name: 'Actors' });
  const places = popup.getByRole('region', { name: 'Places' });
  await expect(actors.locator('li[data-entity="Masrour Barzani"]')).toHaveAttribute('data-earlier', '2');
  await expect(actors.locator('li[data-entity="Kataib Hezbollah"]')).toHaveAttribute('data-earlier', '1');
  await expect(places.locator('li[data-entity="Harir Air Base"]')).toHaveAttribute('data-earlier', '2');

  // Earlier coverage opens newest first, with the sentence that mentions him.
  const barzani = actors.locator('li[data-entity="Masrour Barzani"]');
  await barzani.getByRole('button', { name: /in 2 earlier articles/ }).click();
  const earlier = barzani.locator('.earlier__item');
  await expect(earlier).toHaveCount(2);
  await expect(earlier.nth(0)).toContainText('Coalition blames Iran-backed militias');
  await expect(earlier.nth(1)).toContainText('Rockets hit Harir air base north of Erbil');
  await expect(earlier.nth(1).locator('q')).toContainText('Barzani');
  await expect(earlier.nth(0).getByRole('link')).toHaveAttribute('href', /#:~:text=.*Barzani/);

  // The rocket attack reported by the first two articles, and recalled by this one three days on, is one
  // prior incident with all three sources, not this article's news.
  const prior = popup.getByRole('region', { name: 'Prior incidents' });
  const rockets = prior.locator('li.incident--rocket');
  await expect(rockets).toHaveCount(1);
  await expect(rockets).toHaveAttribute('data-sources', '3');
  await expect(rockets).toContainText("Harir Air Base");
  await expect(rockets).toContainText('Jun 1, 2026');
  // The drone attack is this article's own incident; the rocket attack is not listed there too.
  const news = popup.getByRole('region', { name: 'Incidents in this article' });
  await expect(news.locator('li.incident--drone')).toHaveCount(1);
  await expect(news.locator('li.incident--rocket')).toHaveCount(0);
  await popup.close();

  // From the second article, the shared incident is its own news, once, with every source.
  const fromWire = await openPopup(context, extensionId, await tabIdOf(serviceWorker, wire));
  const own = fromWire.getByRole('region', { name: 'Incidents in this article' }).locator('li.incident--rocket');
  await expect(own).toHaveCount(1);
  await expect(own).toHaveAttribute('data-sources', '3');
  await expect(fromWire.getByRole('region', { name: 'Attributions' }).locator('.attributions__summary')).toHaveAttribute('data-anonymous', /[1-9]/);
});

test('an earlier article opens from the popup scrolled to the mention (text fragment)', async ({ context, server, serviceWorker, extensionId }) => {
  const analysis = await read(context, server.origin, 'erbil-budget-analysis.html');
  const analysisUrl = analysis.url();
  await analysis.close();
  const courier = await read(context, server.origin, COURIER);
  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, courier));
  const barzani = popup.getByRole('region', { name: 'Actors' }).locator('li[data-entity="Masrour Barzani"]');
  await barzani.getByRole('button', { name: /in 1 earlier article/ }).click();
  const link = barzani.locator('.earlier__item').getByRole('link', { name: /Erbil's budget talks drag on/ });
  await expect(barzani.locator('.earlier__item q')).toContainText('Regional Prime Minister Masrour Barzani said on Sunday');

  // Opened in a new tab by the extension, at the sentence: its paragraph is on screen, the top is not.
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await opened.waitForLoadState();
  expect(opened.url().startsWith(`${analysisUrl}#:~:text=`)).toBe(true);
  expect(decodeURIComponent(opened.url())).toContain('Masrour Barzani');
  const mention = opened.locator('p', { hasText: 'Masrour Barzani said on Sunday' });
  await expect(mention).toBeInViewport();
  await expect(opened.locator('h1')).not.toBeInViewport();
});
