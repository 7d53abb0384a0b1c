import type { EntityKind } from '@/lib/annotate/types';
import type { LogFilters } from '@/lib/store/queries-log';
import type { EntityRecord } from '@/lib/store/records';

const KINDS: Array<{ value: EntityKind | ''; label: string }> = [
  { value: '', label: 'All types' },
  { value: 'person', label: 'People' },
  { value: 'organization', label: 'Organizations' },
  { value: 'place', label: 'Places' },
];

/**
 * The filter bar: search, reading dates, site, entity type, and the chosen entity as a removable chip.
 * The entity type restricts which entities match: the search then finds actors or places of that type
 * (and statements they made), and without a search the list keeps the articles naming one.
 */
export function Filters(props: {
  filters: LogFilters;
  onChange: (next: LogFilters) => void;
  sites: Array<{ site: string; count: number }>;
  entity?: EntityRecord;
}) {
  const { filters, onChange } = props;
  const set = (patch: Partial<LogFilters>) => onChange({ ...filters, ...patch });
  return (
    <form className="filters" role="search" aria-label="Filter the log" onSubmit={(e) => e.preventDefault()}>
      <label className="filters__search">
        <span>Search</span>
        <input
          type="search"
          value={filters.search ?? ''}
          placeholder={filters.kind ? `${KINDS.find((k) => k.value === filters.kind)?.label ?? ''} and what they said` : 'Titles, actors, places, statements'}
          onChange={(e) => set({ search: e.target.value })}
        />
      </label>
      <label>
        <span>From</span>
        <input type="date" value={filters.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        <span>To</span>
        <input type="date" value={filters.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <label>
        <span>Site</span>
        <select value={filters.site ?? ''} onChange={(e) => set({ site: e.target.value || undefined })}>
          <option value="">All sites</option>
          {props.sites.map((s) => (
            <option key={s.site} value={s.site}>
              {s.site} ({s.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Entity type</span>
        <select
          value={filters.kind ?? ''}
          onChange={(e) => {
            const kind = (e.target.value || undefined) as EntityKind | undefined;
            // A chosen entity of another type no longer fits the filters: its chip goes with it.
            const drop = kind !== undefined && props.entity !== undefined && props.entity.kind !== kind;
            set(drop ? { kind, entityId: undefined } : { kind });
          }}
        >
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      {props.entity && (
        <span className="chip">
          Entity: <strong>{props.entity.name}</strong>
          <button type="button" aria-label={`Remove the filter on ${props.entity.name}`} onClick={() => set({ entityId: undefined })}>
            ×
          </button>
        </span>
      )}
      <button type="button" className="filters__clear" onClick={() => onChange({})}>
        Clear filters
      </button>
    </form>
  );
}
