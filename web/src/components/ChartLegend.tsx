// A chart's legend under it: each mark (hidden from screen readers, which read the chart's own
// description) beside what it stands for.
import type { CSSProperties, ReactNode } from "react";

export interface LegendItem {
  label: string;
  swatch?: CSSProperties;  // a small box styled so
  mark?: ReactNode;  // or a character mark
}

export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <figcaption>
      <ul className="yp-legend">
        {items.map((item) => (
          <li key={item.label}>
            {item.swatch ? (
              <span className="yp-swatch" style={item.swatch} aria-hidden="true" />
            ) : (
              <span aria-hidden="true" style={{ color: "#b71c1c", fontWeight: 700 }}>
                {item.mark}
              </span>
            )}
            {item.label}
          </li>
        ))}
      </ul>
    </figcaption>
  );
}
