/** Report rows for the storage and reading-log benchmarks (issues #5 and #6). */
import type { StorageFigures, Timed } from '../storage/measure-storage';
import type { Summary } from '../shared/stats';
import { fmt, info, judged, unavailable, type Row } from './row';
import { TARGETS } from './targets';

const spread = (s: Summary) => `median of ${s.n}, p90 ${fmt(s.p90, 1)}, max ${fmt(s.max, 1)}`;

/**
 * The row of a timed log step. Below 10,000 articles a finished step is only reported; a step cut off
 * by its time limit is "not met" when the limit already exceeds the target (it cannot meet it at
 * 10,000 either).
 */
function timedRow<T>(t: Timed<T>, name: string, targetMs: number, atTen: boolean, read: (v: T) => { ms: number; detail: string }): Row {
  const target = `≤ ${targetMs / 1000} s at 10,000`;
  if (t.available === 'timeout') {
    const row = { section: 'log' as const, name, value: null, unit: 'ms', shown: `> ${fmt(t.limitMs / 1000)} s (stopped)`, target, detail: 'did not finish within the time limit' };
    return atTen && t.limitMs >= targetMs ? judged(row, false) : info(row);
  }
  if (!t.available) return unavailable('log', name, target, t.reason);
  const { ms, detail } = read(t.value);
  const row = { section: 'log' as const, name, value: ms, unit: 'ms', shown: `${fmt(ms / 1000, 2)} s`, target, detail };
  return atTen ? judged(row, ms <= targetMs) : info(row);
}

/** Rows for each fill level, then export, import and the log's first paint. */
export function storageRows(f: StorageFigures): Row[] {
  const rows: Row[] = [];
  for (const l of f.levels) {
    const at = `at ${fmt(l.articles)} articles`;
    rows.push(
      judged({ section: 'storage', name: `saveArticle, ${at}`, value: l.saveMs.median, unit: 'ms', shown: `${fmt(l.saveMs.median, 1)} ms`, target: `≤ ${TARGETS.saveMs} ms median`, detail: spread(l.saveMs) }, l.saveMs.median <= TARGETS.saveMs),
      judged(
        { section: 'storage', name: `popup articleView (${l.entitiesPerView}+ entities), ${at}`, value: l.articleViewMs.median, unit: 'ms', shown: `${fmt(l.articleViewMs.median, 1)} ms`, target: `≤ ${TARGETS.crossReferenceMs} ms median`, detail: spread(l.articleViewMs) },
        l.articleViewMs.median <= TARGETS.crossReferenceMs,
      ),
      info({ section: 'storage', name: `crossReference alone, ${at}`, value: l.crossReferenceMs.median, unit: 'ms', shown: `${fmt(l.crossReferenceMs.median, 1)} ms`, detail: spread(l.crossReferenceMs) }),
      info({ section: 'storage', name: `storage per article, ${at}`, value: l.bytesPerArticle, unit: 'bytes', shown: `${fmt(l.bytesPerArticle / 1000, 1)} kB`, detail: 'navigator.storage.estimate() growth ÷ articles' }),
      info({ section: 'storage', name: `bulk fill to ${fmt(l.articles)} articles`, value: l.seedMs, unit: 'ms', shown: `${fmt(l.seedMs / 1000, 1)} s`, detail: 'generated records in batches (setup, not a product figure)' }),
    );
  }
  const atTarget = (n: number) => n >= TARGETS.storeTargetArticles;
  const where = `${fmt(f.exportedArticles)} articles`;
  const atTen = atTarget(f.exportedArticles);
  rows.push(
    timedRow(f.export, `JSON export, ${where}`, TARGETS.exportMs, atTen, (v) => ({ ms: v.exportMs, detail: `${fmt(v.exportBytes / 1e6, 1)} MB of JSON (the log's export worker, up to the Blob)` })),
    timedRow(f.import, `JSON import, ${where}`, TARGETS.importMs, atTen, (v) => ({ ms: v.importMs, detail: `into a fresh database, as on a new browser (parseExport + writeImport); ${fmt(v.articlesAfterImport)} articles after` })),
    timedRow(f.importAfterClear, `JSON import after delete everything, ${where}`, TARGETS.importMs, false, (v) => ({ ms: v.importMs, detail: `into the filled store just emptied by delete everything (deleteEverything); ${fmt(v.articlesAfterImport)} articles after` })),
  );
  if (f.logFirstPaint.available) {
    const v = f.logFirstPaint.value;
    // Judged on the first article row: the static header paints at once and says nothing of the log's speed.
    const each = v.opens.map((o) => fmt(o.firstRowMs)).join(', ');
    const row = {
      section: 'log' as const,
      name: `log page first article row painted, ${fmt(v.articles)} articles`,
      value: v.firstRowMs,
      unit: 'ms',
      shown: `${fmt(v.firstRowMs)} ms`,
      target: `≤ ${TARGETS.logFirstPaintMs} ms at 10,000`,
      detail: `median of ${v.opens.length} opens (${each} ms, the first the coldest), from navigation to the first row with its counts painted (Element Timing); inserted at ${fmt(v.firstRowDomMs)} ms`,
    };
    rows.push(atTarget(v.articles) ? judged(row, v.firstRowMs <= TARGETS.logFirstPaintMs) : info(row));
    rows.push(info({ section: 'log', name: `log page first contentful paint, ${fmt(v.articles)} articles`, value: v.ms, unit: 'ms', shown: `${fmt(v.ms)} ms`, detail: 'first-contentful-paint of log.html (its static header)' }));
  } else {
    rows.push(unavailable('log', 'log page first paint', `≤ ${TARGETS.logFirstPaintMs} ms at 10,000`, f.logFirstPaint.reason));
  }
  if (!f.logFilters.available) rows.push(unavailable('log', 'log filters', '—', f.logFilters.reason));
  else {
    const v = f.logFilters.value;
    const at = `${fmt(v.articles)} articles`;
    rows.push(
      info({ section: 'log', name: `log entity-type filter alone, ${at}`, value: v.typeAloneMs, unit: 'ms', shown: `${fmt(v.typeAloneMs)} ms`, detail: `"Places" chosen on a freshly opened log: from the change to the list showing the articles naming a place, painted (median of ${v.typeRuns.length} cold runs: ${v.typeRuns.map((ms) => fmt(ms)).join(', ')} ms)` }),
      info({ section: 'log', name: `log search, ${at}`, value: v.searchMs, unit: 'ms', shown: `${fmt(v.searchMs)} ms`, detail: `a different term on a freshly opened log each run (${v.terms.map((t, i) => `"${t}" ${fmt(v.searchRuns[i] ?? NaN)} ms`).join(', ')}): from the search starting (after the 250 ms typing pause) to its answer painted, median` }),
    );
  }
  return rows;
}
