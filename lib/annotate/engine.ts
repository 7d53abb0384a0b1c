/**
 * The engine's shared state: the gazetteer built once from the built-in knowledge (and again only
 * when a caller passes extra entries), so annotate() stays cheap per call.
 */
import { builtinKnowledge } from '../knowledge';
import type { KnowledgeEntry } from '../knowledge/schema';
import { compromisePlaces, Gazetteer } from './gazetteer';

let builtin: Gazetteer | null = null;
const withExtra = new WeakMap<readonly KnowledgeEntry[], Gazetteer>();

function build(extra: readonly KnowledgeEntry[]): Gazetteer {
  const gaz = new Gazetteer();
  for (const e of extra) gaz.add(e);
  for (const e of builtinKnowledge()) gaz.add(e);
  for (const e of compromisePlaces()) gaz.add(e);
  return gaz;
}

/** The gazetteer for these extra entries (user knowledge first, so it wins over built-in forms). */
export function gazetteerFor(extra?: readonly KnowledgeEntry[]): Gazetteer {
  if (!extra || extra.length === 0) {
    builtin ??= build([]);
    return builtin;
  }
  let g = withExtra.get(extra);
  if (!g) { g = build(extra); withExtra.set(extra, g); }
  return g;
}
