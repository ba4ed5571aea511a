// An open action's status answered by whom the server lets answer it: chosen, then saved with the
// button (a status list that saved on every change would close an action on one arrow key).
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { OutcomeView, type Outcome } from "../components/FormParts";

type ActionStatus = "open" | "in_progress" | "done" | "cancelled";

export function ActionStatusForm({ action, status, done }: { action: string; status: ActionStatus; done: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<ActionStatus>(status);
  const [outcome, setOutcome] = useState<Outcome>({});
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/actions/{id}/status", { params: { path: { id: action } }, body: { status: chosen } });
    if (error) return setOutcome({ error: problemText(error) });
    setOutcome({});
    done();
  };
  return (
    <form className="yp-inline" onSubmit={(e) => void send(e)} data-testid={`action-form-${action}`}>
      <label>
        <span className="yp-visually-hidden">{t("run.actionStatus")}</span>
        <select data-testid={`action-status-${action}`} value={chosen} onChange={(e) => setChosen(e.target.value as ActionStatus)}>
          {(["open", "in_progress", "done", "cancelled"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`actionStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>{" "}
      <Button type="submit" variant="secondary" disabled={chosen === status}>
        {t("action.saveStatus")}
      </Button>
      <OutcomeView outcome={outcome} />
    </form>
  );
}
