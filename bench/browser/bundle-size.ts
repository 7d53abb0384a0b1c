/**
 * Size of the content script as shipped: every file the manifest's `content_scripts` entries list (the
 * script comes in parts, lib/page/content-parts.ts), raw and gzipped (level 9, as a server or store would
 * compress it), since all of it is injected into every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of one file, or of all of them. */
export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** The files a manifest's content scripts list, each once, in the manifest's order. */
export function contentScriptFiles(manifest: unknown): string[] {
  const entries = (manifest as { content_scripts?: Array<{ js?: string[]; css?: string[] }> }).content_scripts ?? [];
  return [...new Set(entries.flatMap((entry) => [...(entry.js ?? []), ...(entry.css ?? [])]))];
}

/** Each content-script file and their total (file "total"). */
export function contentScriptSizes(extensionDir: string): FileSize[] {
  const manifest: unknown = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const files = contentScriptFiles(manifest).sort().map((file) => {
    const bytes = readFileSync(join(extensionDir, file));
    return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const total = files.reduce((t, f) => ({ file: 'total', rawBytes: t.rawBytes + f.rawBytes, gzipBytes: t.gzipBytes + f.gzipBytes }), { file: 'total', rawBytes: 0, gzipBytes: 0 });
  return [...files, total];
}
