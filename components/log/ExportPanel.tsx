import { useState } from 'react';
import { tablesCsv, mentionsCsv } from '@/lib/export/csv';
import { exportFileName, type ExportKind } from '@/lib/export/file-name';
import type { ExportReaderKnowledge, Snapshot } from '@/lib/export/format';
import { toMarkdown } from '@/lib/export/markdown';
import { toWebAnnotations } from '@/lib/export/w3c';
import { zipFiles } from '@/lib/export/zip';
import { readAll, readArticles } from '@/lib/store/export-snapshot';
import { exportReaderKnowledge } from '@/lib/store/reader-knowledge';
import { downloadBlob, downloadText } from './download';
import { plural } from './format';
import { exportJsonFile } from './json-export';
import { logDb } from './log-db';
import { logSettingsDb } from './log-settings-db';
import { Notice } from '../Notice';

const FORMATS: Array<{ kind: ExportKind; label: string }> = [
  { kind: 'json', label: 'JSON (complete, re-importable)' },
  { kind: 'csv-mentions', label: 'CSV, one row per mention' },
  { kind: 'csv-tables', label: 'CSV, one file per table (.zip)' },
  { kind: 'markdown', label: 'Markdown reading log' },
  { kind: 'w3c', label: 'W3C Web Annotations (JSON-LD)' },
];

/** Builds the chosen file (any but JSON) from a snapshot: pure exporters, then one download. */
function save(kind: Exclude<ExportKind, 'json'>, s: Snapshot, now: Date, filtered: boolean, description: string): string {
  const name = exportFileName(kind, now, filtered);
  if (kind === 'csv-mentions') downloadText(name, mentionsCsv(s), 'text/csv');
  else if (kind === 'csv-tables') {
    const files = Object.fromEntries(Object.entries(tablesCsv(s)).map(([t, text]) => [`${t}.csv`, text]));
    downloadBlob(name, new Blob([zipFiles(files, now) as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
  } else if (kind === 'markdown') downloadText(name, toMarkdown(s, now, description), 'text/markdown');
  else downloadText(name, JSON.stringify(toWebAnnotations(s, now)), 'application/ld+json');
  return name;
}

/** Exports everything, or exactly the articles the filters show, in each format. */
export function ExportPanel({ shownIds, total, description }: { shownIds: number[]; total: number; description: string }) {
  const [scope, setScope] = useState<'all' | 'shown'>('all');
  const [status, setStatus] = useState<{ kind: 'loading' | 'empty' | 'error'; text: string }>();
  const filtered = scope === 'shown';
  async function run(kind: ExportKind) {
    setStatus({ kind: 'loading', text: 'Exporting…' });
    const started = performance.now();
    try {
      const now = new Date();
      let name: string;
      let articles: number;
      let knowledge: ExportReaderKnowledge[] | undefined;
      if (kind === 'json') {
        // The reader's own actors and places travel with the complete JSON export only (see ExportFile).
        knowledge = filtered ? undefined : await exportReaderKnowledge(logSettingsDb);
        // The JSON file (format version 2, the articles' texts as stored) is read and written in a worker.
        const scope = { kind: filtered ? ('filtered' as const) : ('all' as const), description: filtered ? description : 'Everything' };
        const json = await exportJsonFile({ dbName: logDb.name, articleIds: filtered ? shownIds : undefined, exportedAt: now, scope, readerKnowledge: knowledge });
        name = exportFileName(kind, now, filtered);
        downloadBlob(name, json.file);
        articles = json.articles;
      } else {
        // The other formats quote in full.
        const s = await (filtered ? readArticles(logDb, shownIds) : readAll(logDb));
        name = save(kind, s, now, filtered, filtered ? description : 'Everything');
        articles = s.articles.length;
      }
      const ms = Math.round(performance.now() - started);
      const taught = knowledge?.length ? ` and ${plural(knowledge.length, 'actor or place', 'actors and places')} you added` : '';
      setStatus({ kind: 'empty', text: `Saved ${name}: ${plural(articles, 'article')}${taught} (${ms} ms).` });
    } catch (error) {
      console.error('sourcemark log: export failed', error);
      setStatus({ kind: 'error', text: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <fieldset>
        <legend>What to export</legend>
        <label>
          <input type="radio" name="scope" checked={!filtered} onChange={() => setScope('all')} /> Everything ({plural(total, 'article')})
        </label>
        <label>
          <input type="radio" name="scope" checked={filtered} onChange={() => setScope('shown')} /> What the filters show ({plural(shownIds.length, 'article')})
        </label>
      </fieldset>
      <div className="buttons">
        {FORMATS.map((f) => (
          <button key={f.kind} type="button" data-export={f.kind} onClick={() => void run(f.kind)}>
            {f.label}
          </button>
        ))}
      </div>
      {status && <Notice kind={status.kind}>{status.text}</Notice>}
    </section>
  );
}
