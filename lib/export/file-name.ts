/** What a downloaded file holds, for its name (csv-tables: one CSV per table, zipped). */
export type ExportKind = 'json' | 'csv-mentions' | 'csv-tables' | 'markdown' | 'w3c';

const EXTENSION: Record<string, string> = { json: 'json', markdown: 'md', w3c: 'jsonld', 'csv-tables': 'zip' };

/** The local calendar day as YYYY-MM-DD: readers sort their downloads by it. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A dated file name such as `sourcemark-2026-04-07.json` or `sourcemark-filtered-mentions-2026-04-07.csv`,
 * so several exports never overwrite one another and a filtered one is not mistaken for a full backup.
 */
export function exportFileName(kind: ExportKind, date: Date, filtered: boolean): string {
  const parts = ['sourcemark'];
  if (filtered) parts.push('filtered');
  if (kind.startsWith('csv-')) parts.push(kind.slice(4));
  if (kind === 'w3c') parts.push('annotations');
  parts.push(localDay(date));
  const ext = EXTENSION[kind] ?? (kind.startsWith('csv-') ? 'csv' : 'txt');
  return `${parts.join('-')}.${ext}`;
}
