// What is recorded of one agenda item besides what was agreed or decided: a statement by one side
// (in a negotiation, each party's opening statement, document 004), a point of the discussion, the
// proposal (what was only proposed) and who presents it, and a disqualification with the time the
// person was out (Administrative Procedure Act 434/2003 § 28). The server decides each step.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Schemas } from "../api/client";
import { useNames } from "../api/names";
import { Options } from "../components/Options";
import { useText } from "../text";
import { Step } from "./Step";

type Meeting = Schemas["Meeting"];
type Answer = Promise<{ error?: unknown }>;

export function ItemSteps({ meeting, number, done }: { meeting: Meeting; number: number; done: (answer: Answer) => Answer }) {
  const { t } = useTranslation();
  const text = useText();
  const names = useNames();
  const at = { path: { id: meeting.id, number: String(number) } };
  const person = (id: string) => names?.persons.get(id)?.name ?? id;
  const participants = meeting.participants ?? [];
  const [side, setSide] = useState(meeting.party_ids?.[0] ?? "");
  const [speaker, setSpeaker] = useState("");
  const [points, setPoints] = useState("");
  const [point, setPoint] = useState("");
  const [proposal, setProposal] = useState("");
  const [presenter, setPresenter] = useState("");
  const [dq, setDq] = useState({ person_id: "", ground: "", absent_from: "", absent_until: "" });
  const cleared = (answer: Answer, clear: () => void) =>
    done(answer).then((a) => {
      if (!a.error) clear();
      return a;
    });
  const orgName = (p: string) => text(names?.organisations.get(p)?.name) || p;
  return (
    <details className="yp-inline-form" data-testid={`item-steps-${number}`}>
      <summary>{t("run.itemMore")}</summary>
      <Step
        label={t("run.recordStatement")}
        testId={`statement-${number}`}
        send={() =>
          cleared(
            api.POST("/api/meetings/{id}/items/{number}/statements", {
              params: at,
              body: { on_behalf_of_id: side, person_ids: speaker ? [speaker] : [], points: points.split("\n").filter((p) => p.trim()) },
            }),
            () => setPoints(""),
          )
        }
      >
        <label>
          {t("run.side")}
          <select name="side" required value={side} onChange={(e) => setSide(e.target.value)}>
            <Options items={meeting.party_ids ?? []} value={(p) => p} label={orgName} />
          </select>
        </label>
        <label>
          {t("run.speaker")}
          <select name="speaker" value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
            <Options
              items={participants.filter((p) => !p.on_behalf_of_id || p.on_behalf_of_id === side)}
              value={(p) => p.person_id}
              label={(p) => person(p.person_id)}
              choose={t("form.none")}
            />
          </select>
        </label>
        <label>
          {t("run.points")}
          <textarea name="points" rows={3} required maxLength={20000} value={points} onChange={(e) => setPoints(e.target.value)} />
        </label>
      </Step>
      <Step
        label={t("run.recordDiscussion")}
        testId={`discussion-${number}`}
        send={() => cleared(api.POST("/api/meetings/{id}/items/{number}/discussion", { params: at, body: { text: point } }), () => setPoint(""))}
      >
        <label>
          {t("run.discussionPoint")}
          <textarea name="discussion" rows={2} required maxLength={20000} value={point} onChange={(e) => setPoint(e.target.value)} />
        </label>
      </Step>
      <Step
        label={t("run.recordProposal")}
        testId={`proposal-${number}`}
        send={() =>
          cleared(
            api.POST("/api/meetings/{id}/items/{number}/proposal", { params: at, body: { text: proposal, ...(presenter ? { presenter_id: presenter } : {}) } }),
            () => setProposal(""),
          )
        }
      >
        <label>
          {t("meeting.proposal")}
          <textarea name="proposal" rows={2} required maxLength={20000} value={proposal} onChange={(e) => setProposal(e.target.value)} />
        </label>
        <label>
          {t("run.presenter")}
          <select name="presenter" value={presenter} onChange={(e) => setPresenter(e.target.value)}>
            <Options items={participants} value={(p) => p.person_id} label={(p) => person(p.person_id)} choose={t("form.none")} />
          </select>
        </label>
      </Step>
      <Step
        label={t("run.recordDisqualification")}
        testId={`disqualification-${number}`}
        send={() =>
          cleared(
            api.POST("/api/meetings/{id}/items/{number}/disqualifications", {
              params: at,
              body: {
                person_id: dq.person_id,
                ground: dq.ground,
                ...(dq.absent_from ? { absent_from: dq.absent_from } : {}),
                ...(dq.absent_until ? { absent_until: dq.absent_until } : {}),
              },
            }),
            () => setDq({ person_id: "", ground: "", absent_from: "", absent_until: "" }),
          )
        }
      >
        <label>
          {t("run.disqualifiedPerson")}
          <select name="disqualified" required value={dq.person_id} onChange={(e) => setDq({ ...dq, person_id: e.target.value })}>
            <Options items={participants} value={(p) => p.person_id} label={(p) => person(p.person_id)} choose={t("form.choose")} />
          </select>
        </label>
        <label>
          {t("run.ground")}
          <input name="ground" required maxLength={500} placeholder={t("run.groundExample")} value={dq.ground} onChange={(e) => setDq({ ...dq, ground: e.target.value })} />
        </label>
        <label>
          {t("run.outFrom")}
          <input name="absent_from" inputMode="decimal" placeholder="9.20" maxLength={5} value={dq.absent_from} onChange={(e) => setDq({ ...dq, absent_from: e.target.value })} />
        </label>
        <label>
          {t("run.outUntil")}
          <input name="absent_until" inputMode="decimal" placeholder="9.35" maxLength={5} value={dq.absent_until} onChange={(e) => setDq({ ...dq, absent_until: e.target.value })} />
        </label>
      </Step>
    </details>
  );
}
