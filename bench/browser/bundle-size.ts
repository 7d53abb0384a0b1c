/**
 * Size of the content script as shipped: every file in the build's content-scripts/ folder, raw and
 * gzipped (level 9, as a server or store would compress it), since all of it is injected into every page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of one file, or of all of them. */
export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Each content-script file and their total (file "total"). */
export function contentScriptSizes(extensionDir: string): FileSize[] {
  const dir = join(extensionDir, 'content-scripts');
  const files = readdirSync(dir).sort().map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file: `content-scripts/${file}`, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const total = files.reduce((t, f) => ({ file: 'total', rawBytes: t.rawBytes + f.rawBytes, gzipBytes: t.gzipBytes + f.gzipBytes }), { file: 'total', rawBytes: 0, gzipBytes: 0 });
  return [...files, total];
}
