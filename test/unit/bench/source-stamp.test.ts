import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceStamp, staleBuild, writeStamp } from '../../../bench/build/source-stamp';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'stamp-'));
  mkdirSync(join(root, 'lib', 'store'), { recursive: true });
  writeFileSync(join(root, 'lib', 'store', 'db.ts'), 'export const v = 9;\n');
  writeFileSync(join(root, 'wxt.config.ts'), 'export default {};\n');
  return root;
}

describe('the bench build fingerprint', () => {
  it('accepts a build made from the current sources', () => {
    const root = project();
    const build = mkdtempSync(join(tmpdir(), 'build-'));
    writeStamp(build, sourceStamp(root));
    expect(staleBuild(build, sourceStamp(root))).toBeUndefined();
  });

  it('refuses a build once a source file changed after it', () => {
    const root = project();
    const build = mkdtempSync(join(tmpdir(), 'build-'));
    writeStamp(build, sourceStamp(root));
    writeFileSync(join(root, 'lib', 'store', 'db.ts'), 'export const v = 10;\n');
    expect(staleBuild(build, sourceStamp(root))).toMatch(/other sources/);
  });

  it('refuses a build once a source file is added', () => {
    const root = project();
    const build = mkdtempSync(join(tmpdir(), 'build-'));
    writeStamp(build, sourceStamp(root));
    writeFileSync(join(root, 'lib', 'store', 'pages.ts'), 'export {};\n');
    expect(staleBuild(build, sourceStamp(root))).toMatch(/other sources/);
  });

  it('refuses a build that records no fingerprint', () => {
    const build = mkdtempSync(join(tmpdir(), 'build-'));
    expect(staleBuild(build, sourceStamp(project()))).toMatch(/no source fingerprint/);
  });

  it('ignores files outside the sources (notes, bench results)', () => {
    const root = project();
    const before = sourceStamp(root);
    mkdirSync(join(root, '.tmp'));
    writeFileSync(join(root, '.tmp', 'note.md'), 'x');
    expect(sourceStamp(root)).toBe(before);
  });
});
