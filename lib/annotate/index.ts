/**
 * Entry point of the annotation engine: text in, Annotation out. Synchronous and DOM-free so the
 * extension's service worker, the CLI and the tests all call the same function.
 */
import nlp from 'compromise';
import { ANNOTATION_VERSION, type Annotation, type ArticleMeta, type Entity, type EntityKind } from './types';

/** Options of one annotate call (grows over time; every field optional). */
export interface AnnotateOptions {
  /** Maximum number of words annotated; the rest is ignored and `truncated` set. */
  maxWords?: number;
}

interface Offset { start: number; length: number }
interface JsonTerm { text: string; offset: Offset }

/** Annotates one article's text: sentences, actors, places, attributions, incidents. */
export function annotate(text: string, meta?: ArticleMeta, options?: AnnotateOptions): Annotation {
  void meta;
  const maxWords = options?.maxWords ?? 60000;
  const doc = nlp(text);
  const sentences = (doc.sentences().json({ offset: true }) as JsonTerm[]).map((s) => ({
    start: s.offset.start,
    end: s.offset.start + s.offset.length,
  }));
  const byName = new Map<string, Entity>();
  const add = (items: JsonTerm[], kind: EntityKind): void => {
    for (const it of items) {
      const name = it.text.replace(/[’']s$/, '').replace(/[.,;:]+$/, '').trim();
      if (!name) continue;
      const key = `${kind}:${name.toLowerCase()}`;
      let e = byName.get(key);
      if (!e) {
        e = { id: `e${byName.size + 1}`, name, kind, aliases: [], mentions: [] };
        byName.set(key, e);
      }
      e.mentions.push({ start: it.offset.start, end: it.offset.start + name.length, text: name });
    }
  };
  add(doc.people().json({ offset: true }) as JsonTerm[], 'person');
  add(doc.organizations().json({ offset: true }) as JsonTerm[], 'organization');
  add(doc.places().json({ offset: true }) as JsonTerm[], 'place');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    version: ANNOTATION_VERSION,
    sentences,
    entities: [...byName.values()],
    attributions: [],
    incidents: [],
    wordCount,
    truncated: wordCount > maxWords,
  };
}
