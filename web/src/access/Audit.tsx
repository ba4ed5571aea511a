// The audit trail (administrators): every change, newest last, narrowed by who made it, what it
// changed and when; each entry opens to the entity's document before and after the change.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading, InlineAlert } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { Status } from "../components/Status";
import { useSession } from "./session";

const pretty = (doc: unknown) => (doc === null || doc === undefined || doc === "" ? "" : JSON.stringify(doc, null, 2));

export function Audit() {
  const { t } = useTranslation();
  const { account } = useSession();
  const isAdmin = (account?.may ?? []).includes("read_audit");
  const [filter, setFilter] = useState({ actor: "", entity: "", from: "" });
  const query = { ...(filter.actor ? { actor: filter.actor } : {}), ...(filter.entity ? { entity: filter.entity } : {}), ...(filter.from ? { from: filter.from } : {}), limit: "200" };
  const trail = useLoad(async () => (isAdmin ? api.GET("/api/audit", { params: { query } }) : { data: undefined }), [isAdmin, filter.actor, filter.entity, filter.from]);
  if (!isAdmin) return <InlineAlert>{t("accounts.adminsOnly")}</InlineAlert>;
  return (
    <>
      <Heading variant="h1">{t("audit.title")}</Heading>
      <p>{t("audit.intro")}</p>
      <div className="yp-form">
        <label>
          {t("audit.actor")}
          <input name="actor" value={filter.actor} onChange={(e) => setFilter({ ...filter, actor: e.target.value })} />
        </label>
        <label>
          {t("audit.entity")}
          <input name="entity" value={filter.entity} onChange={(e) => setFilter({ ...filter, entity: e.target.value })} placeholder="budget_explanations" />
        </label>
        <label>
          {t("audit.from")}
          <input type="date" name="from" value={filter.from} onChange={(e) => setFilter({ ...filter, from: e.target.value })} />
        </label>
      </div>
      <Status loading={trail.loading && !trail.data} error={trail.error} />
      <DataTable
        caption={t("audit.title")}
        testId="audit"
        columns={[t("audit.at"), t("audit.actor"), t("audit.request"), t("audit.change")]}
        rows={(trail.data ?? []).map((e) => ({
          key: String(e.seq),
          cells: [
            e.at.replace("T", " ").slice(0, 19),
            e.actor,
            <code>{e.request}</code>,
            <details>
              <summary>
                {e.entity} {e.entity_id}
              </summary>
              <div className="yp-diff">
                <pre tabIndex={0} role="region" aria-label={t("audit.before")}>{pretty(e.before)}</pre>
                <pre tabIndex={0} role="region" aria-label={t("audit.after")}>{pretty(e.after)}</pre>
              </div>
            </details>,
          ],
        }))}
      />
    </>
  );
}
