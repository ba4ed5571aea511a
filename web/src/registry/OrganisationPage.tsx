// One organisation: what it is, its bodies, its agreements and its duties as of today.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { dutyPath } from "../duties/DutyPage";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { LinkList } from "../components/LinkList";
import { Status } from "../components/Status";
import { StatusChart } from "../components/StatusChart";
import { statusClass } from "../components/VerdictView";
import { useSession } from "../access/session";
import { today, useText } from "../text";
import { PeopleAndPosts } from "./PeopleAndPosts";

export function OrganisationPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const asOf = today();
  const { account } = useSession();
  // Loaded again when who is signed in changes: the answer says what they may do.
  const org = useLoad(() => api.GET("/api/organisations/{id}", { params: { path: { id } } }), [id, account]);
  const bodies = useLoad(() => api.GET("/api/organisations/{id}/bodies", { params: { path: { id } } }), [id]);
  const agreements = useLoad(() => api.GET("/api/organisations/{id}/agreements", { params: { path: { id } } }), [id]);
  const priorities = useLoad(() => api.GET("/api/priorities"), []);
  const duties = useLoad(() => api.GET("/api/duties", { params: { query: { as_of: asOf, organisation_id: id } } }), [id, asOf]);
  const counts: Record<string, number> = {};
  for (const d of duties.data ?? []) counts[d.status] = (counts[d.status] ?? 0) + 1;
  return (
    <>
      <Status loading={org.loading} error={org.error} />
      {org.data && (
        <>
          <Heading variant="h1">{text(org.data.name)}</Heading>
          <p>
            {t(`classification.${org.data.classification}`)}
            {org.data.population ? ` · ${t("organisation.population", { count: org.data.population })}` : ""}
          </p>
        </>
      )}
      {org.data && <PeopleAndPosts organisation={id} may={org.data.may ?? []} />}
      <Heading variant="h2">{t("nav.bodies")}</Heading>
      <LinkList {...bodies} links={(bodies.data ?? []).map((b) => ({ to: `/bodies/${b.id}`, label: text(b.name) }))} />
      <Heading variant="h2">{t("nav.agreements")}</Heading>
      <LinkList {...agreements} links={(agreements.data ?? []).map((a) => ({ to: `/agreements/${a.id}`, label: text(a.title) }))} />
      <Heading variant="h2">{t("nav.goals")}</Heading>
      <LinkList
        {...priorities}
        links={(agreements.data ?? [])
          .filter((a) => (priorities.data ?? []).some((p) => p.agreement_id === a.id))
          .map((a) => ({ to: `/goals?agreement_id=${a.id}&organisation_id=${id}`, label: text(a.title) }))}
      />
      <Heading variant="h2">{t("organisation.duties")}</Heading>
      <Status loading={duties.loading} error={duties.error} />
      <StatusChart counts={counts} />
      <DataTable
        caption={t("organisation.duties")}
        columns={[t("duty.status"), t("duty.explanation")]}
        rows={(duties.data ?? []).map((d, i) => ({ key: String(i), cells: [{ node: t(`status.${d.status}`), className: statusClass(d.status) }, <Link to={dutyPath(d.rule, d.subject, asOf)}>{text(d.explanation)}</Link>] }))}
      />
    </>
  );
}
