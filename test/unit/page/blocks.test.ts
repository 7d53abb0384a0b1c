import { describe, expect, it } from 'vitest';
import { countWords, joinPart, leadBlocks, markSeen, partToPage, splitBlocks, unseenBlocks, type SeenBlocks } from '../../../lib/page/blocks';
import { findDateline } from '../../../lib/page/dateline';
import { placeCard } from '../../../lib/page/card-position';

describe('blocks', () => {
  it('leadBlocks: whole blocks up to about the words asked, at least one, all when short', () => {
    const blocks = splitBlocks('one two three\n\nfour five\n\nsix seven eight nine\n\nten');
    expect(leadBlocks(blocks, 4).map((b) => b.text)).toEqual(['one two three', 'four five']);
    expect(leadBlocks(blocks, 1).map((b) => b.text)).toEqual(['one two three']);
    expect(leadBlocks(blocks, 100)).toHaveLength(4);
    expect(leadBlocks([], 5)).toEqual([]);
  });

  const page = 'Headline\n\nFirst post about Kyiv.\n\nSecond post about Odesa.';

  it('splits the text into its blocks with offsets', () => {
    const blocks = splitBlocks(page);
    expect(blocks.map((b) => b.text)).toEqual(['Headline', 'First post about Kyiv.', 'Second post about Odesa.']);
    for (const b of blocks) expect(page.slice(b.start, b.end)).toBe(b.text);
  });

  it('sends only blocks not sent before, counting repeats', () => {
    const seen: SeenBlocks = new Map();
    markSeen(seen, splitBlocks(page));
    const next = 'Headline\n\nNew post about Paris.\n\nFirst post about Kyiv.\n\nSecond post about Odesa.\n\nHeadline';
    expect(unseenBlocks(splitBlocks(next), seen).map((b) => b.text)).toEqual(['New post about Paris.', 'Headline']);
    expect(unseenBlocks(splitBlocks(page), seen)).toEqual([]);
  });

  it('maps offsets of a part back to the page, refusing spans across blocks', () => {
    const next = 'Top post in Paris.\n\nOld text.\n\nBottom post in Berlin.';
    const fresh = splitBlocks(next).filter((b) => b.text !== 'Old text.');
    const part = joinPart(fresh);
    expect(part.text).toBe('Top post in Paris.\n\nBottom post in Berlin.');
    const berlin = part.text.indexOf('Berlin');
    const mapped = partToPage(part, berlin, berlin + 6);
    expect(mapped && next.slice(mapped.start, mapped.end)).toBe('Berlin');
    expect(partToPage(part, 10, berlin)).toBeNull();
    expect(countWords(part.text)).toBe(8);
    expect(countWords(part.text, 3)).toBe(3);
    expect(countWords(part.text, 50)).toBe(8);
  });

  it('maps every word of a part of many blocks to the same word of the page', () => {
    const page = Array.from({ length: 300 }, (_, i) => `Block ${i} names Person${i} and Town${i}.`).join('\n\n');
    const fresh = splitBlocks(page).filter((_, i) => i % 3 !== 1);
    const part = joinPart(fresh);
    let checked = 0;
    for (const word of part.text.matchAll(/\S+/g)) {
      const start = word.index;
      const mapped = partToPage(part, start, start + word[0].length);
      expect(mapped && page.slice(mapped.start, mapped.end)).toBe(word[0]);
      checked++;
    }
    expect(checked).toBe(200 * 6);
    // A span that starts in a separator or runs past its block is not placed.
    const gap = part.text.indexOf('\n\n');
    expect(partToPage(part, gap, gap + 1)).toBeNull();
    expect(partToPage(part, gap - 1, gap + 3)).toBeNull();
    expect(partToPage(part, part.text.length, part.text.length + 1)).toBeNull();
  });
});

describe('findDateline', () => {
  it('reads the usual dateline forms', () => {
    expect(findDateline('Headline\n\nCAIRO — Gunmen attacked a museum.')).toBe('CAIRO');
    expect(findDateline('ODESA, Ukraine (Harbour Courier) - Russian drones struck.')).toBe('ODESA, Ukraine');
    expect(findDateline('LONDON, March 3 (Reuters) - Prices fell.')).toBe('LONDON');
    expect(findDateline('NEW YORK -- Stocks rose.')).toBe('NEW YORK');
  });

  it('finds none in ordinary prose', () => {
    expect(findDateline('The minister said on Monday - after talks - that prices would fall.')).toBeUndefined();
    expect(findDateline('A - B')).toBeUndefined();
  });
});

describe('placeCard', () => {
  const viewport = { width: 1280, height: 800 };
  const size = { width: 280, height: 150 };

  it('puts the card beside the article column when there is room', () => {
    const at = placeCard({ left: 300, top: 400, width: 80, height: 20 }, { left: 200, top: 0, width: 600, height: 2000 }, size, viewport);
    expect(at.left).toBeGreaterThanOrEqual(800);
  });

  it('else below the line, or above it near the bottom — never on it', () => {
    const column = { left: 0, top: 0, width: 1280, height: 2000 };
    const line = { left: 300, top: 400, width: 80, height: 20 };
    const below = placeCard(line, column, size, viewport);
    expect(below.top).toBeGreaterThanOrEqual(420);
    const low = { ...line, top: 760 };
    const above = placeCard(low, column, size, viewport);
    expect(above.top + size.height).toBeLessThanOrEqual(760);
  });
});
