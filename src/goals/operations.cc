#include "goals/operations.h"

#include "core/decimal.h"
#include "core/refusal.h"
#include "registry/naming.h"

namespace yp::goals {
namespace {

using nlohmann::json;

const Refusals refuse("goals");

Error no_person(const char* path, const std::string& id) { return Error::coded(ErrorKind::invalid, path, "registry.no_person", {{"id", id}}); }
Error no_indicator(const std::string& id) { return refuse(ErrorKind::not_found, "/indicator_id", "no_indicator", {{"id", id}}); }

std::vector<const Agreement*> agreements_of_indicator(const Dataset& d, const std::string& indicator_id) {
  std::vector<const Agreement*> out;
  for (const auto& g : d.goals.items)
    for (const auto& i : g.indicator_ids)
      if (i == indicator_id)
        if (const auto* a = agreement_of_goal(d, g.id)) out.push_back(a);
  return out;
}

Result<Written> name_pair(const Dataset& d, json& a, const Date& today, const std::string&) {
  auto goal = take<std::string>(a, "goal_id");
  if (!goal) return goal.error();
  auto person = take<std::string>(a, "person_id");
  if (!person) return person.error();
  auto party = take<std::string>(a, "party_id");
  if (!party) return party.error();
  auto hus_person = take<std::string>(a, "hus_person_id");
  if (!hus_person) return hus_person.error();
  auto start = take_or<Date>(a, "start_date", today);
  if (!start) return start.error();
  auto source = take_or<Source>(a, "source", Source{});
  if (!source) return source.error();
  if (auto e = nothing_left(a)) return *e;
  const auto* agreement = agreement_of_goal(d, *goal);
  if (!agreement) return refuse(ErrorKind::not_found, "/goal_id", "no_goal", {{"id", *goal}});
  if (!d.persons.find(*person)) return no_person("/person_id", *person);
  if (!d.persons.find(*hus_person)) return no_person("/hus_person_id", *hus_person);
  if (*person == *hus_person) return refuse(ErrorKind::invalid, "/hus_person_id", "pair_of_two");
  if (*party == "hus") return refuse(ErrorKind::invalid, "/party_id", "party_not_hus");
  if (std::find(agreement->party_ids.begin(), agreement->party_ids.end(), *party) == agreement->party_ids.end())
    return Error::coded(ErrorKind::invalid, "/party_id", "agreements.not_a_party", {name_param("party", org_name(d, *party)), name_param("agreement", agreement->title)});
  Written w;
  int n = 1;
  for (const auto& p : d.responsibility_pairs.items) {
    if (p.goal_id != *goal) continue;
    ++n;
    if (p.start_date >= *start) return refuse(ErrorKind::conflict, "/start_date", "pair_after", {{"date", p.start_date.finnish()}});
    if (!p.end_date || *p.end_date >= *start) {  // the pair before hands over
      ResponsibilityPair ended = p;
      ended.end_date = start->plus_days(-1);
      w.fragment.responsibility_pairs.put(std::move(ended));
    }
  }
  ResponsibilityPair p{*goal + "-pair-" + std::to_string(n), *goal, *person, *party, *hus_person, "hus", *start, std::nullopt, *source};
  w.entity = codec::encode(p);
  w.location = "/api/goals/" + *goal;
  w.fragment.responsibility_pairs.put(std::move(p));
  return w;
}

Result<Written> end_pair(const Dataset& d, json& a, const Date& today, const std::string&) {
  auto id = take<std::string>(a, "pair_id");
  if (!id) return id.error();
  auto end = take_or<Date>(a, "end_date", today);
  if (!end) return end.error();
  if (auto e = nothing_left(a)) return *e;
  const auto* found = d.responsibility_pairs.find(*id);
  if (!found) return refuse(ErrorKind::not_found, "/pair_id", "no_pair", {{"id", *id}});
  if (found->end_date) return refuse(ErrorKind::conflict, "/pair_id", "pair_ended", {{"date", found->end_date->finnish()}});
  if (*end < found->start_date) return Error::coded(ErrorKind::invalid, "/end_date", "registry.end_before_start", {{"start", found->start_date.finnish()}});
  ResponsibilityPair p = *found;
  p.end_date = *end;
  return written_one(&Dataset::responsibility_pairs, std::move(p));
}

Result<Written> enter_value(const Dataset& d, json& a, const Date& today, const std::string& actor) {
  auto indicator = take<std::string>(a, "indicator_id");
  if (!indicator) return indicator.error();
  auto region = take<std::string>(a, "region_id");
  if (!region) return region.error();
  auto year = take<int>(a, "year");
  if (!year) return year.error();
  auto value = take<std::string>(a, "value");
  if (!value) return value.error();
  if (auto e = nothing_left(a)) return *e;
  if (!d.indicators.find(*indicator)) return no_indicator(*indicator);
  if (!d.organisations.find(*region)) return Error::coded(ErrorKind::invalid, "/region_id", "registry.no_organisation", {{"id", *region}});
  if (*year < 2000 || *year > today.year) return refuse(ErrorKind::invalid, "/year", "year_range", {{"last", std::to_string(today.year)}});
  const auto number = decimal_as_written(*value);
  if (!number) return refuse(ErrorKind::invalid, "/value", "not_a_decimal");
  return written_one(&Dataset::indicator_values, IndicatorValue{value_id(*indicator, *region, *year), *indicator, *region, *year, *number, actor, "api", today});
}

Result<Written> set_target(const Dataset& d, json& a, const Date&, const std::string&) {
  auto id = take<std::string>(a, "indicator_id");
  if (!id) return id.error();
  auto year = take<int>(a, "year");
  if (!year) return year.error();
  auto value = take<std::string>(a, "value");
  if (!value) return value.error();
  auto source = take<Source>(a, "source");
  if (!source) return source.error();
  auto direction = take_or<Direction>(a, "direction", Direction::unrecorded);
  if (!direction) return direction.error();
  if (auto e = nothing_left(a)) return *e;
  const auto* found = d.indicators.find(*id);
  if (!found) return no_indicator(*id);
  const auto number = decimal_as_written(*value);
  if (!number) return refuse(ErrorKind::invalid, "/value", "not_a_decimal");
  if (source->document.empty()) return refuse(ErrorKind::invalid, "/source/document", "decision_needed");
  if (*direction == Direction::unrecorded && found->direction == Direction::unrecorded) return refuse(ErrorKind::invalid, "/direction", "direction_needed");
  if (*direction != Direction::unrecorded && found->direction != Direction::unrecorded && *direction != found->direction)
    return refuse(ErrorKind::conflict, "/direction", "direction_recorded", {refuse.message("direction", "direction." + std::string(name_of(found->direction)))});
  Indicator ind = *found;
  if (*direction != Direction::unrecorded) ind.direction = *direction;
  std::erase_if(ind.targets, [&](const YearValue& t) { return t.year == *year; });
  ind.targets.push_back({*year, *number, *source});
  std::sort(ind.targets.begin(), ind.targets.end(), [](const YearValue& x, const YearValue& y) { return x.year < y.year; });
  return written_one(&Dataset::indicators, std::move(ind));
}

// What the group responsible decides of an indicator slot: its definition, unit, which way is
// better and its Sotkanet number; each given field replaces the recorded one.
Result<Written> describe_indicator(const Dataset& d, json& a, const Date&, const std::string&) {
  auto id = take<std::string>(a, "indicator_id");
  if (!id) return id.error();
  auto definition = take_or<Text>(a, "definition", Text{});
  if (!definition) return definition.error();
  auto unit = take_or<std::string>(a, "unit", "");
  if (!unit) return unit.error();
  auto direction = take_or<Direction>(a, "direction", Direction::unrecorded);
  if (!direction) return direction.error();
  auto sotkanet = take_or<std::string>(a, "sotkanet_id", "");
  if (!sotkanet) return sotkanet.error();
  auto source = take<Source>(a, "source");
  if (!source) return source.error();
  if (auto e = nothing_left(a)) return *e;
  const auto* found = d.indicators.find(*id);
  if (!found) return no_indicator(*id);
  if (source->document.empty()) return refuse(ErrorKind::invalid, "/source/document", "decision_needed");
  if (!sotkanet->empty() && sotkanet->find_first_not_of("0123456789") != std::string::npos)
    return refuse(ErrorKind::invalid, "/sotkanet_id", "not_a_sotkanet_number");
  Indicator ind = *found;
  if (!definition->fi.empty() || !definition->sv.empty() || !definition->en.empty()) ind.definition = *definition;
  if (!unit->empty()) ind.unit = *unit;
  if (*direction != Direction::unrecorded) ind.direction = *direction;
  if (!sotkanet->empty()) ind.sotkanet_id = *sotkanet;
  ind.source = *source;
  return written_one(&Dataset::indicators, std::move(ind));
}

const OperationTable<ActorOperation>& operations() {
  static const OperationTable<ActorOperation> table = {
      {"name_pair", name_pair}, {"end_pair", end_pair}, {"enter_value", enter_value}, {"set_target", set_target}, {"describe_indicator", describe_indicator}};
  return table;
}

}  // namespace

const Agreement* agreement_of_goal(const Dataset& d, const std::string& goal_id) {
  const auto* g = d.goals.find(goal_id);
  const auto* p = g ? d.priorities.find(g->priority_id) : nullptr;
  return p ? d.agreements.find(p->agreement_id) : nullptr;
}

std::string value_id(const std::string& indicator, const std::string& region, int year) { return indicator + "-" + region + "-" + std::to_string(year); }

Result<Written> run_goal_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today, const std::string& actor) {
  return run_operation_in(operations(), name, data, std::move(args), unknown_operation(name), today, actor);
}

