// A negotiation under 611/2021 § 14 run in the browser by the people who hold it, as document 004
// records Espoo and Länsi-Uusimaa's: Länsi-Uusimaa's coordinator (in Swedish) convenes it with
// Espoo, adds the participants and the items, records each side's statement, the discussion, a
// proposal, a disqualification with its times, the checkers, what was agreed and an action; a
// mis-clicked "done" is reopened with its reason. A bad time is refused in Swedish; Espoo's
// coordinator sees the negotiation but not the organiser's tools; the page fits a 390 px phone.
// Pages are scanned by axe-core as in e2e.test.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { accessible, signedIn } from "./browser.mjs";
import { addCoordinators, startServer } from "./server.mjs";

let server, browser;

before(async () => {
  server = await startServer();
  addCoordinators(server.database, ["county-03", "municipality-049"]);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const coordinator = (party, lang, width) => signedIn(browser, server.url, `coordinator-${party}`, lang, width);

// Submits one of the meeting's small forms and waits until the page shows `shown`.
async function step(page, testId, fields, shown) {
  const form = page.getByTestId(testId);
  for (const [name, value] of Object.entries(fields)) {
    const field = form.locator(`[name=${name}]`);
    if ((await field.evaluate((e) => e.tagName)) === "SELECT") await field.selectOption(value);
    else await field.fill(value);
  }
  await form.getByRole("button").click();
  if (shown) await page.getByText(shown, { exact: false }).first().waitFor();
}

test("Länsi-Uusimaa convenes and records a negotiation with Espoo, in Swedish", async () => {
  const page = await coordinator("county-03", "sv");
  await page.goto(new URL("/meetings", server.url).href);
  await step(page, "plan-negotiation", { other: "municipality-049", date: "2026-11-20", start_time: "9.00", end_time: "10.30", online_link: "https://teams.example/esbo" });
  await page.getByRole("heading", { level: 1, name: /^Förhandling: / }).waitFor();
  const id = new URL(page.url()).pathname.split("/").pop();
  await accessible(page, "negotiation-planned-sv");

  await step(page, "add-item", { title: "Inledningsanföranden" }, "§ 1 Inledningsanföranden");
  await step(page, "add-item", { title: "Överenskommet", proposal: "Välfärdsområdet föreslår ett gemensamt möte med FPA." }, "§ 2 Överenskommet");
  await page.getByTestId("move-held").getByRole("button").click();
  await page.getByTestId("add-participant").waitFor();
  await step(page, "add-participant", { participant: "mia-laiho", on_behalf_of: "county-03" });
  await page.getByTestId("attendance").getByText("Mia Laiho").waitFor();
  await step(page, "add-participant", { participant: "mervi-katainen", on_behalf_of: "municipality-049" });
  await page.getByTestId("attendance").getByText("Mervi Katainen").waitFor();

  // Arrival and departure: a time that is no time is refused in Swedish, a real one kept.
  await page.getByText("Tider för ankomst och för när personen avlägsnade sig").click();
  await step(page, "times-mia-laiho", { arrived: "25.99" });
  await page.getByTestId("times-mia-laiho").getByText("måste vara ett klockslag i formen 17.43 eller 9.00").waitFor();
  await step(page, "times-mia-laiho", { arrived: "9.05" }, "anlände 9.05");

  // Each side's statement, the discussion, the proposal, a disqualification with its times.
  const details = page.getByTestId("item-steps-1");
  await details.locator("summary").click();
  await step(page, "statement-1", { side: "county-03", speaker: "mia-laiho", points: "Tillgängligheten till tjänster hänger ihop med trafiken.\nTrygg vardag är ett viktigt tema." }, "Trygg vardag är ett viktigt tema.");
  await step(page, "statement-1", { side: "municipality-049", speaker: "mervi-katainen", points: "Esbo växer snabbt." }, "Esbo växer snabbt.");
  await step(page, "discussion-1", { discussion: "Överlappande strukturer ska undvikas." }, "Överlappande strukturer ska undvikas.");
  await page.getByTestId("item-steps-2").locator("summary").click();
  await step(page, "disqualification-2", { disqualified: "mervi-katainen", ground: "samfundsjäv", absent_from: "9.40", absent_until: "9.50" });
  await page.getByTestId("disqualification").waitFor();
  await step(page, "agree-2", { agreed: "Tjänstemännen träffas under hösten." }, "Tjänstemännen träffas under hösten.");
  await step(page, "action-2", { action: "Kalla till tjänstemannamöte", responsible: "municipality-049", due: "2026-12-31" });
  await page.getByTestId("meeting-actions").getByText("Kalla till tjänstemannamöte").waitFor();
  await step(page, "checkers", {}, "Välj minst en protokolljusterare.");  // none chosen: refused, saying what to do
  await page.getByTestId("checkers").locator("input[name=checker]").first().check();
  await page.getByTestId("checkers").getByRole("button").click();
  await page.getByTestId("checkers-named").getByText("Mia Laiho").waitFor();
  await accessible(page, "negotiation-held-sv");

  // The organiser's coordinator may answer its own meeting's action: a mis-clicked "done" is
  // reopened with the reason, which the page then shows.
  const action = `${id}-action-1`;
  // Choosing a status sends nothing until the button is pressed (an arrow key does not close it).
  const sent = [];
  page.on("request", (r) => r.method() === "POST" && r.url().endsWith("/status") && sent.push(r.url()));
  await page.getByTestId(`action-status-${action}`).focus();
  await page.keyboard.press("ArrowDown");
  await page.waitForTimeout(300);
  assert.deepEqual(sent, [], "an arrow key on the status list sent a change");
  await page.getByTestId(`action-status-${action}`).selectOption("done");
  await page.getByTestId(`action-form-${action}`).getByRole("button").click();
  await page.getByTestId(`reopen-${action}`).waitFor({ state: "attached" });
  assert.equal(sent.length, 1);
  await page.getByTestId("meeting-actions").locator("summary", { hasText: "Öppna på nytt" }).click();
  await page.getByTestId(`reopen-${action}`).locator("input[name=reason]").fill("Markerades som klar av misstag");
  await page.getByTestId(`reopen-${action}`).getByRole("button").click();
  await page.getByText("öppnad på nytt").waitFor();
  await page.context().close();

  // Espoo's coordinator reads the negotiation but runs none of it; the page fits a phone.
  const espoo = await coordinator("municipality-049", "fi", 390);
  await espoo.goto(new URL(`/meetings/${id}`, server.url).href);
  await espoo.getByText("Esbo växer snabbt.").waitFor();
  assert.equal(await espoo.getByTestId("run-meeting").count(), 0, "Espoo's coordinator is offered the organiser's tools");
  assert.ok(await espoo.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the negotiation's page is wider than the phone");
  await accessible(espoo, "negotiation-read-fi-phone");
  await espoo.context().close();
});
