/** Why an import was refused, told to the reader: which record (table, position, id) and what is wrong. */
export interface ImportProblem {
  /** "the file", or a record such as "mentions #12 (id 345)". */
  where: string;
  message: string;
}

/** Thrown inside the import's own steps and turned into a message for the reader; never swallowed. */
export class ImportRejected extends Error {
  constructor(readonly problem: ImportProblem) {
    super(`${problem.where}: ${problem.message}`);
    this.name = 'ImportRejected';
  }
}

/** How an import moves along, for a progress bar. */
export interface ImportProgress {
  phase: 'reading' | 'validating' | 'writing' | 'done';
  done: number;
  total: number;
}

/** Describes a record for the reader: its table, its position (from 1) and its id (or, for a text, its article's) when it has one. */
export function recordLabel(table: string, index: number, record: unknown): string {
  const id =
    record !== null && typeof record === 'object' && 'id' in record && (typeof record.id === 'number' || typeof record.id === 'string')
      ? ` (id ${String(record.id).slice(0, 40)})`
      : record !== null && typeof record === 'object' && 'articleId' in record && typeof record.articleId === 'number'
        ? ` (article ${record.articleId})`
        : '';
  return `${table} #${index + 1}${id}`;
}
