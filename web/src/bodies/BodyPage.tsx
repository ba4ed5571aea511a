// One body: its composition on any date against the quotas of its agreement, each violation
// marked, the members on behalf of each party, and (signed in) a nomination that is checked at once.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { Button, Heading } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { OutcomeView, type Outcome } from "../components/FormParts";
import { Options } from "../components/Options";
import { Status } from "../components/Status";
import { VerdictView } from "../components/VerdictView";
import { PlanMeeting } from "../meetings/PlanMeeting";
import { useSession } from "../access/session";
import { today, useDate, useText } from "../text";

type Role = "member" | "chair" | "vice_chair" | "deputy_member";

export function BodyPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const names = useNames();
  const { account } = useSession();
  const [asOf, setAsOf] = useState(today());
  // Loaded again when who is signed in changes: the answer says what they may do.
  const composition = useLoad(() => api.GET("/api/bodies/{id}/composition", { params: { path: { id }, query: { as_of: asOf } } }), [id, asOf, account]);
  const body = composition.data?.body;
  const quotas = body?.seat_quotas ?? [];
  const members = composition.data?.members ?? [];
  const orgName = (party?: string) => (party ? text(names?.organisations.get(party)?.name) || party : t("body.anyParty"));
  const personName = (person: string) => names?.persons.get(person)?.name ?? person;

  const posts = useLoad(() => api.GET("/api/posts"), []);
  const [nomination, setNomination] = useState({ person_id: "", on_behalf_of_id: "", seat_category: "elected", role: "member" as Role, deputy_of_id: "", post_id: "" });
  const deputy = nomination.role === "deputy_member";
  // A personal deputy stands for one member: of the same party, who has none yet on this date.
  const deputyOf = (m: { id: string }) => members.find((d) => d.role === "deputy_member" && d.deputy_of_id === m.id);
  const standsFor = members.filter((m) => m.role !== "deputy_member" && m.on_behalf_of_id === nomination.on_behalf_of_id && !deputyOf(m));
  const partyPosts = (posts.data ?? []).filter((p) => p.organization_id === nomination.on_behalf_of_id);
  const [outcome, setOutcome] = useState<Outcome>({});
  const nominate = async (e: FormEvent) => {
    e.preventDefault();
    const { deputy_of_id, post_id, seat_category, ...rest } = nomination;
    const { error } = await api.POST("/api/bodies/{id}/memberships", {
      params: { path: { id } },
      body: {
        ...rest,
        ...(deputy ? { deputy_of_id } : { seat_category: seat_category as "elected" | "officeholder" }),
        ...(post_id ? { basis: "by_virtue_of_post" as const, post_id } : {}),
        start_date: asOf,
      },
    });
    if (error) return setOutcome({ error: problemText(error) });
    setOutcome({ ok: t("body.nominated", { name: personName(nomination.person_id) }) });
    setNomination({ ...nomination, person_id: "", deputy_of_id: "", post_id: "" });
    composition.reload();
  };

  return (
    <>
      <Status loading={composition.loading && !body} error={composition.error} />
      {body && (
        <>
          <Heading variant="h1">{text(body.name)}</Heading>
          <p>
            {t(`level.${body.level}`)} · {body.may_decide ? t("body.mayDecide") : t("body.mayNotDecide")}
          </p>
          <div className="yp-form">
            <label>
              {t("body.asOf")}
              <input type="date" value={asOf} onChange={(e) => e.target.value && setAsOf(e.target.value)} data-testid="as-of" />
            </label>
          </div>
          <Heading variant="h2">{t("body.composition", { date: date(asOf) })}</Heading>
          <p data-testid="seats">{t("body.seatsOf", { filled: members.filter((m) => m.role !== "deputy_member").length, total: composition.data?.total_seats ?? 0 })}</p>
          <VerdictView verdict={composition.data?.verdict} />
          {quotas.length > 0 && (
            <DataTable
              caption={t("body.quotas")}
              hideCaption={false}
              testId="quotas"
              columns={[t("body.party"), t("body.category"), t("body.quota"), t("body.filled")]}
              rows={quotas.map((q, i) => {
                const filled = members.filter(
                  (m) => m.role !== "deputy_member" && (!q.party_id || m.on_behalf_of_id === q.party_id) && (!q.category || m.seat_category === q.category),
                ).length;
                return {
                  key: String(i),
                  cells: [orgName(q.party_id), q.category ? t(`category.${q.category}`) : "", q.count, { node: filled, className: filled === q.count ? "yp-holds" : "yp-fails" }],
                };
              })}
            />
          )}
          <Heading variant="h2">{t("body.members")}</Heading>
          {members.length === 0 ? (
            <p>{t("body.noMembers")}</p>
          ) : (
            <DataTable
              caption={t("body.members")}
              testId="members"
              columns={[t("body.person"), t("body.role"), t("body.onBehalfOf"), t("body.deputy"), t("body.from")]}
              rows={members
                .filter((m) => m.role !== "deputy_member")
                .map((m) => {
                  const d = deputyOf(m);
                  return {
                    key: m.id,
                    cells: [m.person?.name ?? personName(m.person_id), t(`role.${m.role}`), orgName(m.on_behalf_of_id), d ? (d.person?.name ?? personName(d.person_id)) : "–", date(m.start_date)],
                  };
                })}
            />
          )}
          {(composition.data?.may ?? []).includes("plan_meeting") && <PlanMeeting body={id} />}
          {account && (
            <section aria-labelledby="nominate-heading">
              <Heading variant="h2" id="nominate-heading">
                {t("body.nominate")}
              </Heading>
              <form className="yp-form" onSubmit={(e) => void nominate(e)}>
                <label>
                  {t("body.person")}
                  <select required value={nomination.person_id} onChange={(e) => setNomination({ ...nomination, person_id: e.target.value })} name="person">
                    <option value="">{t("form.choose")}</option>
                    {[...(names?.persons.values() ?? [])]
                      .sort((a, b) => a.name.localeCompare(b.name))
                      .map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                  </select>
                </label>
                <label>
                  {t("body.onBehalfOf")}
                  <select required value={nomination.on_behalf_of_id} onChange={(e) => setNomination({ ...nomination, on_behalf_of_id: e.target.value, deputy_of_id: "", post_id: "" })} name="party">
                    <Options items={body.party_ids ?? []} value={(p) => p} label={orgName} choose={t("form.choose")} />
                  </select>
                </label>
                <label>
                  {t("body.role")}
                  <select value={nomination.role} onChange={(e) => setNomination({ ...nomination, role: e.target.value as Role, deputy_of_id: "" })} name="role">
                    <Options items={["member", "chair", "vice_chair", "deputy_member"] as const} value={(r) => r} label={(r) => t(`role.${r}`)} />
                  </select>
                </label>
                {deputy ? (
                  <label>
                    {t("body.deputyOf")}
                    <select required value={nomination.deputy_of_id} onChange={(e) => setNomination({ ...nomination, deputy_of_id: e.target.value })} name="deputy-of">
                      <Options items={standsFor} value={(m) => m.id} label={(m) => m.person?.name ?? personName(m.person_id)} choose={t("form.choose")} />
                    </select>
                  </label>
                ) : (
                  <label>
                    {t("body.category")}
                    <select value={nomination.seat_category} onChange={(e) => setNomination({ ...nomination, seat_category: e.target.value })} name="category">
                      <option value="elected">{t("category.elected")}</option>
                      <option value="officeholder">{t("category.officeholder")}</option>
                    </select>
                  </label>
                )}
                {partyPosts.length > 0 && (
                  <label>
                    {t("body.byVirtueOf")}
                    <select value={nomination.post_id} onChange={(e) => setNomination({ ...nomination, post_id: e.target.value })} name="post">
                      <Options items={partyPosts} value={(p) => p.id} label={(p) => text(p.label)} choose={t("body.nominatedNotByPost")} />
                    </select>
                  </label>
                )}
                <Button type="submit">{t("body.nominateButton", { date: date(asOf) })}</Button>
              </form>
              <OutcomeView outcome={outcome} />
            </section>
          )}
        </>
      )}
    </>
  );
}
