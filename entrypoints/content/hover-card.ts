/**
 * The hover card: a small panel in a CLOSED shadow root, so the page's CSS cannot reach it and the
 * page's scripts cannot read it. Its host element exists only while the card is shown (the page's DOM
 * is unchanged until the reader points at a mention), and it never takes pointer events, so it
 * cannot get in the way of reading or clicking.
 */
import { placeCard, type Box } from '@/lib/page/card-position';
import { fillCard } from './card-content';
import type { Mention } from './mention';

/** The host's tag: a custom element name no page stylesheet targets. */
export const CARD_TAG = 'sourcemark-card';

const CARD_CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; z-index: 2147483647; pointer-events: none; }
.card { box-sizing: border-box; width: 280px; max-height: 60vh; overflow: hidden; padding: 10px 12px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; background: #fff;
  border: 1px solid #c7c7cc; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.name { font-weight: 600; font-size: 14px; }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #555; margin-top: 2px; }
.type-person { border-left: 3px solid #e69f00; padding-left: 4px; }
.type-organization { border-left: 3px double #0072b2; padding-left: 4px; }
.type-place { border-left: 3px solid #009e73; padding-left: 4px; }
.type-attribution { border-left: 3px dotted #cc79a7; padding-left: 4px; }
.role, .aliases, .sourcing, .channel, .cue { margin-top: 4px; }
.seen { margin-top: 6px; font-weight: 600; }
.earlier { margin: 4px 0 0; padding-left: 16px; }
.earlier li { margin-top: 2px; }
.where { color: #555; }
@media (prefers-color-scheme: dark) {
  .card { color: #f2f2f7; background: #1c1c1e; border-color: #48484a; }
  .type, .where { color: #aeaeb2; }
}
`;

/** The card's controls. */
export interface HoverCard {
  /** Shows the card about `mention`, whose text is `line`, beside the article `column`. */
  show(mention: Mention, line: Box, column: Box): void;
  hide(): void;
  readonly shown: Mention | null;
}

interface CardParts {
  host: HTMLElement;
  box: HTMLElement;
}

/** The host, its closed shadow root and the card's box. */
function buildCard(doc: Document): CardParts {
  const host = doc.createElement(CARD_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const box = doc.createElement('div');
  box.className = 'card';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  root.append(style, box);
  return { host, box };
}

/**
 * Creates the card; nothing is built until it is first shown (most pages never show it, and page load
 * is when every millisecond counts), nothing is added to the page before. `signal` removes it.
 */
export function createHoverCard(doc: Document, signal: AbortSignal): HoverCard {
  let parts: CardParts | null = null;
  let shown: Mention | null = null;
  const hide = () => {
    shown = null;
    parts?.host.remove();
  };
  signal.addEventListener('abort', hide, { once: true });
  return {
    get shown() {
      return shown;
    },
    hide,
    show(mention, line, column) {
      if (signal.aborted) return;
      parts ??= buildCard(doc);
      const { host, box } = parts;
      if (shown !== mention) fillCard(doc, box, mention);
      shown = mention;
      if (!host.isConnected) doc.documentElement.append(host);
      const size = box.getBoundingClientRect();
      const at = placeCard(line, column, { width: size.width, height: size.height }, { width: innerWidth, height: innerHeight });
      host.style.setProperty('transform', `translate(${Math.round(at.left)}px, ${Math.round(at.top)}px)`);
    },
  };
}
