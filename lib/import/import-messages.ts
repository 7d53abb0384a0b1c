/**
 * The messages between the log page and the worker that runs an import (components/log/import-worker.ts):
 * the page hands over the chosen file, the worker answers with progress and one outcome. Both ends check
 * what they receive with these schemas, as every boundary of Sourcemark does: a worker is another realm,
 * and a message that does not fit is a bug to report, not data to trust.
 */
import { z } from 'zod';
import { TABLES } from '../export/format';

const count = z.number().int().nonnegative();
const perTable = z.object(Object.fromEntries(TABLES.map((t) => [t, count])) as Record<(typeof TABLES)[number], typeof count>);

/** The page's request: the file the reader chose (a File crosses to a worker without being read). */
export const ImportRequestSchema = z.object({ file: z.instanceof(Blob) });
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export const ImportProgressSchema = z.object({
  phase: z.enum(['reading', 'validating', 'writing', 'done']),
  done: count,
  total: count,
});

const ImportProblemSchema = z.object({ where: z.string(), message: z.string() });

/** What the worker sends back: progress while it runs, then exactly one outcome or failure. */
export const ImportReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: ImportProgressSchema }),
  z.object({
    type: z.literal('outcome'),
    outcome: z.discriminatedUnion('ok', [
      z.object({
        ok: z.literal(true),
        summary: z.object({ added: perTable, merged: perTable }),
        readerKnowledge: z.object({ inFile: count, written: count, failed: z.string().optional() }),
      }),
      z.object({ ok: z.literal(false), problem: ImportProblemSchema }),
    ]),
  }),
  /** The import threw (the database refused a write, the worker broke): nothing was written. */
  z.object({ type: z.literal('failed'), message: z.string() }),
]);
export type ImportReply = z.infer<typeof ImportReplySchema>;
