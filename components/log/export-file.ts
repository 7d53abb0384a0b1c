/**
 * Where the JSON export worker writes the file's texts (most of its bytes: tens of megabytes at
 * 10,000 articles), and then its head (the other tables, megabytes too): files in the extension's
 * origin private file system, through the synchronous handle a worker may hold, encoded into one
 * reused buffer, instead of Blobs of strings.
 * A Blob's bytes are encoded into fresh memory and handed to the browser process piece by piece; the
 * file's go to disk once, and the File its handle gives back is downloaded as it is (probe, 4,000
 * records of ~8 kB in a worker: 0.76–1.17 s of Blob work against 0.33–0.48 s of file writes).
 *
 * Each export writes a file of its own; files older than STALE_AFTER_MS are removed when the next
 * export starts (a File read for a download must not vanish under it, so none is removed at once).
 * A browser without this file system, or refusing it, gets undefined: the worker falls back to Blobs.
 */

/** The folder of export files in the origin private file system. */
export const EXPORT_FOLDER = 'sourcemark-exports';

/** Age after which an earlier export's file is removed (its download has long been written). */
export const STALE_AFTER_MS = 10 * 60_000;

/** The synchronous file handle of a dedicated worker (lib.dom does not type it). */
interface SyncHandle {
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  close(): void;
}

interface SyncCapableFileHandle extends FileSystemFileHandle {
  createSyncAccessHandle(): Promise<SyncHandle>;
}

function canWriteSync(handle: FileSystemFileHandle): handle is SyncCapableFileHandle {
  return typeof (handle as Partial<SyncCapableFileHandle>).createSyncAccessHandle === 'function';
}

/** A file being written text by text, in order. */
export interface ExportFileWriter {
  /** Appends `text`, UTF-8 encoded. Throws when the disk is full. */
  write(text: string): void;
  /** Closes the file and gives it back for the download. */
  finish(): Promise<File>;
  /** Closes and removes the file (the export failed). */
  discard(): Promise<void>;
}

/** What an export file holds: the file's texts, or its head (everything before them). */
export type ExportFilePart = 'texts' | 'head';

/** The stamp an export file's name carries, or undefined for a name that is not one. */
export function stampOf(name: string): number | undefined {
  const match = /^(?:texts|head)-(\d+)-\d+\.json$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Removes the export files older than STALE_AFTER_MS; a file still open elsewhere stays, and says so. */
async function removeStale(folder: FileSystemDirectoryHandle, now: number): Promise<void> {
  const names: string[] = [];
  for await (const name of (folder as FileSystemDirectoryHandle & { keys(): AsyncIterable<string> }).keys()) names.push(name);
  for (const name of names) {
    const stamp = stampOf(name);
    if (stamp === undefined || now - stamp < STALE_AFTER_MS) continue;
    await folder.removeEntry(name).catch((error: unknown) => console.warn('sourcemark export: could not remove an old export file', name, error));
  }
}

/**
 * A new export file for the texts (or the head), or undefined where the browser cannot write one
 * synchronously (the caller then builds Blobs). Old export files are cleared first.
 */
export async function openExportFile(now: number, part: ExportFilePart = 'texts'): Promise<ExportFileWriter | undefined> {
  let folder: FileSystemDirectoryHandle;
  let handle: FileSystemFileHandle;
  const name = `${part}-${now}-${Math.floor(Math.random() * 1e9)}.json`;
  try {
    if (typeof navigator.storage?.getDirectory !== 'function') return undefined;
    folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(EXPORT_FOLDER, { create: true });
    await removeStale(folder, now);
    handle = await folder.getFileHandle(name, { create: true });
  } catch (error) {
    console.warn('sourcemark export: no private file system, the file is built in memory', error);
    return undefined;
  }
  let sync: SyncHandle;
  try {
    if (!canWriteSync(handle)) throw new Error('this browser has no synchronous file handle');
    sync = await handle.createSyncAccessHandle();
    sync.truncate(0);
  } catch (error) {
    console.warn('sourcemark export: the export file cannot be written, the file is built in memory', error);
    await folder.removeEntry(name).catch((cleanup: unknown) => console.warn('sourcemark export: could not remove the unused export file', cleanup));
    return undefined;
  }
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(1 << 20);
  let at = 0;
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    sync.close();
  };
  return {
    write(text) {
      // encodeInto writes at most 3 bytes per UTF-16 unit.
      if (buffer.length < text.length * 3) buffer = new Uint8Array(text.length * 3);
      const { written } = encoder.encodeInto(text, buffer);
      const done = sync.write(buffer.subarray(0, written), { at });
      if (done !== written) throw new Error(`the export file took ${done} of ${written} bytes (is the disk full?)`);
      at += written;
    },
    async finish() {
      // No flush: it forces the file to disk (~0.1 s per 100 MB in a probe), for a file that is read
      // back at once and removed at a later export; once closed, the File gives back every byte written.
      close();
      return handle.getFile();
    },
    async discard() {
      close();
      await folder.removeEntry(name);
    },
  };
}
