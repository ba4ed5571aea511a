// The first page: for one organisation (the signed-in coordinator's own, or one chosen), its duties
// by status and those that need doing, the upcoming meetings, the open actions, and the agreements
// that are not in force or end within a year.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { Card } from "../components/Card";
import { Status } from "../components/Status";
import { StatusChart } from "../components/StatusChart";
import { StatusOverTime } from "../components/StatusOverTime";
import { statusClass } from "../components/VerdictView";
import { useSession } from "../access/session";
import { dutyPath } from "./DutyPage";
import { today, useDate, useText } from "../text";

export function Dashboard() {
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const { account } = useSession();
  const own = account?.grants?.find((g) => g.role === "coordinator")?.scope_id;
  const [chosen, setChosen] = useState<string>();
  const organisation = chosen ?? own ?? "county-01";
  const asOf = today();
  const summary = useLoad(() => api.GET("/api/duties/summary", { params: { query: { as_of: asOf } } }), [asOf]);
  const duties = useLoad(() => api.GET("/api/duties", { params: { query: { as_of: asOf, organisation_id: organisation } } }), [organisation, asOf]);
  const meetings = useLoad(() => api.GET("/api/meetings"), []);
  const actions = useLoad(() => api.GET("/api/actions"), []);
  const agreements = useLoad(() => api.GET("/api/agreements"), []);

  const mine = summary.data?.find((s) => s.organisation_id === organisation);
  const pressing = (duties.data ?? []).filter((d) => ["breached", "overdue", "due"].includes(d.status)).slice(0, 12);
  const upcoming = (meetings.data ?? []).filter((m) => m.date && m.date >= asOf);
  const open = (actions.data ?? []).filter((a) => ["open", "in_progress"].includes(a.status ?? "open"));
  const yearAhead = new Date(Date.now() + 365 * 864e5).toISOString().slice(0, 10);
  const attention = (agreements.data ?? []).filter((a) => a.in_force?.status !== "holds" || (a.end_date && a.end_date <= yearAhead));

  return (
    <>
      <Heading variant="h1">{t("dashboard.title")}</Heading>
      <div className="yp-form">
        <label>
          {t("dashboard.organisation")}
          <select value={organisation} onChange={(e) => setChosen(e.target.value)} data-testid="organisation">
            {(summary.data ?? []).map((s) => (
              <option key={s.organisation_id} value={s.organisation_id}>
                {text(s.name)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section aria-labelledby="duties-heading">
        <Heading variant="h2" id="duties-heading">
          {t("dashboard.duties", { date: date(asOf) })}
        </Heading>
        <Status loading={summary.loading} error={summary.error} />
        {mine && <StatusChart counts={mine.counts ?? {}} />}
        {(mine?.counts?.not_recorded ?? 0) > 0 && <p data-testid="not-recorded-note">{t("dashboard.notRecorded", { count: mine?.counts?.not_recorded })}</p>}
        <StatusOverTime organisation={organisation} />
        <Status loading={duties.loading} error={duties.error} />
        {pressing.length > 0 && (
          <DataTable
            caption={t("dashboard.pressing")}
            columns={[t("duty.status"), t("duty.subject"), t("duty.explanation"), t("duty.deadline")]}
            rows={pressing.map((d, i) => ({
              key: String(i),
              cells: [{ node: t(`status.${d.status}`), className: statusClass(d.status) }, text(d.subject_name) || d.subject, <Link to={dutyPath(d.rule, d.subject, asOf)}>{text(d.explanation)}</Link>, date(d.deadline)],
            }))}
          />
        )}
      </section>
      <div className="yp-cards">
        <Card
          id="meetings-heading"
          title={t("dashboard.upcomingMeetings")}
          {...meetings}
          empty={t("dashboard.noMeetings")}
          items={upcoming.map((m) => ({ key: m.id, node: <><Link to={`/meetings/${m.id}`}>{text(m.title) || m.id}</Link> {date(m.date)}</> }))}
        />
        <Card
          id="actions-heading"
          title={t("dashboard.openActions")}
          {...actions}
          empty={t("dashboard.noActions")}
          items={open.map((a) => ({ key: a.id, node: <>{text(a.text)}{a.due_date && ` (${t("action.due", { date: date(a.due_date) })})`}</> }))}
        />
        <Card
          id="agreements-heading"
          title={t("dashboard.agreementsAttention")}
          {...agreements}
          empty={t("dashboard.noAgreements")}
          items={attention.map((a) => ({
            key: a.id,
            node: <><Link to={`/agreements/${a.id}`}>{text(a.title)}</Link>: <span className={statusClass(a.in_force?.status)}>{text(a.in_force?.explanation)}</span></>,
          }))}
        />
      </div>
    </>
  );
}
