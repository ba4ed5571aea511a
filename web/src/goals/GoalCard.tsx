// One goal: its status for the year with the explanation, its responsibility pair, and each
// indicator's trend against its targets; for those who may, naming a pair and entering a value.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText, type Schemas } from "../api/client";
import { useNames } from "../api/names";
import { useSession } from "../access/session";
import { useDate, useText, decimalInput } from "../text";
import { PartyOptions } from "./PartyOptions";
import { TrendChart } from "./TrendChart";

type GoalView = Schemas["GoalView"];

const statusClass: Record<string, string> = { on_track: "yp-holds", at_risk: "yp-warn", off_track: "yp-fails", no_data: "yp-muted" };

function PairForm({ goal, parties, done }: { goal: GoalView; parties: string[]; done: () => void }) {
  const { t } = useTranslation();
  const names = useNames();
  const [pair, setPair] = useState({ person_id: "", party_id: "", hus_person_id: "" });
  const [error, setError] = useState<string>();
  const persons = [...(names?.persons.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/goals/{id}/pairs", { params: { path: { id: goal.id } }, body: pair });
    if (error) return setError(problemText(error));
    setError(undefined);
    done();
  };
  const person = (key: "person_id" | "hus_person_id", label: string) => (
    <label>
      {label}
      <select name={key} required value={pair[key]} onChange={(e) => setPair({ ...pair, [key]: e.target.value })}>
        <option value="">{t("form.choose")}</option>
        {persons.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form className="yp-form" onSubmit={(e) => void send(e)} data-testid={`pair-form-${goal.id}`}>
      {person("person_id", t("goals.pairPerson"))}
      <label>
        {t("goals.pairParty")}
        <select name="party_id" required value={pair.party_id} onChange={(e) => setPair({ ...pair, party_id: e.target.value })}>
          <option value="">{t("form.choose")}</option>
          <PartyOptions parties={parties} />
        </select>
      </label>
      {person("hus_person_id", t("goals.pairHus"))}
      <Button type="submit">{t("goals.namePair")}</Button>
      {error && <InlineAlert status="error">{error}</InlineAlert>}
    </form>
  );
}

function ValueForm({ indicator, region, done }: { indicator: string; region: string; done: () => void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/indicators/{id}/values", { params: { path: { id: indicator } }, body: { region_id: region, year: Number(year), value: decimalInput(value) } });
    if (error) return setError(problemText(error));
    setError(undefined);
    setValue("");
    done();
  };
  return (
    <form className="yp-form" onSubmit={(e) => void send(e)} data-testid={`value-form-${indicator}`}>
      <label>
        {t("goals.year")}
        <input name="year" type="number" min={2000} value={year} onChange={(e) => setYear(e.target.value)} required />
      </label>
      <label>
        {t("goals.value")}
        <input name="value" inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} required />
      </label>
      <Button type="submit">{t("goals.enterValue")}</Button>
      {error && <InlineAlert status="error">{error}</InlineAlert>}
    </form>
  );
}

export function GoalCard({ goal, parties, changed }: { goal: GoalView; parties: string[]; changed: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const names = useNames();
  const { account } = useSession();
  const region = goal.region_id ?? "";
  return (
    <article className="yp-card" data-testid={`goal-${goal.id}`} data-status={goal.status.status}>
      <Heading variant="h3">{text(goal.title)}</Heading>
      {goal.note && text(goal.note) && <p className="yp-muted">{text(goal.note)}</p>}
      <p>
        <strong className={statusClass[goal.status.status]}>{t(`goalStatus.${goal.status.status}`)}</strong> ({goal.status.year}
        {region ? `, ${text(names?.organisations.get(region)?.name) || region}` : ""}): {text(goal.status.explanation)}
      </p>
      <p data-testid={`pair-${goal.id}`}>
        {goal.pair
          ? t("goals.pair", { person: goal.pair.person?.name, hus: goal.pair.hus_person?.name, since: date(goal.pair.start_date) })
          : t("goals.noPair")}
      </p>
      {goal.indicators.map((ind) => {
        const s = goal.status.indicators.find((x) => x.indicator_id === ind.id);
        return (
          <section key={ind.id} aria-label={text(ind.title)}>
            <Heading variant="h4">{text(ind.title)}</Heading>
            {ind.definition && <p className="yp-muted">{text(ind.definition)}</p>}
            {s && <p>{text(s.explanation)}</p>}
            <TrendChart indicator={ind} title={text(ind.title)} />
          </section>
        );
      })}
      {account && (
        <details data-testid={`edit-${goal.id}`}>
          <summary>{t("goals.edit")}</summary>
          {region && goal.indicators.map((ind) => <ValueForm key={ind.id} indicator={ind.id} region={region} done={changed} />)}
          <PairForm goal={goal} parties={parties} done={changed} />
        </details>
      )}
    </article>
  );
}
