/**
 * Words per second of the whole annotate() pipeline and of compromise's plain `nlp(text)` parse on the
 * same texts, in the same process, alternating which goes first in each run so drift on a shared
 * machine hits both alike. The ratio is the figure the engine issue sets a target on; peak memory is
 * sampled after every call.
 */
import nlp from 'compromise';
import { annotate } from '../../lib/annotate';
import { median } from '../shared/stats';

/** What was measured for one side (pipeline or plain parse). */
export interface SideFigures {
  /** Median over runs of words annotated (or parsed) per second. */
  wordsPerSecond: number;
  /** Words per second of every run, in run order. */
  runs: number[];
  /** Highest heapUsed seen after any call of this side, in bytes. */
  peakHeapBytes: number;
}

/** The engine benchmark's result. */
export interface EngineFigures {
  texts: number;
  words: number;
  warmupRuns: number;
  runs: number;
  pipeline: SideFigures;
  plainNlp: SideFigures;
  /** pipeline words/s divided by plain nlp words/s: above 1 means the pipeline is faster. */
  ratio: number;
  /** Peak resident set size of the whole process so far (process.resourceUsage().maxRSS), in bytes. */
  peakRssBytes: number;
  /** First calls after import (cold: compromise's lexicon, the gazetteer), in ms. */
  firstCallMs: { pipeline: number; plainNlp: number };
}

type Runner = (text: string) => void;

const runPipeline: Runner = (text) => {
  annotate(text);
};
const runPlainNlp: Runner = (text) => {
  nlp(text);
};

/** Shortest timed run: passes over the corpus repeat until this much time has passed (timer noise). */
const MIN_RUN_MS = 300;

/** Runs passes over `texts` for at least MIN_RUN_MS; returns words per second. */
function timeRun(texts: readonly string[], words: number, run: Runner, peak: { heap: number }): number {
  const start = performance.now();
  let passes = 0;
  let elapsed = 0;
  do {
    for (const text of texts) {
      run(text);
      const heap = process.memoryUsage().heapUsed;
      if (heap > peak.heap) peak.heap = heap;
    }
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_RUN_MS);
  return (words * passes) / (elapsed / 1000);
}

function timeOnce(text: string, run: Runner): number {
  const start = performance.now();
  run(text);
  return performance.now() - start;
}

/** Measures both sides on `texts` (`words` in total): `warmup` discarded passes, then `runs` timed ones (each at least MIN_RUN_MS). */
export function measureEngine(texts: readonly string[], words: number, runs: number, warmup: number): EngineFigures {
  if (texts.length === 0) throw new Error('the engine benchmark needs at least one text');
  const first = texts[0] as string;
  const firstCallMs = { pipeline: timeOnce(first, runPipeline), plainNlp: timeOnce(first, runPlainNlp) };
  const pipelinePeak = { heap: 0 };
  const nlpPeak = { heap: 0 };
  for (let i = 0; i < warmup; i++) {
    timeRun(texts, words, runPipeline, pipelinePeak);
    timeRun(texts, words, runPlainNlp, nlpPeak);
  }
  const pipelineRuns: number[] = [];
  const nlpRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order: Array<[Runner, number[], { heap: number }]> = [
      [runPipeline, pipelineRuns, pipelinePeak],
      [runPlainNlp, nlpRuns, nlpPeak],
    ];
    if (i % 2 === 1) order.reverse();
    for (const [run, out, peak] of order) out.push(timeRun(texts, words, run, peak));
  }
  const pipeline = { wordsPerSecond: median(pipelineRuns), runs: pipelineRuns, peakHeapBytes: pipelinePeak.heap };
  const plainNlp = { wordsPerSecond: median(nlpRuns), runs: nlpRuns, peakHeapBytes: nlpPeak.heap };
  return {
    texts: texts.length,
    words,
    warmupRuns: warmup,
    runs,
    pipeline,
    plainNlp,
    ratio: pipeline.wordsPerSecond / plainNlp.wordsPerSecond,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    firstCallMs,
  };
}
