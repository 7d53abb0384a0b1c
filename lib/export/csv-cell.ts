/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): =, +, -, @, and
 * tab and carriage return, which some spreadsheets skip before looking for one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell value a CSV row can hold. */
export type CsvValue = string | number | boolean | undefined | null;

/**
 * One CSV cell, safe to open in a spreadsheet: a text that would start a formula gets a leading
 * apostrophe (shown as text, never evaluated), and any text is quoted per RFC 4180. Numbers are written
 * as they are: ours are never negative, so they cannot start a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Byte-order mark: without it Excel reads UTF-8 CSV as a legacy code page and garbles non-ASCII names. */
export const CSV_BOM = '\uFEFF';

/** A whole CSV document: header row then rows, CRLF line ends (RFC 4180), with a UTF-8 BOM. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
