// The secretary plans a body's next meeting: its date, time and place; the meeting's page opens
// to run it from there.
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { Button, Heading, InlineAlert } from "suomifi-ui-components";
import { api, problemText } from "../api/client";

export function PlanMeeting({ body }: { body: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [plan, setPlan] = useState({ date: "", start_time: "", end_time: "", place: "" });
  const [error, setError] = useState<string>();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const { data, error } = await api.POST("/api/bodies/{id}/meetings", {
      params: { path: { id: body } },
      body: {
        date: plan.date,
        ...(plan.start_time ? { start_time: plan.start_time } : {}),
        ...(plan.end_time ? { end_time: plan.end_time } : {}),
        ...(plan.place ? { place: plan.place } : {}),
      },
    });
    if (error || !data) return setError(problemText(error));
    navigate(`/meetings/${(data as { id: string }).id}`);
  };
  return (
    <section aria-labelledby="plan-heading">
      <Heading variant="h2" id="plan-heading">
        {t("run.plan")}
      </Heading>
      <form className="yp-form" onSubmit={(e) => void send(e)} data-testid="plan-meeting">
        <label>
          {t("meeting.date")}
          <input type="date" name="date" required value={plan.date} onChange={(e) => setPlan({ ...plan, date: e.target.value })} />
        </label>
        <label>
          {t("run.startTime")}
          <input name="start_time" inputMode="decimal" placeholder="13.00" maxLength={5} value={plan.start_time} onChange={(e) => setPlan({ ...plan, start_time: e.target.value })} />
        </label>
        <label>
          {t("run.endTime")}
          <input name="end_time" inputMode="decimal" placeholder="15.00" maxLength={5} value={plan.end_time} onChange={(e) => setPlan({ ...plan, end_time: e.target.value })} />
        </label>
        <label>
          {t("run.place")}
          <input name="place" maxLength={500} value={plan.place} onChange={(e) => setPlan({ ...plan, place: e.target.value })} />
        </label>
        <Button type="submit">{t("run.planButton")}</Button>
        {error && <InlineAlert status="error">{error}</InlineAlert>}
      </form>
    </section>
  );
}
