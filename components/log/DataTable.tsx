import type { ReactNode } from 'react';

/** The text alternative of a picture: its data as a table, one click (or Enter) away. */
export function DataTable(props: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <details className="data-table">
      <summary>{props.caption}: show as a table</summary>
      <table>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
