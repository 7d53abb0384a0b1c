import type { PriorIncident } from '@/lib/store/prior-incidents';
import { formatDate, plural } from '../format';

function roles(p: PriorIncident): string[] {
  const { claimedBy, deniedBy, blamedOn, killed, injured, quantity } = p.incident;
  return [
    quantity !== undefined ? `${quantity} fired` : '',
    killed !== undefined ? `${killed} killed` : '',
    injured !== undefined ? `${injured} injured` : '',
    claimedBy.length ? `claimed by ${claimedBy.join(', ')}` : '',
    deniedBy.length ? `denied by ${deniedBy.join(', ')}` : '',
    blamedOn.length ? `blamed on ${blamedOn.join(', ')}` : '',
  ].filter(Boolean);
}

/** Incidents as a compact timeline: date, type, place, who claimed, denied or was blamed, and sources. */
export function IncidentTimeline(props: {
  heading: string;
  incidents: PriorIncident[];
  emptyText: string;
  onOpen: (url: string) => void;
}) {
  return (
    <section className="section" aria-label={props.heading}>
      <h3>
        {props.heading} <span className="section__count">{props.incidents.length}</span>
      </h3>
      {props.incidents.length === 0 ? (
        <p className="notice notice--empty">{props.emptyText}</p>
      ) : (
        <ol className="timeline">
          {props.incidents.map((p) => (
            <li key={p.incident.id ?? p.incident.key} className={`incident incident--${p.incident.type}`} data-sources={p.reports.length}>
              <span className="incident__date">{p.incident.date ? formatDate(p.incident.date) : 'date unknown'}</span>
              <span className="incident__what">
                <strong>{p.incident.type}</strong>
                {p.incident.location ? ` · ${p.incident.location}` : ''}
              </span>
              {roles(p).length > 0 && <span className="incident__roles">{roles(p).join(' · ')}</span>}
              <span className="incident__sources">
                {plural(p.reports.length, 'source')}:{' '}
                {p.reports.map((r, i) => (
                  <a
                    key={`${r.articleId}-${i}`}
                    href={r.url}
                    title={r.evidence}
                    onClick={(event) => {
                      event.preventDefault();
                      props.onOpen(r.url);
                    }}
                  >
                    {r.title || r.url}
                  </a>
                ))}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
