// Who may run a meeting from the browser, as the server decides it (it checks again on every
// write): the secretary of the meeting's body, or an administrator; an action also by a coordinator
// of the organisation responsible for it.
import type { Schemas } from "../api/client";

type Account = Schemas["Account"];

export const mayRunMeetingsOf = (a: Account | undefined, body?: string) =>
  (a?.grants ?? []).some((g) => g.role === "administrator" || (g.role === "secretary" && g.scope_id === body));
export const mayAnswerAction = (a: Account | undefined, body?: string, organisation?: string) =>
  mayRunMeetingsOf(a, body) || (a?.grants ?? []).some((g) => g.role === "coordinator" && g.scope_id === organisation);
