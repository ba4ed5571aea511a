// Who was there, as the minutes record it: a participant added on behalf of one of the meeting's
// parties (a negotiation has no memberships to fill from), each present or not with the times of
// arrival and departure ("9.05"), a personal deputy standing in for an absent member (the deputies
// the body has on the meeting's day), and the checkers of the minutes among those present. Each is
// a meeting operation the server decides (docs/meetings.md).
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, type Schemas } from "../api/client";
import { useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { Options } from "../components/Options";
import { useText } from "../text";
import { Step } from "./Step";

type Meeting = Schemas["Meeting"];

export function AttendanceSteps({ meeting, done }: { meeting: Meeting; done: (answer: Promise<{ error?: unknown }>) => Promise<{ error?: unknown }> }) {
  const { t } = useTranslation();
  const names = useNames();
  const text = useText();
  const path = { path: { id: meeting.id } };
  const participants = meeting.participants ?? [];
  const person = (id: string) => names?.persons.get(id)?.name ?? id;
  // The body's personal deputies on the meeting's day, each with the member they stand in for.
  const members = useLoad(
    async () =>
      meeting.body_id && meeting.date
        ? api.GET("/api/bodies/{id}/members", { params: { path: { id: meeting.body_id }, query: { as_of: meeting.date } } })
        : { data: [] as Schemas["Membership"][] },
    [meeting.body_id, meeting.date],
  );
  const byId = new Map((members.data ?? []).map((m) => [m.id, m]));
  const deputies = (members.data ?? [])
    .filter((m) => m.role === "deputy_member" && m.deputy_of_id && byId.has(m.deputy_of_id))
    .map((m) => ({ deputy: m.person_id, member: byId.get(m.deputy_of_id ?? "")?.person_id ?? "" }))
    .filter((d) => participants.some((p) => p.person_id === d.member && p.present === false) && !participants.some((p) => p.person_id === d.deputy));
  const [times, setTimes] = useState<Record<string, { arrived: string; left: string }>>({});
  const [standIn, setStandIn] = useState("");
  const [checkers, setCheckers] = useState<string[]>(meeting.checker_ids ?? []);
  const [added, setAdded] = useState({ person_id: "", on_behalf_of_id: meeting.party_ids?.[0] ?? "" });
  const others = [...(names?.persons.values() ?? [])]
    .filter((p) => !participants.some((x) => x.person_id === p.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  const present = participants.filter((p) => p.present !== false);
  return (
    <>
      <Step
        label={t("run.addParticipant")}
        testId="add-participant"
        send={() =>
          done(api.POST("/api/meetings/{id}/attendance", { params: path, body: { person_id: added.person_id, on_behalf_of_id: added.on_behalf_of_id, present: true } })).then(
            (a) => {
              if (!a.error) setAdded({ ...added, person_id: "" });
              return a;
            },
          )
        }
      >
        <label>
          {t("run.participant")}
          <select name="participant" required value={added.person_id} onChange={(e) => setAdded({ ...added, person_id: e.target.value })}>
            <Options items={others} value={(p) => p.id} label={(p) => p.name} choose={t("form.choose")} />
          </select>
        </label>
        <label>
          {t("run.side")}
          <select name="on_behalf_of" value={added.on_behalf_of_id} onChange={(e) => setAdded({ ...added, on_behalf_of_id: e.target.value })}>
            <Options items={meeting.party_ids ?? []} value={(p) => p} label={(p) => text(names?.organisations.get(p)?.name) || p} />
          </select>
        </label>
      </Step>
      {participants.length > 0 && (
      <fieldset className="yp-fieldset" data-testid="attendance">
        <legend>{t("run.attendance")}</legend>
        {participants.map((p) => (
          <label key={p.person_id} className="yp-check">
            <input
              type="checkbox"
              checked={p.present !== false}
              onChange={(e) =>
                // The times recorded stay: attendance is written whole.
                void done(
                  api.POST("/api/meetings/{id}/attendance", {
                    params: path,
                    body: { person_id: p.person_id, present: e.target.checked, ...(p.arrived ? { arrived: p.arrived } : {}), ...(p.left ? { left: p.left } : {}) },
                  }),
                )
              }
            />
            {person(p.person_id)}
            {p.deputy_for && ` (${t("run.deputyFor", { member: person(p.deputy_for) })})`}
          </label>
        ))}
      </fieldset>
      )}
      {present.length > 0 && (
      <details className="yp-inline-form">
        <summary>{t("run.times")}</summary>
      {present.map((p) => {
        const now = times[p.person_id] ?? { arrived: p.arrived ?? "", left: p.left ?? "" };
        const set = (field: "arrived" | "left", value: string) => setTimes({ ...times, [p.person_id]: { ...now, [field]: value } });
        return (
          <Step
            key={p.person_id}
            label={t("run.recordTimes", { name: person(p.person_id) })}
            testId={`times-${p.person_id}`}
            send={() =>
              done(
                api.POST("/api/meetings/{id}/attendance", {
                  params: path,
                  body: { person_id: p.person_id, present: true, ...(now.arrived ? { arrived: now.arrived } : {}), ...(now.left ? { left: now.left } : {}) },
                }),
              )
            }
          >
            <label>
              {t("run.arrivedAt", { name: person(p.person_id) })}
              <input name="arrived" inputMode="decimal" placeholder="9.05" maxLength={5} value={now.arrived} onChange={(e) => set("arrived", e.target.value)} />
            </label>
            <label>
              {t("run.leftAt", { name: person(p.person_id) })}
              <input name="left" inputMode="decimal" placeholder="10.40" maxLength={5} value={now.left} onChange={(e) => set("left", e.target.value)} />
            </label>
          </Step>
        );
      })}
      </details>
      )}
      {deputies.length > 0 && (
        <Step
          label={t("run.standIn")}
          testId="stand-in"
          send={() => {
            const chosen = deputies.find((d) => `${d.deputy}|${d.member}` === standIn);
            return done(
              api.POST("/api/meetings/{id}/attendance", { params: path, body: { person_id: chosen?.deputy ?? "", deputy_for: chosen?.member ?? "", present: true } }),
            );
          }}
        >
          <label>
            {t("run.deputy")}
            <select name="deputy" required value={standIn} onChange={(e) => setStandIn(e.target.value)}>
              <Options
                items={deputies}
                value={(d) => `${d.deputy}|${d.member}`}
                label={(d) => t("run.deputyOption", { deputy: person(d.deputy), member: person(d.member) })}
                choose={t("form.choose")}
              />
            </select>
          </label>
        </Step>
      )}
      {present.length > 0 && (
        <Step label={t("run.nameCheckers")} testId="checkers" send={() => done(api.POST("/api/meetings/{id}/checkers", { params: path, body: { person_ids: checkers } }))}>
          <fieldset className="yp-fieldset">
            <legend>{t("run.checkers")}</legend>
            {present.map((p) => (
              <label key={p.person_id} className="yp-check">
                <input
                  type="checkbox"
                  name="checker"
                  checked={checkers.includes(p.person_id)}
                  onChange={(e) => setCheckers(e.target.checked ? [...checkers, p.person_id] : checkers.filter((c) => c !== p.person_id))}
                />
                {person(p.person_id)}
              </label>
            ))}
          </fieldset>
        </Step>
      )}
    </>
  );
}
