/**
 * Takes the README's pictures from the real extension: a highlighted article and the popup after a
 * second article. Written to .tmp/screenshots, or to docs/screenshots with `npm run screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openPopup, tabIdOf, test, waitForHighlights } from './fixtures';

const OUT = process.env.SCREENSHOT_DIR ?? '.tmp/screenshots';

test('screenshots of a highlighted article and of the popup', async ({ context, server, serviceWorker, extensionId }) => {
  mkdirSync(OUT, { recursive: true });
  const first = await context.newPage();
  await first.goto(`${server.origin}/port-drone-strike.html`);
  await waitForHighlights(first);
  const second = await context.newPage();
  await second.setViewportSize({ width: 1000, height: 720 });
  await second.goto(`${server.origin}/grain-corridor-talks.html`);
  await waitForHighlights(second);
  await second.screenshot({ path: join(OUT, 'article.png') });

  const popup = await openPopup(context, extensionId, await tabIdOf(serviceWorker, second));
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.locator('li[data-earlier="1"]').first()).toBeVisible();
  await popup.screenshot({ path: join(OUT, 'popup.png') });
});
