// The frame versions of a budget year: each stage's versions with every member's fee share for
// each year of the plan, who recorded it, and who confirmed it and when; a form to record a new
// version (HUS's and the members' coordinators) and to confirm one (the confirming body's
// secretary). A confirmed version never changes: a change is a new version.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { today, useDate, useText, decimalInput } from "../text";
import { useMoney } from "./format";

function Confirm({ id, done }: { id: string; done: () => void }) {
  const { t } = useTranslation();
  const [day, setDay] = useState(today());
  const [error, setError] = useState<string>();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/budget/frames/{id}/confirmation", { params: { path: { id } }, body: { date: day } });
    if (error) return setError(problemText(error));
    done();
  };
  return (
    <form className="yp-form" onSubmit={(e) => void send(e)} data-testid={`confirm-${id}`}>
      <label>
        {t("budget.confirmedOn")}
        <input type="date" name="date" required value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      <Button type="submit">{t("budget.confirm")}</Button>
      {error && <InlineAlert status="error">{error}</InlineAlert>}
    </form>
  );
}

export function Frames({ year, orgName, changed }: { year: number; orgName: (id: string) => string; changed: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const money = useMoney();
  const rules = useLoad(() => api.GET("/api/budget/rules"), []);
  const frames = useLoad(() => api.GET("/api/budget/frames", { params: { query: { year: String(year) } } }), [year]);
  const rule = rules.data?.[0];
  const agreement = useLoad(
    async () => (rule ? api.GET("/api/agreements/{id}", { params: { path: { id: rule.agreement_id } } }) : { data: undefined }),
    [rule?.agreement_id],
  );
  const body = useLoad(
    async () => (rule?.confirming_body_id ? api.GET("/api/bodies/{id}", { params: { path: { id: rule.confirming_body_id } } }) : { data: undefined }),
    [rule?.confirming_body_id],
  );
  const bodyName = (id?: string) => (body.data && body.data.id === id ? text(body.data.name) : id ?? "");
  // The fee-paying members: the agreement's parties other than HUS.
  const members = (agreement.data?.party_ids ?? []).filter((p) => p !== "hus");
  const planYears = Array.from({ length: rule?.plan_years ?? 3 }, (_, i) => year + i);
  const [stage, setStage] = useState("spring_frame");
  const [shares, setShares] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const stageTitle = (id: string) => text(rule?.stages.find((s) => s.id === id)?.title) || id;
  const reload = () => {
    frames.reload();
    changed();
  };
  const record = async (e: FormEvent) => {
    e.preventDefault();
    const fee_shares = Object.entries(shares)
      .filter(([, euros]) => euros.trim() !== "")
      .map(([key, euros]) => {
        const [member_id, y] = key.split("|");
        return { member_id, year: Number(y), euros: decimalInput(euros) };
      });
    const { error } = await api.POST("/api/budget/frames", { body: { year, stage_id: stage, fee_shares } });
    if (error) return setError(problemText(error));
    setError(undefined);
    setShares({});
    reload();
  };
  return (
    <section aria-labelledby="frames-heading">
      <Heading variant="h2" id="frames-heading">
        {t("budget.frames", { first: planYears[0], last: planYears[planYears.length - 1] })}
      </Heading>
      {rule?.source?.passage && <blockquote className="yp-passage">{rule.source.passage}</blockquote>}
      {(frames.data ?? []).length === 0 && <p>{t("budget.noFrames")}</p>}
      {(frames.data ?? []).map((f) => (
        <article key={f.id} className="yp-card" data-testid={`frame-${f.id}`} data-confirmed={f.confirmation ? "yes" : "no"}>
          <Heading variant="h3">
            {stageTitle(f.stage_id)}, {t("budget.version", { version: f.version })}
          </Heading>
          <p>
            {t("budget.recorded", { date: date(f.recorded_on), by: f.recorded_by ?? "" })}{" "}
            {f.confirmation ? <strong className="yp-holds">{t("budget.confirmedBy", { date: date(f.confirmation.date), body: bodyName(f.confirmation.body_id) })}</strong> : <strong>{t("budget.unconfirmed")}</strong>}
          </p>
          <DataTable
            caption={t("budget.feeShares")}
            columns={[t("budget.member"), ...planYears.map(String)]}
            rows={[...new Set(f.fee_shares.map((s) => s.member_id))].map((m) => ({
              key: m,
              cells: [orgName(m), ...planYears.map((y) => money.euros(f.fee_shares.find((s) => s.member_id === m && s.year === y)?.euros))],
            }))}
          />
          {!f.confirmation && f.may?.includes("confirm_frame") && <Confirm id={f.id} done={reload} />}
        </article>
      ))}
      {rule?.may?.includes("record_frame") && (
        <form onSubmit={(e) => void record(e)} aria-label={t("budget.recordFrame")} data-testid="record-frame">
          <Heading variant="h3">{t("budget.recordFrame")}</Heading>
          <div className="yp-form">
            <label>
              {t("budget.stage")}
              <select name="stage" value={stage} onChange={(e) => setStage(e.target.value)}>
                {(rule?.stages ?? []).map((s) => (
                  <option key={s.id} value={s.id}>
                    {text(s.title)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <table className="yp-table">
            <caption className="yp-visually-hidden">{t("budget.feeShares")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("budget.member")}</th>
                {planYears.map((y) => (
                  <th key={y} scope="col">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m}>
                  <th scope="row">{orgName(m)}</th>
                  {planYears.map((y) => (
                    <td key={y}>
                      <input
                        name={`share-${m}-${y}`}
                        inputMode="decimal"
                        aria-label={t("budget.shareOf", { member: orgName(m), year: y })}
                        value={shares[`${m}|${y}`] ?? ""}
                        onChange={(e) => setShares({ ...shares, [`${m}|${y}`]: e.target.value })}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <Button type="submit">{t("budget.recordFrame")}</Button>
          {error && <InlineAlert status="error">{error}</InlineAlert>}
        </form>
      )}
    </section>
  );
}
