#include "meetings/routes.h"

#include <atomic>

#include "access/access.h"
#include "codec/json_codec.h"
#include "core/limits.h"
#include "files/pdf.h"
#include "http/json_body.h"
#include "program/operation_route.h"
#include "http/problem.h"
#include "meetings/lifecycle.h"
#include "meetings/minutes.h"
#include "meetings/operations.h"
#include "meetings/visibility.h"

namespace yp::http {
namespace {

using nlohmann::json;

constexpr int kPdfsAtOnce = 2;

// The {number} of an agenda item's route.
Result<int> item_number(const Request& r) {
  const auto number = digits(r.params.at("number"), 6);
  if (!number) return Error::coded(ErrorKind::invalid, "/number", "meetings.not_an_item_number");
  return *number;
}

// Who reads, as meetings/visibility.h tells audiences apart: the body's secretary and
// administrators see everything of its meetings, anyone signed in the non-public ones.
Audience audience_of(const Principal& who, const std::string& body_id) {
  return may_read_confidential(who, body_id) ? Audience::everything : who.signed_in() ? Audience::signed_in : Audience::public_reader;
}
Audience audience_of(const Principal& who, const Meeting& m) { return audience_of(who, m.body_id); }
bool may_see(const Principal& who, const Meeting& m) { return may_see(m, audience_of(who, m)); }
Meeting view_for(const Principal& who, const Meeting& m) { return meeting_view(m, audience_of(who, m)); }
// An action as the reader may see it, or nothing.
std::optional<FollowUp> action_for(const Principal& who, const Dataset& d, const FollowUp& a) {
  const auto* m = d.meetings.find(a.meeting_id);
  return action_view(d, a, audience_of(who, m ? m->body_id : ""));
}

// An action as the API answers it, with what the one asking may do to it (`may`: action_status).
json action_json(const Principal& who, const Dataset& d, const FollowUp& a) {
  json out = codec::encode(a);
  out["may"] = json::array();
  if (permits(who, {who_may_run(d, "action_status", {{"action_id", a.id}})})) out["may"].push_back("action_status");
  return out;
}

}  // namespace

void add_meetings_routes(Router& router, LiveRegistry& reg, std::function<Date()> today) {
  // Meetings: the public sees public meetings without their confidential items; anyone signed in
  // sees the rest of the meetings; the body's secretary and administrators see confidential items.
  router.add("GET", "/api/meetings", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& m : d.meetings.items)
        if (may_see(r.principal, m)) out.push_back(codec::encode(view_for(r.principal, m)));
      return ok(out);
    });
  });
  // Minutes as a document, in ?lang=fi|sv|en: HTML, or PDF made by a real renderer.
  for (const bool pdf : {false, true})
    router.add("GET", pdf ? "/api/meetings/{id}/minutes.pdf" : "/api/meetings/{id}/minutes", [&reg, pdf](const Request& r) {
      std::string html;
      {
        auto found = reg.read([&](const Dataset& d) -> std::optional<Result<std::string>> {
          const auto* m = d.meetings.find(r.params.at("id"));
          if (!m || !may_see(r.principal, *m)) return std::nullopt;
          if (auto none = no_minutes_of(*m)) return Result<std::string>(*none);
          return Result<std::string>(minutes_html(d, *m, r.language(), audience_of(r.principal, *m)));
        });
        if (!found) return not_found(r, "meeting");
        if (!*found) return problem(found->error(), r.language());
        html = std::move(found->value());
      }
      if (!pdf) return Response{200, "text/html; charset=utf-8", std::move(html), {}, {}};
      // A PDF takes a second or more of a core: a few at a time, the others asked to come back.
      static std::atomic<int> rendering{0};
      struct Slot {
        ~Slot() { --rendering; }
      } slot;
      if (rendering.fetch_add(1) >= kPdfsAtOnce) {
        Response busy = coded_problem(503, "busy", "service.busy", {{"seconds", "5"}}, r.language());
        busy.headers.emplace("Retry-After", "5");  // not operator= from a literal: GCC 12 warns falsely there (-Wrestrict)
        return busy;
      }
      auto rendered = files::html_to_pdf(html);  // outside the registry's lock: it takes a while
      if (!rendered) return problem(rendered.error(), r.language());
      return Response{200, "application/pdf", std::move(rendered.value()), {}, {}};
    });
  // Meetings: every write is a named operation of the meetings capability (meetings/operations.h),
  // its arguments the body with the route's {id} and {number} added.
  static const OperationRoute meeting_routes[] = {
      {"/api/bodies/{id}/meetings", "plan", "body_id", 201},
      {"/api/negotiations", "plan_negotiation", nullptr, 201},
      {"/api/meetings/{id}/items/{number}/statements", "state", "meeting_id", 200},
      {"/api/meetings/{id}/items/{number}/discussion", "discuss", "meeting_id", 200},
      {"/api/meetings/{id}/items/{number}/proposal", "propose", "meeting_id", 200},
      {"/api/meetings/{id}/participants/prefill", "prefill", "meeting_id", 200},
      {"/api/meetings/{id}/items", "add_item", "meeting_id", 201},
      {"/api/meetings/{id}/items/{number}/attachments", "attach", "meeting_id", 201},
      {"/api/meetings/{id}/transitions", "move", "meeting_id", 200},
      {"/api/meetings/{id}/attendance", "attend", "meeting_id", 200},
      {"/api/meetings/{id}/items/{number}/attendance", "attend_item", "meeting_id", 200},
      {"/api/meetings/{id}/items/{number}/disqualifications", "disqualify", "meeting_id", 200},
      {"/api/meetings/{id}/items/{number}/decision", "decide", "meeting_id", 200},
      {"/api/meetings/{id}/items/{number}/agreed", "agree", "meeting_id", 200},
      {"/api/meetings/{id}/items/{number}/actions", "add_action", "meeting_id", 201},
      {"/api/actions/{id}/status", "action_status", "action_id", 200},
      {"/api/meetings/{id}/checkers", "checkers", "meeting_id", 200},
  };
  // A meeting says which of its operations the one asking may run (`may`), as the policy decides.
  router.add("GET", "/api/meetings/{id}", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* m = d.meetings.find(r.params.at("id"));
      if (!m || !may_see(r.principal, *m)) return not_found(r, "meeting");
      json out = codec::encode(view_for(r.principal, *m));
      std::vector<std::string> may;
      for (const auto& route : meeting_routes)
        if (route.id_argument && route.id_argument == std::string_view("meeting_id") && !contains(may, route.operation) &&
            permits(r.principal, {who_may_run(d, route.operation, {{"meeting_id", m->id}})}))
          may.push_back(route.operation);
      out["may"] = may;
      return ok(out);
    });
  });
  add_operation_routes(
      router, reg, meeting_routes, [](const Dataset& d, const std::string& op, const json& args) { return who_may_run(d, op, args); },
      [today](const Dataset& d, const std::string& op, const json& args) { return run_meeting_operation(d, op, args, today()); },
      [](const Request& r, json& args) -> std::optional<Error> {
        if (!r.params.count("number")) return std::nullopt;
        auto number = item_number(r);
        if (!number) return number.error();
        args["item"] = *number;
        return std::nullopt;
      });
  // The organisations the one asking may convene a negotiation for, as the policy decides: a
  // coordinator's own; an administrator's, every county, municipality and joint authority.
  router.add("GET", "/api/negotiations/organisers", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& o : d.organisations.items) {
        const bool negotiates = o.classification == OrgKind::wellbeing_services_county || o.classification == OrgKind::municipality ||
                                o.classification == OrgKind::city_organiser || o.classification == OrgKind::joint_authority;
        if (negotiates && !o.dissolution_date && permits(r.principal, {who_may_run(d, "plan_negotiation", {{"organiser_id", o.id}})})) out.push_back(o.id);
      }
      return ok(out);
    });
  });
  // Actions as their meetings allow (meetings/visibility.h).
  router.add("GET", "/api/actions", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      json out = json::array();
      for (const auto& a : d.actions.items)
        if (auto seen = action_for(r.principal, d, a)) out.push_back(action_json(r.principal, d, *seen));
      return ok(out);
    });
  });
  router.add("GET", "/api/actions/{id}", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* a = d.actions.find(r.params.at("id"));
      auto seen = a ? action_for(r.principal, d, *a) : std::nullopt;
      return seen ? ok(action_json(r.principal, d, *seen)) : not_found(r, "actions");
    });
  });
  router.add("GET", "/api/meetings/{id}/carried-actions", [&reg](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* m = d.meetings.find(r.params.at("id"));
      if (!m || !may_see(r.principal, *m)) return not_found(r, "meeting");
      json out = json::array();
      for (const auto* a : carried_actions(d, *m))
        if (auto seen = action_for(r.principal, d, *a)) out.push_back(codec::encode(*seen));
      return ok(out);
    });
  });
}

}  // namespace yp::http
