// A text of the data (fi, sv, en) in the reader's language; when it was written only in another,
// that text marked with its language (lang="fi", for screen readers and hyphenation) and a note
// saying which it is ("på finska"), never silently passed off as a translation.
import { useTranslation } from "react-i18next";
import type { Text } from "../api/client";

const order = ["fi", "sv", "en"] as const;

export function TextView({ text }: { text?: Text }) {
  const { i18n, t } = useTranslation();
  if (!text) return null;
  const lang = i18n.language as keyof Text;
  if (text[lang]) return <>{text[lang]}</>;
  const original = order.find((l) => text[l]);
  if (!original) return null;
  return (
    <>
      <span lang={original}>{text[original]}</span> <span className="yp-muted">({t(`language.originalIn.${original}`)})</span>
    </>
  );
}
