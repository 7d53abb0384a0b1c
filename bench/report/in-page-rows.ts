/** Report rows for the in-page benchmark (issue #4's speed targets). */
import type { FileSize } from '../browser/bundle-size';
import type { InPageSize } from '../browser/measure-in-page';
import type { Summary } from '../shared/stats';
import { fmt, info, judged, type Row } from './row';
import { TARGETS } from './targets';

const spread = (s: Summary) => `median of ${s.n}, min ${fmt(s.min)}, max ${fmt(s.max)}`;

/** Rows for the content script's size. */
export function bundleRows(sizes: FileSize[]): Row[] {
  return sizes.map((s) => {
    const row = {
      section: 'in-page' as const,
      name: s.file === 'total' ? 'content script, all files' : s.file,
      value: s.gzipBytes,
      unit: 'bytes gzip',
      shown: `${fmt(s.gzipBytes / 1000, 1)} kB gzip (${fmt(s.rawBytes / 1000, 1)} kB raw)`,
    };
    return s.file === 'total' ? judged({ ...row, target: `≤ ${TARGETS.contentGzipBytes / 1000} kB gzip` }, s.gzipBytes <= TARGETS.contentGzipBytes) : info(row);
  });
}

/** Rows for first highlight and long tasks at each article size. */
export function inPageRows(sizes: InPageSize[]): Row[] {
  return sizes.flatMap((s) => {
    const words = `${fmt(s.words)} words`;
    const first = { section: 'in-page' as const, name: `DOMContentLoaded → first highlight, ${words}`, value: s.firstHighlightMs.median, unit: 'ms', shown: `${fmt(s.firstHighlightMs.median)} ms`, detail: spread(s.firstHighlightMs) };
    const worstWith = s.longestTaskWithMs.max;
    const worstWithout = s.longestTaskWithoutMs.max;
    const ours = s.sourcemarkTaskMs;
    return [
      s.words === 1000 ? judged({ ...first, target: `≤ ${TARGETS.firstHighlight1kMs} ms median` }, s.firstHighlightMs.median <= TARGETS.firstHighlight1kMs) : info(first),
      judged(
        {
          section: 'in-page',
          name: `longest task running Sourcemark code, ${words}`,
          value: ours.max,
          unit: 'ms',
          shown: `${fmt(ours.max)} ms`,
          target: `none > ${TARGETS.longTaskMs} ms caused by Sourcemark`,
          detail:
            `worst of ${ours.n} traced loads (median ${fmt(ours.median)}); its CPU time median ${fmt(s.sourcemarkTaskCpuMs.median)}, max ${fmt(s.sourcemarkTaskCpuMs.max)} ms; ` +
            `the injection task median ${fmt(s.injectionTaskMs.median)}, max ${fmt(s.injectionTaskMs.max)} ms (DevTools trace: every task whose CPU samples show extension code)`,
        },
        ours.max <= TARGETS.longTaskMs,
      ),
      info({
        section: 'in-page',
        name: `longest main-thread task with extension, ${words}`,
        value: worstWith,
        unit: 'ms',
        shown: worstWith === 0 ? 'none > 50 ms' : `${fmt(worstWith)} ms`,
        detail: `worst of ${s.longestTaskWithMs.n} loads (median ${fmt(s.longestTaskWithMs.median)}); Long Tasks API (> 50 ms), which does not see the tasks that deliver extension messages`,
      }),
      info({ section: 'in-page', name: `longest main-thread task without extension, ${words}`, value: worstWithout, unit: 'ms', shown: worstWithout === 0 ? 'none > 50 ms' : `${fmt(worstWithout)} ms`, detail: `worst of ${s.longestTaskWithoutMs.n} loads` }),
    ];
  });
}
