import { useState } from 'react';
import type { EntityCoverage } from '@/lib/store/cross-reference';
import { EarlierList } from './EarlierList';

function coverageText(n: number): string {
  if (n === 0) return 'new to you';
  return n === 1 ? 'in 1 earlier article' : `in ${n} earlier articles`;
}

function EntityRow({ entity, onOpen }: { entity: EntityCoverage; onOpen: (url: string) => void }) {
  const [open, setOpen] = useState(false);
  const seen = entity.otherArticles > 0;
  const kind = entity.subtype ?? entity.kind;
  return (
    <li className={`entity entity--${entity.kind}`} data-entity={entity.name} data-earlier={entity.otherArticles}>
      <span className="entity__name">{entity.name}</span>
      <span className="entity__kind">{entity.role ? `${entity.role} · ${kind}` : kind}</span>
      {entity.aliases.length > 0 && <span className="entity__aliases">also: {entity.aliases.slice(0, 4).join(', ')}</span>}
      {seen ? (
        <button type="button" className="entity__earlier entity__earlier--seen" aria-expanded={open} onClick={() => setOpen(!open)}>
          {coverageText(entity.otherArticles)} {open ? '▴' : '▾'}
        </button>
      ) : (
        <span className="entity__earlier">{coverageText(0)}</span>
      )}
      {open && <EarlierList earlier={entity.earlier} onOpen={onOpen} />}
    </li>
  );
}

/** A list of actors or places with their earlier coverage, expandable to the articles themselves. */
export function EntitySection(props: {
  heading: string;
  entities: EntityCoverage[];
  emptyText: string;
  onOpen: (url: string) => void;
}) {
  return (
    <section className="section" aria-label={props.heading}>
      <h3>
        {props.heading} <span className="section__count">{props.entities.length}</span>
      </h3>
      {props.entities.length === 0 ? (
        <p className="notice notice--empty">{props.emptyText}</p>
      ) : (
        <ul className="entities">
          {props.entities.map((e) => (
            <EntityRow key={e.entityId} entity={e} onOpen={props.onOpen} />
          ))}
        </ul>
      )}
    </section>
  );
}
