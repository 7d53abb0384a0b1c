import type { EntityFrequency } from '@/lib/store/log-pictures';
import { DataTable } from './DataTable';
import { plural } from './format';

function Bars({ title, list, kind }: { title: string; list: EntityFrequency[]; kind: 'actor' | 'place' }) {
  if (list.length === 0) return <p className="notice">No {kind}s in these articles.</p>;
  const max = Math.max(...list.map((e) => e.articles), 1);
  const W = 420;
  const ROW = 22;
  const LEFT = 160;
  const summary = list.map((e) => `${e.entity.name} ${e.articles}`).join(', ');
  return (
    <figure className="chart chart--half">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${list.length * ROW + 4}`} role="img" aria-label={`${title}: ${summary}.`}>
        {list.map((e, i) => (
          <g key={e.entity.id}>
            <text x={LEFT - 6} y={i * ROW + 15} className="tick" textAnchor="end">
              {e.entity.name.length > 24 ? `${e.entity.name.slice(0, 23)}…` : e.entity.name}
            </text>
            <rect x={LEFT} y={i * ROW + 4} height={ROW - 8} width={((W - LEFT - 40) * e.articles) / max} className={`bar bar--${e.entity.kind}`}>
              <title>{`${e.entity.name}: ${plural(e.articles, 'article')}`}</title>
            </rect>
            <text x={LEFT + ((W - LEFT - 40) * e.articles) / max + 4} y={i * ROW + 15} className="tick">
              {e.articles}
            </text>
          </g>
        ))}
      </svg>
      <DataTable caption={title} head={['Name', 'Kind', 'Articles']} rows={list.map((e) => [e.entity.name, e.entity.kind, e.articles])} />
    </figure>
  );
}

/** The most frequent actors and places of the period (articles naming each). */
export function TopEntities({ actors, places }: { actors: EntityFrequency[]; places: EntityFrequency[] }) {
  return (
    <div className="chart-pair">
      <Bars title="Most frequent actors" list={actors} kind="actor" />
      <Bars title="Most frequent places" list={places} kind="place" />
    </div>
  );
}
