// One member's year as a picture: for each month the allocation (outlined) beside what was realised
// (filled), a month not yet reported shown by its allocation alone, and each significant deviation
// marked above its month with the per cent. The same figures follow as a table for those who would
// rather read them, and the picture's description says where the deviations are.
import { useTranslation } from "react-i18next";
import type { Schemas } from "../api/client";
import { ChartLegend } from "../components/ChartLegend";
import { useMoney, useMonths } from "./format";

type Total = Schemas["BudgetReport"]["totals"][number];

const width = 720;
const height = 240;
const left = 64;
const bottom = 28;
const top = 28;
const slot = (width - left - 8) / 12;

export function MemberChart({ member, name, totals }: { member: string; name: string; totals: Total[] }) {
  const { t } = useTranslation();
  const money = useMoney();
  const months = useMonths();
  const byMonth = new Map(totals.map((m) => [m.month, m]));
  const highest = Math.max(1, ...totals.flatMap((m) => [Number(m.allocated_euros), m.reported ? Number(m.realised_euros) : 0]));
  const scale = (euros: number) => ((height - top - bottom) * euros) / highest;
  const significant = totals.filter((m) => m.significant);
  const description =
    significant.length === 0
      ? t("budget.chartNoDeviations")
      : t("budget.chartDeviations", { months: significant.map((m) => `${months.long(m.month)} ${money.percent(m.deviation_percent)}`).join(", ") });
  const titleId = `chart-title-${member}`;
  const descId = `chart-desc-${member}`;
  return (
    <figure className="yp-chart" data-testid={`chart-${member}`}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t("budget.chartTitle", { name })}</title>
        <desc id={descId}>{description}</desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={left} x2={width - 8} y1={height - bottom - f * (height - top - bottom)} y2={height - bottom - f * (height - top - bottom)} stroke="#c8cdd0" />
            <text x={left - 6} y={height - bottom - f * (height - top - bottom) + 4} textAnchor="end" fontSize="11" fill="#3a3a3a">
              {money.euros(String(Math.round(highest * f)))}
            </text>
          </g>
        ))}
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
          const m = byMonth.get(month);
          const x = left + (month - 1) * slot;
          const allocated = m ? scale(Number(m.allocated_euros)) : 0;
          const realised = m && m.reported ? scale(Number(m.realised_euros)) : 0;
          return (
            <g key={month} data-month={month} data-significant={m?.significant ? "yes" : "no"}>
              <rect x={x + 6} y={height - bottom - allocated} width={slot / 2 - 6} height={allocated} fill="#ffffff" stroke="#2a6ebb" strokeWidth="1.5" />
              {m?.reported && <rect x={x + slot / 2} y={height - bottom - realised} width={slot / 2 - 6} height={realised} fill="#2a6ebb" />}
              {m?.significant && (
                <text x={x + slot / 2} y={height - bottom - Math.max(allocated, realised) - 6} textAnchor="middle" fontSize="11" fontWeight="700" fill="#b71c1c">
                  ▲ {money.percent(m.deviation_percent)}
                </text>
              )}
              <text x={x + slot / 2} y={height - 10} textAnchor="middle" fontSize="11" fill="#3a3a3a">
                {months.short(month)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartLegend
        items={[
          { label: t("budget.allocated"), swatch: { background: "#fff", border: "1.5px solid #2a6ebb" } },
          { label: t("budget.realised"), swatch: { background: "#2a6ebb" } },
          { label: t("budget.significantMark"), mark: "▲" },
        ]}
      />
    </figure>
  );
}
