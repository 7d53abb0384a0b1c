/**
 * What IndexedDB charges in this Chromium, apart from Sourcemark's code: per record written, per index
 * entry, per byte written and read. The store's design (how many records a save, an import and an
 * export touch, what is packed into one record, which indexes exist) follows from these costs, so they
 * are measured, not assumed: `npx tsx bench/storage/idb-costs.ts` (about a minute, on a quiet machine;
 * figures are medians of a few repeats, and ratios between rows matter more than their absolute size).
 * Plain IndexedDB on a page served from 127.0.0.1, no extension and no Dexie.
 */
import { createServer } from 'node:http';
import { launch } from '../browser/launch';
import { median } from '../shared/stats';

/** The page's probe: writes or reads `n` generated records of one shape in one transaction, returns ms. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>idb costs</title><script>
const words = 'the of and to in a said officials attack rocket base government militia forces killed wounded on Monday statement according ministry spokesman police city province border village army security two three told reporters'.split(' ');
const text = (n, seed) => { let x = seed; let s = ''; while (s.length < n) { x = (x * 1103515245 + 12345) % 2147483648; s += words[x % words.length] + (x % 11 === 0 ? '. ' : ' '); } return s; };
const shapes = {
  tiny: (i) => ({ id: i }),
  entity: (i) => ({ id: i, key: 'actor:name ' + i, name: 'Name ' + i, kind: 'person', aliases: [], aliasKeys: ['name ' + i] }),
  content: (i) => ({ id: i, visits: Array.from({ length: 30 }, (_, k) => [((i * 31 + k * 17) % 20000) + 1, 1.7e12 + i]), ids: Array.from({ length: 30 }, (_, k) => ((i * 31 + k * 17) % 20000) + 1), text: text(6000, i), mentions: Array.from({ length: 225 }, (_, k) => (k * 37 + i) % 6000), rows: Array.from({ length: 180 }, (_, k) => (k * 53 + i) % 6000) }),
  article: (i) => ({ id: i, title: text(120, i), said: text(1900, i + 7) }),
  numbers: (i) => ({ id: i, mentions: Array.from({ length: 225 }, (_, k) => (k * 37 + i) % 6000), rows: Array.from({ length: 180 }, (_, k) => (k * 53 + i) % 6000) }),
  page: (i) => ({ id: i, keys: Array.from({ length: 32 }, (_, k) => 'actor:name ' + (i * 32 + k)), aliasKeys: Array.from({ length: 64 }, (_, k) => 'actor:alias ' + (i * 64 + k)), slots: Array.from({ length: 32 }, (_, k) => ({ key: 'actor:name ' + (i * 32 + k), name: 'Name ' + (i * 32 + k), kind: 'person', aliases: ['Alias ' + k], aliasKeys: ['actor:alias ' + (i * 64 + 2 * k), 'actor:alias ' + (i * 64 + 2 * k + 1)], visits: Array.from({ length: 30 }, (_, v) => (v % 2 ? 1.7e12 + v * 1000 : (k * 331 + v * 17) % 10000 + 1)) })) }),
  pageKeys: (i) => ({ id: i, key: 'actor:name ' + i, aliasKeys: ['actor:alias ' + (2 * i), 'actor:alias ' + (2 * i + 1)], name: 'Name ' + i, kind: 'person', aliases: ['Alias ' + i] }),
  packed: (i) => ({ id: i, items: Array.from({ length: 100 }, (_, k) => ({ id: i * 100 + k, key: 'actor:name ' + k, name: 'Name ' + k })) }),
};
const open = (name, index) => new Promise((ok, fail) => {
  const r = indexedDB.open(name, 1);
  r.onupgradeneeded = () => {
    const s = r.result.createObjectStore('t', { keyPath: 'id' });
    if (index === 'unique') s.createIndex('key', 'key', { unique: true });
    if (index === 'unique') s.createIndex('aliasKeys', 'aliasKeys', { multiEntry: true });
    if (index === 'multi30') s.createIndex('visits', 'visits', { multiEntry: true });
    if (index === 'multi30num') s.createIndex('ids', 'ids', { multiEntry: true });
    if (index === 'paged') { s.createIndex('keys', 'keys', { multiEntry: true }); s.createIndex('aliasKeys', 'aliasKeys', { multiEntry: true }); }
  };
  r.onsuccess = () => ok(r.result);
  r.onerror = () => fail(r.error);
});
const done = (tx) => new Promise((ok, fail) => { tx.oncomplete = ok; tx.onerror = () => fail(tx.error); tx.onabort = () => fail(tx.error); });
const request = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
window.probe = async (shape, n, index, read, run) => {
  const name = 'probe-' + Math.random();
  const db = await open(name, index);
  const records = Array.from({ length: n }, (_, k) => shapes[shape](k + 1));
  const t0 = performance.now();
  const tx = db.transaction('t', 'readwrite');
  const store = tx.objectStore('t');
  for (const r of records) store.put(r);
  await done(tx);
  let ms = performance.now() - t0;
  if (read === 'keys') {
    // 30 lookups by key, all issued together (a save's first batch), 20 times over: ms per batch.
    const index = shape === 'page' ? 'keys' : 'key';
    const total = shape === 'page' ? n * 32 : n;
    const t1 = performance.now();
    for (let rep = 0; rep < 20; rep++) {
      const rtx = db.transaction('t', 'readonly');
      const ix = rtx.objectStore('t').index(index);
      await Promise.all(Array.from({ length: 30 }, (_, k) => request(ix.get('actor:name ' + (((rep * 997 + k * 7919) % total) + 1)))));
    }
    ms = (performance.now() - t1) / 20;
  } else if (read === 'putpages') {
    // A save's write: 25 whole pages put back (or 30 single records), 20 times over: ms per batch.
    const t1 = performance.now();
    for (let rep = 0; rep < 20; rep++) {
      const wtx = db.transaction('t', 'readwrite');
      const st = wtx.objectStore('t');
      for (let k = 0; k < (shape === 'page' ? 25 : 30); k++) st.put(records[(rep * 31 + k * 13) % n]);
      await done(wtx);
    }
    ms = (performance.now() - t1) / 20;
  } else if (read) {
    const t1 = performance.now();
    const rtx = db.transaction('t', 'readonly');
    const reads = [];
    for (let i = 1; i <= n; i += run) reads.push(request(rtx.objectStore('t').getAll(IDBKeyRange.bound(i, i + run, false, true))));
    await Promise.all(reads);
    ms = performance.now() - t1;
  }
  db.close();
  await new Promise((ok) => { const d = indexedDB.deleteDatabase(name); d.onsuccess = d.onerror = d.onblocked = () => ok(); });
  return ms;
};
</script>`;

/** One probe: what it measures, and how. */
interface Probe {
  what: string;
  shape: string;
  n: number;
  index: 'none' | 'unique' | 'multi30' | 'multi30num' | 'paged';
  read: boolean | 'keys' | 'putpages';
  /** Records per getAll when reading (default 250). */
  run?: number;
  /** Units the time is divided by (records, entries, MB), for the per-unit column. */
  per: { unit: string; count: number };
}

