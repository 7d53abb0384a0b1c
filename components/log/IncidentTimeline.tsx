import type { IncidentType } from '@/lib/annotate/types';
import type { TimelineIncident } from '@/lib/store/log-pictures';
import { DataTable } from './DataTable';
import { plural } from './format';

/** Okabe–Ito colours first (distinguishable with colour-blindness), then four more. */
export const TYPE_COLOUR: Record<IncidentType, string> = {
  drone: '#E69F00', missile: '#D55E00', rocket: '#CC79A7', airstrike: '#0072B2', shelling: '#009E73', mortar: '#56B4E9',
  explosion: '#F0E442', shooting: '#000000', kidnapping: '#8c564b', storming: '#7f7f7f', cyber: '#17becf', other: '#bcbd22',
};

/** Places with their own row; the rest share one, so the picture stays readable. */
const MAX_PLACES = 12;
const W = 900;
const ROW = 22;
const LEFT = 150;

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Incidents by date (x), grouped by place (rows), coloured by type, with a legend and a table. */
export function IncidentTimeline({ incidents }: { incidents: TimelineIncident[] }) {
  if (incidents.length === 0) return <p className="notice">No dated incidents in these articles.</p>;
  const byPlace = new Map<string, number>();
  for (const i of incidents) byPlace.set(i.place, (byPlace.get(i.place) ?? 0) + 1);
  const ranked = [...byPlace].sort((a, b) => b[1] - a[1]);
  const rows = ranked.slice(0, MAX_PLACES).map(([p]) => p);
  const hasOther = ranked.length > MAX_PLACES;
  if (hasOther) rows.push('Other places');
  const rowOf = (place: string) => (rows.indexOf(place) >= 0 ? rows.indexOf(place) : rows.length - 1);
  const times = incidents.map((i) => dayMs(i.date)).filter(Number.isFinite);
  const t0 = Math.min(...times);
  const t1 = Math.max(...times, t0 + 86_400_000);
  const x = (d: string) => LEFT + ((W - LEFT - 10) * (dayMs(d) - t0)) / (t1 - t0);
  const H = rows.length * ROW + 28;
  const types = [...new Set(incidents.map((i) => i.type))].sort();
  const first = new Date(t0).toISOString().slice(0, 10);
  const last = new Date(t1).toISOString().slice(0, 10);
  const summary = `${plural(incidents.length, 'incident')} from ${first} to ${last} at ${plural(byPlace.size, 'place')}; most at ${ranked[0]?.[0]} (${ranked[0]?.[1]}).`;
  return (
    <figure className="chart">
      <figcaption>Incident timeline, by place</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Incident timeline. ${summary}`}>
        {rows.map((p, r) => (
          <g key={p}>
            <text x={LEFT - 6} y={r * ROW + 15} className="tick" textAnchor="end">
              {p.length > 22 ? `${p.slice(0, 21)}…` : p}
            </text>
            <line x1={LEFT} x2={W - 10} y1={r * ROW + 11} y2={r * ROW + 11} className="grid" />
          </g>
        ))}
        {incidents.map((i) => (
          <circle key={i.id} cx={x(i.date)} cy={rowOf(i.place) * ROW + 11} r={4 + Math.min(4, i.reports - 1)} fill={TYPE_COLOUR[i.type]} className="dot">
            <title>{`${i.type} at ${i.place}, ${i.date}${i.killed !== undefined ? `, ${i.killed} killed` : ''} (${plural(i.reports, 'report')})`}</title>
          </circle>
        ))}
        <text x={LEFT} y={H - 6} className="tick">
          {first}
        </text>
        <text x={W - 10} y={H - 6} className="tick" textAnchor="end">
          {last}
        </text>
      </svg>
      <ul className="legend" aria-label="Incident types">
        {types.map((t) => (
          <li key={t}>
            <span className="swatch" style={{ background: TYPE_COLOUR[t] }} aria-hidden="true" /> {t}
          </li>
        ))}
      </ul>
      <p className="chart__summary">{summary}</p>
      <DataTable
        caption="Incidents"
        head={['Date', 'Place', 'Type', 'Killed', 'Reports']}
        rows={incidents.slice(0, 1000).map((i) => [i.date, i.place, i.type, i.killed ?? '', i.reports])}
      />
    </figure>
  );
}
