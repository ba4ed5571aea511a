// A party's coordinator records its approval of an agreement: the date and the minutes paragraph
// it rests on. Offered for the parties the account acts for that have not yet approved.
import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { ApprovalFields } from "./ApprovalFields";

// With `version`, the approval is of that amendment of the agreement.
export function ApprovalForm({
  agreement,
  parties,
  orgName,
  done,
  version,
}: {
  agreement: string;
  parties: string[];
  orgName: (id: string) => string;
  done: () => void;
  version?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const [party, setParty] = useState(parties[0] ?? "");
  // After an approval the party drops out of the list: choose one that is still offered.
  useEffect(() => {
    if (!parties.includes(party)) setParty(parties[0] ?? "");
  }, [parties, party]);
  const [day, setDay] = useState("");
  const [paragraph, setParagraph] = useState("");
  const [error, setError] = useState<string>();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { error } = await api.POST("/api/agreements/{id}/approvals", {
      params: { path: { id: agreement } },
      body: { party_id: party, date: day, ...(paragraph ? { minutes_paragraph: paragraph } : {}), ...(version ? { version_id: version.id } : {}) },
    });
    if (error) return setError(problemText(error));
    setError(undefined);
    done();
  };
  return (
    <section aria-labelledby="approve-heading">
      <Heading variant="h3" id="approve-heading">
        {version ? t("agreement.recordApprovalOf", { version: version.name }) : t("agreement.recordApproval")}
      </Heading>
      <form className="yp-form" onSubmit={(e) => void send(e)} data-testid="approval-form">
        <label>
          {t("agreement.party")}
          <select name="party" value={party} onChange={(e) => setParty(e.target.value)}>
            {parties.map((p) => (
              <option key={p} value={p}>
                {orgName(p)}
              </option>
            ))}
          </select>
        </label>
        <ApprovalFields day={day} setDay={setDay} paragraph={paragraph} setParagraph={setParagraph} />
        <Button type="submit">{t("agreement.recordApproval")}</Button>
        {error && <InlineAlert status="error">{error}</InlineAlert>}
      </form>
    </section>
  );
}
