// A table of rows as the pages show them: a caption (visible, or for screen readers only), column
// headings, and one row of cells each. Each cell is a node, or a node with a class (a status).
import type { ReactNode } from "react";

export type Cell = ReactNode | { node: ReactNode; className?: string };
export interface Row {
  key: string;
  cells: Cell[];
}

function isClassed(cell: Cell): cell is { node: ReactNode; className?: string } {
  return typeof cell === "object" && cell !== null && "node" in cell;
}

export function DataTable({ caption, hideCaption = true, columns, rows, testId }: { caption: string; hideCaption?: boolean; columns: string[]; rows: Row[]; testId?: string }) {
  // Wider than a phone's screen, a table scrolls within its own region (reachable by keyboard)
  // rather than widening the page.
  return (
    <div className="yp-table-scroll" role="region" aria-label={caption} tabIndex={0}>
    <table className="yp-table" data-testid={testId}>
      <caption className={hideCaption ? "yp-visually-hidden" : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((c, i) => (isClassed(c) ? <td key={i} className={c.className}>{c.node}</td> : <td key={i}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
