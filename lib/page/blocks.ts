/**
 * The article text as blocks (paragraphs, headings, list items: the text builder separates them with a
 * blank line), so that text added later — a live blog's new post, the next story of an infinite
 * scroll — is sent to the engine on its own, and text already annotated is never annotated again.
 * Pure string logic.
 */

/** The separator the text builder puts between blocks. */
export const BLOCK_SEPARATOR = '\n\n';

/** One block of the article text and where it is. */
export interface Block {
  start: number;
  end: number;
  text: string;
}

/** Splits the article text into its blocks. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start <= text.length) {
    const at = text.indexOf(BLOCK_SEPARATOR, start);
    const end = at === -1 ? text.length : at;
    if (end > start) blocks.push({ start, end, text: text.slice(start, end) });
    if (at === -1) break;
    start = at + BLOCK_SEPARATOR.length;
  }
  return blocks;
}

/** How many times each block text was already sent to the engine (a multiset: repeats are allowed). */
export type SeenBlocks = Map<string, number>;

/** The blocks of `blocks` not yet covered by `seen`, in page order; `seen` is not changed. */
export function unseenBlocks(blocks: readonly Block[], seen: SeenBlocks): Block[] {
  const used = new Map<string, number>();
  const fresh: Block[] = [];
  for (const block of blocks) {
    const n = (used.get(block.text) ?? 0) + 1;
    used.set(block.text, n);
    if (n > (seen.get(block.text) ?? 0)) fresh.push(block);
  }
  return fresh;
}

/** Records blocks as sent. */
export function markSeen(seen: SeenBlocks, blocks: readonly Block[]): void {
  for (const b of blocks) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
}

/**
 * Words in some text, as the engine counts them; counting stops at `limit` (asking whether a long
 * article has at least a hundred words need not count all its words).
 */
export function countWords(text: string, limit = Infinity): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++n >= limit) break;
  return n;
}

/** Text made of some blocks of the page, with the way back to page offsets. */
export interface Part {
  text: string;
  /** For each block: its offset in the part and in the page. */
  pieces: Array<{ partStart: number; pageStart: number; length: number }>;
}

/** Joins blocks into one text for the engine, remembering where each came from. */
export function joinPart(blocks: readonly Block[]): Part {
  const pieces: Part['pieces'] = [];
  const texts: string[] = [];
  let at = 0;
  for (const b of blocks) {
    if (texts.length) at += BLOCK_SEPARATOR.length;
    pieces.push({ partStart: at, pageStart: b.start, length: b.text.length });
    texts.push(b.text);
    at += b.text.length;
  }
  return { text: texts.join(BLOCK_SEPARATOR), pieces };
}

/**
 * The page offsets of the part's span [start, end); null when it straddles two blocks. The block is
 * found by binary search: a long article's reply maps thousands of spans over hundreds of blocks.
 */
export function partToPage(part: Part, start: number, end: number): { start: number; end: number } | null {
  const { pieces } = part;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as Part['pieces'][number];
    if (start < p.partStart) hi = mid - 1;
    else if (start >= p.partStart + p.length) lo = mid + 1;
    else {
      if (end > p.partStart + p.length) return null;
      const delta = p.pageStart - p.partStart;
      return { start: start + delta, end: end + delta };
    }
  }
  return null;
}

/**
 * The first blocks of `blocks` holding about `words` words (whole blocks, at least one): what a
 * reader sees first, annotated ahead of the rest. All of `blocks` when they hold little more.
 */
export function leadBlocks(blocks: readonly Block[], words: number): Block[] {
  let count = 0;
  for (let i = 0; i < blocks.length; i++) {
    count += countWords(blocks[i]?.text ?? '');
    if (count >= words) return blocks.slice(0, i + 1);
  }
  return [...blocks];
}
