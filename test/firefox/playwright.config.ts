import { defineConfig } from '@playwright/test';

// The Firefox smoke suite: Playwright's runner only (no Playwright browser); puppeteer-core drives
// Debian's firefox-esr over WebDriver BiDi (see firefox.ts).
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  // One retry in CI, as for Chromium: a real browser on a loaded machine, not the code, is what flakes.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: '../../.tmp/test-results-firefox',
});
