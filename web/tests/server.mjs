// The real program for the browser tests: a fresh SQLite database with the repository's data and
// an administrator made on the command line, served with the built web application on a free
// loopback port.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";

const root = resolve(import.meta.dirname, "../..");
export const binary = process.env.YP_BINARY ?? join(root, "build/yhdyspinta");
export const password = "the browser test's password";

export async function startServer() {
  const database = `sqlite:${join(mkdtempSync(join(tmpdir(), "yp-web-")), "web.db")}`;
  execFileSync(binary, ["--database", database, "load", "--quiet", process.env.YP_DATA_DIR ?? join(root, "data")]);
  execFileSync(binary, ["--database", database, "account", "admin", "--create", "--name", "Anna Ylläpitäjä", "--grant", "administrator"], {
    env: { ...process.env, YHDYSPINTA_PASSWORD: password },
  });
  const server = spawn(binary, ["--database", database, "serve", "--port", "0", "--web", join(root, "web/dist"), "--rate-limit", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const line = await new Promise((ok, fail) => {
    createInterface({ input: server.stdout }).once("line", ok);
    server.once("exit", (code) => fail(new Error(`the server exited with ${code}`)));
  });
  return { url: line.slice(line.indexOf("http")).trim(), database, stop: () => server.kill("SIGTERM") };
}

// An account for the coordinator of each of `parties`, named coordinator-<party>, with the tests' password.
export function addCoordinators(database, parties) {
  for (const party of parties)
    execFileSync(binary, ["--database", database, "account", `coordinator-${party}`, "--create", "--grant", `coordinator:${party}`], {
      env: { ...process.env, YHDYSPINTA_PASSWORD: password },
    });
}

// Signs in as the administrator and records a held meeting of the Itä-Uusimaa operational steering
// groups with one follow-up action for county-01, through the API as the secretary's tools would.
// Returns the meeting's id.
export async function recordMeetingWithAction(url) {
  const signIn = await fetch(new URL("/api/session", url), {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ account: "admin", password }),
  });
  const cookie = signIn.headers.get("set-cookie").split(";")[0];
  const { csrf_token } = await signIn.json();
  const post = async (path, body) => {
    const answer = await fetch(new URL(path, url), {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: cookie, "X-CSRF-Token": csrf_token },
      body: JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
    return answer.json();
  };
  const meeting = await post("/api/bodies/ita-uusimaa-operational-steering-groups/meetings", { date: "2025-02-03" });
  await post(`/api/meetings/${meeting.id}/items`, { title: { fi: "Palveluketjut", sv: "Vårdkedjor", en: "Service chains" } });
  await post(`/api/meetings/${meeting.id}/transitions`, { to: "held", date: "2025-02-03" });
  await post(`/api/meetings/${meeting.id}/items/1/actions`, {
    text: { fi: "Kuvataan palveluketju", sv: "Vårdkedjan beskrivs", en: "The service chain is described" },
    responsible_organisation_id: "county-01",
    due_date: "2025-06-30",
  });
  return meeting.id;
}
