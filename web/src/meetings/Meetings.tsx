// Every meeting the reader may see, newest first; a coordinator convenes a negotiation from here.
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { DataTable } from "../components/DataTable";
import { Status } from "../components/Status";
import { useDate, useText } from "../text";
import { PlanNegotiation } from "./PlanNegotiation";

export function Meetings() {
  const { t } = useTranslation();
  const text = useText();
  const date = useDate();
  const meetings = useLoad(() => api.GET("/api/meetings"), []);
  const list = (meetings.data ?? []).slice().sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return (
    <>
      <Heading variant="h1">{t("nav.meetings")}</Heading>
      <Status loading={meetings.loading} error={meetings.error} />
      <PlanNegotiation />
      <DataTable
        caption={t("nav.meetings")}
        columns={[t("meeting.date"), t("meeting.title"), t("meeting.status")]}
        rows={list.map((m) => ({
          key: m.id,
          cells: [date(m.date), <Link to={`/meetings/${m.id}`}>{text(m.title)}</Link>, t(`meetingStatus.${m.status ?? "planned"}`)],
        }))}
      />
    </>
  );
}
