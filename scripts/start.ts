/**
 * `npm start`: builds the extension, serves the demo news pages on 127.0.0.1 and opens Chromium with
 * Sourcemark loaded on the first demo article. Closing Chromium (or Ctrl-C) stops everything.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, INSTALL_HINT, QUIET_FLAGS } from '../test/support/chromium-path';
import { startStaticServer } from '../test/support/static-server';

const EXTENSION_DIR = resolve('.output/chrome-mv3');
const PROFILE_DIR = resolve('.tmp/start-profile');
const DEMO_PORT = Number(process.env.DEMO_PORT ?? 5178);

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const server = await startStaticServer({ '/': resolve('test/fixtures/pages') }, DEMO_PORT);
  const demo = `${server.origin}/port-drone-strike.html`;
  mkdirSync(PROFILE_DIR, { recursive: true });
  const args = [
    `--user-data-dir=${PROFILE_DIR}`,
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    ...QUIET_FLAGS,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    demo,
  ];
  console.log(`Demo pages: ${server.origin}/  (the second article is ${server.origin}/grain-corridor-talks.html)`);
  console.log(`Opening ${demo} in ${chromium} with Sourcemark loaded. Close the browser to stop.`);
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn('No display found (DISPLAY is not set): Chromium needs a desktop session to open a window.');
  }
  const browser = spawn(chromium, args, { stdio: 'inherit' });
  const stop = () => browser.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.on('exit', (code) => {
    server.close().then(() => process.exit(code ?? 0), () => process.exit(1));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
