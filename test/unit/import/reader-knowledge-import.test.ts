/**
 * The reader's own actors and places in the JSON export: written by the complete export, restored by
 * the import (merged by name, never duplicated), validated all or nothing with the records, kept by
 * "delete everything", and absent from older files that still import.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { deleteEverything } from '../../../lib/store/delete';
import { readAll } from '../../../lib/store/export-snapshot';
import { deleteReaderKnowledge, exportReaderKnowledge, listReaderKnowledge, saveReaderKnowledge } from '../../../lib/store/reader-knowledge';
import { openSettingsDb, type SettingsDb } from '../../../lib/store/settings-db';
import { generateArticles } from '../../support/generate-articles';

const WHEN = new Date('2026-04-07T10:00:00Z');
const ALL = { kind: 'all' } as const;

let db: SourcemarkDb;
let settings: SettingsDb;
let n = 0;
beforeEach(() => {
  n++;
  db = openDb(`knowledge-import-${n}`);
  settings = openSettingsDb(`knowledge-import-settings-${n}`);
});
afterEach(async () => {
  await Promise.all([db.delete(), settings.delete()]);
});

async function teach() {
  await saveReaderKnowledge(settings, { name: 'Tobias Wrenfield', type: 'organization', subtype: 'engineering consultancy' }, 10);
  await saveReaderKnowledge(settings, { name: 'Marlow Quist', type: 'organization', aliases: ['Marlow Quist Water', 'MQW'] }, 20);
}

async function completeExport(): Promise<string> {
  return toJsonExport(await readAll(db), WHEN, ALL, await exportReaderKnowledge(settings));
}

async function allState() {
  return { log: await readAll(db), knowledge: await listReaderKnowledge(settings) };
}

describe('reader knowledge through the JSON export', () => {
  it('survives delete everything, and comes back after being deleted, identical', async () => {
    await importExport(db, toJsonExport(generateArticles(3, 2), WHEN, ALL));
    await teach();
    const knowledge = await exportReaderKnowledge(settings);
    const file = await completeExport();
    await deleteEverything(db);
    expect(await exportReaderKnowledge(settings)).toEqual(knowledge);
    for (const r of await listReaderKnowledge(settings)) await deleteReaderKnowledge(settings, r.id as number);
    const outcome = await importExport(db, file, undefined, settings);
    expect(outcome).toMatchObject({ ok: true, readerKnowledge: { inFile: 2, written: 2 } });
    expect(await exportReaderKnowledge(settings)).toEqual(knowledge);
    expect(await db.articles.count()).toBe(3);
  });

  it('merges by name instead of duplicating; the newer form of an entry wins', async () => {
    await teach();
    const file = await completeExport();
    const again = await importExport(db, file, undefined, settings);
    expect(again).toMatchObject({ ok: true, readerKnowledge: { inFile: 2, written: 0 } });
    expect(await listReaderKnowledge(settings)).toHaveLength(2);

    // The reader corrected an entry after the export: the file's older form does not undo it.
    await saveReaderKnowledge(settings, { name: 'Marlow Quist', type: 'person' }, 30);
    await importExport(db, file, undefined, settings);
    expect((await listReaderKnowledge(settings)).find((r) => r.name === 'Marlow Quist')?.type).toBe('person');

    // A file with a newer form (another device) replaces the stored one under the same entry.
    const newer = JSON.parse(file);
    newer.readerKnowledge[1] = { ...newer.readerKnowledge[1], name: 'tobias  WRENFIELD', type: 'person', updatedAt: 40 };
    await importExport(db, JSON.stringify(newer), undefined, settings);
    const rows = await listReaderKnowledge(settings);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.key === 'tobias wrenfield')).toMatchObject({ type: 'person', updatedAt: 40, createdAt: 10 });
  });

  it('a file from before the field existed imports, and leaves the knowledge alone', async () => {
    await teach();
    const before = await listReaderKnowledge(settings);
    const old = JSON.parse(toJsonExport(generateArticles(2, 3), WHEN, ALL));
    expect('readerKnowledge' in old).toBe(false);
    const outcome = await importExport(db, JSON.stringify(old), undefined, settings);
    expect(outcome).toMatchObject({ ok: true, readerKnowledge: { inFile: 0, written: 0 } });
    expect(await db.articles.count()).toBe(2);
    expect(await listReaderKnowledge(settings)).toEqual(before);
  });

  describe('an invalid entry refuses the whole file, naming it, and nothing is written', () => {
    async function refused(edit: (file: Record<string, unknown> & { readerKnowledge: Array<Record<string, unknown>> }) => void) {
      await importExport(db, toJsonExport(generateArticles(1, 4), WHEN, ALL));
      await teach();
      const file = JSON.parse(toJsonExport(generateArticles(3, 5), WHEN, ALL, [
        { name: 'Vellmoor', type: 'place', aliases: [], createdAt: 50, updatedAt: 50 },
        { name: 'Tobias Wrenfield', type: 'person', aliases: [], createdAt: 50, updatedAt: 50 },
      ]));
      edit(file);
      const before = await allState();
      const outcome = await importExport(db, JSON.stringify(file), undefined, settings);
      expect(await allState()).toEqual(before);
      if (outcome.ok) throw new Error('the import should have been refused');
      return outcome.problem;
    }

    it('an unknown type', async () => {
      expect(await refused((f) => (f.readerKnowledge[1]!.type = 'militia'))).toEqual({
        where: 'readerKnowledge #2 ("Tobias Wrenfield")',
        message: expect.stringMatching(/^type: /),
      });
    });
    it('a name that is only punctuation', async () => {
      expect(await refused((f) => (f.readerKnowledge[0]!.name = '...'))).toEqual({ where: 'readerKnowledge #1 ("...")', message: 'name: name has no letters or digits' });
    });
    it('a date a Date cannot hold', async () => {
      expect((await refused((f) => (f.readerKnowledge[0]!.updatedAt = 1e300))).message).toMatch(/^updatedAt: /);
    });
    it('not a list', async () => {
      expect(await refused((f) => (f.readerKnowledge = { name: 'x' } as never))).toEqual({ where: 'the file', message: '"readerKnowledge" is not a list' });
    });
    it('a bad record elsewhere in the file keeps valid entries out too', async () => {
      const problem = await refused((f) => ((f.mentions as Array<Record<string, unknown>>)[0]!.start = 'x'));
      expect(problem.where).toMatch(/^mentions #1/);
    });
  });
});
