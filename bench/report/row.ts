/**
 * One line of the benchmark report: a figure, how it was measured, its target and whether it is met.
 * The table and the JSON file are both made of these, so they always carry the same figures.
 */

/** Whether a figure meets its target; "info" for figures reported without one. */
export type Status = 'met' | 'not met' | 'info' | 'not available yet';

/** One reported figure. */
export interface Row {
  section: 'engine' | 'in-page' | 'storage' | 'log';
  name: string;
  /** The number, in `unit`; null when it could not be measured. */
  value: number | null;
  unit: string;
  /** How it reads in the table (the number with its unit, or why there is none). */
  shown: string;
  target: string;
  status: Status;
  /** How it was measured (runs, loads, spread). */
  detail?: string;
}

/** A row with a target: met when `ok` says so. */
export function judged(row: Omit<Row, 'status'>, ok: boolean): Row {
  return { ...row, status: ok ? 'met' : 'not met' };
}

/** A row reported without a target. */
export function info(row: Omit<Row, 'status' | 'target'>): Row {
  return { ...row, target: '—', status: 'info' };
}

/** A row whose figure cannot be measured in this checkout yet (never a made-up number). */
export function unavailable(section: Row['section'], name: string, target: string, reason: string): Row {
  return { section, name, value: null, unit: '', shown: `not available yet (${reason})`, target, status: 'not available yet' };
}

/** A number with thousands separators and `digits` decimals. */
export function fmt(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
