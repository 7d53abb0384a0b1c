import type { AttributionRecord } from '@/lib/store/records';

/** Who said what in this article: named and anonymous sources counted, each attribution quoted. */
export function AttributionSection(props: { attributions: AttributionRecord[]; named: number; anonymous: number }) {
  const { attributions, named, anonymous } = props;
  return (
    <section className="section" aria-label="Attributions">
      <h3>
        Attributions <span className="section__count">{attributions.length}</span>
      </h3>
      {attributions.length === 0 ? (
        <p className="notice notice--empty">No attributed statements found.</p>
      ) : (
        <>
          <p className="attributions__summary" data-named={named} data-anonymous={anonymous}>
            {named} named · {anonymous} anonymous
          </p>
          <ul className="attributions">
            {attributions.map((a) => (
              <li key={a.id ?? a.quote.start} className={a.anonymous ? 'attribution attribution--anonymous' : 'attribution'}>
                <span className="attribution__source">{a.source}</span>
                {a.anonymous && <span className="badge">anonymous</span>}
                {a.channel && <span className="attribution__channel">via {a.channel}</span>}
                <q className="attribution__quote">{a.quote.exact}</q>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
