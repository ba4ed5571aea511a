// The web application in a real browser (Debian's Chromium, headless, driven by playwright-core):
// the flows officials use, each page scanned by axe-core for serious or critical accessibility
// violations (WCAG 2.1 A and AA), a screenshot of each page saved under build/screenshots, and the
// dashboard's time to usable recorded in build/web-timings.json (recorded, not asserted).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { binary, password, recordMeetingWithAction, startServer } from "./server.mjs";

const build = process.env.YP_BUILD_DIR ?? resolve(import.meta.dirname, "../../build");
const shots = join(build, "screenshots");
mkdirSync(shots, { recursive: true });

let server, browser, page;
const timings = {};

before(async () => {
  server = await startServer();
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "fi-FI" });
  page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.on("pageerror", (e) => assert.fail(`the page threw: ${e.message}`));
});
after(async () => {
  await browser?.close();
  server?.stop();
  writeFileSync(join(build, "web-timings.json"), JSON.stringify(timings, null, 2));
});

// No serious or critical violation of WCAG 2.1 A/AA on the page as it is now.
async function accessible(name) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`),
    [],
    `${name}: accessibility violations`,
  );
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

test("the dashboard opens in Finnish and is usable within moments", async () => {
  const started = Date.now();
  await page.goto(server.url);
  await page.getByRole("heading", { level: 1, name: "Yhteistyön tilannekuva" }).waitFor();
  await page.locator(".yp-legend li").first().waitFor();
  timings.dashboard_usable_ms = Date.now() - started;
  timings.navigation = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    return { dom_content_loaded_ms: Math.round(n.domContentLoadedEventEnd), load_ms: Math.round(n.loadEventEnd) };
  });
  assert.equal(await page.getAttribute("html", "lang"), "fi");
  // The first organisation's duties since 2021 began before its records were kept here (from
  // 1.1.2023): the chart counts them as not recorded, and the page says what that means.
  assert.match(await page.locator(".yp-legend").first().innerText(), /Laiminlyöty:\s*\d+/);
  assert.match(await page.locator(".yp-legend").first().innerText(), /Ei kirjattu:\s*\d+/);
  assert.match(await page.getByTestId("not-recorded-note").innerText(), /ei tarkoita laiminlyöntiä/);
  await page.getByTestId("year-bar").nth(4).waitFor();
  assert.equal(await page.getByTestId("year-bar").count(), 5);
  await accessible("dashboard-fi");
});

test("switching to Swedish changes every text and is remembered", async () => {
  await page.getByRole("button", { name: "Valitse kieli" }).click();
  await page.getByRole("menuitem", { name: /På svenska/ }).click();
  await page.getByRole("heading", { level: 1, name: "Lägesbild av samarbetet" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "sv");
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Lägesbild av samarbetet" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "sv");
  await accessible("dashboard-sv");
});

test("the Helsinki–counties cooperation group has 18 seats, checked against the quotas", async () => {
  await page.getByRole("link", { name: "Organ", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Organ" }).waitFor();
  await accessible("bodies-sv");
  await page.getByRole("link", { name: "Samarbetsgruppen för Helsingfors och välfärdsområdena" }).first().click();
  await page.getByTestId("seats").waitFor();
  assert.match(await page.getByTestId("seats").innerText(), /0 \/ 18 platser/);
  assert.match(await page.getByTestId("verdict-explanation").innerText(), /18 platserna/);
  await accessible("body-sv");
});

test("a signed-in administrator nominates a member and sees the quota check change", async () => {
  const bodyUrl = page.url();
  await page.getByRole("link", { name: "Logga in" }).click();
  await page.getByLabel("Användarnamn").fill("admin");
  await page.getByLabel("Lösenord").fill(password);
  await accessible("sign-in-sv");
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.getByText("Inloggad: Anna Ylläpitäjä").waitFor();
  await page.goto(bodyUrl);
  await page.getByTestId("as-of").fill("2023-06-01");
  await page.getByTestId("seats").filter({ hasText: "0 / 18" }).waitFor();
  const before = await page.getByTestId("verdict-explanation").innerText();
  await page.locator("select[name=person]").selectOption({ label: "Mervi Heinaro" });
  await page.locator("select[name=party]").selectOption("municipality-091");
  await page.getByRole("button", { name: /Utse från/ }).click();
  await page.getByText(/Mervi Heinaro utsågs/).waitFor();
  await page.getByTestId("seats").filter({ hasText: "1 / 18" }).waitFor();
  const afterwards = await page.getByTestId("verdict-explanation").innerText();
  assert.notEqual(afterwards, before, "the composition check did not change");
  assert.match(await page.getByTestId("members").innerText(), /Mervi Heinaro/);
  await accessible("body-nominated-sv");
});

test("a meeting shows its agenda and disqualification, and its minutes open", async () => {
  await page.getByRole("link", { name: "Möten", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Möten" }).waitFor();
  await accessible("meetings-sv");
  await page.goto(new URL("/meetings/loviisa-strategic-cooperation-item", server.url).href);
  await page.getByTestId("disqualification").first().waitFor();
  assert.match(await page.getByTestId("disqualification").first().innerText(), /17\.43–17\.55/);
  await accessible("meeting-sv");
  const href = await page.getByTestId("minutes-links").getByRole("link").first().getAttribute("href");
  const minutes = await page.request.get(new URL(href, server.url).href);
  assert.equal(minutes.status(), 200);
  assert.match(await minutes.text(), /PÖYTÄKIRJA|MUISTIO/);
});

test("organisations: a county opens to its municipalities, and search finds by name", async () => {
  await page.getByRole("link", { name: "Organisationer", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Organisationer" }).waitFor();
  await page.getByRole("button", { name: /Östra Nylands välfärdsområde/ }).click();
  await page.getByRole("link", { name: "Lovisa" }).waitFor();
  await accessible("organisations-sv");
  await page.getByRole("link", { name: "Öppna: Östra Nylands välfärdsområde" }).click();
  await page.getByRole("heading", { level: 1, name: "Östra Nylands välfärdsområde" }).waitFor();
  await page.locator(".yp-legend").first().waitFor();
  await accessible("organisation-sv");
  await page.goBack();
  await page.getByRole("searchbox").fill("Espoo");
  await page.keyboard.press("Enter");
  await page.getByTestId("search-results").getByRole("link", { name: /Esbo|Espoo/ }).first().waitFor();
});

test("agreements show approval progress and whether they are in force, in English too", async () => {
  await page.getByRole("button", { name: "Välj språk" }).click();
  await page.getByRole("menuitem", { name: /In English/ }).click();
  await page.getByRole("link", { name: "Agreements", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Agreements" }).waitFor();
  await accessible("agreements-en");
  await page.locator("main table a").first().click();
  await page.getByRole("heading", { level: 2, name: "Approvals" }).waitFor();
  await accessible("agreement-en");
  await page.goto(new URL("/agreements/hus-organising-agreement", server.url).href);
  await page.getByTestId("content-areas").waitFor();
  assert.equal(await page.getByTestId("content-areas").locator("li").count(), 13);
});

test("a meeting's agreed actions show who answers for them", async () => {
  const meeting = await recordMeetingWithAction(server.url);
  await page.goto(new URL(`/meetings/${meeting}`, server.url).href);
  await page.getByTestId("meeting-actions").waitFor();
  assert.match(await page.getByTestId("meeting-actions").innerText(), /The service chain is described — Itä-Uusimaa wellbeing services county, due 30 Jun 2025 ·/);
  // The administrator may answer it: its status is a choice, open for now.
  assert.equal(await page.getByTestId("meeting-actions").locator("select").inputValue(), "open");
  await accessible("meeting-actions-en");
});

test("a duty opens to its explanation, window and counted events", async () => {
  await page.goto(server.url);
  await page.locator("main table a").first().click();
  await page.getByRole("heading", { level: 2, name: "Events counted" }).waitFor();
  assert.match(await page.locator(".yp-facts").innerText(), /Window/);
  await accessible("duty-en");
});

// A county's yearly duties fall due on 31 December (its bodies' agreements have no approval
// recorded in the bundled data, so their duties cannot be judged and have no deadline).
test("the year calendar shows a county's deadlines month by month, with a subscribe link", async () => {
  await page.getByRole("link", { name: "Year calendar", exact: true }).click();
  await page.getByTestId("calendar-subject").selectOption("organisations/county-01");
  await page.getByTestId("month").nth(11).getByText(/Deadline/).first().waitFor();
  assert.equal(await page.getByTestId("month").count(), 12);
  const feed = await page.getByRole("link", { name: "calendar feed" }).getAttribute("href");
  assert.match(feed, /^webcal:\/\/127\.0\.0\.1:\d+\/api\/calendar\/organisations\/county-01\.ics\?lang=en$/);
  await accessible("calendar-en");
});

test("everything on the dashboard is reachable by keyboard", async () => {
  await page.goto(server.url);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const reached = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => document.activeElement?.getAttribute("href") ?? document.activeElement?.getAttribute("aria-haspopup") ?? ""));
  }
  for (const target of ["#main", "/", "/organisations", "/bodies", "/agreements", "/meetings", "/calendar", "menu"])
    assert.ok(reached.has(target), `${target} not reached by Tab: ${[...reached].join(" | ")}`);
  // The language menu by keyboard alone: open it, move to another language, choose it.
  const before = await page.getAttribute("html", "lang");
  await page.locator("header button[aria-haspopup]").focus();
  await page.keyboard.press("Enter");
  // The menu opens with the current language's item focused: wait for that before moving on.
  await page.waitForFunction(() => document.activeElement?.getAttribute("role") === "menuitem");
  // Move by arrow keys to a language other than the current one.
  const focusedLanguage = () => page.evaluate(() => document.activeElement?.getAttribute("lang"));
  await page.keyboard.press("ArrowDown");  // the menu wraps around: this is always another language
  await page.waitForFunction((lang) => document.activeElement?.getAttribute("role") === "menuitem" && document.activeElement.getAttribute("lang") !== lang, before);
  assert.notEqual(await focusedLanguage(), before);
  await page.keyboard.press("Enter");
  await page.waitForFunction((lang) => document.documentElement.lang !== lang, before);
});

test("an unknown address says so in the reader's language", async () => {
  await page.goto(new URL("/no/such/page", server.url).href);
  await page.getByRole("heading", { level: 1 }).waitFor();
  assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /Sivua ei löytynyt|Sidan hittades inte|Page not found/);
  await accessible("not-found");
});

test("a controller imports a month, sees each member's chart and follows a deviation to an accepted explanation", async () => {
  // Synthetic files from the program itself: the allocation for 2025, production for January–March.
  const folder = mkdtempSync(join(tmpdir(), "yp-budget-"));
  const production = join(folder, "production.csv"), allocation = join(folder, "allocation.csv"), quarter = join(folder, "quarter.csv");
  execFileSync(binary, ["budget", "generate", "--year", "2025", "--records", "30000", "--production", production, "--plan", allocation]);
  const lines = readFileSync(production, "utf8").split("\n");
  const kept = lines.filter((l) => l.startsWith("#") || l.startsWith("member,") || (l && l.split(",")[2] < "2025-04"));
  writeFileSync(quarter, kept.join("\n") + "\n");
  const rows = { allocation: 720, production: kept.length - 2 };  // less the comment and the header

  await page.goto(new URL("/budget", server.url).href);
  await page.getByTestId("budget-year").fill("2025");
  await page.locator("input[name=percent]").fill("5,0");  // the administrator may record the agreed threshold (a decimal comma, as typed in Finland)
  await page.locator("input[name=from]").fill("2025-01-01");
  await page.locator("input[name=percent]").press("Enter");
  await page.locator("input[name=percent]").waitFor({ state: "detached" });
  for (const [kind, file] of [["allocation", allocation], ["production", quarter]]) {
    await page.locator("select[name=kind]").selectOption(kind);
    await page.locator("input[name=file]").setInputFiles(file);
    await page.locator("#import-heading + form button[type=submit]").click();
    await page.getByTestId("import-outcome").filter({ hasText: String(rows[kind]) }).waitFor();
  }
  for (const member of ["county-01", "county-02", "county-03", "county-04", "municipality-091"]) await page.getByTestId(`chart-${member}`).waitFor();
  // The charts are already there from the allocation's import; the production's report follows.
  await page.locator("svg [data-significant=yes]").first().waitFor({ timeout: 10000 }).catch(() => {});
  assert.ok((await page.locator("svg [data-significant=yes]").count()) >= 1, "no significant month is marked");
  await accessible("budget");

  const first = page.locator("[data-testid^=explanation-]").first();
  await first.waitFor();
  const id = (await first.getAttribute("data-testid")).slice("explanation-".length);
  assert.equal(await first.getAttribute("data-state"), "requested");
  const step = page.getByTestId(`step-${id}`);
  const explanation = page.getByTestId(`explanation-${id}`);
  await step.locator("textarea").fill("Leikkausjonoja purettiin lisätyönä.");
  await step.locator("button[type=submit]").click();
  await page.locator(`[data-testid=explanation-${id}][data-state=explained]`).waitFor();
  await step.locator("textarea").fill("Eritelkää lisätyön kustannukset.");
  await step.locator("button[type=submit]").click();  // returned, with the reason
  await page.locator(`[data-testid=explanation-${id}][data-state=returned]`).waitFor();
  await step.locator("textarea").fill("Lisätyö 9 000 euroa, muu kasvu potilasmäärästä.");
  await step.locator("button[type=submit]").click();
  await page.locator(`[data-testid=explanation-${id}][data-state=explained]`).waitFor();
  await step.locator("button[type=button]").click();  // accepted
  await page.locator(`[data-testid=explanation-${id}][data-state=accepted]`).waitFor();
  assert.equal(await explanation.locator(".yp-steps li").count(), 5);
  await accessible("budget-explained");

  // A spring frame for 2025–2027 recorded with each member's 2025 fee share, then confirmed: the
  // report sets the year's allocation beside each share.
  const form = page.getByTestId("record-frame");
  const inputs = form.locator("input[name^='share-'][name$='-2025']");
  assert.equal(await inputs.count(), 5);
  for (let i = 0; i < 5; ++i) await inputs.nth(i).fill("5 000 000");  // thousands apart, as typed in Finland
  await form.locator("button[type=submit]").click();
  const frame = page.locator("[data-testid='frame-frame-2025-spring_frame-1']");
  await frame.waitFor();
  assert.equal(await frame.getAttribute("data-confirmed"), "no");
  await frame.locator("form button[type=submit]").click();
  await page.locator("[data-testid='frame-frame-2025-spring_frame-1'][data-confirmed=yes]").waitFor();
  await page.getByTestId("fee-shares").locator("tbody tr").nth(4).waitFor();
  assert.equal(await page.getByTestId("fee-shares").locator("tbody tr").count(), 5);
  await accessible("budget-frame");

  // HUS's duty for that deviation is satisfied; the report downloads as CSV.
  const answers = await page.evaluate(async () => {
    const duties = await (await fetch("/api/duties?rule=hus-explains-significant-deviation")).json();
    const csv = await (await fetch("/api/budget/report.csv?year=2025")).text();
    return { statuses: duties.map((d) => d.status), csv: csv.split("\n")[0] };
  });
  assert.ok(answers.statuses.includes("satisfied"), JSON.stringify(answers.statuses));
  assert.match(answers.csv, /^member,service_group,month,allocated_euros,realised_euros/);
});

test("goals: a pair is named and a value entered by hand, and the goal's status and trend follow", async () => {
  // What the self-monitoring group decided of its staff metric, recorded through the API.
  await page.goto(new URL("/goals", server.url).href);
  const recorded = await page.evaluate(async () => {
    const { csrf_token } = await (await fetch("/api/session")).json();
    const post = (path, body) =>
      fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf_token }, body: JSON.stringify(body) }).then((r) => r.status);
    return [
      await post("/api/indicators/sm-staff-metric/description", { unit: "%", direction: "higher_is_better", source: { document: "doc-001" } }),
      await post("/api/indicators/sm-staff-metric/targets", { year: 2022, value: "40", source: { document: "doc-001" } }),
    ];
  });
  assert.deepEqual(recorded, [200, 200]);
  await page.goto(new URL("/goals?agreement_id=hus-organising-agreement&organisation_id=county-01&year=2022", server.url).href);
  const card = page.getByTestId("goal-sm-staff");
  await card.waitFor();
  assert.equal(await card.getAttribute("data-status"), "no_data");
  assert.equal(await page.locator("[data-testid^=goal-]").count(), 17);  // 7 self-monitoring, 3 ICT, 7 HYTE goals

  await page.getByTestId("edit-sm-staff").locator("summary").click();
  const pairForm = page.getByTestId("pair-form-sm-staff");
  await pairForm.locator("select[name=person_id]").selectOption({ label: "Mia Laiho" });
  await pairForm.locator("select[name=party_id]").selectOption("county-01");
  await pairForm.locator("select[name=hus_person_id]").selectOption({ label: "Otto Andersson" });
  await pairForm.locator("button[type=submit]").click();
  await page.getByTestId("pair-sm-staff").filter({ hasText: "Mia Laiho" }).waitFor();

  const valueForm = page.getByTestId("value-form-sm-staff-metric");
  await valueForm.locator("input[name=year]").fill("2022");
  await valueForm.locator("input[name=value]").fill("41,0");
  await valueForm.locator("button[type=submit]").click();
  await page.locator("[data-testid=goal-sm-staff][data-status=on_track]").waitFor();
  await page.getByTestId("trend-sm-staff-metric").locator("circle[data-value='2022']").waitFor();
  await accessible("goals");

  // The pair now answers for the goal's follow-up among the duties.
  const duties = await page.evaluate(async () => (await (await fetch("/api/duties?rule=goal.follow_up&subject=sm-staff")).json()).map((d) => d.bearer_ids));
  assert.deepEqual(duties, [["county-01", "hus"]]);
});

test("a secretary plans a meeting, holds it, records what was agreed and an action, and the action is answered", async () => {
  const day = new Date().toISOString().slice(0, 10);
  await page.goto(new URL("/bodies/ita-uusimaa-top-management-forum", server.url).href);
  const plan = page.getByTestId("plan-meeting");
  await plan.locator("input[name=date]").fill(day);
  await plan.locator("input[name=place]").fill("Porvoo");
  await plan.locator("button[type=submit]").click();
  await page.getByTestId("run-meeting").waitFor();
  assert.match(page.url(), /\/meetings\/ita-uusimaa-top-management-forum-\d{4}-\d+$/);
  const add = page.getByTestId("add-item");
  await add.locator("input[name=title]").fill("Kotoutumisohjelma");
  await add.locator("button[type=submit]").click();
  await page.getByRole("heading", { name: /§ 1 Kotoutumisohjelma/ }).first().waitFor();
  // Its number in the year is on its page; minutes are offered only once it is held.
  assert.match(await page.getByTestId("meeting-number").innerText(), /^Meeting \d+\/\d{4}$|^Kokous \d+\/\d{4}$|^Sammanträde \d+\/\d{4}$/);
  await page.getByTestId("minutes-later").waitFor();
  assert.equal(await page.getByTestId("minutes-links").count(), 0);
  await page.getByTestId("move-held").locator("button").click();
  await page.getByTestId("minutes-links").waitFor();
  const agree = page.getByTestId("agree-1");
  await agree.waitFor();
  await agree.locator("textarea").fill("Valmistellaan yhteinen kotoutumisohjelma.");
  await agree.locator("button").click();
  await page.getByText("Valmistellaan yhteinen kotoutumisohjelma.").first().waitFor();
  const action = page.getByTestId("action-1");
  await action.locator("input[name=action]").fill("Ohjelmaluonnos");
  await action.locator("select[name=responsible]").selectOption("county-01");
  await action.locator("button").click();
  const status = page.locator("[data-testid^=action-status-]");
  await status.waitFor();
  await status.selectOption("done");
  await page.locator("[data-testid^=action-form-]").getByRole("button").click();
  await status.waitFor({ state: "detached" });
  // Done, it is offered again only as a reopening with a reason.
  await page.getByTestId("meeting-actions").locator("summary").waitFor();
  // A decision is not offered: the forum makes none.
  assert.equal(await page.getByTestId("decide-1").count(), 0);
  await accessible("meeting-run");
  // The minutes carry what was agreed.
  const id = page.url().split("/").pop();
  const minutes = await page.evaluate(async (m) => (await fetch(`/api/meetings/${m}/minutes?lang=fi`)).text(), id);
  assert.match(minutes, /Valmistellaan yhteinen kotoutumisohjelma\./);
});

test("a party's approval of an agreement is recorded from its page and the progress moves", async () => {
  await page.goto(new URL("/agreements/ita-uusimaa-strategic-cooperation-agreement", server.url).href);
  const form = page.getByTestId("approval-form");
  await form.waitFor();
  const before = await page.locator("progress").getAttribute("value");
  await form.locator("select[name=party]").selectOption("municipality-434");  // Loviisa, the approver the data names
  await form.locator("input[name=date]").fill("2023-03-27");
  await form.locator("input[name=paragraph]").fill("§ 45");
  await form.locator("button[type=submit]").click();
  await page.waitForFunction((v) => document.querySelector("progress")?.getAttribute("value") !== v, before);
  assert.equal(Number(await page.locator("progress").getAttribute("value")), Number(before) + 1);
  // A party approves once: Loviisa is no longer offered; the seven other parties still are.
  await page.waitForFunction(() => !document.querySelector("[data-testid=approval-form] select[name=party] option[value='municipality-434']"));
  assert.equal(await form.locator("select[name=party] option").count(), 7);
  await accessible("agreement-approval");
});

test("an administrator makes an account with a grant, changes its grants and disables it", async () => {
  await page.goto(new URL("/accounts", server.url).href);
  const form = page.getByTestId("create-account");
  await form.locator("input[name=id]").fill("hus-controller");
  await form.locator("input[name=name]").fill("Helena Controller");
  await form.locator("input[name=password]").fill("a long enough password");
  await form.locator("input[name=grants]").fill("coordinator:hus");
  await form.locator("button[type=submit]").click();
  const row = page.getByTestId("accounts").locator("tr", { hasText: "hus-controller" });
  await row.waitFor();
  assert.match(await row.innerText(), /coordinator:hus/);
  const card = page.getByTestId("account-hus-controller");
  await card.locator("input[name=grants]").fill("coordinator:hus reader");
  await card.locator("input[name=grants]").press("Enter");
  await page.getByTestId("accounts").locator("tr", { hasText: "coordinator:hus, reader" }).waitFor();
  await card.getByRole("button").last().click();  // disable
  await card.locator(".yp-fails").waitFor();
  await accessible("accounts");
  // The new account cannot sign in once disabled.
  const status = await page.evaluate(async () =>
    (await fetch("/api/session", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ account: "hus-controller", password: "a long enough password" }) })).status,
  );
  assert.equal(status, 401);
});

test("the audit trail shows who changed what, before and after", async () => {
  await page.goto(new URL("/audit", server.url).href);
  await page.locator("input[name=entity]").fill("budget_explanations");
  const rows = page.getByTestId("audit").locator("tbody tr");
  // The unfiltered trail may show first: wait until every row is of the entity asked for.
  await page.waitForFunction(() => {
    const shown = [...document.querySelectorAll("[data-testid=audit] tbody tr")];
    return shown.length >= 5 && shown.every((r) => r.textContent.includes("budget_explanations"));
  });
  const last = rows.last();
  assert.match(await last.innerText(), /admin/);
  await last.locator("summary").click();
  assert.match(await last.locator("pre").last().innerText(), /"state": "accepted"/);
  await accessible("audit");
});
