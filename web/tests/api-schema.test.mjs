// The typed client is only as true as the OpenAPI document: the answers the pages read are checked
// here against the document's schemas (JSON Schema 2020-12, with Ajv), on the real server.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { recordMeetingWithAction, startServer } from "./server.mjs";

let server, ajv;
before(async () => {
  server = await startServer();
  await recordMeetingWithAction(server.url);
  const document = await (await fetch(new URL("/api/openapi.json", server.url))).json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, "openapi.json");
});
after(() => server?.stop());

// Each path, and the schema its 200 answer must match.
const answers = [
  ["/api/meetings", "Meeting", true],
  ["/api/meetings/loviisa-strategic-cooperation-item", "Meeting", false],
  ["/api/meetings/espoo-lansi-uusimaa-2025-01-15", "Meeting", false],
  ["/api/actions", "FollowUp", true],
  ["/api/agreements", "Agreement", true],
  ["/api/agreements/hus-organising-agreement", "Agreement", false],
  ["/api/bodies", "Body", true],
  ["/api/bodies/helsinki-counties-cooperation-group/composition?as_of=2023-06-01", "Composition", false],
  ["/api/organisations?classification=wellbeing_services_county", "Organisation", true],
  ["/api/duties?as_of=2025-06-01&organisation_id=municipality-049", "Verdict", true],
  ["/api/duties/summary?as_of=2024-12-31", "DutySummary", true],
];

for (const [path, schema, array] of answers)
  test(`${path} matches ${array ? "an array of " : ""}${schema}`, async () => {
    const answer = await fetch(new URL(path, server.url));
    assert.equal(answer.status, 200);
    const body = await answer.json();
    if (array) assert.ok(Array.isArray(body) && body.length > 0, "expected a non-empty array");
    const validate = ajv.getSchema(`openapi.json#/components/schemas/${schema}`);
    for (const item of array ? body : [body]) assert.ok(validate(item), `${item.id ?? ""}: ${ajv.errorsText(validate.errors)}`);
  });

test("the schemas refuse what does not match them", () => {
  const meeting = ajv.getSchema("openapi.json#/components/schemas/Meeting");
  assert.equal(meeting({ id: "m", kind: "body_meeting", title: { fi: "Kokous" }, status: "adjourned" }), false);
  assert.equal(meeting({ kind: "body_meeting", title: { fi: "Kokous" } }), false);
  assert.equal(meeting({ id: "m", kind: "body_meeting", title: { fi: "Kokous" }, date: "1.2.2025" }), false);
});
