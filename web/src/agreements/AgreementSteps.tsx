// An agreement's life after its draft, on its page: the versions (the draft, each amendment with
// its effective date and whose approval it still waits for), the statements asked for and given,
// and the forms of the steps the server says the account may take (`may`): ask for a statement,
// record one, propose an amendment.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading } from "suomifi-ui-components";
import { api, problemText, type Schemas } from "../api/client";
import { useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { FormSection, OutcomeView, type Outcome } from "../components/FormParts";
import { Options } from "../components/Options";
import { today, useDate, useText } from "../text";

type Agreement = Schemas["Agreement"];

export function AgreementSteps({ agreement, done }: { agreement: Agreement; done: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const names = useNames();
  const bodies = useLoad(() => api.GET("/api/bodies"), []);
  const may = agreement.may ?? [];
  const orgName = (id?: string) => (id ? text(names?.organisations.get(id)?.name) || id : "");
  const consulted = (c: { organization_id?: string; body_id?: string }) =>
    c.body_id ? text((bodies.data ?? []).find((b) => b.id === c.body_id)?.name) || c.body_id : orgName(c.organization_id);
  const versions = agreement.versions ?? [];
  const consultations = agreement.consultations ?? [];
  const open = consultations.filter((c) => !c.given_date);

  // Whom to ask: any organisation, or a national language board.
  const boards = (bodies.data ?? []).filter((b) => b.classification === "national_language_board");
  const organisations = [...(names?.organisations.values() ?? [])].sort((a, b) => text(a.name).localeCompare(text(b.name)));
  const [ask, setAsk] = useState({ whom: "", requested: today(), due: "" });
  const [askOutcome, setAskOutcome] = useState<Outcome>({});
  const whomOf = (value: string) => (value.startsWith("body:") ? { body_id: value.slice(5) } : { organization_id: value });
  const requestStatement = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/agreements/{id}/consultations", {
      params: { path: { id: agreement.id } },
      body: { ...whomOf(ask.whom), requested_date: ask.requested, ...(ask.due ? { due_date: ask.due } : {}) },
    });
    if (error) return setAskOutcome({ error: problemText(error) });
    setAskOutcome({ ok: t("agreement.statementAsked", { whom: consulted(whomOf(ask.whom)) }) });
    done();
  };

  const [given, setGiven] = useState({ whom: "", date: today(), fi: "" });
  const [givenOutcome, setGivenOutcome] = useState<Outcome>({});
  const recordStatement = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/agreements/{id}/statements", {
      params: { path: { id: agreement.id } },
      body: { ...whomOf(given.whom), given_date: given.date, ...(given.fi ? { statement: { fi: given.fi } } : {}) },
    });
    if (error) return setGivenOutcome({ error: problemText(error) });
    setGivenOutcome({ ok: t("agreement.statementRecorded", { whom: consulted(whomOf(given.whom)) }) });
    done();
  };

  const [amendment, setAmendment] = useState({ fi: "", sv: "", effective: "", by: "" });
  const [amendOutcome, setAmendOutcome] = useState<Outcome>({});
  const propose = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/agreements/{id}/versions", {
      params: { path: { id: agreement.id } },
      body: { description: { fi: amendment.fi, sv: amendment.sv }, effective_date: amendment.effective, proposed_by_id: amendment.by },
    });
    if (error) return setAmendOutcome({ error: problemText(error) });
    setAmendOutcome({ ok: t("agreement.amendmentProposed") });
    done();
  };

  const statementValue = (c: (typeof consultations)[number]) => (c.body_id ? `body:${c.body_id}` : (c.organization_id ?? ""));
  return (
    <>
      <Heading variant="h2">{t("agreement.versions")}</Heading>
      <DataTable
        caption={t("agreement.versions")}
        testId="versions"
        columns={[t("agreement.version"), t("agreement.proposedBy"), t("agreement.effective")]}
        rows={versions.map((v) => ({ key: v.id, cells: [text(v.description), orgName(v.proposed_by_id), v.effective_date ? date(v.effective_date) : "–"] }))}
      />
      {consultations.length > 0 && (
        <DataTable
          caption={t("agreement.consultations")}
          hideCaption={false}
          testId="consultations"
          columns={[t("agreement.consulted"), t("agreement.requested"), t("agreement.due"), t("agreement.given")]}
          rows={consultations.map((c, i) => ({
            key: String(i),
            cells: [consulted(c), c.requested_date ? date(c.requested_date) : "–", c.due_date ? date(c.due_date) : "–", c.given_date ? `${date(c.given_date)}${c.statement ? `: ${text(c.statement)}` : ""}` : t("agreement.notGiven")],
          }))}
        />
      )}
      {may.includes("request_consultation") && (
        <FormSection id="consult-heading" title={t("agreement.askStatement")}>
          <form className="yp-form" onSubmit={(e) => void requestStatement(e)} data-testid="request-consultation">
            <label>
              {t("agreement.consulted")}
              <select name="whom" required value={ask.whom} onChange={(e) => setAsk({ ...ask, whom: e.target.value })}>
                <option value="">{t("form.choose")}</option>
                <optgroup label={t("agreement.languageBoards")}>
                  <Options items={boards} value={(b) => `body:${b.id}`} label={(b) => text(b.name)} />
                </optgroup>
                <optgroup label={t("nav.organisations")}>
                  <Options items={organisations} value={(o) => o.id} label={(o) => text(o.name)} />
                </optgroup>
              </select>
            </label>
            <label>
              {t("agreement.requested")}
              <input type="date" name="requested" required max={today()} value={ask.requested} onChange={(e) => setAsk({ ...ask, requested: e.target.value })} />
            </label>
            <label>
              {t("agreement.due")}
              <input type="date" name="due" value={ask.due} onChange={(e) => setAsk({ ...ask, due: e.target.value })} />
            </label>
            <Button type="submit">{t("agreement.askStatement")}</Button>
          </form>
          <OutcomeView outcome={askOutcome} />
        </FormSection>
      )}
      {may.includes("record_statement") && open.length > 0 && (
        <FormSection id="statement-heading" title={t("agreement.recordStatement")}>
          <form className="yp-form" onSubmit={(e) => void recordStatement(e)} data-testid="record-statement">
            <label>
              {t("agreement.consulted")}
              <select name="whom" required value={given.whom} onChange={(e) => setGiven({ ...given, whom: e.target.value })}>
                <Options items={open} value={statementValue} label={consulted} choose={t("form.choose")} />
              </select>
            </label>
            <label>
              {t("agreement.given")}
              <input type="date" name="given" required max={today()} value={given.date} onChange={(e) => setGiven({ ...given, date: e.target.value })} />
            </label>
            <label>
              {t("agreement.statement")}
              <input name="statement" maxLength={20000} value={given.fi} onChange={(e) => setGiven({ ...given, fi: e.target.value })} />
            </label>
            <Button type="submit">{t("agreement.recordStatement")}</Button>
          </form>
          <OutcomeView outcome={givenOutcome} />
        </FormSection>
      )}
      {may.includes("propose_amendment") && (
        <FormSection id="amend-heading" title={t("agreement.proposeAmendment")}>
          <form className="yp-form" onSubmit={(e) => void propose(e)} data-testid="propose-amendment">
            <label>
              {t("agreement.amendmentFi")}
              <input name="description-fi" required maxLength={20000} value={amendment.fi} onChange={(e) => setAmendment({ ...amendment, fi: e.target.value })} />
            </label>
            <label>
              {t("agreement.amendmentSv")}
              <input name="description-sv" maxLength={20000} value={amendment.sv} onChange={(e) => setAmendment({ ...amendment, sv: e.target.value })} />
            </label>
            <label>
              {t("agreement.effective")}
              <input type="date" name="effective" required value={amendment.effective} onChange={(e) => setAmendment({ ...amendment, effective: e.target.value })} />
            </label>
            <label>
              {t("agreement.proposedBy")}
              <select name="by" required value={amendment.by} onChange={(e) => setAmendment({ ...amendment, by: e.target.value })}>
                <Options items={agreement.may_approve_for ?? []} value={(p) => p} label={orgName} choose={t("form.choose")} />
              </select>
            </label>
            <Button type="submit">{t("agreement.proposeAmendment")}</Button>
          </form>
          <OutcomeView outcome={amendOutcome} />
        </FormSection>
      )}
    </>
  );
}
