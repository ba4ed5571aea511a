// Every cooperation body: its name, kind, level and whether it may decide.
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { Status } from "../components/Status";
import { useText } from "../text";

export function Bodies() {
  const { t } = useTranslation();
  const text = useText();
  const bodies = useLoad(() => api.GET("/api/bodies"), []);
  return (
    <>
      <Heading variant="h1">{t("nav.bodies")}</Heading>
      <Status loading={bodies.loading} error={bodies.error} />
      <DataTable
        caption={t("nav.bodies")}
        columns={[t("body.name"), t("body.level"), t("body.seats"), t("body.decides")]}
        rows={(bodies.data ?? []).map((b) => ({
          key: b.id,
          cells: [<Link to={`/bodies/${b.id}`}>{text(b.name)}</Link>, t(`level.${b.level}`), b.total_seats || "–", b.may_decide ? t("yes") : t("no")],
        }))}
      />
    </>
  );
}
