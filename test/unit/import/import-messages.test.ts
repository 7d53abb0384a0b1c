import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toJsonExport } from '../../../lib/export/json';
import { importExport } from '../../../lib/import/import-file';
import { ImportReplySchema, ImportRequestSchema, type ImportReply } from '../../../lib/import/import-messages';
import type { ImportProgress } from '../../../lib/import/problem';
import { openDb, type SourcemarkDb } from '../../../lib/store/db';
import { generateArticles } from '../../support/generate-articles';

let db: SourcemarkDb;
let n = 0;
beforeEach(() => {
  db = openDb(`import-messages-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const WHEN = new Date('2026-04-07T10:00:00Z');

/** What crosses to the page: a structured clone, checked by the schema as the page checks it. */
const across = (reply: ImportReply) => ImportReplySchema.safeParse(structuredClone(reply));

describe('the import worker messages', () => {
  it('carry every progress step and the outcome of a real import, accepted or refused', async () => {
    const text = toJsonExport(generateArticles(3), WHEN, { kind: 'all' });
    const progress: ImportProgress[] = [];
    const done = await importExport(db, text, (p) => progress.push(p));
    expect(done.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    for (const p of progress) expect(across({ type: 'progress', progress: p }).success).toBe(true);
    const accepted = across({ type: 'outcome', outcome: done });
    expect(accepted.success && accepted.data).toEqual({ type: 'outcome', outcome: done });

    const refused = await importExport(db, text.slice(0, text.length / 2));
    expect(refused.ok).toBe(false);
    const told = across({ type: 'outcome', outcome: refused });
    expect(told.success && told.data).toEqual({ type: 'outcome', outcome: refused });
  });

  it('refuse what does not fit, on both sides', () => {
    expect(ImportRequestSchema.safeParse({ file: new Blob(['{}']) }).success).toBe(true);
    expect(ImportRequestSchema.safeParse({ file: '{}' }).success).toBe(false);
    expect(ImportReplySchema.safeParse({ type: 'progress', progress: { phase: 'writing', done: -1, total: 3 } }).success).toBe(false);
    expect(ImportReplySchema.safeParse({ type: 'outcome', outcome: { ok: true, summary: {} } }).success).toBe(false);
    expect(ImportReplySchema.safeParse({ type: 'nonsense' }).success).toBe(false);
    expect(ImportReplySchema.safeParse({ type: 'failed', message: 'QuotaExceededError' }).success).toBe(true);
  });
});
