// One meeting: time and place, who took part, each agenda item with its statements, agreed items,
// decision and disqualifications, and the minutes as HTML or PDF in each language.
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { ExternalLink, Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { Status } from "../components/Status";
import { TextView } from "../components/TextView";
import { RunMeeting } from "./RunMeeting";
import { ReopenAction } from "./ReopenAction";
import { ActionStatusForm } from "./ActionStatusForm";
import { useSession } from "../access/session";
import { useDate, useText } from "../text";

export function MeetingPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const text = useText();
  const date = useDate();
  const names = useNames();
  const { account } = useSession();
  // Loaded again when who is signed in changes: the answers say what they may do.
  const loaded = useLoad(() => api.GET("/api/meetings/{id}", { params: { path: { id } } }), [id, account]);
  const m = loaded.data;
  const actions = useLoad(() => api.GET("/api/actions"), [account]);
  const ours = (actions.data ?? []).filter((a) => a.meeting_id === id);
  const body = useLoad(async () => (m?.body_id ? api.GET("/api/bodies/{id}", { params: { path: { id: m.body_id } } }) : { data: undefined }), [m?.body_id]);
  const changed = () => {
    loaded.reload();
    actions.reload();
  };
  const person = (p: string) => names?.persons.get(p)?.name ?? p;
  const org = (o?: string) => (o ? text(names?.organisations.get(o)?.name) || o : "");
  return (
    <>
      <Status loading={loaded.loading} error={loaded.error} />
      {m && (
        <>
          <Heading variant="h1">{text(m.title)}</Heading>
          {(m.number ?? 0) > 0 && m.date && <p data-testid="meeting-number">{t(m.kind === "negotiation" ? "meeting.negotiationNumber" : "meeting.number", { number: m.number, year: m.date.slice(0, 4) })}</p>}
          <p>
            {date(m.date)} {m.start_time && (m.end_time ? `${m.start_time}–${m.end_time}` : m.start_time)} {m.place && `· ${m.place}`} · {t(`meetingStatus.${m.status ?? "planned"}`)}
          </p>
          {m.online_link && (
            <p>
              <ExternalLink href={m.online_link} labelNewWindow={t("link.newWindow")}>
                {t("meeting.online")}
              </ExternalLink>
            </p>
          )}
          <Heading variant="h2">{t("meeting.minutes")}</Heading>
          {/* Minutes are written of a meeting that was held. */}
          {!["held", "minutes_drafted", "minutes_approved", "published"].includes(m.status ?? "held") ? (
            <>
              <p data-testid="minutes-later">{t(m.status === "cancelled" ? "meeting.noMinutesCancelled" : "meeting.minutesLater")}</p>
              {m.status !== "cancelled" && (
                <p data-testid="agenda-link">
                  <ExternalLink href={`/api/meetings/${m.id}/minutes?lang=${i18n.language}`} labelNewWindow={t("link.newWindow")}>
                    {t("meeting.agendaDocument")}
                  </ExternalLink>
                </p>
              )}
            </>
          ) : (
          <ul data-testid="minutes-links">
            {(["fi", "sv", "en"] as const).map((lng) => (
              <li key={lng}>
                <ExternalLink href={`/api/meetings/${m.id}/minutes?lang=${lng}`} labelNewWindow={t("link.newWindow")}>
                  {t("meeting.minutesHtml", { language: t(`language.${lng}`) })}
                </ExternalLink>{" "}
                ·{" "}
                <ExternalLink href={`/api/meetings/${m.id}/minutes.pdf?lang=${lng}`} labelNewWindow={t("link.newWindow")}>
                  PDF
                </ExternalLink>
              </li>
            ))}
          </ul>
          )}
          <Heading variant="h2">{t("meeting.participants")}</Heading>
          <ul>
            {(m.participants ?? []).map((p) => (
              <li key={p.person_id}>
                {person(p.person_id)}
                {p.on_behalf_of_id && ` (${org(p.on_behalf_of_id)})`}
                {p.present === false && ` — ${t("meeting.absent")}`}
                {p.arrived && ` — ${t("meeting.arrived", { time: p.arrived })}`}
                {p.left && ` — ${t("meeting.left", { time: p.left })}`}
              </li>
            ))}
          </ul>
          {(m.checker_ids ?? []).length > 0 && <p data-testid="checkers-named">{t("meeting.checkers", { names: (m.checker_ids ?? []).map(person).join(", ") })}</p>}
          <Heading variant="h2">{t("meeting.actions")}</Heading>
          {ours.length === 0 ? (
            <p>{t("meeting.noActions")}</p>
          ) : (
            <ul data-testid="meeting-actions">
              {ours.map((a) => (
                <li key={a.id}>
                  {a.item_number !== undefined && `§ ${a.item_number}: `}
                  <TextView text={a.text} /> — {org(a.responsible_organisation_id)}
                  {a.due_date && `, ${t("action.due", { date: date(a.due_date) })}`} ·{" "}
                  {(a.may ?? []).includes("action_status") && (a.status ?? "open") !== "done" && (a.status ?? "open") !== "cancelled" ? (
                    <ActionStatusForm key={a.status} action={a.id} status={a.status ?? "open"} done={actions.reload} />
                  ) : (
                    <>
                      {t(`actionStatus.${a.status ?? "open"}`)}
                      {(a.may ?? []).includes("action_status") && <ReopenAction action={a.id} done={actions.reload} />}
                    </>
                  )}
                  {(a.corrections ?? []).map((c, i) => (
                    <span key={i}> — {t("action.reopened", { date: date(c.date), reason: c.reason })}</span>
                  ))}
                </li>
              ))}
            </ul>
          )}
          {(m.may ?? []).includes("move") && <RunMeeting meeting={m} parties={body.data?.party_ids ?? m.party_ids ?? []} mayDecide={body.data?.may_decide === true} changed={changed} />}
          <Heading variant="h2">{t("meeting.agenda")}</Heading>
          {(m.items ?? []).map((item) => (
            <section key={item.number} aria-labelledby={`item-${item.number}`}>
              <Heading variant="h3" id={`item-${item.number}`}>
                § {item.number} <TextView text={item.title} />
              </Heading>
              {item.confidential_ground && <p>{t("meeting.confidential", { ground: item.confidential_ground })}</p>}
              {item.presenter_id && <p>{t("meeting.presenter", { name: person(item.presenter_id) })}</p>}
              {item.proposal && (
                <p>
                  <strong>{t("meeting.proposal")}:</strong> {item.proposal}
                </p>
              )}
              {item.statements?.map((s, i) => (
                <div key={i}>
                  <strong>
                    {s.person_ids.map(person).join(", ")} {s.on_behalf_of_id && `(${org(s.on_behalf_of_id)})`}
                  </strong>
                  <ul>
                    {s.points?.map((p, j) => (
                      <li key={j}>{p}</li>
                    ))}
                  </ul>
                </div>
              ))}
              {(item.discussion ?? []).length > 0 && (
                <>
                  <p>
                    <strong>{t("meeting.discussion")}:</strong>
                  </p>
                  <ul data-testid={`discussion-${item.number}`}>
                    {(item.discussion ?? []).map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                </>
              )}
              {item.disqualifications?.map((d, i) => (
                <p key={i} data-testid="disqualification">
                  {t("meeting.disqualified", { name: person(d.person_id), ground: d.ground, from: d.absent_from ?? "", until: d.absent_until ?? "" })}
                </p>
              ))}
              {item.agreed?.map((a, i) => (
                <p key={i}>
                  <strong>{t("meeting.agreed")}:</strong> {a}
                </p>
              ))}
              {item.attendance && item.attendance.length > 0 && (
                <p>
                  {t("meeting.itemAttendance")}:{" "}
                  {item.attendance
                    .map((a) => `${person(a.person_id)}${a.present === false ? ` (${t("meeting.absent")})` : ""}${a.arrived ? ` ${t("meeting.arrived", { time: a.arrived })}` : ""}${a.left ? ` ${t("meeting.left", { time: a.left })}` : ""}`)
                    .join("; ")}
                </p>
              )}
              {item.attachments && item.attachments.length > 0 && (
                <p>
                  {t("meeting.attachments")}: {item.attachments.map((a) => `${a.title}${a.reference ? ` (${a.reference})` : ""}`).join("; ")}
                </p>
              )}
              {item.decision && (
                <p>
                  <strong>{t("meeting.decision")}:</strong> {item.decision}
                </p>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
