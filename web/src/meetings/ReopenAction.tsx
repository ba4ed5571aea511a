// A closed action (done or cancelled) opened again as a correction, with the reason the server
// requires and keeps: a "done" clicked by mistake is mended, not a dead end. Offered where the
// server says the account may answer the action.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { OutcomeView, type Outcome } from "../components/FormParts";

export function ReopenAction({ action, done }: { action: string; done: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<"open" | "in_progress">("in_progress");
  const [reason, setReason] = useState("");
  const [outcome, setOutcome] = useState<Outcome>({});
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/actions/{id}/status", { params: { path: { id: action } }, body: { status, reason } });
    if (error) return setOutcome({ error: problemText(error) });
    setOutcome({});
    done();
  };
  return (
    <details className="yp-inline-form">
      <summary>{t("action.reopen")}</summary>
      <form className="yp-form" onSubmit={(e) => void send(e)} data-testid={`reopen-${action}`}>
        <label>
          {t("action.reopenStatus")}
          <select name="status" value={status} onChange={(e) => setStatus(e.target.value as "open" | "in_progress")}>
            {(["in_progress", "open"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`actionStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("action.reopenReason")}
          <input name="reason" required maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <Button type="submit">{t("action.reopen")}</Button>
        <OutcomeView outcome={outcome} />
      </form>
    </details>
  );
}
