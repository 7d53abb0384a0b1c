/**
 * `npm run annotate -- [--format json|text] FILE...`: annotates .txt and .html files and prints the
 * evaluation's prediction JSON or a readable summary. Unreadable files are reported on stderr and
 * make the exit code non-zero; the other files are still annotated.
 */
import { annotate } from '../annotate';
import { formatText } from './format-text';
import { toPrediction, type PredictionArticle } from './prediction';
import { readInput } from './read-input';

/** Parsed command line. */
export interface CliArgs {
  format: 'json' | 'text';
  files: string[];
}

/** Parses the arguments; throws on an unknown option or format. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { format: 'json', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'json' && v !== 'text') throw new Error(`--format must be json or text, not ${String(v)}`);
      args.format = v;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/** Runs the CLI; returns the exit code. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    err(`annotate: ${(e as Error).message}\nusage: npm run annotate -- [--format json|text] FILE...`);
    return 2;
  }
  if (args.files.length === 0) {
    err('usage: npm run annotate -- [--format json|text] FILE...');
    return 2;
  }
  let failed = 0;
  const articles: PredictionArticle[] = [];
  const texts: string[] = [];
  for (const file of args.files) {
    try {
      const input = readInput(file);
      const a = annotate(input.text, input.meta);
      if (args.format === 'json') articles.push(toPrediction(input.id, input.text, a));
      else texts.push(formatText(input.id, input.text, a));
    } catch (e) {
      failed++;
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      err(`annotate: cannot annotate ${file}: ${why}`);
    }
  }
  out(args.format === 'json' ? JSON.stringify({ articles }, null, 2) : texts.join('\n\n'));
  return failed > 0 ? 1 : 0;
}

const isMain = process.argv[1] !== undefined && /annotate\.[cm]?[jt]s$/.test(process.argv[1]);
if (isMain) {
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`));
}
