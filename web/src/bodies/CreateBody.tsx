// A party of an agreement founds a body under it (a working group, a network): its name in Finnish
// and Swedish, the party that keeps it (its secretary's organisation), its seats per party and
// category, and how often it meets. Offered when the server says the account may (`may` on the
// agreement has create_body); the server checks everything again.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Button } from "suomifi-ui-components";
import { api, problemText, type Schemas } from "../api/client";
import { FormSection, OutcomeView, type Outcome } from "../components/FormParts";
import { Options } from "../components/Options";
import { useText } from "../text";

type Kind = "working_group" | "network" | "steering_group" | "expert_group";
const kinds: Kind[] = ["working_group", "network", "steering_group", "expert_group"];

export function CreateBody({ agreement, orgName }: { agreement: Schemas["Agreement"]; orgName: (id: string) => string }) {
  const { t } = useTranslation();
  const text = useText();
  const keepers = agreement.may_approve_for ?? [];
  const [form, setForm] = useState({ fi: "", sv: "", kind: "working_group" as Kind, keeper: keepers[0] ?? "", times: "" });
  const [seats, setSeats] = useState<Record<string, { elected: string; officeholder: string }>>({});
  const [outcome, setOutcome] = useState<Outcome & { id?: string; name?: string }>({});
  const seat = (party: string, category: "elected" | "officeholder") => seats[party]?.[category] ?? "";
  const setSeat = (party: string, category: "elected" | "officeholder", value: string) =>
    setSeats({ ...seats, [party]: { elected: seat(party, "elected"), officeholder: seat(party, "officeholder"), [category]: value } });
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const seat_quotas = agreement.party_ids.flatMap((party) =>
      (["elected", "officeholder"] as const).filter((c) => Number(seat(party, c)) > 0).map((category) => ({ party_id: party, category, count: Number(seat(party, category)) })),
    );
    const { data, error } = await api.POST("/api/bodies", {
      body: {
        name: { fi: form.fi, sv: form.sv },
        classification: form.kind,
        level: "operational",
        agreement_id: agreement.id,
        party_ids: agreement.party_ids,
        secretary_organization_id: form.keeper,
        seat_quotas,
        cadence: form.times ? { kind: "at_least_per_year", times: Number(form.times) } : { kind: "as_needed" },
      },
    });
    if (error || !data) return setOutcome({ error: problemText(error) });
    setOutcome({ ok: t("body.created", { name: text(data.name) }), id: data.id });
  };
  return (
    <FormSection id="create-body-heading" title={t("body.create")}>
      <form className="yp-form" onSubmit={(e) => void send(e)} data-testid="create-body">
        <label>
          {t("body.nameFi")}
          <input name="name-fi" required maxLength={500} value={form.fi} onChange={(e) => setForm({ ...form, fi: e.target.value })} />
        </label>
        <label>
          {t("body.nameSv")}
          <input name="name-sv" maxLength={500} value={form.sv} onChange={(e) => setForm({ ...form, sv: e.target.value })} />
        </label>
        <label>
          {t("body.kind")}
          <select name="kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as Kind })}>
            <Options items={kinds} value={(k) => k} label={(k) => t(`bodyKind.${k}`)} />
          </select>
        </label>
        <label>
          {t("body.keeper")}
          <select name="keeper" required value={form.keeper} onChange={(e) => setForm({ ...form, keeper: e.target.value })}>
            <Options items={keepers} value={(p) => p} label={orgName} />
          </select>
        </label>
        <label>
          {t("body.timesAYear")}
          <input type="number" name="times" min={1} max={52} value={form.times} onChange={(e) => setForm({ ...form, times: e.target.value })} />
        </label>
        {agreement.party_ids.map((party) =>
          (["elected", "officeholder"] as const).map((category) => (
            <label key={`${party}-${category}`}>
              {t("body.seatsFor", { party: orgName(party), category: t(`category.${category}`) })}
              <input type="number" name={`seats-${party}-${category}`} min={0} max={100} value={seat(party, category)} onChange={(e) => setSeat(party, category, e.target.value)} />
            </label>
          )),
        )}
        <Button type="submit">{t("body.createButton")}</Button>
      </form>
      <OutcomeView outcome={outcome} />
      {outcome.id && <Link to={`/bodies/${outcome.id}`}>{t("body.open")}</Link>}
    </FormSection>
  );
}
