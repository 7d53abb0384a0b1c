/**
 * Starts headless Chromium the way the e2e suite does (same binary lookup, same flags), with the
 * built extension loaded or, for the baseline, without it, in a fresh profile that is deleted after.
 */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium, INSTALL_HINT, QUIET_FLAGS } from '../../test/support/chromium-path';

/** Where bench profiles go: inside the checkout's ignored .tmp, not the shared /tmp. */
const PROFILE_ROOT = resolve('.tmp/bench-profiles');

/** A running browser and how to stop it (closing also deletes its profile). */
export interface Browser {
  context: BrowserContext;
  /** The extension's service worker, when it is loaded. */
  worker?: Worker;
  extensionId?: string;
  close(): Promise<void>;
}

/** Launches Chromium; with `extensionDir`, loads that built extension and waits for its worker. */
export async function launch(extensionDir?: string): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}`);
  mkdirSync(PROFILE_ROOT, { recursive: true });
  const profile = mkdtempSync(join(PROFILE_ROOT, 'p-'));
  const extensionArgs = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [...extensionArgs, '--no-sandbox', '--disable-gpu', ...QUIET_FLAGS],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extensionDir) return { context, close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}
