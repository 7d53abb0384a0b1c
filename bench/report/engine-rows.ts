/** Report rows for the engine benchmark (issue #3's speed target). */
import type { EngineFigures } from '../engine/measure-engine';
import { fmt, info, judged, type Row } from './row';
import { TARGETS } from './targets';

const MB = 1024 * 1024;

/** Rows for one measured corpus, labelled `label`. */
export function engineRows(label: string, e: EngineFigures): Row[] {
  const spread = (runs: number[]) => `${e.runs} runs after ${e.warmupRuns} warm-up, min ${fmt(Math.min(...runs))}, max ${fmt(Math.max(...runs))}`;
  return [
    info({ section: 'engine', name: `${label}: annotate() pipeline`, value: e.pipeline.wordsPerSecond, unit: 'words/s', shown: `${fmt(e.pipeline.wordsPerSecond)} words/s`, detail: `${e.texts} texts, ${fmt(e.words)} words; ${spread(e.pipeline.runs)}` }),
    info({ section: 'engine', name: `${label}: plain nlp(text)`, value: e.plainNlp.wordsPerSecond, unit: 'words/s', shown: `${fmt(e.plainNlp.wordsPerSecond)} words/s`, detail: spread(e.plainNlp.runs) }),
    judged(
      { section: 'engine', name: `${label}: pipeline ÷ plain nlp`, value: e.ratio, unit: '×', shown: `${fmt(e.ratio, 2)}×`, target: `≥ ${TARGETS.engineMinRatio}× (aim: several ×)` },
      e.ratio >= TARGETS.engineMinRatio,
    ),
  ];
}

/** Rows for memory and cold start, measured alongside the first corpus. */
export function engineMemoryRows(e: EngineFigures): Row[] {
  return [
    info({ section: 'engine', name: 'first annotate() call (cold)', value: e.firstCallMs.pipeline, unit: 'ms', shown: `${fmt(e.firstCallMs.pipeline)} ms`, detail: `first plain nlp(): ${fmt(e.firstCallMs.plainNlp)} ms` }),
    info({ section: 'engine', name: 'peak heap used (pipeline)', value: e.pipeline.peakHeapBytes, unit: 'bytes', shown: `${fmt(e.pipeline.peakHeapBytes / MB, 1)} MiB`, detail: `plain nlp: ${fmt(e.plainNlp.peakHeapBytes / MB, 1)} MiB; sampled after every call` }),
    info({ section: 'engine', name: 'peak RSS of the bench process', value: e.peakRssBytes, unit: 'bytes', shown: `${fmt(e.peakRssBytes / MB, 1)} MiB`, detail: 'process.resourceUsage().maxRSS after the engine runs' }),
  ];
}
