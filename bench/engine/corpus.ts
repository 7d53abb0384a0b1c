/**
 * The texts the engine benchmark runs on: the project's fixtures (test/fixtures/texts/*.txt and the
 * article text of test/fixtures/pages/*.html, extracted the way the extension does) plus every .txt and
 * .html in the directories given on the command line. Read through the CLI's own readInput so the
 * benchmark sees exactly what `npm run annotate` sees.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { readInput } from '../../lib/cli/read-input';

/** One text of the corpus. */
export interface CorpusText {
  /** Where it came from, relative to the working directory. */
  source: string;
  text: string;
  words: number;
}

/** The project's own fixture folders. */
export const FIXTURE_DIRS = ['test/fixtures/texts', 'test/fixtures/pages'];

/** Words as the engine counts them: runs of non-space. */
export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

function articleFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => ['.txt', '.html', '.htm'].includes(extname(f).toLowerCase()) && !f.endsWith('.meta.json'))
    .filter((f) => f !== 'index.html')
    .sort()
    .map((f) => join(dir, f));
}

/** Reads the corpus; a directory given but missing is an error (a typo must not shrink the corpus). */
export function loadCorpus(extraDirs: readonly string[]): CorpusText[] {
  for (const dir of extraDirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`not a directory: ${dir}`);
  }
  const files = [...FIXTURE_DIRS, ...extraDirs].flatMap((d) => articleFiles(resolve(d)));
  const texts: CorpusText[] = [];
  for (const file of files) {
    const { text } = readInput(file);
    const words = countWords(text);
    // Index pages and near-empty files are no articles: the extension would not annotate them either.
    if (words < 50) continue;
    texts.push({ source: relative(process.cwd(), file), text, words });
  }
  return texts;
}