const PROBES: Probe[] = [
  { what: 'put, tiny record, no index', shape: 'tiny', n: 10000, index: 'none', read: false, per: { unit: 'record', count: 10000 } },
  { what: 'put, entity-like record, no index', shape: 'entity', n: 10000, index: 'none', read: false, per: { unit: 'record', count: 10000 } },
  { what: 'put, entity-like record, unique key + multi-entry alias index', shape: 'entity', n: 10000, index: 'unique', read: false, per: { unit: 'record', count: 10000 } },
  { what: 'put, the same entities packed 100 per record', shape: 'packed', n: 100, index: 'none', read: false, per: { unit: 'entity', count: 10000 } },
  { what: 'put, 20,000 entities 32 per page (slots carry 15 visits each), *keys + *aliasKeys', shape: 'page', n: 625, index: 'paged', read: false, per: { unit: 'entity', count: 20000 } },
  { what: 'put, 20,000 entities 32 per page, no index', shape: 'page', n: 625, index: 'none', read: false, per: { unit: 'entity', count: 20000 } },
  { what: 'put, 20,000 entity records, unique key + *aliasKeys', shape: 'pageKeys', n: 20000, index: 'unique', read: false, per: { unit: 'entity', count: 20000 } },
  { what: '30 gets by key together, entity pages (of 625)', shape: 'page', n: 625, index: 'paged', read: 'keys', per: { unit: 'get', count: 30 } },
  { what: '30 gets by key together, entity records (of 20,000)', shape: 'pageKeys', n: 20000, index: 'unique', read: 'keys', per: { unit: 'get', count: 30 } },
  { what: 'put back 25 entity pages, one transaction', shape: 'page', n: 625, index: 'paged', read: 'putpages', per: { unit: 'put', count: 25 } },
  { what: 'put back 30 entity records, one transaction', shape: 'pageKeys', n: 20000, index: 'unique', read: 'putpages', per: { unit: 'put', count: 30 } },
  { what: 'put, content-like record (6 kB text), no index', shape: 'content', n: 2000, index: 'none', read: false, per: { unit: 'record', count: 2000 } },
  { what: 'put, content-like record, 30-entry multi-entry index', shape: 'content', n: 2000, index: 'multi30', read: false, per: { unit: 'record', count: 2000 } },
  // Version 11: the same entries as plain numbers (entity ids) instead of [entityId, visited] pairs.
  { what: 'put, content-like record, 30-entry multi-entry index of numbers', shape: 'content', n: 2000, index: 'multi30num', read: false, per: { unit: 'record', count: 2000 } },
  { what: 'getAll runs of 250, content-like records (6 kB text)', shape: 'content', n: 2000, index: 'none', read: true, per: { unit: 'record', count: 2000 } },
  { what: 'getAll runs of 250, the same without the text', shape: 'numbers', n: 2000, index: 'none', read: true, per: { unit: 'record', count: 2000 } },
  // How big one getAll answer should be (lib/store/read-whole.ts): answers of megabytes cost more per record.
  { what: 'getAll runs of 25, content-like records (6 kB text)', shape: 'content', n: 2000, index: 'none', read: true, run: 25, per: { unit: 'record', count: 2000 } },
  { what: 'getAll of 10,000 article-like records (2 kB) in one request', shape: 'article', n: 10000, index: 'none', read: true, run: 10000, per: { unit: 'record', count: 10000 } },
  { what: 'getAll of the same in runs of 40', shape: 'article', n: 10000, index: 'none', read: true, run: 40, per: { unit: 'record', count: 10000 } },
];

const REPEATS = 3;

async function main(): Promise<void> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    process.stdout.write('| probe | median ms | µs per unit |\n|---|---|---|\n');
    // IDB_PROBES=word keeps only the probes whose description holds it.
    for (const p of PROBES.filter((x) => !process.env.IDB_PROBES || x.what.includes(process.env.IDB_PROBES))) {
      const times: number[] = [];
      // A string, not a function: the page holds the probe, and nothing of this module's build reaches it.
      for (let k = 0; k < REPEATS; k++) times.push(Number(await page.evaluate(`window.probe(${JSON.stringify(p.shape)}, ${p.n}, ${JSON.stringify(p.index)}, ${JSON.stringify(p.read)}, ${p.run ?? 250})`)));
      const ms = median(times);
      process.stdout.write(`| ${p.what} | ${ms.toFixed(0)} | ${((ms * 1000) / p.per.count).toFixed(0)} per ${p.per.unit} |\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`idb-costs: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
