/**
 * Last-resort typing of names the rules could not type, by running compromise on only the sentences
 * that hold such names (a full parse of every sentence is what makes plain compromise slow).
 */
import nlp from 'compromise';
import type { RawMention } from './mention';

interface JsonOffset { text: string; offset: { start: number; length: number } }
type Kind = 'person' | 'organization' | 'place';

/** Types the still-unknown mentions in place, using compromise's people/organizations/places. */
export function typeWithCompromise(text: string, sentences: { start: number; end: number }[], mentions: RawMention[]): void {
  const bySentence = new Map<number, RawMention[]>();
  for (const m of mentions) {
    if (m.kind !== 'unknown' || m.handle) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (const [si, list] of bySentence) {
    const s = sentences[si];
    if (!s) continue;
    const doc = nlp(text.slice(s.start, s.end));
    const found: { start: number; end: number; kind: Kind }[] = [];
    const collect = (items: JsonOffset[], kind: Kind): void => {
      for (const it of items) found.push({ start: s.start + it.offset.start, end: s.start + it.offset.start + it.offset.length, kind });
    };
    collect(doc.people().json({ offset: true }) as JsonOffset[], 'person');
    collect(doc.organizations().json({ offset: true }) as JsonOffset[], 'organization');
    collect(doc.places().json({ offset: true }) as JsonOffset[], 'place');
    for (const m of list) {
      const f = found.find((x) => x.start < m.end && m.start < x.end);
      if (f) m.kind = f.kind;
    }
  }
}
