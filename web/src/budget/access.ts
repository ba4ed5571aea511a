// What the signed-in account may do in budget monitoring, as the server decides it (the server
// checks again on every write): HUS's coordinators import and explain, a member's coordinators
// accept or return, the top management meeting's secretary records the threshold.
import type { Schemas } from "../api/client";

type Account = Schemas["Account"];

function holds(account: Account | undefined, role: string, scope?: string) {
  return (account?.grants ?? []).some((g) => g.role === "administrator" || (g.role === role && (scope === undefined || g.scope_id === scope)));
}

export const mayImport = (a?: Account) => holds(a, "coordinator", "hus");
export const mayExplain = (a?: Account) => holds(a, "coordinator", "hus");
export const mayAnswerFor = (a: Account | undefined, member: string) => holds(a, "coordinator", member);
export const mayRecordThreshold = (a?: Account) => holds(a, "secretary", "uusimaa-top-management-meeting");
export const mayConfirmFrame = mayRecordThreshold;
// A frame is built jointly: HUS's and every fee-paying member's coordinators may record a version.
export const mayRecordFrame = (a: Account | undefined, members: string[]) => ["hus", ...members].some((m) => holds(a, "coordinator", m));
