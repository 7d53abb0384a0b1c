import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { entityCounts } from '@/lib/store/queries-log';
import type { EntityRecord, IncidentRecord } from '@/lib/store/records';
import { plural } from './format';
import { logDb } from './log-db';
import { VirtualList } from './VirtualList';

const ROW_HEIGHT = 40;

type Entity = EntityRecord & { id: number };

function Incidents({ entityId }: { entityId: number }) {
  const incidents = useLiveQuery(async () => {
    const [at, involving] = await Promise.all([
      logDb.incidents.where('placeEntityId').equals(entityId).toArray(),
      logDb.incidents.where('actorEntityIds').equals(entityId).toArray(),
    ]);
    const byId = new Map<number, IncidentRecord>();
    for (const i of [...at, ...involving]) if (i.id !== undefined) byId.set(i.id, i);
    return [...byId.values()].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  }, [entityId]);
  if (!incidents) return null;
  if (incidents.length === 0) return <p className="notice">No incidents recorded.</p>;
  return (
    <ul className="entity-detail__incidents">
      {incidents.slice(0, 100).map((i) => (
        <li key={i.id}>
          <span className={`type type--${i.type}`}>{i.type}</span> {i.location ? `at ${i.location}` : ''} {i.date ?? 'undated'} ·{' '}
          {plural(i.articleIds.length, 'report')}
        </li>
      ))}
    </ul>
  );
}

/**
 * The entity index: every actor and place (narrowed by the type filter and the search), each with how
 * many articles and incidents it has; choosing one filters the log to it and lists its incidents.
 */
export function EntityIndex(props: { entities: Entity[]; selected?: number; onSelect: (id: number) => void }) {
  const { entities } = props;
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const onRange = useCallback((first: number, last: number) => setRange((r) => (r[0] === first && r[1] === last ? r : [first, last])), []);
  const visible = entities.slice(range[0], range[1]);
  const counts = useLiveQuery(
    async () => new Map(await Promise.all(visible.map(async (e) => [e.id, await entityCounts(logDb, e.id)] as const))),
    [visible.map((e) => e.id).join(',')],
  );
  const chosen = entities.find((e) => e.id === props.selected);
  return (
    <div className="entity-index">
      {entities.length === 0 ? (
        <p className="notice notice--empty" role="status">No actor or place matches.</p>
      ) : (
        <VirtualList
          label={`Entities, ${entities.length}`}
          count={entities.length}
          rowHeight={ROW_HEIGHT}
          onRange={onRange}
          renderRow={(i) => {
            const e = entities[i] as Entity;
            const c = counts?.get(e.id);
            return (
              <button
                type="button"
                className={`entity-row entity--${e.kind}${e.id === props.selected ? ' entity-row--selected' : ''}`}
                aria-pressed={e.id === props.selected}
                data-entity={e.name}
                onClick={() => props.onSelect(e.id)}
              >
                <span className="entity__name">{e.name}</span>
                <span className="entity__kind">{e.kind}</span>
                <span className="entity-row__counts">
                  {c ? `${plural(c.articles, 'article')} · ${plural(c.incidents, 'incident')}` : '…'}
                </span>
              </button>
            );
          }}
        />
      )}
      <section className="entity-detail" aria-label="Chosen entity">
        {chosen ? (
          <>
            <h3>{chosen.name}</h3>
            <p className="muted">
              {chosen.kind}
              {chosen.subtype ? ` · ${chosen.subtype}` : ''}
              {chosen.aliases.length ? ` · also ${chosen.aliases.join(', ')}` : ''}
            </p>
            <p>The article list is filtered to the articles naming it.</p>
            <h4>Incidents</h4>
            <Incidents entityId={chosen.id} />
          </>
        ) : (
          <p className="notice">Choose an actor or place to see its articles and incidents.</p>
        )}
      </section>
    </div>
  );
}
