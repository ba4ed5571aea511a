// A party's approval recorded wrongly (its date, the minutes paragraph) corrected with a reason,
// which the server keeps with the approval; offered for the parties the server says the account
// may approve for.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { ApprovalFields } from "./ApprovalFields";
import { OutcomeView, type Outcome } from "../components/FormParts";

export function CorrectApproval({
  agreement,
  approval,
  done,
}: {
  agreement: string;
  approval: { party_id: string; date: string; minutes_paragraph?: string; version_id?: string };
  done: () => void;
}) {
  const { t } = useTranslation();
  const [day, setDay] = useState(approval.date);
  const [paragraph, setParagraph] = useState(approval.minutes_paragraph ?? "");
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({});
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/agreements/{id}/approval-corrections", {
      params: { path: { id: agreement } },
      body: { party_id: approval.party_id, date: day, minutes_paragraph: paragraph, reason, ...(approval.version_id ? { version_id: approval.version_id } : {}) },
    });
    if (error) return setOutcome({ error: problemText(error) });
    setOutcome({ ok: t("agreement.correctionSaved") });
    done();
  };
  return (
    <details className="yp-inline-form">
      <summary>{t("agreement.correctApproval")}</summary>
      <form className="yp-form" onSubmit={(e) => void send(e)} data-testid={`correct-approval-${approval.party_id}`}>
        <ApprovalFields day={day} setDay={setDay} paragraph={paragraph} setParagraph={setParagraph} />
        <label>
          {t("agreement.correctionReason")}
          <input name="reason" required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <Button type="submit">{t("agreement.correctApproval")}</Button>
        <OutcomeView outcome={outcome} />
      </form>
    </details>
  );
}
