#include "budget/operations.h"

#include <set>

#include <algorithm>

#include "budget/hus_agreement.h"
#include "budget/money.h"
#include "codec/json_codec.h"
#include "core/refusal.h"
#include "registry/naming.h"

namespace yp::budget {
namespace {

using nlohmann::json;

const Refusals refuse("budget");

const BudgetRules* hus_rules(const Dataset& d) {
  for (const auto& r : d.budget_rules.items)
    if (r.agreement_id == kHusAgreement) return &r;
  return nullptr;
}

int stage_order(const BudgetRules& rules, const std::string& stage_id) {
  for (size_t i = 0; i < rules.stages.size(); ++i)
    if (rules.stages[i].id == stage_id) return static_cast<int>(i);
  return -1;
}

Written frame_written(BudgetFrame f, std::string location = "") { return written_one(&Dataset::budget_frames, std::move(f), std::move(location)); }

Result<Written> record_frame(const Dataset& d, json& a, const Date& today, const std::string& actor) {
  const auto* rules = hus_rules(d);
  if (!rules) return refuse(ErrorKind::not_found, "/rules_id", "no_rules");
  auto year = take<int>(a, "year");
  if (!year) return year.error();
  auto stage = take<std::string>(a, "stage_id");
  if (!stage) return stage.error();
  auto shares = take<std::vector<FeeShare>>(a, "fee_shares");
  if (!shares) return shares.error();
  auto note = take_or<Text>(a, "note", Text{});
  if (!note) return note.error();
  if (auto e = nothing_left(a)) return *e;
  if (*year < 2000 || *year > 2099) return refuse(ErrorKind::invalid, "/year", "year_range");
  if (stage_order(*rules, *stage) < 0) return refuse(ErrorKind::invalid, "/stage_id", "no_stage", {{"stage", *stage}});
  const auto members = fee_paying_members(d);
  std::set<std::pair<std::string, int>> seen;
  for (size_t i = 0; i < shares->size(); ++i) {
    const auto& s = (*shares)[i];
    const std::string p = "/fee_shares/" + std::to_string(i);
    if (!members.count(s.member_id)) return refuse(ErrorKind::invalid, p + "/member_id", "no_such_member");
    if (s.year < *year || s.year >= *year + rules->plan_years)
      return refuse(ErrorKind::invalid, p + "/year", "within_plan", {{"years", std::to_string(rules->plan_years)}, {"from", std::to_string(*year)}});
    const auto cents = parse_cents(s.euros);
    if (!cents || *cents < 0) return refuse(ErrorKind::invalid, p + "/euros", "not_euros");
    if (!seen.insert({s.member_id, s.year}).second) return refuse(ErrorKind::invalid, p, "share_twice", {name_param("member", org_name(d, s.member_id)), {"year", std::to_string(s.year)}});
  }
  if (shares->empty()) return refuse(ErrorKind::invalid, "/fee_shares", "no_shares");
  int version = 1;
  for (const auto& f : d.budget_frames.items)
    if (f.year == *year && f.stage_id == *stage) version = std::max(version, f.version + 1);
  BudgetFrame f;
  f.id = "frame-" + std::to_string(*year) + "-" + *stage + "-" + std::to_string(version);
  f.rules_id = rules->id;
  f.year = *year;
  f.stage_id = *stage;
  f.version = version;
  f.fee_shares = std::move(*shares);
  f.note = std::move(*note);
  f.recorded_on = today;
  f.recorded_by = actor;
  std::string at = "/api/budget/frames/" + f.id;
  return frame_written(std::move(f), std::move(at));
}

Result<Written> confirm_frame(const Dataset& d, json& a, const Date& today, const std::string& actor) {
  auto id = take<std::string>(a, "frame_id");
  if (!id) return id.error();
  auto date = take_or<Date>(a, "date", today);
  if (!date) return date.error();
  auto meeting = take_or<std::string>(a, "meeting_id", "");
  if (!meeting) return meeting.error();
  if (auto e = nothing_left(a)) return *e;
  const auto* found = d.budget_frames.find(*id);
  if (!found) return refuse(ErrorKind::not_found, "/frame_id", "no_frame", {{"id", *id}});
  if (found->confirmation) return refuse(ErrorKind::conflict, "/frame_id", "confirmed_already", {{"date", found->confirmation->date.finnish()}});
  if (today < *date) return refuse(ErrorKind::invalid, "/date", "in_the_future");
  const auto* rules = d.budget_rules.find(found->rules_id);
  if (!meeting->empty()) {
    const auto* m = d.meetings.find(*meeting);
    if (!m) return Error::coded(ErrorKind::invalid, "/meeting_id", "meetings.no_meeting", {{"id", *meeting}});
    if (rules && m->body_id != rules->confirming_body_id) {
      const auto* body = d.bodies.find(rules->confirming_body_id);
      return refuse(ErrorKind::invalid, "/meeting_id", "not_the_confirming_body", {name_param("body", body ? body->name : Text{rules->confirming_body_id, rules->confirming_body_id, rules->confirming_body_id})});
    }
  }
  BudgetFrame f = *found;
  f.confirmation = FrameConfirmation{*date, rules ? rules->confirming_body_id : "", *meeting, actor};
  return frame_written(std::move(f));
}

// The parties agree on the threshold of significance: a dated value of the agreement's parameter,
// resting on the document (minutes) that records the agreement.
Result<Written> record_threshold(const Dataset& d, json& a, const Date& today, const std::string&) {
  auto from = take_or<Date>(a, "from", today);
  if (!from) return from.error();
  auto value = take<std::string>(a, "percent");
  if (!value) return value.error();
  auto source = take<Source>(a, "source");
  if (!source) return source.error();
  if (auto e = nothing_left(a)) return *e;
  if (parse_percent(*value).value_or(0) <= 0) return refuse(ErrorKind::invalid, "/percent", "not_a_percent", {{"given", *value}});
  if (source->document.empty()) return refuse(ErrorKind::invalid, "/source/document", "threshold_source");
  const auto* found = d.parameters.find(kThresholdParameter);
  if (!found) return refuse(ErrorKind::not_found, "/parameter", "no_threshold_parameter");
  Parameter p = *found;
  std::erase_if(p.values, [&](const ParameterValue& v) { return v.from == *from; });
  p.values.push_back({*from, *value, *source});
  std::sort(p.values.begin(), p.values.end(), [](const ParameterValue& x, const ParameterValue& y) { return x.from < y.from; });
  return written_one(&Dataset::parameters, std::move(p));
}

// An explanation moves: requested or returned → explained (HUS), explained → accepted or returned (the member).
Result<Written> step(const Dataset& d, json& a, const Date& today, const std::string& actor, ExplanationState to) {
  auto id = take<std::string>(a, "explanation_id");
  if (!id) return id.error();
  auto text = take_or<std::string>(a, "text", "");
  if (!text) return text.error();
  if (auto e = nothing_left(a)) return *e;
  const auto* found = d.budget_explanations.find(*id);
  if (!found) return refuse(ErrorKind::not_found, "/explanation_id", "no_explanation", {{"id", *id}});
  const ExplanationState from = found->state;
  const bool allowed = to == ExplanationState::explained ? (from == ExplanationState::requested || from == ExplanationState::returned)
                                                         : from == ExplanationState::explained;
  if (!allowed)
    return refuse(ErrorKind::conflict, "/explanation_id", "explanation_move",
                  {refuse.message("from", "explanation." + std::string(name_of(from))), refuse.message("to", "explanation." + std::string(name_of(to)))});
  if ((to == ExplanationState::explained || to == ExplanationState::returned) && text->find_first_not_of(" \t\r\n") == std::string::npos)
    return refuse(ErrorKind::invalid, "/text", to == ExplanationState::explained ? "explanation_text" : "return_reason");
  DeviationExplanation x = *found;
  x.state = to;
  x.steps.push_back({to, today, actor, *text});
  Written w;
  if (to == ExplanationState::accepted) {
    // The accepted explanation is the event the duty counts, concerning the measurement that raised it.
    Event e;
    e.id = "explanation-" + x.id;
    e.kind = EventKind::explanation;
    e.date = today;
    e.party_ids = {"hus", x.member_id};
    e.agreement_id = kHusAgreement;
    e.concerns_id = x.measurement_id;
    for (auto it = x.steps.rbegin(); it != x.steps.rend(); ++it)
      if (it->state == ExplanationState::explained) {
        e.description.fi = it->text;
        break;
      }
    e.source = {"budget_explanations/" + x.id, "", ""};
    x.event_id = e.id;
    w.fragment.events.put(std::move(e));
  }
  w.entity = codec::encode(x);
  w.fragment.budget_explanations.put(std::move(x));
  return w;
}

const OperationTable<ActorOperation>& operations() {
  static const OperationTable<ActorOperation> table = {
      {"record_frame", record_frame},
      {"confirm_frame", confirm_frame},
      {"record_threshold", record_threshold},
      {"explain", [](const Dataset& d, json& a, const Date& t, const std::string& who) { return step(d, a, t, who, ExplanationState::explained); }},
      {"accept", [](const Dataset& d, json& a, const Date& t, const std::string& who) { return step(d, a, t, who, ExplanationState::accepted); }},
      {"return", [](const Dataset& d, json& a, const Date& t, const std::string& who) { return step(d, a, t, who, ExplanationState::returned); }},
  };
  return table;
}

}  // namespace

std::string explanation_id(int year, int month, const std::string& member) {
  return "deviation-" + month_text(month_index(year, month)) + "-" + member;
}

Result<Written> run_budget_operation(const Dataset& data, const std::string& name, nlohmann::json args, const Date& today,
                                     const std::string& actor) {
  return run_operation_in(operations(), name, data, std::move(args), unknown_operation(name), today, actor);
}

std::vector<Allowed> who_may_run_budget(const Dataset& data, const std::string& name, const nlohmann::json& args) {
  // HUS builds the frame with its members: a version is recorded by HUS's coordinator, or by
  // someone who acts for every member whose fee share it sets.
  if (name == "record_frame") {
    std::set<std::string> sharing;
    if (auto it = args.find("fee_shares"); it != args.end() && it->is_array())
      for (const auto& share : *it)
        if (share.is_object() && share.contains("member_id") && share["member_id"].is_string()) sharing.insert(share["member_id"].get<std::string>());
    std::vector<Allowed> each;
    for (const auto& m : sharing) each.push_back({{AccessRole::coordinator, m}, {AccessRole::coordinator, "hus"}});
    if (each.empty()) each.push_back(may_act_for("hus"));
    return each;
  }
  if (name == "confirm_frame" || name == "record_threshold") {
    const auto* f = data.budget_frames.find(text_argument(args, "frame_id"));
    const auto* rules = f ? data.budget_rules.find(f->rules_id) : hus_rules(data);
    if (name == "confirm_frame" && !f) rules = nullptr;
    return {rules && !rules->confirming_body_id.empty() ? may_run_meetings_of(data, rules->confirming_body_id) : Allowed{}};
  }
  if (name == "explain") return {may_act_for("hus")};
  const auto* x = data.budget_explanations.find(text_argument(args, "explanation_id"));
  return {x ? may_act_for(x->member_id) : Allowed{}};
}

const std::vector<std::string>& budget_operation_names() {
  static const std::vector<std::string> names = operation_names_in(operations());
  return names;
}

Dataset raise_explanations(const Dataset& data, const MonthlyReport& report, const Date& today) {
  Dataset out;
  if (!report.threshold_bp) return out;
  for (const auto& t : report.totals) {
    if (!t.significant || !*t.significant) continue;
    const std::string id = explanation_id(report.year, t.month, t.member);
    if (data.budget_explanations.find(id)) continue;
    Measurement m;
    m.id = "budget-" + id;
    m.measure = "budget_deviation_percent";
    m.subject_id = t.member;
    m.date = today;
    m.value = percent_text(*t.deviation_bp);
    m.source = {"budget_production/" + month_text(month_index(report.year, t.month)), "", ""};
    DeviationExplanation x;
    x.id = id;
    x.member_id = t.member;
    x.year = report.year;
    x.month = t.month;
    x.allocated_euros = euros_text(t.allocated.cents);
    x.realised_euros = euros_text(t.realised.cents);
    x.deviation_percent = m.value;
    x.threshold_percent = percent_text(*report.threshold_bp);
    x.measurement_id = m.id;
    x.steps.push_back({ExplanationState::requested, today, "", ""});
    out.measurements.put(std::move(m));
    out.budget_explanations.put(std::move(x));
  }
  return out;
}

const BudgetFrame* frame_in_force(const Dataset& data, int year) {
  const BudgetFrame* best = nullptr;
  auto key = [&](const BudgetFrame& f) {
    const auto* rules = data.budget_rules.find(f.rules_id);
    return std::make_tuple(f.year, rules ? stage_order(*rules, f.stage_id) : -1, f.version);
  };
  for (const auto& f : data.budget_frames.items) {
    const auto* rules = data.budget_rules.find(f.rules_id);
    if (!f.confirmation || !rules || year < f.year || year >= f.year + rules->plan_years) continue;
    if (!best || key(*best) < key(f)) best = &f;
  }
  return best;
}

}  // namespace yp::budget
