/**
 * A fingerprint of the sources the bench's build is made from. `--skip-build` reuses the last build,
 * and a build older than the code it is taken for measures the wrong code without a sign (it once
 * did: a whole session's store figures came from a build that predated the schema they were reported
 * for). The build records the fingerprint of what it was built from; a run that skips the build
 * refuses a build whose fingerprint is not the current sources'.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What goes into the extension the bench loads: its code, its page for the store, its packages. */
const SOURCES = ['lib', 'components', 'entrypoints', 'public', 'bench/storage/page', 'wxt.config.ts', 'package-lock.json', 'tsconfig.json'];

/** The file in the build folder that holds the fingerprint of the sources it was built from. */
export const STAMP_FILE = 'source-stamp.txt';

function filesUnder(root: string, path: string, out: string[]): void {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) filesUnder(root, join(path, name), out);
  } else out.push(path);
}

/** The fingerprint of the sources under `root` (a SHA-256 of every source file's path and bytes). */
export function sourceStamp(root: string): string {
  const files: string[] = [];
  for (const s of SOURCES) filesUnder(root, s, files);
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(relative(root, join(root, f)));
    hash.update('\0');
    hash.update(readFileSync(join(root, f)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** Records, in `buildDir`, the fingerprint of the sources it was just built from. */
export function writeStamp(buildDir: string, stamp: string): void {
  writeFileSync(join(buildDir, STAMP_FILE), `${stamp}\n`);
}

/** Why the build in `buildDir` cannot be reused for sources of fingerprint `stamp`, or undefined when it can. */
export function staleBuild(buildDir: string, stamp: string): string | undefined {
  const file = join(buildDir, STAMP_FILE);
  if (!existsSync(file)) return `the bench build in ${buildDir} records no source fingerprint (made before fingerprints, or by hand)`;
  if (readFileSync(file, 'utf8').trim() !== stamp) return `the bench build in ${buildDir} was made from other sources than the current ones`;
  return undefined;
}
