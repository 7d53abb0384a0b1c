/**
 * Launches Debian's firefox-esr with the BUILT Firefox extension, driven by puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive a stock Firefox). The extension's moz-extension UUID is fixed
 * by pref so its pages can be opened; Firefox needs --remote-allow-system-access to navigate to them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The built Firefox extension under test. */
export const FIREFOX_EXTENSION_DIR = resolve(process.env.SOURCEMARK_FIREFOX_DIR ?? '.output/firefox-mv2');
/** The moz-extension host the tests give the extension. */
export const EXTENSION_UUID = '5e6f2a1c-0b7d-4c3e-9a58-1d2f3b4c5d6e';

const CANDIDATES = ['/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The Firefox binary: $FIREFOX_PATH, else Debian's ESR. */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** A running Firefox with Sourcemark installed. */
export interface FirefoxSession {
  browser: Browser;
  extensionBase: string;
  close(): Promise<void>;
}

/** Starts Firefox headless with a fresh profile and installs the built extension. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: `apt-get install -y firefox-esr`, or set FIREFOX_PATH.');
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\`.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('The Firefox build has no gecko id');
  const profile = mkdtempSync(join(tmpdir(), 'sourcemark-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
      // No network of its own: no updates, telemetry, or captive-portal checks.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  return {
    browser,
    extensionBase: `moz-extension://${EXTENSION_UUID}/`,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page. Firefox's remote agent never settles navigations to moz-extension pages,
 * so the navigation is started without waiting and the page is polled until it has loaded.
 */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = session.extensionBase + path;
  page.goto(url, { timeout: 0 }).catch((error: unknown) => console.debug('firefox: extension navigation never settled (expected)', String(error)));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch((error: unknown) => `pending: ${String(error)}`);
    if (state.startsWith(url) && state.endsWith('complete')) return page;
    await new Promise((ok) => setTimeout(ok, 200));
  }
  throw new Error(`extension page ${url} did not load`);
}

/** Polls `fn` until it returns a truthy value (or throws after `ms`). */
export async function until<T>(fn: () => Promise<T>, ms = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await fn();
    if (last) return last as NonNullable<T>;
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error(`condition not met in ${ms} ms (last: ${JSON.stringify(last)})`);
}
