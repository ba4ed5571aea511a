#include "calendar/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "calendar/ical.h"
#include "calendar/planning.h"
#include "program/verdicts.h"

namespace yp::http {
using nlohmann::json;

void add_calendar_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today) {
  // The annual planning calendar as iCalendar feeds (…/{id} or …/{id}.ics), in ?lang=fi|sv|en.
  auto feed = [&reg, today](const Request& r, bool body) {
    std::string id = r.params.at("id");
    if (id.size() > 4 && id.ends_with(".ics")) id.resize(id.size() - 4);
    return reg.read([&](const Dataset& d) {
      const Date day = today();
      Text name;
      std::vector<CalendarItem> items;
      // A token opens the non-public items; a wrong or revoked one is refused rather than ignored,
      // so that a subscriber learns that the link no longer works.
      const std::string token = r.query_or("token");
      if (!token.empty()) {
        // Read from the store on every use: a token revoked from the command line stops at once.
        auto stored = reg.store().read_doc("feed_tokens", token);
        if (!stored) return problem(stored.error(), r.language());
        Dataset tokens;
        if (stored.value())
          if (auto t = codec::decode_value<FeedToken>(nlohmann::json::parse(*stored.value()))) tokens.feed_tokens.put(t.value());
        if (!feed_token_opens(tokens, token, id, day)) return coded_problem(403, "forbidden", "calendar.token", {}, r.language());
      }
      const bool with_non_public = !token.empty();
      if (body) {
        const auto* b = d.bodies.find(id);
        if (!b) return coded_problem(404, "not_found", "request.no_such", {{"what", "entity.body", true}, {"id", id}}, r.language());
        name = b->name;
        items = body_calendar(d, id, duty_verdicts(d, day), with_non_public);
      } else {
        const auto* o = d.organisations.find(id);
        if (!o) return coded_problem(404, "not_found", "request.no_such", {{"what", "entity.organisation", true}, {"id", id}}, r.language());
        name = o->name;
        items = organisation_calendar(d, id, duty_verdicts(d, day), with_non_public);
      }
      const Text title{"Vuosikello: " + name.fi, "Årsklocka: " + name.sv, "Annual calendar: " + name.en};
      return Response{200, "text/calendar; charset=utf-8", ical_feed(title, items, r.language(), day), {}};
    });
  };
  router.add("GET", "/api/calendar/bodies/{id}", [feed](const Request& r) { return feed(r, true); });
  router.add("GET", "/api/calendar/organisations/{id}", [feed](const Request& r) { return feed(r, false); });

}

}  // namespace yp::http
