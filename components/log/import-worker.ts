/**
 * Runs the log page's import in a worker: reading the file, JSON.parse of a 100 MB export, zod's checks
 * and the database writes all happen off the page's main thread, so the page keeps painting its progress
 * bar and answering the reader however long the import takes (a JSON.parse alone is one long task no
 * yielding can split). The worker opens the same databases as the page (an extension worker shares the
 * extension's IndexedDB); Dexie tells the page's live queries what changed.
 */
import { importExport } from '@/lib/import/import-file';
import { ImportRequestSchema, type ImportReply } from '@/lib/import/import-messages';
import { openDb } from '@/lib/store/db';
import { openSettingsDb } from '@/lib/store/settings-db';

const db = openDb();
const settings = openSettingsDb();

function reply(message: ImportReply): void {
  globalThis.postMessage(message);
}

globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = ImportRequestSchema.safeParse(event.data);
  if (!request.success) {
    reply({ type: 'failed', message: `the import worker was sent a message it does not understand (${request.error.message})` });
    return;
  }
  void (async () => {
    try {
      const text = await request.data.file.text();
      const outcome = await importExport(db, text, (progress) => reply({ type: 'progress', progress }), settings);
      reply({ type: 'outcome', outcome });
    } catch (error) {
      console.error('sourcemark import worker: the import failed', error);
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
