// The typed API client: paths and schemas generated from the server's /api/openapi.json
// (npm run generate), requests on the same origin with the session cookie, the CSRF token on
// every write and the chosen language on every request.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";
import i18n from "../i18n";

export type Schemas = components["schemas"];
export type Text = Schemas["Text"];
export type Verdict = Schemas["Verdict"];

export const api = createClient<paths>({ baseUrl: window.location.origin });

let csrfToken = "";
export function setCsrfToken(token: string) {
  csrfToken = token;
}

api.use({
  onRequest({ request }) {
    request.headers.set("Accept-Language", i18n.language);
    if (request.method !== "GET" && csrfToken) request.headers.set("X-CSRF-Token", csrfToken);
    return request;
  },
});

// A problem answer's detail, or a general sentence when there is none.
export function problemText(error: unknown): string {
  if (error && typeof error === "object" && "detail" in error) return String((error as { detail: unknown }).detail);
  if (error && typeof error === "object" && "title" in error) return String((error as { title: unknown }).title);
  return i18n.t("error.general");
}

// Sends a file's text as the body of a write (CSV imports, which the typed client does not send
// as they are), with the CSRF token and the language; answers like the typed client.
export async function postText<T>(path: string, body: string, contentType: string): Promise<{ data?: T; error?: unknown }> {
  const response = await fetch(path, {
    method: "POST",
    body,
    headers: { "Content-Type": contentType, "X-CSRF-Token": csrfToken, "Accept-Language": i18n.language },
    credentials: "same-origin",
  });
  const answer = await response.json().catch(() => undefined);
  return response.ok ? { data: answer as T } : { error: answer ?? { title: response.statusText } };
}
