/**
 * Test helpers: entities built by finding given names in a text, so extraction tests do not depend
 * on the entity engine.
 */
import type { Entity, EntityKind } from '../../../lib/annotate/types';

/** Names to mark, by kind. */
export interface Names {
  places?: string[];
  organizations?: string[];
  people?: string[];
}

/** Every whole-word occurrence of each name becomes a mention of one entity. */
export function entitiesFor(text: string, names: Names): Entity[] {
  const out: Entity[] = [];
  const add = (list: string[] | undefined, kind: EntityKind): void => {
    for (const name of list ?? []) {
      const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      const mentions = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + name.length, text: name }));
      if (mentions.length) out.push({ id: `t${out.length + 1}`, name, kind, aliases: [], mentions });
    }
  };
  add(names.places, 'place');
  add(names.organizations, 'organization');
  add(names.people, 'person');
  return out;
}
