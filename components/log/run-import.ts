/**
 * Starts an import from the log page: in a worker (import-worker.ts) so the page never freezes, or, where
 * no module worker can be started, in the page itself (the import then yields between its chunks).
 */
import { importExport, type ImportOutcome } from '@/lib/import/import-file';
import { ImportReplySchema } from '@/lib/import/import-messages';
import type { ImportProgress } from '@/lib/import/problem';
import { logDb } from './log-db';
import { logSettingsDb } from './log-settings-db';

/** Imports `file`; resolves with the outcome the panel shows, rejects when the import itself failed (nothing was written). */
export function runImport(file: File, report: (p: ImportProgress) => void): Promise<ImportOutcome> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    console.warn('sourcemark log: no import worker, importing in the page', error);
    return file.text().then((text) => importExport(logDb, text, report, logSettingsDb));
  }
  return new Promise<ImportOutcome>((resolve, reject) => {
    const finish = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = ImportReplySchema.safeParse(event.data);
      if (!message.success) return finish(() => reject(new Error(`the import worker answered something unexpected (${message.error.message})`)));
      const m = message.data;
      if (m.type === 'progress') report(m.progress);
      else if (m.type === 'outcome') finish(() => resolve(m.outcome));
      else finish(() => reject(new Error(m.message)));
    });
    worker.addEventListener('error', (event) => finish(() => reject(new Error(`the import worker stopped: ${event.message || 'it could not start'}`))));
    worker.postMessage({ file });
  });
}
