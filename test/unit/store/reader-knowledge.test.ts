import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/annotate';
import { readerKnowledge, setReaderKnowledgeSource } from '../../../lib/background/reader-knowledge-source';
import { forgetSite, setSiteEnabled, siteStatus } from '../../../lib/sites/site-list';
import {
  deleteReaderKnowledge,
  engineKnowledgeReader,
  exportReaderKnowledge,
  importReaderKnowledge,
  listReaderKnowledge,
  saveReaderKnowledge,
} from '../../../lib/store/reader-knowledge';
import { openSettingsDb, type SettingsDb } from '../../../lib/store/settings-db';

let db: SettingsDb;
let n = 0;
beforeEach(() => {
  db = openSettingsDb(`settings-test-${n++}`);
});
afterEach(async () => {
  setReaderKnowledgeSource(null);
  await db.delete();
});

describe('reader knowledge', () => {
  it('adds, corrects by name (one entry per name), de-duplicates aliases and deletes', async () => {
    await saveReaderKnowledge(db, { name: 'Tobias Wrenfield', type: 'person', aliases: ['Wrenfield'] }, 1);
    const fixed = await saveReaderKnowledge(db, { name: 'tobias  wrenfield', type: 'organization', aliases: ['Wrenfield', 'wrenfield', 'Tobias Wrenfield', ' '] }, 2);
    const rows = await listReaderKnowledge(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'organization', aliases: ['Wrenfield'], createdAt: 1, updatedAt: 2 });
    await deleteReaderKnowledge(db, fixed.id as number);
    expect(await listReaderKnowledge(db)).toEqual([]);
  });

  it('refuses invalid entries', async () => {
    await expect(saveReaderKnowledge(db, { name: '   ', type: 'person' }, 1)).rejects.toThrow();
    await expect(saveReaderKnowledge(db, { name: 'X', type: 'militia' as 'person' }, 1)).rejects.toThrow();
    await expect(saveReaderKnowledge(db, { name: 'x'.repeat(201), type: 'place' }, 1)).rejects.toThrow();
  });

  it('gives the engine the same array until something changes, and the engine obeys it', async () => {
    const read = engineKnowledgeReader(db);
    await saveReaderKnowledge(db, { name: 'Tobias Wrenfield', type: 'organization' }, 1);
    const first = await read();
    expect(await read()).toBe(first);
    await saveReaderKnowledge(db, { name: 'Vellmoor', type: 'place' }, 2);
    const second = await read();
    expect(second).not.toBe(first);
    const text = 'Tobias Wrenfield told reporters on Monday that the river near Vellmoor was low.';
    const plain = annotate(text).entities.find((e) => e.name === 'Tobias Wrenfield');
    expect(plain?.kind).toBe('person');
    const taught = annotate(text, undefined, { knowledge: second }).entities;
    expect(taught.find((e) => e.name === 'Tobias Wrenfield')?.kind).toBe('organization');
    expect(taught.find((e) => e.name === 'Vellmoor')?.kind).toBe('place');
  });

  it('round-trips through the export; newer entries win on import', async () => {
    await saveReaderKnowledge(db, { name: 'Marlow Quist', type: 'organization', subtype: 'water company', aliases: ['MQW'] }, 5);
    const exported = await exportReaderKnowledge(db);
    expect(JSON.parse(JSON.stringify(exported))).toEqual([
      { name: 'Marlow Quist', type: 'organization', subtype: 'water company', aliases: ['MQW'], createdAt: 5, updatedAt: 5 },
    ]);
    const other = openSettingsDb(`settings-test-${n++}`);
    await saveReaderKnowledge(other, { name: 'Marlow Quist', type: 'person' }, 9);
    expect(await importReaderKnowledge(other, exported)).toBe(0);
    expect((await listReaderKnowledge(other))[0]?.type).toBe('person');
    await expect(importReaderKnowledge(other, [{ name: 'X', type: 'alien', aliases: [], createdAt: 1, updatedAt: 1 }])).rejects.toThrow();
    await other.delete();
    expect(await importReaderKnowledge(db, [{ name: 'Vellmoor', type: 'place', aliases: [], createdAt: 7, updatedAt: 7 }])).toBe(1);
    expect((await listReaderKnowledge(db)).map((r) => r.name)).toEqual(['Marlow Quist', 'Vellmoor']);
  });

  it('reaches handleAnnotate through the source the background sets; a failing read keeps the last entries', async () => {
    expect(await readerKnowledge()).toEqual([]);
    await saveReaderKnowledge(db, { name: 'Vellmoor', type: 'place' }, 1);
    setReaderKnowledgeSource(engineKnowledgeReader(db));
    expect((await readerKnowledge()).map((e) => e.name)).toEqual(['Vellmoor']);
    let calls = 0;
    const good = engineKnowledgeReader(db);
    setReaderKnowledgeSource(async () => {
      if (calls++ > 0) throw new Error('disk gone');
      return good();
    });
    const last = await readerKnowledge();
    expect(await readerKnowledge()).toBe(last);
  });
});

describe('site list', () => {
  it('no rule means on; the most specific rule wins; forgetting restores the parent rule', async () => {
    expect(await siteStatus(db, 'https://news.example.com/a')).toEqual({ site: 'news.example.com', enabled: true });
    await setSiteEnabled(db, 'https://www.example.com/', false, 1);
    expect((await siteStatus(db, 'https://news.example.com/a')).enabled).toBe(false);
    await setSiteEnabled(db, 'news.example.com', true, 2);
    expect((await siteStatus(db, 'https://news.example.com/a')).enabled).toBe(true);
    expect((await siteStatus(db, 'https://example.com/')).enabled).toBe(false);
    await forgetSite(db, 'news.example.com');
    expect((await siteStatus(db, 'https://news.example.com/a')).enabled).toBe(false);
    expect(await siteStatus(db, 'chrome://extensions')).toEqual({ site: null, enabled: false });
    await expect(setSiteEnabled(db, 'javascript:alert(1)', false, 3)).rejects.toThrow('is not a web site');
  });
});
