#include "disclosure/routes.h"

#include "http/json_body.h"
#include "program/dataset_routes.h"
#include "disclosure/disclosure.h"

namespace yp::http {
using nlohmann::json;

void add_disclosure_routes(Router& router, LiveRegistry& reg, const std::function<Date()>& today) {
  collection_routes(router, reg, "registers", &Dataset::registers);
  collection_routes(router, reg, "disclosure-bases", &Dataset::disclosure_bases);
  // May data pass between two registers on a date? Nothing of the question is stored.
  router.add("GET", "/api/disclosure", [&reg, today](const Request& r) {
    auto date = date_param(r, "date", today);
    if (!date) return problem(date.error(), r.language());
    DisclosureQuestion q{r.query_or("from"), r.query_or("to"), *date};
    if (q.from_register.empty()) return problem(Error::invalid("/from", "is required: a register id"), r.language());
    if (q.to_register.empty()) return problem(Error::invalid("/to", "is required: a register id"), r.language());
    auto purpose = enum_from_name<DisclosurePurpose>(r.query_or("purpose", "care"));
    if (!purpose) return problem(Error::invalid("/purpose", "must be one of: " + codec::allowed_names(names_of(DisclosurePurpose{}))), r.language());
    q.purpose = *purpose;
    for (auto [name, target] : {std::pair{"kanta_notice", &q.kanta_notice}, std::pair{"prohibition", &q.prohibition}}) {
      const std::string value = r.query_or(name, "false");
      if (value != "true" && value != "false") return problem(Error::invalid(std::string("/") + name, "must be true or false"), r.language());
      *target = value == "true";
    }
    return reg.read([&](const Dataset& d) {
      auto verdict = check_disclosure(d, q);
      return verdict ? ok(codec::encode(verdict.value())) : problem(verdict.error(), r.language());
    });
  });

}

}  // namespace yp::http
