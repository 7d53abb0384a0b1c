/**
 * The CLI's human-readable summary of one annotation: actors, places and attributions.
 */
import type { Annotation } from '../annotate/types';

/** A plain-text summary for a terminal. */
export function formatText(id: string, text: string, a: Annotation): string {
  const lines: string[] = [`== ${id} (${a.wordCount} words, ${a.sentences.length} sentences${a.truncated ? ', truncated' : ''})`];
  const section = (title: string, items: string[]): void => {
    lines.push(`${title} (${items.length})`);
    for (const it of items) lines.push(`  ${it}`);
  };
  const actors = a.entities.filter((e) => e.kind !== 'place');
  section('Actors', actors.map((e) => `${e.name} [${e.kind}${e.subtype ? `, ${e.subtype}` : ''}]${e.role ? ` role: ${e.role}` : ''} ×${e.mentions.length}${e.aliases.length ? ` aka ${e.aliases.join(' | ')}` : ''}`));
  section('Places', a.entities.filter((e) => e.kind === 'place').map((e) => `${e.name}${e.subtype ? ` [${e.subtype}]` : ''} ×${e.mentions.length}`));
  section('Attributions', a.attributions.map((t) => `${t.anonymous ? '(anonymous) ' : ''}${t.source} — ${t.cue}${t.channel ? ` via ${t.channel}` : ''}: “${text.slice(t.start, t.end)}”`));
  section('Incidents', a.incidents.map((i) => `${i.type}${i.location ? ` at ${i.location}` : ''}${i.date ? ` on ${i.date}` : ''}`));
  return lines.join('\n');
}
