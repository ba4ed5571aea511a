// What the API's route files share: a JSON answer, a request body that must be one JSON object and
// its fields, a date in the query, a list answered, a 404 for the entity a route's {id} names, an
// answer as the reader may see it, and who made a change (for the audit trail).
#pragma once
#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <vector>
#include <optional>
#include <string>

#include "codec/json_codec.h"
#include "core/date.h"
#include "core/error.h"
#include "core/limits.h"
#include "core/principal.h"
#include "http/message.h"
#include "http/problem.h"
#include "store/store.h"

namespace yp::http {

inline Response ok(const nlohmann::json& body, int status = 200) { return Response{status, "application/json", codec::to_text(body), {}}; }

// The body as one JSON object, within the limits of codec::parse_json.
inline Result<nlohmann::json> parse_body(const Request& r) {
  auto j = codec::parse_json(r.body);
  if (!j) return j.error();
  if (!j->is_object()) return Error::coded(ErrorKind::invalid, "", "json.not_object");
  return j;
}

// The string field `name` of a body (`fallback` when absent), checked as the codec checks it.
inline Result<std::string> string_field(const nlohmann::json& body, const std::string& name, const std::string& fallback = "") {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return fallback;
  return codec::decode_value<std::string>(*it, "/" + name);
}

// A whole number written with 1 to `max_digits` digits and nothing else (a year, a month, an
// agenda item's number, a limit in a query), or nothing.
inline std::optional<int> digits(const std::string& text, size_t max_digits) {
  if (text.empty() || text.size() > max_digits || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  return std::stoi(text);
}

// 404 for the entity named by the route's {id}; `what` names its kind ("organisation", "body"),
// the message "entity.<what>" of the catalog.
inline Response not_found(const Request& r, const std::string& what) {
  return coded_problem(404, "not_found", "request.no_such", {{"what", "entity." + what, true}, {"id", r.params.at("id")}}, r.language());
}


// A field of a JSON body that must be there, decoded, or the Error naming it.
template <class T>
Result<T> required_field(const nlohmann::json& body, const std::string& name) {
  if (!body.contains(name)) return Error::coded(ErrorKind::invalid, "/" + name, "codec.required");
  return codec::decode_value<T>(body[name], "/" + name);
}


// Parses ?name=YYYY-MM-DD (or D.M.YYYY), defaulting to today. A question "as of" a day is answered for days
// from 2000 to 2100 only: the work of one answer grows with the years between the data and the day.
inline Result<Date> date_param(const Request& r, const std::string& name, const std::function<Date()>& today) {
  auto text = r.query_or(name);
  if (text.empty()) return today();
  const auto d = Date::parse_written(text);
  if (!d) return Error::coded(ErrorKind::invalid, "/" + name, "date.invalid");
  if (d->year < kFirstQueryYear || d->year > kLastQueryYear)
    return Error::coded(ErrorKind::invalid, "/" + name, "date.out_of_range",
                        {{"from", Date{kFirstQueryYear, 1, 1}.iso()}, {"until", Date{kLastQueryYear, 12, 31}.iso()}});
  return *d;
}


template <class T>
Response list(const std::vector<T>& items, const std::function<bool(const T&)>& keep = {}) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : items)
    if (!keep || keep(item)) out.push_back(codec::encode(item));
  return ok(out);
}

inline bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

// An answer as `who` may read it: the accounts that recorded events are for those signed in (an
// account's name is its sign-in name); the public sees the grants they acted under.
inline nlohmann::json for_reader(nlohmann::json j, const Principal& who) {
  if (who.signed_in()) return j;
  std::vector<nlohmann::json*> todo{&j};
  while (!todo.empty()) {
    nlohmann::json* at = todo.back();
    todo.pop_back();
    if (at->is_object()) at->erase("recorded_by");
    if (at->is_structured())
      for (auto& child : *at) todo.push_back(&child);
  }
  return j;
}

inline Provenance provenance_of(const Request& r) { return {r.principal.account_id, r.method + " " + r.path}; }

}  // namespace yp::http
