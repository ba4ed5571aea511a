// One agreement: parties, approval progress (a bar and the list), whether it is in force and why,
// and the passages of the source document it rests on.
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useNames } from "../api/names";
import { useLoad } from "../api/useLoad";
import { Status } from "../components/Status";
import { VerdictView } from "../components/VerdictView";
import { useSession } from "../access/session";
import { useDate, useText } from "../text";
import { CreateBody } from "../bodies/CreateBody";
import { AgreementSteps } from "./AgreementSteps";
import { ApprovalForm } from "./ApprovalForm";
import { CorrectApproval } from "./CorrectApproval";

export function AgreementPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const names = useNames();
  const { account } = useSession();
  // Loaded again when who is signed in changes: the answer says what they may do.
  const agreement = useLoad(() => api.GET("/api/agreements/{id}", { params: { path: { id } } }), [id, account]);
  const a = agreement.data;
  const approvers = a?.approvers ?? [];
  // The agreement's own approvals; those of an amendment name its version.
  const approvedBy = new Map((a?.approvals ?? []).filter((ap) => !ap.version_id).map((ap) => [ap.party_id, ap]));
  const done = approvers.filter((ap) => approvedBy.has(ap.party_id)).length;
  const orgName = (party: string) => text(names?.organisations.get(party)?.name) || party;
  return (
    <>
      <Status loading={agreement.loading} error={agreement.error} />
      {a && (
        <>
          <Heading variant="h1">{text(a.title)}</Heading>
          <Heading variant="h2">{t("agreement.inForce")}</Heading>
          <VerdictView verdict={a.in_force} evidence />
          <Heading variant="h2">{t("agreement.approvals")}</Heading>
          {approvers.length > 0 && (
            <>
              <p>{t("agreement.approvedOf", { approved: done, total: approvers.length })}</p>
              <progress value={done} max={approvers.length} aria-label={t("agreement.approvals")} style={{ width: "100%" }} />
            </>
          )}
          <ul>
            {approvers.map((ap) => {
              const approval = approvedBy.get(ap.party_id);
              return (
                <li key={ap.party_id}>
                  <Link to={`/organisations/${ap.party_id}`}>{orgName(ap.party_id)}</Link>:{" "}
                  {approval ? t("agreement.approvedOn", { date: date(approval.date) }) : t("agreement.notApproved")}
                  {approval?.minutes_paragraph && ` (${approval.minutes_paragraph})`}
                  {(approval?.corrections ?? []).map((c, i) => (
                    <span key={i}> — {t("agreement.corrected", { date: date(c.date), reason: c.reason })}</span>
                  ))}
                  {approval && (a.may_approve_for ?? []).includes(ap.party_id) && (
                    <CorrectApproval key={ap.party_id} agreement={a.id} approval={approval} done={agreement.reload} />
                  )}
                </li>
              );
            })}
          </ul>
          {(() => {
            // The approvers the server says this account may record an approval for that have not
            // yet: of the agreement, or else of its latest amendment.
            const mine = a.may_approve_for ?? [];
            const open = approvers.map((ap) => ap.party_id).filter((p) => mine.includes(p) && !approvedBy.has(p));
            if (open.length > 0) return <ApprovalForm key={open.join()} agreement={a.id} parties={open} orgName={orgName} done={agreement.reload} />;
            const latest = (a.versions ?? []).filter((v) => v.effective_date).pop();
            if (!latest) return null;
            const ofLatest = new Set((a.approvals ?? []).filter((ap) => ap.version_id === latest.id).map((ap) => ap.party_id));
            const waiting = a.party_ids.filter((p) => mine.includes(p) && !ofLatest.has(p));
            return (
              waiting.length > 0 && (
                <ApprovalForm key={`${latest.id}-${waiting.join()}`} agreement={a.id} parties={waiting} orgName={orgName} done={agreement.reload} version={{ id: latest.id, name: text(latest.description) }} />
              )
            );
          })()}
          <AgreementSteps agreement={a} done={agreement.reload} />
          {(a.may ?? []).includes("create_body") && <CreateBody agreement={a} orgName={orgName} />}
          <Heading variant="h2">{t("agreement.parties")}</Heading>
          <ul>
            {a.party_ids.map((p) => (
              <li key={p}>
                <Link to={`/organisations/${p}`}>{orgName(p)}</Link>
              </li>
            ))}
          </ul>
          {(a.content_areas?.length ?? 0) > 0 && (
            <>
              <Heading variant="h2">{t("agreement.contentAreas")}</Heading>
              <ol data-testid="content-areas">
                {(a.content_areas ?? []).map((c) => (
                  <li key={c.number} value={c.number}>
                    {text(c.title)}
                  </li>
                ))}
              </ol>
            </>
          )}
          {(a.clauses?.length ?? 0) > 0 && (
            <>
              <Heading variant="h2">{t("agreement.clauses")}</Heading>
              {(a.clauses ?? []).map((c) => (
                <div key={c.id}>
                  <p>{text(c.text)}</p>
                  {c.source?.passage && (
                    <blockquote className="yp-passage" lang="fi">
                      {c.source.passage}
                    </blockquote>
                  )}
                </div>
              ))}
            </>
          )}
        </>
      )}
    </>
  );
}