Allowed who_may_run_goal(const Dataset& data, const std::string& name, const nlohmann::json& args) {
  Allowed allowed;
  auto parties_of = [&](const Agreement* a) {
    if (a)
      for (const auto& p : a->party_ids) allowed.push_back({AccessRole::coordinator, p});
  };
  if (name == "name_pair") parties_of(agreement_of_goal(data, text_argument(args, "goal_id")));
  // A pair is ended by one of its own two sides, not by another party of the plan.
  if (name == "end_pair")
    if (const auto* p = data.responsibility_pairs.find(text_argument(args, "pair_id")))
      allowed = {{AccessRole::coordinator, p->party_id}, {AccessRole::coordinator, p->hus_party_id}};
  if (name == "set_target" || name == "describe_indicator")
    for (const auto* a : agreements_of_indicator(data, text_argument(args, "indicator_id"))) parties_of(a);
  // A value entered by hand is the region's own: only its coordinator enters it (national
  // statistics come in through the Sotkanet import, with their source).
  if (name == "enter_value" && !text_argument(args, "region_id").empty()) allowed = {{AccessRole::coordinator, text_argument(args, "region_id")}};
  return allowed;
}

const std::vector<std::string>& goal_operation_names() {
  static const std::vector<std::string> names = operation_names_in(operations());
  return names;
}

}  // namespace yp::goals
