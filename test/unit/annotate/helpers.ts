/** Small lookups over an Annotation for readable assertions. */
import type { Annotation, Entity } from '../../../lib/annotate/types';

/** The entity with this name, or undefined. */
export function entity(a: Annotation, name: string): Entity | undefined {
  return a.entities.find((e) => e.name === name);
}

/** Names of entities of one kind. */
export function names(a: Annotation, kind: Entity['kind']): string[] {
  return a.entities.filter((e) => e.kind === kind).map((e) => e.name);
}

/** The entities one surface text belongs to. */
export function entitiesWithMention(a: Annotation, text: string): Entity[] {
  return a.entities.filter((e) => e.mentions.some((m) => m.text === text));
}
