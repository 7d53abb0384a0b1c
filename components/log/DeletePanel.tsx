import { useState } from 'react';
import { deleteEverything, deleteSite, type DeleteSummary } from '@/lib/store/delete';
import { ConfirmButton } from './ConfirmButton';
import { plural } from './format';
import { logDb } from './log-db';

function told(s: DeleteSummary): string {
  return `Deleted ${plural(s.articles, 'article')}, ${plural(s.entities, 'entity', 'entities')} and ${plural(s.incidents, 'incident')} no longer referenced.`;
}

/** Deleting a whole site or everything, each after an explicit confirmation. */
export function DeletePanel({ sites, total }: { sites: Array<{ site: string; count: number }>; total: number }) {
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<string>();
  const chosen = sites.find((s) => s.site === site);
  return (
    <section className="panel" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete</h2>
      <div className="row-form">
        <label>
          Site{' '}
          <select value={site} onChange={(e) => setSite(e.target.value)}>
            <option value="">Choose a site</option>
            {sites.map((s) => (
              <option key={s.site} value={s.site}>
                {s.site} ({s.count})
              </option>
            ))}
          </select>
        </label>
        {chosen && (
          <ConfirmButton
            label={`Delete all ${plural(chosen.count, 'article')} of ${chosen.site}`}
            confirmLabel="Yes, delete them"
            warning={<>This deletes {plural(chosen.count, 'article')} and cannot be undone.</>}
            onConfirm={async () => {
              setMessage(told(await deleteSite(logDb, chosen.site)));
              setSite('');
            }}
          />
        )}
      </div>
      <div className="row-form">
        <ConfirmButton
          label="Delete everything…"
          confirmLabel="Yes, delete everything"
          warning={<>This deletes all {plural(total, 'article')}, actors, places and incidents. Export first if you may want them back.</>}
          onConfirm={async () => setMessage(told(await deleteEverything(logDb)))}
        />
      </div>
      {message && (
        <p role="status" className="notice" data-delete="done">
          {message}
        </p>
      )}
    </section>
  );
}
