// What the browser tests share: a page scanned by axe-core for serious and critical WCAG 2.1 AA
// violations, and a coordinator's own browser signed in from a bookmarked sign-in page (which
// returns to the site) in Finnish or Swedish.
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { password } from "./server.mjs";

export async function accessible(page, name) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help}`), [], `${name}: accessibility violations`);
}

const signInWords = { fi: ["Käyttäjätunnus", "Salasana", "Kirjaudu sisään"], sv: ["Användarnamn", "Lösenord", "Logga in"] };

export async function signedIn(browser, url, account, lang, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: lang === "sv" ? "sv-SE" : "fi-FI" });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.on("pageerror", (e) => assert.fail(`the page threw: ${e.message}`));
  await page.goto(new URL("/sign-in", url).href);
  const [name, secret, button] = signInWords[lang];
  await page.getByLabel(name).fill(account);
  await page.getByLabel(secret).fill(password);
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("heading", { level: 1, name: /Yhteistyön tilannekuva|Lägesbild av samarbetet/ }).waitFor();
  return page;
}
