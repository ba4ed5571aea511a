// The cooperation group of document 000 filled by the people who run it, in a real browser: from a
// database loaded with data/ (18 seats, no members), each of the five parties' coordinators signs
// in (Länsi-Uusimaa's in Swedish), registers its persons, Helsinki's also who holds the posts of
// mayor and deputy mayor, and nominates its members and their personal deputies; the composition
// then holds on that date. A refusal is read in the coordinator's language. Pages are scanned by
// axe-core as in e2e.test.mjs.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { accessible, signedIn } from "./browser.mjs";
import { addCoordinators, startServer } from "./server.mjs";

let server, browser;
const asOf = "2025-06-01";
const group = "helsinki-counties-cooperation-group";

before(async () => {
  server = await startServer();
  addCoordinators(server.database, ["municipality-091", "municipality-049", "county-01", "county-02", "county-03", "county-04"]);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

// What each coordinator's interface says, in its language.
const words = {
  fi: { registered: "kirjattiin", nominated: "nimettiin", nominate: /Nimeä .* alkaen/, approve: "Kirjaa hyväksyminen" },
  sv: { registered: "registrerades", nominated: "utsågs", nominate: /Utse från/, approve: "Registrera godkännandet" },
};

// A coordinator's own browser, signed in from a bookmarked sign-in page: it returns to the site.
const coordinator = (party, lang) => signedIn(browser, server.url, `coordinator-${party}`, lang);

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
  const chairRow = page.getByTestId("members").locator("tr").filter({ hasText: "Puheenjohtaja" }).or(page.getByTestId("members").locator("tr").filter({ hasText: "Ordförande" }));
  assert.match(await chairRow.first().innerText(), /Anni Pormestari\s+Ordförande\s+Helsingfors stad\s+Anni Pormestari \(varalla\)/);
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
  // Signed in, the forms fit the phone too.
  const signed = await coordinator("county-03", "sv");
  await signed.setViewportSize({ width: 390, height: 844 });
  for (const [path, form] of [["/agreements", "draft-agreement"], ["/organisations/county-03", "register-person"], [`/bodies/${group}`, "as-of"]]) {
    await signed.goto(new URL(path, server.url).href);
    await signed.getByTestId(form).waitFor();
    assert.ok(await signed.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} is wider than the phone`);
  }
  await signed.context().close();
});

// An approval recorded on the agreement's page by the party's coordinator (of the agreement, or of
// its latest amendment when the form offers that).
async function approve(page, lang, date, paragraph) {
  const form = page.getByTestId("approval-form");
  await form.locator("input[name=date]").fill(date);
  await form.locator("input[name=paragraph]").fill(paragraph);
  await form.getByRole("button").click();
  await form.waitFor({ state: "detached" });
}

test("an agreement between Espoo and Länsi-Uusimaa is drafted, consulted, approved by both, in force with a working group, and amended once", async () => {
  const espoo = await coordinator("municipality-049", "fi");
  await espoo.goto(new URL("/agreements", server.url).href);
  const draft = espoo.getByTestId("draft-agreement");
  await draft.locator("input[name=title-fi]").fill("Espoon ja Länsi-Uudenmaan virkamiestapaamiset");
  await draft.locator("input[name=title-sv]").fill("Tjänstemannamöten mellan Esbo och Västra Nyland");
  await draft.locator("select[name=parties]").selectOption(["municipality-049", "county-03"]);
  await draft.locator("select[name=preparer]").selectOption("municipality-049");
  await draft.locator("input[name=end]").fill("2028-12-31");
  await accessible(espoo, "agreement-draft-fi");
  await draft.getByRole("button").click();
  await espoo.getByRole("heading", { level: 1, name: "Espoon ja Länsi-Uudenmaan virkamiestapaamiset" }).waitFor();
  const agreementUrl = espoo.url();
  // Espoo, which prepares it, asks Länsi-Uusimaa's national language board for a statement and records it.
  const ask = espoo.getByTestId("request-consultation");
  await ask.locator("select[name=whom]").selectOption("body:national-language-board-county-03");
  await ask.locator("input[name=requested]").fill("2026-11-10");
  await ask.locator("input[name=due]").fill("2026-11-20");
  await ask.getByRole("button").click();
  await espoo.getByTestId("consultations").filter({ hasText: /ei vielä annettu/ }).waitFor();
  const statement = espoo.getByTestId("record-statement");
  await statement.locator("select[name=whom]").selectOption("body:national-language-board-county-03");
  await statement.locator("input[name=given]").fill("2026-11-18");
  await statement.locator("input[name=statement]").fill("Kokousaineisto myös ruotsiksi.");
  await statement.getByRole("button").click();
  await espoo.getByTestId("consultations").filter({ hasText: /Kokousaineisto myös ruotsiksi/ }).waitFor();
  // An approval dated tomorrow is refused, in Finnish; today's is recorded.
  const form = espoo.getByTestId("approval-form");
  const tomorrow = new Date(Date.now() + 86400000).toISOString().slice(0, 10);
  await form.locator("input[name=date]").fill(tomorrow);
  await form.getByRole("button").click();
  await espoo.getByText(/ei voi olla tulevaisuudessa/).waitFor();
  await approve(espoo, "fi", "2026-11-25", "§ 101");
  await espoo.getByTestId("verdict").filter({ hasText: /1\/2 osapuolelta/ }).waitFor();
  await accessible(espoo, "agreement-steps-fi");
  await espoo.context().close();

  // Länsi-Uusimaa's coordinator, in Swedish: approves, and the agreement is in force.
  const lu = await coordinator("county-03", "sv");
  await lu.goto(agreementUrl);
  await lu.getByRole("heading", { level: 1, name: "Tjänstemannamöten mellan Esbo och Västra Nyland" }).waitFor();
  await approve(lu, "sv", "2026-11-26", "§ 55");
  await lu.getByTestId("verdict-explanation").filter({ hasText: /Avtalet är i kraft/ }).waitFor();
  // A working group under it, with its seats per party.
  const body = lu.getByTestId("create-body");
  await body.locator("input[name=name-fi]").fill("Espoon ja Länsi-Uudenmaan virkamiestyöryhmä");
  await body.locator("input[name=name-sv]").fill("Tjänstemannagruppen för Esbo och Västra Nyland");
  await body.locator("select[name=keeper]").selectOption("county-03");
  await body.locator("input[name=times]").fill("2");
  await body.locator("input[name=seats-municipality-049-officeholder]").fill("2");
  await body.locator("input[name=seats-county-03-officeholder]").fill("2");
  await body.getByRole("button").click();
  await lu.getByText(/Tjänstemannagruppen för Esbo och Västra Nyland inrättades/).waitFor();
  // An amendment proposed by Länsi-Uusimaa, approved by it at once.
  const amend = lu.getByTestId("propose-amendment");
  await amend.locator("input[name=description-fi]").fill("Kokoukset pidetään myös ruotsiksi");
  await amend.locator("input[name=description-sv]").fill("Mötena hålls också på svenska");
  await amend.locator("input[name=effective]").fill("2027-01-01");
  await amend.locator("select[name=by]").selectOption("county-03");
  await amend.getByRole("button").click();
  await lu.getByTestId("versions").filter({ hasText: /Mötena hålls också på svenska/ }).waitFor();
  await approve(lu, "sv", "2026-11-30", "§ 61");
  await lu.getByTestId("verdict-evidence").filter({ hasText: /väntar på godkännande: Esbo/ }).waitFor();
  await accessible(lu, "agreement-amended-sv");
  await lu.goto(new URL("/bodies/espoon-ja-lansi-uudenmaan-virkamiestyoryhma", server.url).href);
  await lu.getByTestId("seats").filter({ hasText: "0 / 4" }).waitFor();
  await lu.context().close();

  // Espoo approves the amendment too: it applies from its effective date.
  const again = await coordinator("municipality-049", "fi");
  await again.goto(agreementUrl);
  await approve(again, "fi", "2026-11-30", "§ 120");
  await again.getByTestId("verdict-evidence").filter({ hasText: /tulee voimaan 1\.1\.2027; kaikki osapuolet ovat hyväksyneet sen/ }).waitFor();
  await again.context().close();
});

test("the successor of document 000 is drafted by Helsinki, approved by the five parties, and in force", async () => {
  const hki = await coordinator("municipality-091", "fi");
  await hki.goto(new URL("/agreements", server.url).href);
  const draft = hki.getByTestId("draft-agreement");
  await draft.locator("input[name=title-fi]").fill("Helsingin ja Uudenmaan hyvinvointialueiden yhteistyösopimus 2024");
  await draft.locator("input[name=title-sv]").fill("Samarbetsavtal mellan Helsingfors och välfärdsområdena i Nyland 2024");
  await draft.locator("select[name=parties]").selectOption(["municipality-091", "county-01", "county-02", "county-03", "county-04"]);
  await draft.locator("select[name=preparer]").selectOption("municipality-091");
  await draft.locator("select[name=succeeds]").selectOption("helsinki-counties-cooperation-agreement");
  await draft.getByRole("button").click();
  await hki.getByRole("heading", { level: 1, name: /yhteistyösopimus 2024/ }).waitFor();
  const url = hki.url();
  await approve(hki, "fi", "2024-03-25", "§ 80");
  await hki.context().close();
  for (const [party, lang, day] of [["county-01", "sv", "2024-03-26"], ["county-02", "fi", "2024-03-26"], ["county-03", "sv", "2024-03-27"], ["county-04", "fi", "2024-03-28"]]) {
    const page = await coordinator(party, lang);
    await page.goto(url);
    await approve(page, lang, day, "§ 9");
    await page.context().close();
  }
  const page = await coordinator("county-03", "sv");
  await page.goto(url);
  await page.getByTestId("verdict-explanation").filter({ hasText: /Avtalet är i kraft.*i kraft sedan 28\.3\.2024/ }).waitFor();
  assert.match(await page.getByTestId("verdict-evidence").innerText(), /Fortsätter avtalet ”Samarbetsavtal/);
  // The predecessor names its renewal.
  await page.goto(new URL("/agreements/helsinki-counties-cooperation-agreement", server.url).href);
  await page.getByTestId("verdict-evidence").filter({ hasText: /Det fortsätts av avtalet ”Samarbetsavtal mellan Helsingfors/ }).waitFor();
  await page.context().close();
});
