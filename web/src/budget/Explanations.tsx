// The explanations of significant deviations and their way: HUS explains a requested or returned
// one; the member accepts it, or returns it saying why. Each step is shown with who took it.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText, type Schemas } from "../api/client";
import { useDate } from "../text";
import { useMoney, useMonths } from "./format";

type Explanation = Schemas["DeviationExplanation"];

function Steps({ explanation }: { explanation: Explanation }) {
  const { t } = useTranslation();
  const date = useDate();
  return (
    <ol className="yp-steps">
      {explanation.steps.map((s, i) => (
        <li key={i}>
          <strong>{t(`explanationState.${s.state}`)}</strong> {date(s.date)}
          {s.actor ? ` · ${s.actor}` : ""}
          {s.text && <blockquote>{s.text}</blockquote>}
        </li>
      ))}
    </ol>
  );
}

function Step({ explanation, orgName, done }: { explanation: Explanation; orgName: (id: string) => string; done: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [error, setError] = useState<string>();
  const id = explanation.id;
  const act = async (e: FormEvent | undefined, step: "explanation" | "acceptance" | "return") => {
    e?.preventDefault();
    const path = `/api/budget/explanations/{id}/${step}` as const;
    const { error } = await api.POST(path, { params: { path: { id } }, body: step === "acceptance" ? {} : { text } });
    if (error) return setError(problemText(error));
    setError(undefined);
    setText("");
    done();
  };
  const canExplain = (explanation.may ?? []).includes("explain") && (explanation.state === "requested" || explanation.state === "returned");
  const canAnswer = (explanation.may ?? []).includes("accept") && explanation.state === "explained";
  if (!canExplain && !canAnswer) return null;
  return (
    <form className="yp-form" onSubmit={(e) => void act(e, canExplain ? "explanation" : "return")} data-testid={`step-${id}`}>
      <label>
        {canExplain ? t("budget.explanationText") : t("budget.returnReason", { member: orgName(explanation.member_id) })}
        <textarea name="text" rows={3} value={text} onChange={(e) => setText(e.target.value)} required={canExplain} />
      </label>
      {canExplain && <Button type="submit">{t("budget.explain")}</Button>}
      {canAnswer && (
        <>
          <Button type="button" onClick={() => void act(undefined, "acceptance")}>
            {t("budget.accept")}
          </Button>
          <Button type="submit" variant="secondary">
            {t("budget.return")}
          </Button>
        </>
      )}
      {error && <InlineAlert status="error">{error}</InlineAlert>}
    </form>
  );
}

export function Explanations({ explanations, orgName, changed }: { explanations: Explanation[]; orgName: (id: string) => string; changed: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const months = useMonths();
  return (
    <section aria-labelledby="explanations-heading">
      <Heading variant="h2" id="explanations-heading">
        {t("budget.explanations")}
      </Heading>
      {explanations.length === 0 && <p>{t("budget.noExplanations")}</p>}
      {explanations.map((x) => (
        <article key={x.id} className="yp-card" data-testid={`explanation-${x.id}`} data-state={x.state}>
          <Heading variant="h3">
            {orgName(x.member_id)}, {months.long(x.month)} {x.year}: {money.percent(x.deviation_percent)}
          </Heading>
          <p>
            {t("budget.explanationFigures", {
              allocated: money.euros(x.allocated_euros),
              realised: money.euros(x.realised_euros),
              threshold: money.size(x.threshold_percent),
            })}{" "}
            <strong className={x.state === "accepted" ? "yp-holds" : "yp-fails"}>{t(`explanationState.${x.state}`)}</strong>
          </p>
          <Steps explanation={x} />
          <Step explanation={x} orgName={orgName} done={changed} />
        </article>
      ))}
    </section>
  );
}
