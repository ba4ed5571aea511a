// The cooperation group of document 000 filled by the people who run it, in a real browser: from a
// database loaded with data/ (18 seats, no members), each of the five parties' coordinators signs
// in (Länsi-Uusimaa's in Swedish), registers its persons, Helsinki's also who holds the posts of
// mayor and deputy mayor, and nominates its members and their personal deputies; the composition
// then holds on that date. A refusal is read in the coordinator's language. Pages are scanned by
// axe-core as in e2e.test.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { binary, password, startServer } from "./server.mjs";

let server, browser;
const asOf = "2025-06-01";
const group = "helsinki-counties-cooperation-group";

before(async () => {
  server = await startServer();
  for (const party of ["municipality-091", "county-01", "county-02", "county-03", "county-04"])
    execFileSync(binary, ["--database", server.database, "account", `coordinator-${party}`, "--create", "--grant", `coordinator:${party}`], {
      env: { ...process.env, YHDYSPINTA_PASSWORD: password },
    });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function accessible(page, name) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help}`), [], `${name}: accessibility violations`);
}

// What each coordinator's interface says, in its language.
const words = {
  fi: { account: "Käyttäjätunnus", password: "Salasana", signIn: "Kirjaudu sisään", registered: "kirjattiin", nominated: "nimettiin", nominate: /Nimeä .* alkaen/ },
  sv: { account: "Användarnamn", password: "Lösenord", signIn: "Logga in", registered: "registrerades", nominated: "utsågs", nominate: /Utse från/ },
};

// A coordinator's own browser, signed in from a bookmarked sign-in page: it returns to the site.
async function coordinator(party, lang) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang === "sv" ? "sv-SE" : "fi-FI" });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.on("pageerror", (e) => assert.fail(`the page threw: ${e.message}`));
  await page.goto(new URL("/sign-in", server.url).href);
  await page.getByLabel(words[lang].account).fill(`coordinator-${party}`);
  await page.getByLabel(words[lang].password).fill(password);
  await page.getByRole("button", { name: words[lang].signIn }).click();
  await page.getByRole("heading", { level: 1, name: /Yhteistyön tilannekuva|Lägesbild av samarbetet/ }).waitFor();
  return page;
}

async function register(page, party, lang, names) {
  await page.goto(new URL(`/organisations/${party}`, server.url).href);
  await page.getByTestId("register-person").waitFor();
  for (const name of names) {
    await page.getByTestId("register-person").locator("input[name=name]").fill(name);
    await page.getByTestId("register-person").getByRole("button").click();
    await page.getByText(`${name} ${words[lang].registered}`).waitFor();
  }
  await page.getByTestId("registered-persons").filter({ hasText: names[names.length - 1] }).waitFor();
}

async function nominate(page, lang, party, { person, role = "member", category = "elected", post, deputyOf }) {
  const form = page.locator("#nominate-heading + form");
  await form.locator("select[name=person]").selectOption({ label: person });
  await form.locator("select[name=party]").selectOption(party);
  await form.locator("select[name=role]").selectOption(role);
  if (deputyOf) await form.locator("select[name=deputy-of]").selectOption({ label: deputyOf });
  else await form.locator("select[name=category]").selectOption(category);
  if (post) await form.locator("select[name=post]").selectOption(post);
  await form.getByRole("button", { name: words[lang].nominate }).click();
  await page.getByText(`${person} ${words[lang].nominated}`).waitFor();
}

async function fill(page, lang, party, seats) {
  await page.goto(new URL(`/bodies/${group}`, server.url).href);
  await page.getByTestId("as-of").fill(asOf);
  await page.getByTestId("seats").waitFor();
  for (const seat of seats) {
    await nominate(page, lang, party, seat);
    await nominate(page, lang, party, { person: `${seat.person} (varalla)`, role: "deputy_member", deputyOf: seat.person });
  }
}

const parties = [
  {
    party: "municipality-091",
    lang: "fi",
    seats: [
      { person: "Anni Pormestari", role: "chair", post: "helsinki-mayor" },
      { person: "Paavo Apulaispormestari", post: "helsinki-deputy-mayor-social-health" },
      { person: "Helena Valtuutettu" },
      { person: "Heikki Valtuutettu" },
      { person: "Outi Viranhaltija", category: "officeholder" },
      { person: "Olli Viranhaltija", category: "officeholder" },
    ],
  },
  {
    party: "county-03",
    lang: "sv",
    seats: [
      { person: "Linnea Förtroendevald", role: "vice_chair" },
      { person: "Lars Förtroendevald" },
      { person: "Lotta Förtroendevald" },
      { person: "Leo Tjänsteinnehavare", category: "officeholder" },
    ],
  },
  { party: "county-04", lang: "fi", seats: [{ person: "Vilja Vantaalainen", role: "vice_chair" }, { person: "Ville Keravalainen" }, { person: "Veera Virkailija", category: "officeholder" }] },
  { party: "county-02", lang: "fi", seats: [{ person: "Kalle Keski", category: "elected" }, { person: "Kaisa Keski" }, { person: "Kerttu Virka", category: "officeholder" }] },
  { party: "county-01", lang: "sv", seats: [{ person: "Ida Östra" }, { person: "Isak Tjänst", category: "officeholder" }] },
];

test("five coordinators fill the cooperation group's 18 seats with personal deputies, and its composition holds", async () => {
  for (const { party, lang, seats } of parties) {
    const page = await coordinator(party, lang);
    await register(page, party, lang, seats.flatMap((s) => [s.person, `${s.person} (varalla)`]));
    if (party === "municipality-091") {
      await accessible(page, "organisation-people-fi");
      // The mayor and the deputy mayor hold their posts, so their seats are held by virtue of them.
      for (const [post, person] of [["helsinki-mayor", "Anni Pormestari"], ["helsinki-deputy-mayor-social-health", "Paavo Apulaispormestari"]]) {
        const form = page.getByTestId("hold-post");
        await form.locator("select[name=post]").selectOption(post);
        await form.locator("select[name=person]").selectOption({ label: person });
        await form.locator("input[name=start]").fill("2025-06-01");
        await form.getByRole("button").click();
        await page.getByText(new RegExp(`${person} hoitaa tehtävää`)).waitFor();
      }
      assert.match(await page.getByTestId("posts").innerText(), /Anni Pormestari/);
    }
    await fill(page, lang, party, seats);
    if (party === "county-03") {
      // Another party's seat is refused, in Swedish, naming the party by its name.
      const form = page.locator("#nominate-heading + form");
      await form.locator("select[name=person]").selectOption({ label: "Lars Förtroendevald" });
      await form.locator("select[name=party]").selectOption("county-04");
      await form.locator("select[name=role]").selectOption("member");
      await form.locator("select[name=category]").selectOption("elected");
      await form.getByRole("button", { name: words.sv.nominate }).click();
      const refusal = await page.locator(".fi-inline-alert, [role=alert], [aria-live] div").filter({ hasText: /får inte/ }).first().innerText();
      assert.match(refusal, /Vanda och Kervo välfärdsområde/);
      assert.doesNotMatch(refusal, /county-04/);
      await accessible(page, "body-nominate-sv");
    }
    await page.context().close();
  }
  const page = await coordinator("county-01", "sv");
  await page.goto(new URL(`/bodies/${group}`, server.url).href);
  await page.getByTestId("as-of").fill(asOf);
  await page.getByTestId("seats").filter({ hasText: "18 / 18" }).waitFor();
  assert.match(await page.getByTestId("verdict-explanation").innerText(), /Sammansättningen motsvarar avtalet/);
  // Each member's personal deputy is beside them.
  assert.match(await page.getByTestId("members").innerText(), /Anni Pormestari.*Anni Pormestari \(varalla\)/s);
  await accessible(page, "body-full-sv");
  await page.context().close();
});

test("on a 390 px phone the page starts on the first screen, nothing overflows, and each page has its title and takes the focus", async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "sv-SE" });
  const page = await context.newPage();
  page.on("pageerror", (e) => assert.fail(`the page threw: ${e.message}`));
  await page.goto(new URL(`/bodies/${group}`, server.url).href);
  const heading = page.getByRole("heading", { level: 1, name: "Samarbetsgruppen för Helsingfors och välfärdsområdena" });
  await heading.waitFor();
  await page.getByTestId("quotas").waitFor();
  assert.ok((await heading.boundingBox()).y < 844 / 2, "the page's heading is not on the first half of the first screen");
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page is wider than the phone");
  assert.equal(await page.title(), "Samarbetsgruppen för Helsingfors och välfärdsområdena – Yhdyspinta");
  // The navigation opens as a menu; after following a link the focus is on the new page's heading.
  await page.getByRole("button", { name: /Organ|Navigering|Meny/ }).first().click();
  await page.getByRole("link", { name: "Avtal", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Avtal" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.tagName === "H1");
  assert.equal(await page.title(), "Avtal – Yhdyspinta");
  await accessible(page, "phone-agreements-sv");
  await context.close();
});
