/**
 * Brings an export of any earlier format version up to the current one, one version step at a time,
 * before it is validated. Each step is a pure function from the raw JSON of version n to version n+1,
 * so every file Sourcemark ever wrote stays importable.
 */
import { EXPORT_VERSION } from '../export/format';
import { ImportRejected } from './problem';

type Step = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] turns version n into n+1; each comes with a test of an old file. Version 1 → 2: a
 * version 1 file lists every article's records one by one, which version 2 still reads; it has no
 * `texts` (articles with their text and positions into it).
 */
export const MIGRATIONS: Readonly<Record<number, Step>> = {
  1: (raw) => ({ ...raw, texts: [] }),
};

/** The raw file migrated to EXPORT_VERSION; rejects files from a newer Sourcemark or an unknown version. */
export function migrate(raw: Record<string, unknown>, version: number, migrations: Readonly<Record<number, Step>> = MIGRATIONS, current = EXPORT_VERSION): Record<string, unknown> {
  if (version > current) {
    throw new ImportRejected({
      where: 'the file',
      message: `it was written by a newer Sourcemark (format version ${version}; this one reads up to ${current}). Update Sourcemark first.`,
    });
  }
  let data = raw;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new ImportRejected({ where: 'the file', message: `format version ${v} cannot be read (no migration from it)` });
    data = { ...step(data), version: v + 1 };
  }
  return data;
}
