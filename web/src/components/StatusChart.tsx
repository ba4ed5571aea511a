// Duties by status as one bar split by status, with a legend that also gives the numbers, so that
// the picture is readable without colour and by a screen reader.
import { useTranslation } from "react-i18next";

export const statusColours: Record<string, string> = {
  satisfied: "#1b7a3e",
  due: "#2a6ebb",
  overdue: "#e97025",
  breached: "#b71c1c",
  waived: "#7f8b93",
  not_applicable: "#c8cdd0",
  not_recorded: "#9fb3c8",
};
const order = ["breached", "overdue", "due", "satisfied", "not_recorded", "waived", "not_applicable"];

export function StatusChart({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const total = order.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  if (total === 0) return <p>{t("dashboard.noDuties")}</p>;
  const parts = order.filter((s) => counts[s]);
  return (
    <figure style={{ margin: 0 }}>
      <div className="yp-bar" role="img" aria-label={parts.map((s) => `${t(`status.${s}`)} ${counts[s]}`).join(", ")}>
        {parts.map((s) => (
          <div key={s} style={{ width: `${(100 * counts[s]) / total}%`, background: statusColours[s] }} />
        ))}
      </div>
      <figcaption>
        <ul className="yp-legend">
          {parts.map((s) => (
            <li key={s} data-status={s}>
              <span className="yp-swatch" style={{ background: statusColours[s] }} aria-hidden="true" />
              {t(`status.${s}`)}: <strong>{counts[s]}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
