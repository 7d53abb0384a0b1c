import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { deleteReaderKnowledge, listReaderKnowledge, ReaderKnowledgeInputSchema, saveReaderKnowledge } from '@/lib/store/reader-knowledge';
import type { ReaderKnowledgeRecord } from '@/lib/store/settings-db';
import { settingsDb } from './settings-db-instance';

const TYPES = [
  ['person', 'Person'],
  ['organization', 'Organization'],
  ['place', 'Place'],
] as const;

type Draft = { name: string; type: ReaderKnowledgeRecord['type']; subtype: string; aliases: string };
const EMPTY: Draft = { name: '', type: 'person', subtype: '', aliases: '' };

/**
 * The reader's own actors and places: add one with its aliases, or correct how Sourcemark types a
 * name by entering the name with the right type (an entry with the same name is replaced). The engine
 * uses them from the next article on; they are part of the JSON export.
 */
export function KnowledgeEditor() {
  const entries = useLiveQuery(() => listReaderKnowledge(settingsDb), []);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ReaderKnowledgeInputSchema.safeParse({
      name: draft.name,
      type: draft.type,
      ...(draft.subtype.trim() ? { subtype: draft.subtype } : {}),
      aliases: draft.aliases.split(/[,;\n]/).map((a) => a.trim()).filter(Boolean),
    });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'Check the entry.');
      return;
    }
    setProblem(null);
    saveReaderKnowledge(settingsDb, parsed.data, Date.now()).then(
      () => setDraft(EMPTY),
      (error: unknown) => {
        console.error('sourcemark options: could not save an entry', error);
        setProblem('Could not save the entry.');
      },
    );
  };

  const edit = (e: ReaderKnowledgeRecord) => setDraft({ name: e.name, type: e.type, subtype: e.subtype ?? '', aliases: e.aliases.join(', ') });
  const remove = (id: number | undefined) => {
    if (id === undefined) return;
    deleteReaderKnowledge(settingsDb, id).catch((error: unknown) => {
      console.error('sourcemark options: could not delete an entry', error);
      setProblem('Could not delete the entry.');
    });
  };

  return (
    <section aria-labelledby="knowledge-title">
      <h2 id="knowledge-title">Your actors and places</h2>
      <p className="options__hint">
        Add people, organizations and places Sourcemark should know, with the other names they go by. To correct a wrong
        one, enter its name with the right type (“this is an organization, not a person”). Used from the next article on.
      </p>
      <form onSubmit={submit} aria-label="Add or correct an actor or place">
        <label>
          Name
          <input name="name" value={draft.name} required onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })} />
        </label>
        <label>
          Type
          <select name="type" value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value as Draft['type'] })}>
            {TYPES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind (optional)
          <input name="subtype" value={draft.subtype} placeholder="militia, ministry, city…" onChange={(e) => setDraft({ ...draft, subtype: e.currentTarget.value })} />
        </label>
        <label>
          Also called (comma-separated)
          <input name="aliases" value={draft.aliases} onChange={(e) => setDraft({ ...draft, aliases: e.currentTarget.value })} />
        </label>
        <button type="submit">Save</button>
      </form>
      {problem && <p className="problem" role="alert">{problem}</p>}
      {entries === undefined ? (
        <p className="options__hint">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="options__hint">Nothing added yet.</p>
      ) : (
        <table className="knowledge">
          <thead>
            <tr>
              <th>Name</th>
              <th>Type</th>
              <th>Also called</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-name={e.name}>
                <td>{e.name}</td>
                <td>
                  {e.type}
                  {e.subtype ? ` (${e.subtype})` : ''}
                </td>
                <td>{e.aliases.join(', ')}</td>
                <td>
                  <button type="button" onClick={() => edit(e)}>
                    Edit
                  </button>{' '}
                  <button type="button" onClick={() => remove(e.id)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
