// Texts in the data come in Finnish, Swedish and English; this picks the reader's, falling back to
// Finnish, the language every source document is written in.
import { useTranslation } from "react-i18next";
import type { Text } from "./api/client";

export function useText() {
  const { i18n } = useTranslation();
  const lang = i18n.language as keyof Text;
  return (text?: Text) => (text ? text[lang] || text.fi || text.sv || text.en || "" : "");
}

// 2025-01-15 as the reader writes dates: 15.1.2025 (fi, sv) or 15 Jan 2025 (en).
export function useDate() {
  const { i18n } = useTranslation();
  return (iso?: string) => {
    if (!iso) return "";
    const [y, m, d] = iso.split("-").map(Number);
    if (i18n.language === "en") return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    return `${d}.${m}.${y}`;
  };
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

// A number as people type it in Finnish and Swedish: "2,5" and "1 500 000" (spaces, no-break
// spaces and thin spaces between the thousands) are sent as the API writes them, "2.5" and "1500000".
export function decimalInput(typed: string): string {
  return typed.trim().replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
}
