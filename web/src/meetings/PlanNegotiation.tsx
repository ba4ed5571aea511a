// A party's coordinator convenes a negotiation between parties that is no body's meeting (611/2021
// § 14, as document 004's between Espoo and Länsi-Uusimaa): the organiser and the other party, the
// day, the time, the place or the online link. Offered for the organisations the server says the
// account may convene for; the negotiation's page opens to run it from there.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { Button } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { useSession } from "../access/session";
import { FormSection, OutcomeView, type Outcome } from "../components/FormParts";
import { Options } from "../components/Options";
import { useText } from "../text";

const kSection14 = "611-2021-s14";

export function PlanNegotiation() {
  const { t } = useTranslation();
  const text = useText();
  const names = useNames();
  const navigate = useNavigate();
  const { account } = useSession();
  const organisers = useLoad(() => api.GET("/api/negotiations/organisers"), [account]);
  const mine = organisers.data ?? [];
  const [plan, setPlan] = useState({ organiser: "", other: "", date: "", start_time: "", end_time: "", place: "", online_link: "" });
  const [outcome, setOutcome] = useState<Outcome>({});
  if (mine.length === 0) return null;
  const organiser = plan.organiser || mine[0];
  const name = (id: string) => text(names?.organisations.get(id)?.name) || id;
  // The other side: a county negotiates with its municipalities and a municipality with its county;
  // the parent_ids of the registry say which is which.
  const others = [...(names?.organisations.values() ?? [])]
    .filter((o) => o.id !== organiser && (o.parent_ids?.includes(organiser) || names?.organisations.get(organiser)?.parent_ids?.includes(o.id)))
    .sort((a, b) => name(a.id).localeCompare(name(b.id)));
  const set = (field: keyof typeof plan, value: string) => setPlan({ ...plan, [field]: value });
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const optional = (field: "start_time" | "end_time" | "place" | "online_link") => (plan[field] ? { [field]: plan[field] } : {});
    const { data, error } = await api.POST("/api/negotiations", {
      body: {
        organiser_id: organiser,
        party_ids: [organiser, plan.other],
        date: plan.date,
        legal_basis: [kSection14],
        ...optional("start_time"),
        ...optional("end_time"),
        ...optional("place"),
        ...optional("online_link"),
      },
    });
    if (error || !data) return setOutcome({ error: problemText(error) });
    navigate(`/meetings/${(data as { id: string }).id}`);
  };
  return (
    <FormSection id="plan-negotiation-heading" title={t("negotiation.plan")}>
      <p>{t("negotiation.about")}</p>
      <form className="yp-form" onSubmit={(e) => void send(e)} data-testid="plan-negotiation">
        <label>
          {t("negotiation.organiser")}
          <select name="organiser" value={organiser} onChange={(e) => setPlan({ ...plan, organiser: e.target.value, other: "" })}>
            <Options items={mine} value={(o) => o} label={name} />
          </select>
        </label>
        <label>
          {t("negotiation.other")}
          <select name="other" required value={plan.other} onChange={(e) => set("other", e.target.value)}>
            <Options items={others} value={(o) => o.id} label={(o) => name(o.id)} choose={t("form.choose")} />
          </select>
        </label>
        <label>
          {t("meeting.date")}
          <input type="date" name="date" required value={plan.date} onChange={(e) => set("date", e.target.value)} />
        </label>
        <label>
          {t("run.startTime")}
          <input name="start_time" inputMode="decimal" placeholder="9.00" maxLength={5} value={plan.start_time} onChange={(e) => set("start_time", e.target.value)} />
        </label>
        <label>
          {t("run.endTime")}
          <input name="end_time" inputMode="decimal" placeholder="10.00" maxLength={5} value={plan.end_time} onChange={(e) => set("end_time", e.target.value)} />
        </label>
        <label>
          {t("run.place")}
          <input name="place" maxLength={500} value={plan.place} onChange={(e) => set("place", e.target.value)} />
        </label>
        <label>
          {t("negotiation.onlineLink")}
          <input type="url" name="online_link" maxLength={2000} value={plan.online_link} onChange={(e) => set("online_link", e.target.value)} />
        </label>
        <Button type="submit">{t("negotiation.planButton")}</Button>
        <OutcomeView outcome={outcome} />
      </form>
    </FormSection>
  );
}
