/**
 * Which of a page's main-thread tasks ran Sourcemark's code, from a DevTools trace. The page's own
 * observers cannot say: the Long Tasks API leaves out tasks that Chromium does not schedule for the
 * frame (those that deliver extension messages, where Sourcemark draws its highlights, are among them),
 * and Long Animation Frames name no extension script. A trace records every task of the renderer's
 * main thread, and its CPU profile samples say whose code was running: a task whose samples include
 * a frame of a `chrome-extension://` script ran Sourcemark.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/** The trace events read here (Chrome's trace event format). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string };
}

/** One main-thread task that ran extension code. */
export interface ExtensionTask {
  /** Trace time of the task's start, µs. */
  ts: number;
  /** The whole task, ms: what the page waited for. */
  durationMs: number;
  /** The task's CPU time, ms: less than its duration when the machine is busy with other work. */
  cpuMs: number;
  /** The sampled time inside extension code, ms. */
  extensionMs: number;
  /** True for the task that compiled and ran the content script's file (its injection). */
  injection: boolean;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Starts tracing the page's renderer; `stop()` ends it and returns the events. */
export async function startTrace(context: BrowserContext, page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    // The protocol types the events loosely ({ [key]: string }); they are trace events.
    for (const event of e.value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

/** The tasks of every renderer main thread in `events` that ran code from a URL starting with `prefix`. */
export function extensionTasks(events: readonly TraceEvent[], prefix = 'chrome-extension://'): ExtensionTask[] {
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(key));
  const samples = extensionSamples(events, prefix, mainThreads);
  const out: ExtensionTask[] = [];
  for (const thread of mainThreads) {
    const own = samples.get(thread) ?? [];
    if (!own.length) continue;
    const tasks = events.filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && key(e) === thread).sort((a, b) => a.ts - b.ts);
    const evaluations = events.filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && key(e) === thread && (e.args?.data?.url ?? '').startsWith(prefix));
    let end = -Infinity;
    for (const task of tasks) {
      if (task.ts < end) continue; // nested in the task before: counted with it
      const dur = task.dur ?? 0;
      end = task.ts + dur;
      let inside = 0;
      let extensionUs = 0;
      for (const s of own) {
        if (s.ts >= task.ts && s.ts <= end) {
          inside++;
          extensionUs += Math.min(s.us, end - s.ts);
        }
      }
      if (!inside) continue;
      const injection = evaluations.some((e) => e.ts >= task.ts && e.ts <= end);
      out.push({ ts: task.ts, durationMs: dur / 1000, cpuMs: (task.tdur ?? dur) / 1000, extensionMs: extensionUs / 1000, injection });
    }
  }
  return out;
}

/** Samples (time and the time until the next sample, µs) whose stack holds extension code, per thread. */
function extensionSamples(events: readonly TraceEvent[], prefix: string, threads: Set<string>): Map<string, Array<{ ts: number; us: number }>> {
  const profiles = new Map<string, { thread: string; start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.ph !== 'P' || e.id === undefined) continue;
    const id = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      const thread = `${e.pid}:${e.tid}`;
      if (threads.has(thread)) profiles.set(id, { thread, start: e.args?.data?.startTime ?? e.ts, nodes: new Map(), samples: [], deltas: [] });
    } else if (e.name === 'ProfileChunk') {
      const profile = profiles.get(id);
      const data = e.args?.data;
      if (!profile || !data) continue;
      for (const node of data.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      // Samples and their time deltas are parallel arrays within a chunk.
      const deltas = data.timeDeltas ?? [];
      (data.cpuProfile?.samples ?? []).forEach((sample, i) => {
        profile.samples.push(sample);
        profile.deltas.push(deltas[i] ?? 0);
      });
    }
  }
  const out = new Map<string, Array<{ ts: number; us: number }>>();
  for (const profile of profiles.values()) {
    const isExtension = new Map<number, boolean>();
    const check = (id: number): boolean => {
      const known = isExtension.get(id);
      if (known !== undefined) return known;
      const node = profile.nodes.get(id);
      const result = !!node && ((node.callFrame.url ?? '').startsWith(prefix) || (node.parent !== undefined && check(node.parent)));
      isExtension.set(id, result);
      return result;
    };
    const list = out.get(profile.thread) ?? [];
    let t = profile.start;
    profile.samples.forEach((node, i) => {
      t += profile.deltas[i] ?? 0;
      if (check(node)) list.push({ ts: t, us: profile.deltas[i + 1] ?? 0 });
    });
    out.set(profile.thread, list);
  }
  return out;
}
