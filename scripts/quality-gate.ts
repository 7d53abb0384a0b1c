/**
 * The annotation quality gate CI runs: annotates the shared seed articles (read by path, never copied
 * into the project), scores them with the team's scorer and fails when any target is missed, so the
 * engine's quality can never fall silently. It then scores the project's own dev sets for incidents
 * against their floors (scripts/dev-set-floors.ts).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { sharedDir } from '../test/support/shared-path';
import { DEV_SET_FLOORS, INCIDENT_DEV_SETS, INCIDENT_TARGETS, type IncidentFloors } from './dev-set-floors';

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

/** Annotates `files` and scores them against `gold` with the team's scorer; undefined (and a message) on failure. */
function score(scorer: string, gold: string, files: string[], label: string): Record<string, Record<string, number>> | undefined {
  const annotate = spawnSync('npx', ['tsx', 'lib/cli/annotate.ts', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (annotate.status !== 0) {
    console.error(`quality gate: annotate failed on ${label}\n`, annotate.stderr);
    return undefined;
  }
  mkdirSync('.tmp', { recursive: true });
  const predPath = resolve(`.tmp/${label}-pred.json`);
  writeFileSync(predPath, annotate.stdout);
  const scored = spawnSync('node', [scorer, '--gold', gold, '--pred', predPath, '--json'], { encoding: 'utf8' });
  if (scored.status !== 0) {
    console.error(`quality gate: scorer failed on ${label}\n`, scored.stderr);
    return undefined;
  }
  return JSON.parse(scored.stdout) as Record<string, Record<string, number>>;
}

/** Prints one line per target; the number missed. */
function check(label: string, figures: Record<string, Record<string, number>>, targets: Array<[string, string, number, 'min' | 'max']>): number {
  let failed = 0;
  for (const [group, metric, target, direction] of targets) {
    const value = figures[group]?.[metric];
    const ok = value !== undefined && (direction === 'min' ? value >= target : value <= target);
    if (!ok) failed++;
    console.log(`${ok ? 'met    ' : 'NOT MET'} ${label} ${group}.${metric} = ${value ?? 'missing'} (target ${direction === 'min' ? '≥' : '≤'} ${target})`);
  }
  return failed;
}

function main(): number {
  const shared = sharedDir();
  if (!shared) {
    console.error('quality gate: no shared folder (set SOURCEMARK_SHARED to the folder holding eval/ and seeds/)');
    return 1;
  }
  const scorer = join(shared, 'eval/score.mjs');
  const seeds = join(shared, 'seeds');
  const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => join(seeds, f));
  const seedFigures = score(scorer, join(shared, 'eval/seeds.gold.json'), seedFiles, 'seeds');
  if (!seedFigures) return 1;
  let failed = check('seeds', seedFigures, TARGETS);
  for (const set of INCIDENT_DEV_SETS) {
    const dir = resolve('test/fixtures', set);
    const gold = readdirSync(dir).find((f) => f.endsWith('.gold.json'));
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
    const figures = gold ? score(scorer, join(dir, gold), files, set) : undefined;
    if (!figures) { failed++; continue; }
    const floors: IncidentFloors = { ...INCIDENT_TARGETS, ...DEV_SET_FLOORS[set] };
    failed += check(set, figures, (Object.keys(floors) as Array<keyof IncidentFloors>).map((k) => ['incidents', k, floors[k], k === 'splits' ? 'max' : 'min']));
  }
  return failed === 0 ? 0 : 1;
}

process.exit(main());
