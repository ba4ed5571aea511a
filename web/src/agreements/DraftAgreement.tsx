// A party's coordinator drafts a new agreement: its title in Finnish and Swedish, its parties, the
// party that coordinates its preparation, its end, and the agreement it renews. The server decides
// whether the account may prepare it for that party; on success the new agreement's page opens.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { Button } from "suomifi-ui-components";
import { api, problemText, type Schemas } from "../api/client";
import { useNames } from "../api/names";
import { FormSection, OutcomeView, type Outcome } from "../components/FormParts";
import { Options } from "../components/Options";
import { useText } from "../text";

// The parties of cooperation: municipalities, the counties, Helsinki and the joint authorities.
const partyKinds = ["wellbeing_services_county", "city_organiser", "municipality", "joint_authority"];

export function DraftAgreement({ agreements }: { agreements: Schemas["Agreement"][] }) {
  const { t } = useTranslation();
  const text = useText();
  const names = useNames();
  const navigate = useNavigate();
  const organisations = [...(names?.organisations.values() ?? [])]
    .filter((o) => partyKinds.includes(o.classification) && !o.dissolution_date)
    .sort((a, b) => text(a.name).localeCompare(text(b.name)));
  const [draft, setDraft] = useState({ fi: "", sv: "", parties: [] as string[], preparer: "", end: "", succeeds: "" });
  const [outcome, setOutcome] = useState<Outcome>({});
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { data, error } = await api.POST("/api/agreements", {
      body: {
        title: { fi: draft.fi, sv: draft.sv },
        party_ids: draft.parties,
        preparation_coordinator_id: draft.preparer,
        ...(draft.end ? { end_date: draft.end } : {}),
        ...(draft.succeeds ? { succeeds_id: draft.succeeds } : {}),
      },
    });
    if (error || !data) return setOutcome({ error: problemText(error) });
    navigate(`/agreements/${data.id}`);
  };
  return (
    <FormSection id="draft-heading" title={t("agreement.draft")}>
      <form className="yp-form" onSubmit={(e) => void send(e)} data-testid="draft-agreement">
        <label>
          {t("agreement.titleFi")}
          <input name="title-fi" required maxLength={500} value={draft.fi} onChange={(e) => setDraft({ ...draft, fi: e.target.value })} />
        </label>
        <label>
          {t("agreement.titleSv")}
          <input name="title-sv" maxLength={500} value={draft.sv} onChange={(e) => setDraft({ ...draft, sv: e.target.value })} />
        </label>
        <label>
          {t("agreement.parties")}
          <select
            name="parties"
            multiple
            required
            size={6}
            value={draft.parties}
            onChange={(e) => setDraft({ ...draft, parties: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            <Options items={organisations} value={(o) => o.id} label={(o) => text(o.name)} />
          </select>
        </label>
        <label>
          {t("agreement.preparer")}
          <select name="preparer" required value={draft.preparer} onChange={(e) => setDraft({ ...draft, preparer: e.target.value })}>
            <Options items={draft.parties} value={(p) => p} label={(p) => text(names?.organisations.get(p)?.name) || p} choose={t("form.choose")} />
          </select>
        </label>
        <label>
          {t("agreement.validUntil")}
          <input type="date" name="end" value={draft.end} onChange={(e) => setDraft({ ...draft, end: e.target.value })} />
        </label>
        <label>
          {t("agreement.renews")}
          <select name="succeeds" value={draft.succeeds} onChange={(e) => setDraft({ ...draft, succeeds: e.target.value })}>
            <Options items={agreements} value={(a) => a.id} label={(a) => text(a.title)} choose={t("agreement.renewsNone")} />
          </select>
        </label>
        <Button type="submit">{t("agreement.draftButton")}</Button>
      </form>
      <OutcomeView outcome={outcome} />
    </FormSection>
  );
}
