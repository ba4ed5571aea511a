// HUS budget monitoring: a year's realised production against the monthly allocation, a chart per
// member with the significant deviations marked, the fee shares of the confirmed frame, the
// explanations HUS owes and their way to acceptance, the exports, and the import for HUS's
// controllers. The figures are the members' internal finances: for those signed in.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { Explanations } from "./Explanations";
import { Frames } from "./Frames";
import { useMoney } from "./format";
import { ImportForm } from "./ImportForm";
import { MemberChart } from "./MemberChart";
import { DataTable } from "../components/DataTable";
import { Status } from "../components/Status";
import { useSession } from "../access/session";
import { today, useDate, useText, decimalInput } from "../text";

function ThresholdForm({ recorded }: { recorded: () => void }) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState("");
  const [from, setFrom] = useState(today());
  const [minutes, setMinutes] = useState("");
  const [error, setError] = useState<string>();
  const record = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/budget/threshold", { body: { percent: decimalInput(percent), from, source: { document: minutes || "doc-001" } } });
    if (error) return setError(problemText(error));
    setError(undefined);
    recorded();
  };
  return (
    <form className="yp-form" onSubmit={(e) => void record(e)} aria-label={t("budget.recordThreshold")}>
      <label>
        {t("budget.thresholdPercent")}
        <input name="percent" inputMode="decimal" required value={percent} onChange={(e) => setPercent(e.target.value)} />
      </label>
      <label>
        {t("budget.thresholdFrom")}
        <input type="date" name="from" required value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        {t("budget.thresholdSource")}
        <input name="source" value={minutes} onChange={(e) => setMinutes(e.target.value)} placeholder="meetings/…" />
      </label>
      <Button type="submit">{t("budget.recordThreshold")}</Button>
      {error && <InlineAlert status="error">{error}</InlineAlert>}
    </form>
  );
}

export function Budget() {
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const money = useMoney();
  const names = useNames();
  const { account, ready } = useSession();
  const [year, setYear] = useState(Number(today().slice(0, 4)));
  const report = useLoad(async () => (account ? api.GET("/api/budget/report", { params: { query: { year: String(year) } } }) : { data: undefined }), [year, account]);
  const explanations = useLoad(
    async () => (account ? api.GET("/api/budget/explanations", { params: { query: { year: String(year) } } }) : { data: undefined }),
    [year, account],
  );
  const orgName = (id: string) => text(names?.organisations.get(id)?.name) || id;
  const changed = () => {
    report.reload();
    explanations.reload();
  };
  const data = report.data;
  const members = [...new Set((data?.totals ?? []).map((m) => m.member))].sort((a, b) => orgName(a).localeCompare(orgName(b)));
  const query = `year=${year}`;
  return (
    <>
      <Heading variant="h1">{t("budget.title")}</Heading>
      <p>{t("budget.intro")}</p>
      {ready && !account && (
        <InlineAlert>
          {t("budget.signInFirst")} <Link to="/sign-in">{t("session.signIn")}</Link>
        </InlineAlert>
      )}
      {account && (
        <>
          <div className="yp-form">
            <label>
              {t("budget.year")}
              <input type="number" min={2000} max={2099} value={year} onChange={(e) => e.target.value && setYear(Number(e.target.value))} data-testid="budget-year" />
            </label>
            <p>
              <a href={`/api/budget/report.csv?${query}`} download>
                {t("budget.downloadCsv")}
              </a>{" "}
              ·{" "}
              <a href={`/api/budget/report.xlsx?${query}`} download>
                {t("budget.downloadXlsx")}
              </a>
            </p>
          </div>
          <Status loading={report.loading && !data} error={report.error} />
          {data && (
            <>
              <p data-testid="threshold">
                {data.threshold_percent
                  ? t("budget.threshold", { percent: money.size(data.threshold_percent) })
                  : t("budget.noThreshold")}{" "}
                {t("budget.reportedMonths", { count: data.reported_months.length })}
              </p>
              {!data.threshold_percent && data.may?.includes("record_threshold") && <ThresholdForm recorded={changed} />}
              {data.frame ? (
                <p>{t("budget.frame", { stage: t(`budgetStage.${data.frame.stage_id}`), version: data.frame.version, date: date(data.frame.confirmation?.date) })}</p>
              ) : (
                <p>{t("budget.noFrame")}</p>
              )}
              {data.fee_shares.length > 0 && (
                <DataTable
                  caption={t("budget.feeShares")}
                  hideCaption={false}
                  testId="fee-shares"
                  columns={[t("budget.member"), t("budget.feeShare"), t("budget.allocatedYear"), t("budget.withinShare")]}
                  rows={data.fee_shares.map((s) => ({
                    key: s.member,
                    cells: [orgName(s.member), money.euros(s.fee_share_euros), money.euros(s.allocated_euros), { node: s.within ? t("budget.yes") : t("budget.no"), className: s.within ? "yp-holds" : "yp-fails" }],
                  }))}
                />
              )}
              {members.length === 0 && <p>{t("budget.noFigures", { year })}</p>}
              {members.map((member) => {
                const totals = data.totals.filter((m) => m.member === member);
                return (
                  <section key={member} aria-labelledby={`member-${member}`}>
                    <Heading variant="h2" id={`member-${member}`}>
                      {orgName(member)}
                    </Heading>
                    <MemberChart member={member} name={orgName(member)} totals={totals} />
                    <details>
                      <summary>{t("budget.asTable")}</summary>
                      <DataTable
                        caption={t("budget.chartTitle", { name: orgName(member) })}
                        columns={[t("budget.month"), t("budget.allocated"), t("budget.realised"), t("budget.deviation"), t("budget.explanationState")]}
                        rows={totals.map((m) => ({
                          key: String(m.month),
                          cells: [
                            String(m.month),
                            money.euros(m.allocated_euros),
                            m.reported ? money.euros(m.realised_euros) : t("budget.notReported"),
                            { node: money.percent(m.deviation_percent), className: m.significant ? "yp-fails" : undefined },
                            m.explanation_state ? t(`explanationState.${m.explanation_state}`) : "",
                          ],
                        }))}
                      />
                    </details>
                  </section>
                );
              })}
            </>
          )}
          <Frames year={year} orgName={orgName} changed={changed} />
          <Status loading={false} error={explanations.error} />
          {explanations.data && <Explanations explanations={explanations.data} orgName={orgName} changed={changed} />}
          {data?.may?.includes("import") && <ImportForm imported={changed} />}
        </>
      )}
    </>
  );
}
