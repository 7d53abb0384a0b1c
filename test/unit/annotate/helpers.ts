/** Small lookups over an Annotation for readable assertions. */
import { annotate } from '../../../lib/annotate';
import type { Annotation, Attribution, Entity } from '../../../lib/annotate/types';

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

/** The attributions the engine finds in a text, each with the text it covers, for readable assertions. */
export function atts(text: string): (Attribution & { evidence: string })[] {
  return annotate(text).attributions.map((a) => ({ ...a, evidence: text.slice(a.start, a.end) }));
}
