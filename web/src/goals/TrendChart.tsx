// An indicator's values year by year as a line, with each year's target marked, so that a reader
// sees at a glance whether the series moves toward the target. The description says the latest
// value and target; the figures are also in the table beside it.
import { useTranslation } from "react-i18next";
import type { Schemas } from "../api/client";
import { ChartLegend } from "../components/ChartLegend";

type Indicator = Schemas["GoalView"]["indicators"][number];

const width = 480;
const height = 180;
const left = 48;
const bottom = 26;
const top = 14;

export function TrendChart({ indicator, title }: { indicator: Indicator; title: string }) {
  const { t } = useTranslation();
  const values = indicator.values.map((v) => ({ year: v.year, value: Number(v.value) }));
  const targets = (indicator.targets ?? []).map((v) => ({ year: v.year, value: Number(v.value) }));
  if (values.length === 0 && targets.length === 0) return <p className="yp-muted">{t("goals.noSeries")}</p>;
  const years = [...values, ...targets].map((p) => p.year);
  const first = Math.min(...years), last = Math.max(...years);
  const numbers = [...values, ...targets].map((p) => p.value);
  const low = Math.min(0, ...numbers), high = Math.max(...numbers, 1);
  const x = (year: number) => left + (last === first ? (width - left - 16) / 2 : ((year - first) * (width - left - 16)) / (last - first));
  const y = (v: number) => height - bottom - ((v - low) * (height - top - bottom)) / (high - low || 1);
  const latest = values[values.length - 1];
  const latestTarget = latest ? targets.find((p) => p.year === latest.year) : undefined;
  const description = latest
    ? t("goals.chartLatest", { year: latest.year, value: latest.value, target: latestTarget ? latestTarget.value : "–" })
    : t("goals.chartNoValues");
  const id = `trend-${indicator.id}`;
  return (
    <figure className="yp-chart" data-testid={id}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line x1={left} x2={width - 8} y1={height - bottom} y2={height - bottom} stroke="#7f8b93" />
        {[low, high].map((v) => (
          <text key={v} x={left - 6} y={y(v) + 4} textAnchor="end" fontSize="11" fill="#3a3a3a">
            {v}
          </text>
        ))}
        {Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => (
          <text key={year} x={x(year)} y={height - 8} textAnchor="middle" fontSize="11" fill="#3a3a3a">
            {year}
          </text>
        ))}
        {targets.map((p) => (
          <g key={`t${p.year}`} data-target={p.year}>
            <line x1={x(p.year) - 12} x2={x(p.year) + 12} y1={y(p.value)} y2={y(p.value)} stroke="#b71c1c" strokeWidth="2" strokeDasharray="4 2" />
          </g>
        ))}
        {values.length > 1 && <polyline fill="none" stroke="#2a6ebb" strokeWidth="2" points={values.map((p) => `${x(p.year)},${y(p.value)}`).join(" ")} />}
        {values.map((p) => (
          <circle key={`v${p.year}`} cx={x(p.year)} cy={y(p.value)} r="4" fill="#2a6ebb" data-value={p.year} />
        ))}
      </svg>
      <ChartLegend
        items={[
          { label: t("goals.value"), swatch: { background: "#2a6ebb", borderRadius: "50%" } },
          { label: t("goals.target"), mark: "– –" },
        ]}
      />
    </figure>
  );
}
