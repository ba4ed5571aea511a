// The year wheel (vuosikello): a body's or an organisation's meetings and duty deadlines month by
// month for a chosen year, from the same iCalendar feed that the subscribe links give to people's
// own calendars.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Heading } from "suomifi-ui-components";
import { api, problemText } from "../api/client";
import { useLoad } from "../api/useLoad";
import { parseFeed } from "./feed";
import { Status } from "../components/Status";
import { useDate, useText } from "../text";

export function Calendar() {
  const { t, i18n } = useTranslation();
  const text = useText();
  const date = useDate();
  const [subject, setSubject] = useState("bodies/ita-uusimaa-top-management-forum");
  const [year, setYear] = useState(new Date().getFullYear());
  const bodies = useLoad(() => api.GET("/api/bodies"), []);
  const counties = useLoad(() => api.GET("/api/organisations", { params: { query: { classification: "wellbeing_services_county" } } }), []);
  const feedPath = `/api/calendar/${subject}.ics?lang=${i18n.language}`;
  const feed = useLoad(async () => {
    const answer = await fetch(feedPath, { headers: { "Accept-Language": i18n.language } });
    if (!answer.ok) return { error: await answer.json().catch(() => problemText(undefined)) };
    return { data: parseFeed(await answer.text()) };
  }, [feedPath]);
  const events = (feed.data ?? []).filter((e) => e.day.startsWith(String(year)));
  const months = Array.from({ length: 12 }, (_, m) => m + 1);
  const monthName = (m: number) => new Date(Date.UTC(year, m - 1, 1)).toLocaleDateString(i18n.language === "en" ? "en-GB" : `${i18n.language}-FI`, { month: "long", timeZone: "UTC" });
  const webcal = `webcal://${window.location.host}${feedPath}`;
  return (
    <>
      <Heading variant="h1">{t("calendar.title")}</Heading>
      <div className="yp-form">
        <label>
          {t("calendar.whose")}
          <select value={subject} onChange={(e) => setSubject(e.target.value)} data-testid="calendar-subject">
            <optgroup label={t("nav.bodies")}>
              {(bodies.data ?? []).map((b) => (
                <option key={b.id} value={`bodies/${b.id}`}>
                  {text(b.name)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("organisations.counties")}>
              {(counties.data ?? []).map((o) => (
                <option key={o.id} value={`organisations/${o.id}`}>
                  {text(o.name)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label>
          {t("calendar.year")}
          <input type="number" min={2021} max={2035} value={year} onChange={(e) => Number(e.target.value) && setYear(Number(e.target.value))} />
        </label>
      </div>
      <p>
        {t("calendar.subscribe")}: <a href={webcal}>{t("calendar.subscribeLink")}</a> · <a href={feedPath}>{t("calendar.download")}</a>
      </p>
      <Status loading={feed.loading} error={feed.error} />
      <div className="yp-months">
        {months.map((m) => {
          const inMonth = events.filter((e) => Number(e.day.slice(5, 7)) === m);
          return (
            <section key={m} className="yp-month" aria-label={monthName(m)} data-testid="month">
              <h2>{monthName(m)}</h2>
              {inMonth.length === 0 ? (
                <p className="yp-quiet">–</p>
              ) : (
                <ul>
                  {inMonth.map((e) => (
                    <li key={e.uid}>
                      <strong>{date(e.day)}</strong> {e.summary}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
