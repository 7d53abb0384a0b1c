/**
 * Runs the JSON export in its worker (json-export-worker.ts) and hands back the finished file, so the
 * log page only waits: it never reads or writes the tens of megabytes a large export holds.
 */
import { JsonExportReplySchema, type JsonExportMessage } from './json-export-protocol';

/** The JSON export file of `request` (see JsonExportMessage), made in a worker of its own. */
export function exportJsonFile(request: JsonExportMessage): Promise<{ file: Blob; articles: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./json-export-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      worker.terminate();
      const reply = JsonExportReplySchema.safeParse(event.data);
      if (!reply.success) reject(new Error(`the export worker gave an unexpected answer: ${reply.error.message}`));
      else if (reply.data.ok) resolve({ file: reply.data.file, articles: reply.data.articles });
      else reject(new Error(reply.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`the export worker failed: ${event.message || 'could not start'}`));
    };
    worker.postMessage(request);
  });
}
