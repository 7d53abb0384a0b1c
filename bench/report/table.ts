/** Renders report rows as a plain-text table for the terminal (and for pasting into notes). */
import type { Row } from './row';

const MARK: Record<Row['status'], string> = { met: 'met', 'not met': 'NOT MET', info: '', 'not available yet': 'n/a' };

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + ' '.repeat(width - s.length);
}

/** The table, one line per row, grouped by section, with a detail line under rows that have one. */
export function renderTable(rows: readonly Row[], withDetails = true): string {
  const head = ['section', 'figure', 'measured', 'target', 'status'];
  const cells = rows.map((r) => [r.section, r.name, r.shown, r.target, MARK[r.status]]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((s, i) => pad(s, widths[i] ?? 0)).join(' | ').trimEnd();
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('-|-')];
  rows.forEach((r, i) => {
    out.push(line(cells[i] ?? []));
    if (withDetails && r.detail) out.push(`${' '.repeat((widths[0] ?? 0) + 3)}  ↳ ${r.detail}`);
  });
  return out.join('\n');
}
