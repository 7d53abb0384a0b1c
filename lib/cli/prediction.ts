/**
 * Turns an Annotation into one article of the evaluation's prediction format (see the eval README):
 * actors, places, attributions and incidents, plus extra fields (role, subtype, channel, content).
 */
import type { Annotation } from '../annotate/types';

/** One article in the prediction format. */
export interface PredictionArticle {
  id: string;
  actors: { name: string; type: 'person' | 'organization'; subtype?: string; role?: string; mentions: { text: string; start: number; end: number }[] }[];
  places: { name: string; subtype?: string; mentions: { text: string; start: number; end: number }[] }[];
  attributions: { source: string; cue: string; start: number; end: number; anonymous: boolean; channel?: string; content?: { start: number; end: number }; evidence?: string }[];
  incidents: Annotation['incidents'];
}

/** Converts an annotation of `text` to the prediction format under the given id. */
export function toPrediction(id: string, text: string, a: Annotation): PredictionArticle {
  const actors: PredictionArticle['actors'] = [];
  const places: PredictionArticle['places'] = [];
  for (const e of a.entities) {
    const mentions = e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end }));
    if (e.kind === 'place') places.push({ name: e.name, ...(e.subtype ? { subtype: e.subtype } : {}), mentions });
    else actors.push({ name: e.name, type: e.kind, ...(e.subtype ? { subtype: e.subtype } : {}), ...(e.role ? { role: e.role } : {}), mentions });
  }
  const attributions = a.attributions.map((t) => ({
    source: t.source, cue: t.cue, start: t.start, end: t.end, anonymous: t.anonymous,
    ...(t.channel ? { channel: t.channel } : {}),
    ...(t.content ? { content: t.content } : {}),
    evidence: text.slice(t.start, t.end),
  }));
  return { id, actors, places, attributions, incidents: a.incidents };
}
