import { dayOf, plural } from './format';
import { DataTable } from './DataTable';

const W = 900;
const H = 160;
const PAD = { left: 36, right: 8, top: 10, bottom: 22 };

/** Articles read per week as bars, with the busiest week named in the text alternative. */
export function WeeklyChart({ weeks }: { weeks: Array<{ week: number; count: number }> }) {
  if (weeks.length === 0) return <p className="notice">No reading in this period.</p>;
  const max = Math.max(...weeks.map((w) => w.count), 1);
  const bw = (W - PAD.left - PAD.right) / weeks.length;
  const y = (n: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - n / max);
  const busiest = weeks.reduce((a, b) => (b.count > a.count ? b : a));
  const total = weeks.reduce((n, w) => n + w.count, 0);
  const summary = `${plural(total, 'article')} over ${plural(weeks.length, 'week')}; busiest week starting ${dayOf(busiest.week)} with ${busiest.count}.`;
  const labelEvery = Math.ceil(weeks.length / 8);
  return (
    <figure className="chart">
      <figcaption>Articles read per week</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Articles read per week. ${summary}`}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis" />
        <text x={PAD.left - 4} y={y(max) + 4} className="tick" textAnchor="end">
          {max}
        </text>
        <text x={PAD.left - 4} y={y(0)} className="tick" textAnchor="end">
          0
        </text>
        {weeks.map((w, i) => (
          <g key={w.week}>
            <rect x={PAD.left + i * bw + 1} width={Math.max(1, bw - 2)} y={y(w.count)} height={y(0) - y(w.count)} className="bar">
              <title>{`Week of ${dayOf(w.week)}: ${plural(w.count, 'article')}`}</title>
            </rect>
            {i % labelEvery === 0 && (
              <text x={PAD.left + i * bw} y={H - 6} className="tick">
                {dayOf(w.week).slice(5)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <p className="chart__summary">{summary}</p>
      <DataTable caption="Articles per week" head={['Week starting', 'Articles']} rows={weeks.map((w) => [dayOf(w.week), w.count])} />
    </figure>
  );
}
