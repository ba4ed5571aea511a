// Every agreement: its parties, how far its approval has come, and whether it is in force today.
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { Status } from "../components/Status";
import { statusClass } from "../components/VerdictView";
import { useSession } from "../access/session";
import { useText } from "../text";
import { DraftAgreement } from "./DraftAgreement";

export function Agreements() {
  const { t } = useTranslation();
  const text = useText();
  const agreements = useLoad(() => api.GET("/api/agreements"), []);
  const { account } = useSession();
  return (
    <>
      <Heading variant="h1">{t("nav.agreements")}</Heading>
      <Status loading={agreements.loading} error={agreements.error} />
      <DataTable
        caption={t("nav.agreements")}
        columns={[t("agreement.title"), t("agreement.parties"), t("agreement.approvals"), t("agreement.inForce")]}
        rows={(agreements.data ?? []).map((a) => ({
          key: a.id,
          cells: [
            <Link to={`/agreements/${a.id}`}>{text(a.title)}</Link>,
            a.party_ids.length,
            t("agreement.approvedOf", { approved: a.approvals?.length ?? 0, total: a.approvers?.length ?? 0 }),
            { node: t(`status.${a.in_force?.status ?? "unknown"}`), className: statusClass(a.in_force?.status) },
          ],
        }))}
      />
      {account && <DraftAgreement agreements={agreements.data ?? []} />}
    </>
  );
}
