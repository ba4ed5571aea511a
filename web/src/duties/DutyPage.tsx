// One duty for one subject on a date: its verdict explained, the window and deadline, the events
// counted and those left out with why, and the words of the statute it rests on.
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router-dom";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { Status } from "../components/Status";
import { VerdictView } from "../components/VerdictView";
import { today, useDate, useText } from "../text";

// The address of a duty's page, for the tables that list duties.
export function dutyPath(rule: string, subject: string, asOf: string) {
  return `/duties/${encodeURIComponent(rule)}/${encodeURIComponent(subject)}?as_of=${asOf}`;
}

export function DutyPage() {
  const { rule = "", subject = "" } = useParams();
  const [search] = useSearchParams();
  const asOf = search.get("as_of") ?? today();
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const found = useLoad(() => api.GET("/api/duties", { params: { query: { as_of: asOf, rule, subject } } }), [rule, subject, asOf]);
  const v = found.data?.[0];
  return (
    <>
      <Status loading={found.loading} error={found.error ?? (found.data && !v ? t("duty.none") : undefined)} />
      {v && (
        <>
          <Heading variant="h1">{text(v.subject_name) || v.subject}</Heading>
          <p>
            {t("duty.rule")}: <code>{v.rule}</code> · {t("duty.asOf", { date: date(v.as_of) })}
          </p>
          <VerdictView verdict={v} />
          <dl className="yp-facts">
            {v.window_from && (
              <>
                <dt>{t("duty.window")}</dt>
                <dd>
                  {date(v.window_from)}–{date(v.window_until)}
                </dd>
              </>
            )}
            {v.deadline && (
              <>
                <dt>{t("duty.deadline")}</dt>
                <dd>{date(v.deadline)}</dd>
              </>
            )}
          </dl>
          <Heading variant="h2">{t("duty.counted")}</Heading>
          {(v.counted ?? []).length === 0 ? <p>{t("duty.noneCounted")}</p> : <ul>{v.counted!.map((c) => <li key={c.id}>{text(c.description)}</li>)}</ul>}
          {(v.excluded ?? []).length > 0 && (
            <>
              <Heading variant="h2">{t("duty.excluded")}</Heading>
              <ul>
                {v.excluded!.map((x) => (
                  <li key={x.id}>
                    {x.id}: {text(x.reason)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </>
  );
}
