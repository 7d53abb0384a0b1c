/**
 * CSV exports for spreadsheets: one row per mention (the table readers ask for), and on request one
 * file per stored table, flattened so every column is a plain value.
 */
import { csvDocument, type CsvValue } from './csv-cell';
import { TABLES, type Snapshot, type TableName } from './format';

function isoOrEmpty(ms: number | undefined): string {
  return ms === undefined ? '' : new Date(ms).toISOString();
}

const MENTION_HEADER = [
  'article_id', 'article_title', 'article_url', 'site', 'published', 'last_read',
  'entity_id', 'entity', 'kind', 'subtype', 'role', 'exact', 'prefix', 'suffix', 'start', 'end',
];

/** One row per mention: which article, which entity, the quoted words with their context and offsets. */
export function mentionsCsv(snapshot: Snapshot): string {
  const articles = new Map(snapshot.articles.map((a) => [a.id, a]));
  const entities = new Map(snapshot.entities.map((e) => [e.id, e]));
  const rows = snapshot.mentions.map((m): CsvValue[] => {
    const a = articles.get(m.articleId);
    const e = entities.get(m.entityId);
    return [
      m.articleId, a?.title, a?.url, a?.site, a?.publishedTime, isoOrEmpty(a?.lastVisited),
      m.entityId, e?.name, e?.kind, e?.subtype, e?.role, m.exact, m.prefix, m.suffix, m.start, m.end,
    ];
  });
  return csvDocument(MENTION_HEADER, rows);
}

type Flat = Record<string, CsvValue>;

/** Nested objects become `parent_child` columns; arrays of values are joined, arrays of objects kept as JSON. */
function flatten(record: object, prefix = '', out: Flat = {}): Flat {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (Array.isArray(value)) {
      out[name] = value.every((v) => typeof v !== 'object' || v === null) ? value.join('; ') : JSON.stringify(value);
    } else if (value !== null && typeof value === 'object') {
      flatten(value, name, out);
    } else {
      out[name] = value as CsvValue;
    }
  }
  return out;
}

/** One table as CSV; the columns are the union of the records' fields, in first-seen order. */
export function tableCsv(records: readonly object[]): string {
  const flat = records.map((r) => flatten(r));
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of flat) for (const k of Object.keys(row)) if (!seen.has(k)) seen.add(k), columns.push(k);
  return csvDocument(columns, flat.map((row) => columns.map((c) => row[c])));
}

/** One CSV document per stored table, for readers who rebuild the data elsewhere. */
export function tablesCsv(snapshot: Snapshot): Record<TableName, string> {
  const out = {} as Record<TableName, string>;
  for (const table of TABLES) out[table] = tableCsv(snapshot[table]);
  return out;
}
