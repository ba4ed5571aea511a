// An organisation's duties by status at the end of each of the last five years (today for this
// year), one bar a year, so that a reader sees at a glance whether things get better.
import { useTranslation } from "react-i18next";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { today } from "../text";
import { Status } from "./Status";
import { StatusChart } from "./StatusChart";

export function StatusOverTime({ organisation }: { organisation: string }) {
  const { t } = useTranslation();
  const now = today();
  const year = Number(now.slice(0, 4));
  const days = [4, 3, 2, 1, 0].map((back) => (back === 0 ? now : `${year - back}-12-31`));
  const summaries = useLoad(
    async () => {
      const answers = await Promise.all(days.map((as_of) => api.GET("/api/duties/summary", { params: { query: { as_of } } })));
      const failed = answers.find((a) => a.error);
      return failed ? { error: failed.error } : { data: answers.map((a) => a.data?.find((s) => s.organisation_id === organisation)?.counts ?? {}) };
    },
    [organisation, now],
  );
  return (
    <section aria-labelledby="over-time-heading">
      <h3 id="over-time-heading">{t("dashboard.overTime")}</h3>
      <Status loading={summaries.loading} error={summaries.error} />
      {summaries.data?.map((counts, i) => (
        <div key={days[i]} className="yp-year" data-testid="year-bar">
          <span className="yp-year-label">{days[i].slice(0, 4)}</span>
          <StatusChart counts={counts} />
        </div>
      ))}
    </section>
  );
}
