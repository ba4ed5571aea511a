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
  return { url: line.slice(line.indexOf("http")).trim(), stop: () => server.kill("SIGTERM") };
}
