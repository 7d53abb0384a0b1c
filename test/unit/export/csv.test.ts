import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../lib/export/csv-cell';
import { mentionsCsv, tablesCsv } from '../../../lib/export/csv';
import { generateArticles } from '../../support/generate-articles';

/** A strict RFC 4180 reader, written here so the test does not trust the writer's own rules. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && src[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (quoted) throw new Error('unterminated quote');
  return rows;
}

describe('csvCell', () => {
  it.each(['=1+2', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x'])('neutralizes the formula start of %j', (v) => {
    expect(csvCell(v)).toBe(`"'${v}"`);
  });
  it('quotes and doubles quotes, leaves numbers and empties plain', () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('Odesa')).toBe('"Odesa"');
  });
});

describe('CSV exports', () => {
  it('round-trips hostile cells through a strict parser', () => {
    const doc = csvDocument(['a', 'b'], [['=HYPERLINK("x")', 'line\r\nbreak, "quoted"']]);
    expect(doc.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(doc)).toEqual([['a', 'b'], [`'=HYPERLINK("x")`, 'line\r\nbreak, "quoted"']]);
  });

  it('writes one row per mention with its article and entity', () => {
    const s = generateArticles(5, 3);
    s.articles[0]!.title = '=cmd|" /C calc"!A0';
    const rows = parseCsv(mentionsCsv(s));
    expect(rows).toHaveLength(s.mentions.length + 1);
    const header = rows[0]!;
    const first = rows[1]!;
    const m = s.mentions[0]!;
    expect(first[header.indexOf('exact')]).toBe(m.exact);
    expect(first[header.indexOf('entity')]).toBe(s.entities.find((e) => e.id === m.entityId)?.name);
    expect(first[header.indexOf('article_title')]).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('writes one file per table with every record', () => {
    const s = generateArticles(4, 9);
    const files = tablesCsv(s);
    expect(Object.keys(files).sort()).toEqual(['appearances', 'articles', 'attributions', 'entities', 'incidents', 'mentions']);
    expect(parseCsv(files.articles)).toHaveLength(s.articles.length + 1);
    expect(parseCsv(files.appearances)[0]).toContain('quote_exact');
  });
});
