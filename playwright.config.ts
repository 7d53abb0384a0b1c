import { defineConfig } from '@playwright/test';

// The built extension in Debian's Chromium; two workers at most (the machines have two cores).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: '.tmp/test-results',
});
