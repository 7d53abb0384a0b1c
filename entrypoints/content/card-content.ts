/**
 * The hover card's content, built with text nodes only (titles and names come from web pages: never
 * parsed as HTML).
 */
import type { AttributionCard, EntityCard } from '@/lib/messages';
import type { Mention } from './mention';

const KIND_LABEL: Record<EntityCard['kind'], string> = { person: 'Person', organization: 'Organization', place: 'Place' };

function el(doc: Document, tag: string, className: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function dateOf(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

function entityBody(doc: Document, card: EntityCard, box: HTMLElement): void {
  box.append(el(doc, 'div', 'name', card.name));
  box.append(el(doc, 'div', `type type-${card.kind}`, card.subtype ? `${KIND_LABEL[card.kind]} · ${card.subtype}` : KIND_LABEL[card.kind]));
  if (card.role) box.append(el(doc, 'div', 'role', card.role));
  if (card.aliases.length) box.append(el(doc, 'div', 'aliases', `Also called here: ${card.aliases.join(', ')}`));
  const seen = card.earlierCount
    ? `Seen in ${plural(card.earlierCount, 'earlier article')}`
    : 'First time in your reading log';
  box.append(el(doc, 'div', 'seen', seen));
  if (card.earlier.length) {
    const list = el(doc, 'ul', 'earlier');
    for (const e of card.earlier) {
      const item = el(doc, 'li', '');
      item.append(el(doc, 'span', 'title', e.title || e.url));
      const where = [e.site, dateOf(e.time)].filter(Boolean).join(', ');
      if (where) item.append(el(doc, 'span', 'where', ` — ${where}`));
      list.append(item);
    }
    box.append(list);
  }
}

function attributionBody(doc: Document, card: AttributionCard, box: HTMLElement): void {
  box.append(el(doc, 'div', 'type type-attribution', 'Attribution'));
  box.append(el(doc, 'div', 'name', card.source));
  box.append(el(doc, 'div', 'sourcing', card.anonymous ? 'Anonymous source' : 'Named source'));
  if (card.channel) box.append(el(doc, 'div', 'channel', `Channel: ${card.channel}`));
  box.append(el(doc, 'div', 'cue', `Cue: “${card.cue}”`));
}

/** Fills `box` with what the card says about `mention`. */
export function fillCard(doc: Document, box: HTMLElement, mention: Mention): void {
  box.replaceChildren();
  if (mention.entity) entityBody(doc, mention.entity, box);
  else if (mention.attribution) attributionBody(doc, mention.attribution, box);
  else {
    box.append(el(doc, 'div', 'name', mention.label));
    box.append(el(doc, 'div', `type type-${mention.kind}`, mention.kind === 'attribution' ? 'Attribution' : KIND_LABEL[mention.kind]));
  }
}
