import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32, zipFiles } from '../../../lib/export/zip';

describe('zipFiles', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('writes an archive that unzip extracts byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      const files = { 'articles.csv': 'a,b\r\n"Erdoğan",1\r\n', 'mentions.csv': '\uFEFFx\r\n' };
      writeFileSync(join(dir, 'out.zip'), zipFiles(files, new Date(2026, 3, 7, 12, 30)));
      execFileSync('python3', ['-m', 'zipfile', '-e', join(dir, 'out.zip'), join(dir, 'x')]);
      for (const [name, text] of Object.entries(files)) expect(readFileSync(join(dir, 'x', name), 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
