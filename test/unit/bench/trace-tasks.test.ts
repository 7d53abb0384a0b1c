import { describe, expect, it } from 'vitest';
import { extensionTasks, type TraceEvent } from '../../../bench/browser/trace-tasks';

const MAIN = { pid: 7, tid: 70 };
const OTHER = { pid: 7, tid: 71 };

function task(ts: number, dur: number, tdur = dur, thread = MAIN, name = 'ThreadControllerImpl::RunTask'): TraceEvent {
  return { name, ph: 'X', ...thread, ts, dur, tdur };
}

/** A trace of one renderer: tasks, and a CPU profile whose samples are at the given times and nodes. */
function trace(tasks: TraceEvent[], samples: Array<[number, number]>, extra: TraceEvent[] = []): TraceEvent[] {
  const nodes = [
    { id: 1, callFrame: { url: '' } },
    { id: 2, parent: 1, callFrame: { url: 'chrome-extension://abc/content-scripts/content.js' } },
    { id: 3, parent: 2, callFrame: { url: '' } }, // a native call made by extension code
    { id: 4, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js' } },
  ];
  let last = 0;
  const deltas = samples.map(([t]) => {
    const d = t - last;
    last = t;
    return d;
  });
  return [
    { name: 'thread_name', ph: 'M', ...MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', ...OTHER, ts: 0, args: { name: 'Compositor' } },
    { name: 'Profile', ph: 'P', ...MAIN, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    // Chunks come from the profiler's own thread, matched to the profile by process and id.
    { name: 'ProfileChunk', ph: 'P', pid: 7, tid: 99, ts: 1, id: '0x1', args: { data: { cpuProfile: { nodes, samples: samples.map(([, n]) => n) }, timeDeltas: deltas } } },
    ...tasks,
    ...extra,
  ];
}

describe('extensionTasks', () => {
  it('finds the main-thread tasks whose samples ran extension code, with their wall and CPU time', () => {
    const events = trace(
      [task(1000, 60_000, 20_000), task(100_000, 30_000), task(100_500, 1000, 1000, MAIN, 'RunTask'), task(200_000, 5000, 5000, OTHER)],
      [
        [2000, 2], // extension code
        [3000, 3], // a native call under it: counted until the task ends (58 ms), not until the next sample
        [101_000, 4], // the page's own script
        [201_000, 2], // extension code, but not on the renderer main thread's tasks
      ],
    );
    expect(extensionTasks(events)).toEqual([{ ts: 1000, durationMs: 60, cpuMs: 20, extensionMs: 1 + 58, injection: false }]);
  });

  it('marks the task that evaluated an extension script as the injection', () => {
    const events = trace([task(1000, 40_000)], [[1500, 2]], [
      { name: 'EvaluateScript', ph: 'X', ...MAIN, ts: 1100, dur: 39_000, args: { data: { url: 'chrome-extension://abc/content-scripts/content.js' } } },
    ]);
    expect(extensionTasks(events).map((t) => t.injection)).toEqual([true]);
  });

  it('finds nothing in a trace without extension code', () => {
    expect(extensionTasks(trace([task(1000, 80_000)], [[2000, 4], [3000, 1]]))).toEqual([]);
  });
});
