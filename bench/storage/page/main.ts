/**
 * The storage bench page (bench.html, built into the bench build only): exposes the store operations
 * the Node harness times on `window.sourcemarkBench`. It runs inside the extension, so Dexie, lib/store
 * and IndexedDB are exactly the extension's own.
 */
import { DB_NAME, openDb } from '../../../lib/store/db';
import { saveArticle } from '../../../lib/store/save-article';
import { storedArticle } from '../../generate/stored-article';
import { BENCH_GLOBAL, type StorageBenchApi } from './api';
import { bulkSeed } from './bulk-seed';
import { exportText, setExportText, timeExport, timeImport, timeImportWith } from './export-import';
import { timeQueries } from './queries';

// The real database name: the profile is a throwaway, and the log page and popup read this one.
const db = openDb(DB_NAME);

const api: StorageBenchApi = {
  async open() {
    await db.open();
  },
  async seed(from, to, mode) {
    if (mode === 'bulk') return bulkSeed(db, from, to);
    const start = performance.now();
    for (let i = from; i < to; i++) await saveArticle(db, storedArticle(i));
    return performance.now() - start;
  },
  async timeSaves(from, count) {
    const times: number[] = [];
    for (let i = from; i < from + count; i++) {
      const input = storedArticle(i);
      const start = performance.now();
      await saveArticle(db, input);
      times.push(performance.now() - start);
    }
    return times;
  },
  timeQueries: (indexes) => timeQueries(db, indexes),
  async usage() {
    return (await navigator.storage.estimate()).usage ?? 0;
  },
  articleCount: () => db.articles.count(),
  timeExport: (inMemory) => timeExport(db, inMemory),
  timeImport: (into) => timeImport(db, into),
  exportText,
  async setExportText(text) {
    setExportText(text);
  },
  timeImportWith: (stores) => timeImportWith(db.name, stores),
};

Object.assign(window, { [BENCH_GLOBAL]: api });
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
