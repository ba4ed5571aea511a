// Euros and per cents as the reader writes them. The API gives exact decimal strings; they are
// turned into numbers only to be shown (and charted), never to be summed back.
import { useTranslation } from "react-i18next";

const locales: Record<string, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

export function useMoney() {
  const { i18n } = useTranslation();
  const locale = locales[i18n.language] ?? "fi-FI";
  const euros = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const size = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 });
  return {
    euros: (text?: string | null) => (text == null ? "–" : euros.format(Number(text))),
    // A deviation, signed: "+8,89 %".
    percent: (text?: string | null) => (text == null ? "–" : `${percent.format(Number(text))} %`),
    // A threshold, a size without a sign: "5 %".
    size: (text?: string | null) => (text == null ? "–" : `${size.format(Number(text))} %`),
  };
}

// Month names for axis labels and tables, in the reader's language.
export function useMonths() {
  const { i18n } = useTranslation();
  const locale = locales[i18n.language] ?? "fi-FI";
  const long = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const short = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const at = (m: number) => new Date(Date.UTC(2001, m - 1, 1));
  return { long: (m: number) => long.format(at(m)), short: (m: number) => short.format(at(m)).replace(".", "") };
}
