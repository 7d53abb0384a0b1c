import type { EntityCoverage } from '@/lib/store/cross-reference';

const KIND_LABEL = { person: 'person', organization: 'organization', place: 'place' } as const;

function coverageText(n: number): string {
  if (n === 0) return 'new to you';
  return n === 1 ? 'in 1 earlier article' : `in ${n} earlier articles`;
}

/** A list of entities with their earlier-coverage counts. */
export function EntityCoverageList(props: { heading: string; entities: EntityCoverage[]; emptyText: string }) {
  return (
    <section className="entities" aria-label={props.heading}>
      <h3>
        {props.heading} <span className="entities__count">{props.entities.length}</span>
      </h3>
      {props.entities.length === 0 ? (
        <p className="notice notice--empty">{props.emptyText}</p>
      ) : (
        <ul>
          {props.entities.map((e) => (
            <li key={e.entityId} className={`entity entity--${e.kind}`} data-entity={e.name} data-earlier={e.otherArticles}>
              <span className="entity__name">{e.name}</span>
              <span className="entity__kind">{KIND_LABEL[e.kind]}</span>
              <span className={`entity__earlier${e.otherArticles > 0 ? ' entity__earlier--seen' : ''}`}>
                {coverageText(e.otherArticles)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
