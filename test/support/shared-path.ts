/**
 * Where the team's shared measuring material lives (real saved pages, seed articles, gold files):
 * read by path at run time, never copied into the project. $SOURCEMARK_SHARED, else ../shared beside
 * the checkout, else /work/shared (where CI's clean clone may sit elsewhere on the machine).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared folder, or undefined when this machine has none. */
export function sharedDir(): string | undefined {
  const candidates = [process.env.SOURCEMARK_SHARED, resolve('../shared'), '/work/shared'];
  return candidates.find((dir): dir is string => !!dir && existsSync(resolve(dir, 'eval')));
}
