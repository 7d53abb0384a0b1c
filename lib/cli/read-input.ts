/**
 * Reads one CLI input file into article text plus metadata: a .txt as is (with `<name>.meta.json`
 * beside it when present), an .html page through the extension's own article detection (linkedom).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { ArticleMetaSchema, type ArticleMeta } from '../annotate/types';
import { detectArticle } from '../page/article-detect';
import { extractArticle } from '../page/extract';
import { MAX_READ_CHARS, readScope } from '../page/read-scope';
import { readMetadata } from '../page/metadata';
import { bundledReadability } from '../page/readability-bundled';

/** One article ready for annotate(). */
export interface InputArticle {
  id: string;
  text: string;
  meta: ArticleMeta;
}

/** The id of a file in the prediction output: its name without extension. */
export function fileId(path: string): string {
  return basename(path, extname(path));
}

function readMetaBeside(path: string): ArticleMeta {
  const metaPath = join(dirname(path), `${fileId(path)}.meta.json`);
  if (!existsSync(metaPath)) return {};
  const raw: unknown = JSON.parse(readFileSync(metaPath, 'utf8'));
  // Readability's metadata writes null for what it did not find ("publishedTime": null): absent, not invalid.
  const cleaned = raw && typeof raw === 'object' && !Array.isArray(raw) ? Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null)) : raw;
  const parsed = ArticleMetaSchema.safeParse(cleaned);
  if (!parsed.success) throw new Error(`${metaPath}: not valid article metadata (${parsed.error.message})`);
  return parsed.data;
}

/** Reads a .txt or .html file; throws with a readable message when it cannot. */
export function readInput(path: string): InputArticle {
  const raw = readFileSync(path, 'utf8');
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    const { document } = parseHTML(raw);
    const doc = document as unknown as Document;
    // The extension's own reading: Readability's verdict mapped to the page, else the heuristic.
    const scope = detectArticle(doc, bundledReadability, { asked: true });
    const text = scope ? readScope(scope, MAX_READ_CHARS).text : extractArticle(doc).text;
    const pageMeta = readMetadata(doc);
    const meta: ArticleMeta = { ...readMetaBeside(path), ...(pageMeta.publishedTime ? { publishedTime: pageMeta.publishedTime } : {}) };
    return { id: fileId(path), text, meta };
  }
  return { id: fileId(path), text: raw, meta: readMetaBeside(path) };
}
