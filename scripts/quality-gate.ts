/**
 * The annotation quality gate CI runs: annotates the shared seed articles (read by path, never copied
 * into the project), scores them with the team's scorer and fails when any target is missed, so the
 * engine's quality can never fall silently.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDir } from '../test/support/shared-path';

/** Targets from the engine and memory issues (fractions). */
const TARGETS: Array<[string, string, number, 'min' | 'max']> = [
  ['actors', 'f1', 0.92, 'min'],
  ['actors', 'merges', 0, 'max'],
  ['places', 'f1', 0.92, 'min'],
  ['attributions', 'f1', 0.9, 'min'],
  ['attributions', 'sourceAccuracy', 0.9, 'min'],
  ['incidents', 'f1', 0.85, 'min'],
  ['incidents', 'splits', 0, 'max'],
  ['incidents', 'typeAccuracy', 0.9, 'min'],
  ['incidents', 'locationAccuracy', 0.9, 'min'],
  ['incidents', 'dateAccuracy', 0.8, 'min'],
  ['incidents', 'numberAccuracy', 0.8, 'min'],
  ['incidents', 'roleAccuracy', 0.8, 'min'],
];

function main(): number {
  const shared = sharedDir();
  if (!shared) {
    console.error('quality gate: no shared folder (set SOURCEMARK_SHARED to the folder holding eval/ and seeds/)');
    return 1;
  }
  const seeds = join(shared, 'seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f));
  const annotate = spawnSync('npx', ['tsx', 'lib/cli/annotate.ts', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (annotate.status !== 0) {
    console.error('quality gate: annotate failed\n', annotate.stderr);
    return 1;
  }
  mkdirSync('.tmp', { recursive: true });
  const predPath = resolve('.tmp/seeds-pred.json');
  writeFileSync(predPath, annotate.stdout);
  const score = spawnSync('node', [join(shared, 'eval/score.mjs'), '--gold', join(shared, 'eval/seeds.gold.json'), '--pred', predPath, '--json'], { encoding: 'utf8' });
  if (score.status !== 0) {
    console.error('quality gate: scorer failed\n', score.stderr);
    return 1;
  }
  const figures = JSON.parse(score.stdout) as Record<string, Record<string, number>>;
  let failed = 0;
  for (const [group, metric, target, direction] of TARGETS) {
    const value = figures[group]?.[metric];
    const ok = value !== undefined && (direction === 'min' ? value >= target : value <= target);
    if (!ok) failed++;
    console.log(`${ok ? 'met    ' : 'NOT MET'} ${group}.${metric} = ${value ?? 'missing'} (target ${direction === 'min' ? '≥' : '≤'} ${target})`);
  }
  return failed === 0 ? 0 : 1;
}

process.exit(main());
