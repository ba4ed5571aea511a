// The secretary's tools on a meeting's page: move it along its way (invite, hold, draft and approve
// the minutes, publish, or cancel with a reason), fill the participants from the memberships,
// record who is present, add agenda items, and for each item record what was agreed or decided and
// the follow-up actions. Each is one of the meeting operations of the API (docs/meetings.md), which
// refuses an illegal step with a sentence shown here.
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText, type Schemas } from "../api/client";
import { useNames } from "../api/names";
import { useText } from "../text";

type Meeting = Schemas["Meeting"];
type Status = NonNullable<Meeting["status"]>;
type Target = "invited" | "held" | "minutes_drafted" | "minutes_approved" | "published" | "cancelled";

const next: Record<Status, Target[]> = {
  planned: ["invited", "held", "cancelled"],
  invited: ["held", "cancelled"],
  held: ["minutes_drafted"],
  minutes_drafted: ["minutes_approved"],
  minutes_approved: ["published"],
  published: [],
  cancelled: [],
};

// A small form: its fields, a button, and the API's sentence when it refuses.
function Step({ label, testId, children, send }: { label: string; testId: string; children?: ReactNode; send: () => Promise<unknown> }) {
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = (await send()) as { error?: unknown } | undefined;
    setError(answer?.error ? problemText(answer.error) : undefined);
  };
  return (
    <form className="yp-form" onSubmit={(e) => void submit(e)} data-testid={testId}>
      {children}
      <Button type="submit">{label}</Button>
      {error && <InlineAlert status="error">{error}</InlineAlert>}
    </form>
  );
}

export function RunMeeting({ meeting, parties, mayDecide, changed }: { meeting: Meeting; parties: string[]; mayDecide: boolean; changed: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const names = useNames();
  const id = meeting.id;
  const status = (meeting.status ?? "planned") as Status;
  const [reason, setReason] = useState("");
  const [title, setTitle] = useState("");
  const [texts, setTexts] = useState<Record<string, string>>({});
  const field = (key: string) => texts[key] ?? "";
  const setField = (key: string, value: string) => setTexts({ ...texts, [key]: value });
  const done = async (answer: Promise<{ error?: unknown }>) => {
    const result = await answer;
    if (!result.error) {
      setTexts({});  // what was written is now on the page, above
      changed();
    }
    return result;
  };
  const path = { path: { id } };
  const held = status === "held" || status === "minutes_drafted";
  return (
    <section aria-labelledby="run-heading" data-testid="run-meeting">
      <Heading variant="h2" id="run-heading">
        {t("run.title")}
      </Heading>
      {next[status].map((to) => (
        <Step
          key={to}
          label={t(`run.to.${to}`)}
          testId={`move-${to}`}
          send={() => done(api.POST("/api/meetings/{id}/transitions", { params: path, body: to === "cancelled" ? { to, reason } : { to } }))}
        >
          {to === "cancelled" && (
            <label>
              {t("run.reason")}
              <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
            </label>
          )}
        </Step>
      ))}
      {(status === "planned" || status === "invited") && (
        <Step label={t("run.prefill")} testId="prefill" send={() => done(api.POST("/api/meetings/{id}/participants/prefill", { params: path }))} />
      )}
      {held && (meeting.participants ?? []).length > 0 && (
        <fieldset className="yp-fieldset" data-testid="attendance">
          <legend>{t("run.attendance")}</legend>
          {(meeting.participants ?? []).map((p) => (
            <label key={p.person_id} className="yp-check">
              <input
                type="checkbox"
                checked={p.present !== false}
                onChange={(e) =>
                  void done(api.POST("/api/meetings/{id}/attendance", { params: path, body: { person_id: p.person_id, present: e.target.checked } }))
                }
              />
              {names?.persons.get(p.person_id)?.name ?? p.person_id}
            </label>
          ))}
        </fieldset>
      )}
      {status !== "cancelled" && status !== "minutes_approved" && status !== "published" && (
        <Step
          label={t("run.addItem")}
          testId="add-item"
          send={async () => {
            const answer = await done(api.POST("/api/meetings/{id}/items", { params: path, body: { title: { fi: title } } }));
            if (!answer.error) setTitle("");
            return answer;
          }}
        >
          <label>
            {t("run.itemTitle")}
            <input name="title" required value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
        </Step>
      )}
      {held &&
        (meeting.items ?? []).map((item) => {
          const at = { path: { id, number: String(item.number) } };
          const key = (what: string) => `${item.number}-${what}`;
          return (
            <section key={item.number} aria-label={`§ ${item.number} ${text(item.title)}`} data-testid={`run-item-${item.number}`}>
              <Heading variant="h3">
                § {item.number} {text(item.title)}
              </Heading>
              <Step label={t("run.agree")} testId={`agree-${item.number}`} send={() => done(api.POST("/api/meetings/{id}/items/{number}/agreed", { params: at, body: { text: field(key("agreed")) } }))}>
                <label>
                  {t("meeting.agreed")}
                  <textarea name="agreed" rows={2} required value={field(key("agreed"))} onChange={(e) => setField(key("agreed"), e.target.value)} />
                </label>
              </Step>
              {mayDecide && <Step label={t("run.decide")} testId={`decide-${item.number}`} send={() => done(api.POST("/api/meetings/{id}/items/{number}/decision", { params: at, body: { text: field(key("decision")) } }))}>
                <label>
                  {t("meeting.decision")}
                  <textarea name="decision" rows={2} required value={field(key("decision"))} onChange={(e) => setField(key("decision"), e.target.value)} />
                </label>
              </Step>}
              <Step
                label={t("run.addAction")}
                testId={`action-${item.number}`}
                send={() =>
                  done(
                    api.POST("/api/meetings/{id}/items/{number}/actions", {
                      params: at,
                      body: { text: { fi: field(key("action")) }, responsible_organisation_id: field(key("who")) || undefined, due_date: field(key("due")) || undefined },
                    }),
                  )
                }
              >
                <label>
                  {t("run.actionText")}
                  <input name="action" required value={field(key("action"))} onChange={(e) => setField(key("action"), e.target.value)} />
                </label>
                <label>
                  {t("run.responsible")}
                  <select name="responsible" required value={field(key("who"))} onChange={(e) => setField(key("who"), e.target.value)}>
                    <option value="">{t("form.choose")}</option>
                    {parties.map((p) => (
                      <option key={p} value={p}>
                        {text(names?.organisations.get(p)?.name) || p}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t("run.due")}
                  <input type="date" name="due" value={field(key("due"))} onChange={(e) => setField(key("due"), e.target.value)} />
                </label>
              </Step>
            </section>
          );
        })}
    </section>
  );
}
