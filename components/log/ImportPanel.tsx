import { useState } from 'react';
import type { ImportProgress } from '@/lib/import/problem';
import type { KnowledgeOutcome } from '@/lib/import/import-file';
import type { ImportSummary } from '@/lib/import/write-import';
import { plural } from './format';
import { runImport } from './run-import';

type State =
  | { state: 'idle' }
  | { state: 'running'; progress: ImportProgress }
  | { state: 'done'; summary: ImportSummary; knowledge: KnowledgeOutcome; ms: number }
  | { state: 'refused'; where: string; message: string };

const PHASE = { reading: 'Reading', validating: 'Checking', writing: 'Writing', done: 'Done' } as const;

/** Imports a JSON export: validated whole first, written whole or not at all, with progress. */
export function ImportPanel() {
  const [s, setS] = useState<State>({ state: 'idle' });
  async function onFile(file: File) {
    const started = performance.now();
    setS({ state: 'running', progress: { phase: 'reading', done: 0, total: 1 } });
    try {
      const outcome = await runImport(file, (progress) => setS({ state: 'running', progress }));
      if (outcome.ok) setS({ state: 'done', summary: outcome.summary, knowledge: outcome.readerKnowledge, ms: Math.round(performance.now() - started) });
      else setS({ state: 'refused', ...outcome.problem });
    } catch (error) {
      console.error('sourcemark log: import failed', error);
      setS({ state: 'refused', where: file.name, message: `could not be imported (${error instanceof Error ? error.message : String(error)}); nothing was changed` });
    }
  }
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p>Reads back a Sourcemark JSON export (of this or an earlier version). Articles you already have are merged, not duplicated; the actors and places you added in the settings come back too (the newer form of an entry wins). If any record is invalid, nothing is imported.</p>
      <label className="file">
        Import a JSON export
        <input
          type="file"
          accept=".json,application/json"
          disabled={s.state === 'running'}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onFile(file);
          }}
        />
      </label>
      {s.state === 'running' && (
        <div role="status" className="progress">
          <label>
            {PHASE[s.progress.phase]} {s.progress.done.toLocaleString('en')} of {s.progress.total.toLocaleString('en')} records
            <progress max={s.progress.total} value={s.progress.done} />
          </label>
        </div>
      )}
      {s.state === 'done' && (
        <p role="status" className="notice" data-import="done">
          Imported in {s.ms} ms: {plural(s.summary.added.articles, 'new article')}, {plural(s.summary.merged.articles, 'article')} merged,{' '}
          {plural(s.summary.added.entities, 'new entity', 'new entities')}, {plural(s.summary.added.incidents, 'new incident')}
          {s.knowledge.inFile > 0 && !s.knowledge.failed && <>; {plural(s.knowledge.written, 'actor or place', 'actors and places')} of yours added or updated</>}.
        </p>
      )}
      {s.state === 'done' && s.knowledge.failed && (
        <p role="alert" className="notice notice--error" data-import="knowledge-failed">
          The reading log was imported, but your own actors and places from the file could not be saved ({s.knowledge.failed}). Import the file again to retry.
        </p>
      )}
      {s.state === 'refused' && (
        <p role="alert" className="notice notice--error" data-import="refused">
          Nothing was imported: {s.where} {s.message}
        </p>
      )}
    </section>
  );
}
