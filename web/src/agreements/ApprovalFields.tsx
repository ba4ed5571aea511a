// The two fields of a party's approval, as its minutes give them: the day and the paragraph (§ 12).
import { useTranslation } from "react-i18next";

export function ApprovalFields({ day, setDay, paragraph, setParagraph }: { day: string; setDay: (v: string) => void; paragraph: string; setParagraph: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t("agreement.approvalDate")}
        <input type="date" name="date" required value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      <label>
        {t("agreement.minutesParagraph")}
        <input name="paragraph" maxLength={100} value={paragraph} onChange={(e) => setParagraph(e.target.value)} placeholder="§ 12" />
      </label>
    </>
  );
}
