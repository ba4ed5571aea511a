// The secretary's tools on a meeting's page (a negotiation's: its organiser's coordinator): move it
// along its way (invite, hold, draft and approve the minutes, publish, or cancel with a reason),
// fill the participants from the memberships, record who is present and when, a deputy standing in
// and the checkers (AttendanceSteps), add agenda items with their presenter and proposal, and for
// each item its statements, discussion and disqualifications (ItemSteps), what was agreed or
// decided and the follow-up actions. Each is one of the meeting operations of the API (docs/meetings.md), which
// refuses an illegal step with a sentence shown here.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import { api, type Schemas } from "../api/client";
import { useNames } from "../api/names";
import { Options } from "../components/Options";
import { useText } from "../text";
import { AttendanceSteps } from "./AttendanceSteps";
import { ItemSteps } from "./ItemSteps";
import { Step } from "./Step";

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

export function RunMeeting({ meeting, parties, mayDecide, changed }: { meeting: Meeting; parties: string[]; mayDecide: boolean; changed: () => void }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  // What the secretary types is in the language of the interface they use.
  const written = (["fi", "sv", "en"].includes(i18n.language) ? i18n.language : "fi") as "fi" | "sv" | "en";
  const names = useNames();
  const id = meeting.id;
  const status = (meeting.status ?? "planned") as Status;
  const [reason, setReason] = useState("");
  const [title, setTitle] = useState("");
  const [proposal, setProposal] = useState("");
  const [presenter, setPresenter] = useState("");
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
  // Items are added and their handling recorded until the minutes are approved.
  const open = status !== "cancelled" && status !== "minutes_approved" && status !== "published";
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
      {(status === "planned" || status === "invited") && meeting.body_id && (
        <Step label={t("run.prefill")} testId="prefill" send={() => done(api.POST("/api/meetings/{id}/participants/prefill", { params: path }))} />
      )}
      {held && <AttendanceSteps meeting={meeting} done={done} />}
      {open && (
        <Step
          label={t("run.addItem")}
          testId="add-item"
          send={async () => {
            const answer = await done(
              api.POST("/api/meetings/{id}/items", {
                params: path,
                body: { title: { [written]: title }, ...(proposal ? { proposal } : {}), ...(presenter ? { presenter_id: presenter } : {}) },
              }),
            );
            if (!answer.error) {
              setTitle("");
              setProposal("");
              setPresenter("");
            }
            return answer;
          }}
        >
          <label>
            {t("run.itemTitle")}
            <input name="title" required maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            {t("run.presenter")}
            <select name="presenter" value={presenter} onChange={(e) => setPresenter(e.target.value)}>
              <Options items={meeting.participants ?? []} value={(p) => p.person_id} label={(p) => names?.persons.get(p.person_id)?.name ?? p.person_id} choose={t("form.none")} />
            </select>
          </label>
          <label>
            {t("meeting.proposal")}
            <textarea name="proposal" rows={2} maxLength={20000} value={proposal} onChange={(e) => setProposal(e.target.value)} />
          </label>
        </Step>
      )}
      {open &&
        (meeting.items ?? []).map((item) => {
          const at = { path: { id, number: String(item.number) } };
          const key = (what: string) => `${item.number}-${what}`;
          return (
            <section key={item.number} aria-label={`§ ${item.number} ${text(item.title)}`} data-testid={`run-item-${item.number}`}>
              <Heading variant="h3">
                § {item.number} {text(item.title)}
              </Heading>
              <ItemSteps meeting={meeting} number={item.number} done={done} />
              {held && (
              <>
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
                      body: { text: { [written]: field(key("action")) }, responsible_organisation_id: field(key("who")) || undefined, due_date: field(key("due")) || undefined },
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
              </>
              )}
            </section>
          );
        })}
    </section>
  );
}
