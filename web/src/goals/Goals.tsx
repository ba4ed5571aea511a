// Goals and how they are followed: per plan or agreement, or per organisation (its own figures),
// every priority with its goals, each goal's pair, trend against target and status for the year;
// the CSV export. Addressable as /goals?agreement_id=…&organisation_id=…&year=….
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { Heading } from "suomifi-ui-components";
import { api } from "../api/client";
import { useLoad } from "../api/useLoad";
import { Status } from "../components/Status";
import { GoalCard } from "./GoalCard";
import { PartyOptions } from "./PartyOptions";
import { useText } from "../text";

export function Goals() {
  const { t } = useTranslation();
  const text = useText();
  const [params, setParams] = useSearchParams();
  const agreement = params.get("agreement_id") ?? "hus-organising-agreement";
  const organisation = params.get("organisation_id") ?? "";
  const year = params.get("year") ?? String(new Date().getFullYear() - 1);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const agreements = useLoad(() => api.GET("/api/agreements"), []);
  const allPriorities = useLoad(() => api.GET("/api/priorities"), []);
  const withGoals = new Set((allPriorities.data ?? []).map((p) => p.agreement_id));
  const priorities = { ...allPriorities, data: allPriorities.data?.filter((p) => p.agreement_id === agreement) };
  const goals = useLoad(
    () => api.GET("/api/goals", { params: { query: { agreement_id: agreement, organisation_id: organisation || undefined, year } } }),
    [agreement, organisation, year],
  );
  const current = agreements.data?.find((a) => a.id === agreement);
  const parties = current?.party_ids ?? [];
  const query = new URLSearchParams({ agreement_id: agreement, year, ...(organisation ? { organisation_id: organisation } : {}) });
  return (
    <>
      <Heading variant="h1">{t("goals.title")}</Heading>
      <p>{t("goals.intro")}</p>
      <div className="yp-form">
        <label>
          {t("goals.agreement")}
          <select name="agreement" value={agreement} onChange={(e) => set("agreement_id", e.target.value)}>
            {(agreements.data ?? [])
              .filter((a) => withGoals.has(a.id))
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {text(a.title)}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t("goals.organisation")}
          <select name="organisation" value={organisation} onChange={(e) => set("organisation_id", e.target.value)}>
            <option value="">{t("goals.pairsOwn")}</option>
            <PartyOptions parties={parties} />
          </select>
        </label>
        <label>
          {t("goals.year")}
          <input name="year" type="number" min={2000} max={2099} value={year} onChange={(e) => e.target.value && set("year", e.target.value)} />
        </label>
        <p>
          <a href={`/api/goals.csv?${query}`} download>
            {t("goals.downloadCsv")}
          </a>
        </p>
      </div>
      <Status loading={goals.loading && !goals.data} error={goals.error ?? priorities.error} />
      {(priorities.data ?? [])
        .slice()
        .sort((a, b) => a.number - b.number)
        .map((p) => {
          const own = (goals.data ?? []).filter((g) => g.priority_id === p.id);
          return (
            <section key={p.id} aria-labelledby={`priority-${p.id}`}>
              <Heading variant="h2" id={`priority-${p.id}`}>
                {text(p.title)}
              </Heading>
              {p.source?.passage && <blockquote className="yp-passage">{p.source.passage}</blockquote>}
              <div className="yp-cards">
                {own.map((g) => (
                  <GoalCard key={g.id} goal={g} parties={parties} changed={goals.reload} />
                ))}
              </div>
            </section>
          );
        })}
    </>
  );
}
