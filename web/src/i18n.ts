// Every text a person reads, in Finnish, Swedish and English. The choice is remembered in the
// browser and set as the page's lang attribute, so that screen readers read it right.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import fi from "./locales/fi.json";
import sv from "./locales/sv.json";
import en from "./locales/en.json";

export const languages = ["fi", "sv", "en"] as const;
export type Language = (typeof languages)[number];
const stored = localStorage.getItem("yhdyspinta.lang");
const browser = navigator.language.slice(0, 2);
const initial = (languages as readonly string[]).includes(stored ?? "") ? stored! : (languages as readonly string[]).includes(browser) ? browser : "fi";

i18n.on("languageChanged", (lng) => {
  localStorage.setItem("yhdyspinta.lang", lng);
  document.documentElement.lang = lng;
});
void i18n.use(initReactI18next).init({
  resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
  lng: initial,
  fallbackLng: "fi",
  interpolation: { escapeValue: false },
});
document.documentElement.lang = initial;

export default i18n;
