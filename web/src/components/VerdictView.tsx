// A verdict of a check or a duty as a person reads it: its status, its one-sentence explanation,
// each finding marked as holding or failing, what is missing, (with `evidence`) what it rests on
// (approvals, amendments, renewals), and the source passages.
import { useTranslation } from "react-i18next";
import type { Verdict } from "../api/client";
import { useText } from "../text";

export function statusClass(status?: string) {
  if (status === "fails" || status === "breached" || status === "overdue") return "yp-fails";
  if (status === "holds" || status === "satisfied") return "yp-holds";
  return "yp-unknown";
}

export function VerdictView({ verdict, evidence = false }: { verdict?: Verdict; evidence?: boolean }) {
  const { t } = useTranslation();
  const text = useText();
  if (!verdict) return null;
  return (
    <section aria-label={t("verdict.label")} data-testid="verdict">
      <p>
        <strong className={statusClass(verdict.status)}>{t(`status.${verdict.status}`)}</strong> — <span data-testid="verdict-explanation">{text(verdict.explanation)}</span>
      </p>
      {verdict.findings && verdict.findings.length > 0 && (
        <ul>
          {verdict.findings.map((f, i) => (
            <li key={i} className={statusClass(f.status)} data-status={f.status}>
              {t(`status.${f.status ?? "unknown"}`)}: {text(f.text)}
            </li>
          ))}
        </ul>
      )}
      {verdict.missing && verdict.missing.length > 0 && (
        <p>
          {t("verdict.missing")}: {verdict.missing.map((m) => text(m)).join("; ")}
        </p>
      )}
      {evidence && (verdict.evidence?.length ?? 0) > 0 && (
        <ul data-testid="verdict-evidence">
          {(verdict.evidence ?? []).map((e, i) => (
            <li key={i}>{text(e.description)}</li>
          ))}
        </ul>
      )}
      {verdict.law && <blockquote className="yp-passage">{text(verdict.law)}</blockquote>}
      {verdict.source?.map((s, i) => (
        <blockquote key={i} className="yp-passage" lang="fi">
          {s.passage}
        </blockquote>
      ))}
    </section>
  );
}
