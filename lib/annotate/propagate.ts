/**
 * Second look for names already established in the article: a surface form of a found entity that
 * appears again where the first pass skipped it (headlines, sentence starts) becomes a mention too.
 */
import type { BuiltEntities } from './entities';
import type { RawMention } from './mention';
import type { Token } from './tokenize';

/** Adds the missed occurrences of single-word person and organization forms to their entities. */
export function propagateMentions(text: string, tokens: Token[], built: BuiltEntities, raw: RawMention[]): void {
  const covered = new Uint8Array(text.length + 1);
  for (const e of built.entities) for (const m of e.mentions) covered.fill(1, m.start, m.end);
  for (const m of raw) covered.fill(1, m.start, m.end);
  const forms = new Map<string, string>();
  for (const e of built.entities) {
    if (e.kind === 'place') continue;
    for (const m of e.mentions) if (!/\s/.test(m.text) && m.text.length >= 3 && /^\p{Lu}/u.test(m.text)) forms.set(m.text, e.id);
  }
  if (forms.size === 0) return;
  const byId = new Map(built.entities.map((e) => [e.id, e]));
  for (const t of tokens) {
    if (!t.cap || covered[t.start]) continue;
    const id = forms.get(t.text);
    const e = id ? byId.get(id) : undefined;
    if (!e) continue;
    e.mentions.push({ start: t.start, end: t.end, text: t.text });
    e.mentions.sort((a, b) => a.start - b.start);
  }
}
