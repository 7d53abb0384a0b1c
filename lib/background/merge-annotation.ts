/**
 * Joins the annotation of an article's new text (a live blog's new posts) onto the annotation of the
 * text annotated before, so the store gets the whole article while the engine only ever sees each
 * text once. Pure: offsets are shifted, entities of the new part are folded into the same actor or
 * place of the earlier text when their names or aliases share a key.
 */
import type { Annotation, Entity } from '../annotate/types';
import { entityKey } from '../store/entity-key';

/** The joined annotation, and which entity each of the part's entity ids became. */
export interface MergedAnnotation {
  annotation: Annotation;
  idMap: Map<string, string>;
}

function keysOf(e: Entity): string[] {
  return [e.name, ...e.aliases].map((n) => entityKey(e.kind, n));
}

function nextId(used: Set<string>): string {
  for (let n = used.size + 1; ; n++) {
    const id = `e${n}`;
    if (!used.has(id)) return id;
  }
}

/** Appends `part` (annotated alone) at `offset` of the text `base` was annotated on. */
export function appendAnnotation(base: Annotation, part: Annotation, offset: number): MergedAnnotation {
  const shift = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
  const entities: Entity[] = base.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] }));
  const byKey = new Map<string, Entity>();
  for (const e of entities) for (const k of keysOf(e)) if (!byKey.has(k)) byKey.set(k, e);
  const used = new Set(entities.map((e) => e.id));
  const idMap = new Map<string, string>();
  for (const e of part.entities) {
    const same = keysOf(e).map((k) => byKey.get(k)).find((x) => x !== undefined);
    const mentions = e.mentions.map(shift);
    if (same) {
      idMap.set(e.id, same.id);
      for (const alias of [e.name, ...e.aliases]) {
        if (alias !== same.name && !same.aliases.includes(alias)) same.aliases.push(alias);
      }
      same.mentions.push(...mentions);
      same.role ??= e.role;
      same.subtype ??= e.subtype;
      continue;
    }
    const id = used.has(e.id) ? nextId(used) : e.id;
    used.add(id);
    idMap.set(e.id, id);
    const added = { ...e, id, aliases: [...e.aliases], mentions };
    entities.push(added);
    for (const k of keysOf(added)) if (!byKey.has(k)) byKey.set(k, added);
  }
  const mapId = (id: string | undefined) => (id === undefined ? undefined : (idMap.get(id) ?? id));
  return {
    idMap,
    annotation: {
      ...base,
      sentences: [...base.sentences, ...part.sentences.map(shift)],
      entities,
      attributions: [
        ...base.attributions,
        ...part.attributions.map((a) => ({
          ...shift(a),
          sourceEntityId: mapId(a.sourceEntityId),
          content: a.content ? shift(a.content) : undefined,
        })),
      ],
      incidents: [
        ...base.incidents,
        ...part.incidents.map((i) => ({ ...i, locationEntityId: mapId(i.locationEntityId), mentions: i.mentions.map(shift) })),
      ],
      wordCount: base.wordCount + part.wordCount,
      truncated: base.truncated || part.truncated,
    },
  };
}
