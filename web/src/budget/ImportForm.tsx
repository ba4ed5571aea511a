// A controller's import: a production or allocation CSV file chosen from the computer and sent
// whole; the answer says which months were replaced and how many explanations were requested.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { postText, problemText, type Schemas } from "../api/client";

export function ImportForm({ imported }: { imported: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<"production" | "allocation">("production");
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok?: string; error?: string }>({});
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setOutcome({});
    const { data, error } = await postText<Schemas["BudgetImported"]>(`/api/budget/imports/${kind}`, await file.text(), "text/csv");
    setBusy(false);
    if (error || !data) return setOutcome({ error: problemText(error) });
    setOutcome({ ok: t("budget.imported", { rows: data.rows, months: data.months.join(", "), raised: data.raised.length }) });
    imported();
  };
  return (
    <section aria-labelledby="import-heading">
      <Heading variant="h2" id="import-heading">
        {t("budget.import")}
      </Heading>
      <form className="yp-form" onSubmit={(e) => void send(e)}>
        <label>
          {t("budget.importKind")}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as "production" | "allocation")}>
            <option value="production">{t("budget.production")}</option>
            <option value="allocation">{t("budget.allocation")}</option>
          </select>
        </label>
        <label>
          {t("budget.file")}
          <input type="file" name="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0])} />
        </label>
        <Button type="submit" disabled={busy}>
          {busy ? t("budget.importing") : t("budget.importButton")}
        </Button>
      </form>
      {outcome.error && (
        <InlineAlert status="error">
          <pre className="yp-errors">{outcome.error}</pre>
        </InlineAlert>
      )}
      {outcome.ok && (
        <InlineAlert>
          <span data-testid="import-outcome">{outcome.ok}</span>
        </InlineAlert>
      )}
    </section>
  );
}
