#include "goals/status.h"

#include <algorithm>

namespace yp::goals {
namespace {

const YearValue* for_year(const std::vector<YearValue>& values, int year) {
  for (const auto& v : values)
    if (v.year == year) return &v;
  return nullptr;
}

const IndicatorValue* value_of(const Dataset& d, const std::string& indicator, const std::string& region, int year) {
  for (const auto& v : d.indicator_values.items)
    if (v.indicator_id == indicator && v.region_id == region && v.year == year) return &v;
  return nullptr;
}

Text say(std::string fi, std::string sv, std::string en) { return Text{std::move(fi), std::move(sv), std::move(en)}; }

std::string y(int year) { return std::to_string(year); }

IndicatorStatus indicator_status(const Dataset& d, const Indicator& ind, const std::string& region, int year) {
  IndicatorStatus out{ind.id, Status::no_data, std::nullopt, std::nullopt, std::nullopt, {}};
  const auto* target = for_year(ind.targets, year);
  const auto* value = value_of(d, ind.id, region, year);
  if (value) out.value = value->value;
  if (target) out.target = target->value;
  if (!target) {
    out.explanation = say("Vuodelle " + y(year) + " ei ole kirjattu tavoitetta.", "Inget mål har registrerats för " + y(year) + ".",
                          "No target is recorded for " + y(year) + ".");
    return out;
  }
  if (ind.direction == Direction::unrecorded) {
    out.explanation = say("Ei ole kirjattu, kumpi suunta on parempi.", "Det har inte registrerats vilken riktning som är bättre.",
                          "Which direction is better is not recorded.");
    return out;
  }
  if (!value) {
    out.explanation = say("Vuodelle " + y(year) + " ei ole arvoa.", "Inget värde för " + y(year) + ".", "No value for " + y(year) + ".");
    return out;
  }
  const bool higher = ind.direction == Direction::higher_is_better;
  const long long v = parse_decimal(value->value).value_or(0), t = parse_decimal(target->value).value_or(0);
  const auto better = [&](long long a, long long b) { return higher ? a > b : a < b; };
  if (v == t || better(v, t)) {
    out.status = Status::on_track;
    out.explanation = say("Arvo " + value->value + " saavuttaa tavoitteen " + target->value + ".", "Värdet " + value->value + " når målet " + target->value + ".",
                          "The value " + value->value + " meets the target " + target->value + ".");
    return out;
  }
  // Not yet on target: moving the right way from the year before (or the baseline)?
  const auto* before = value_of(d, ind.id, region, year - 1);
  std::optional<std::string> previous = before ? std::optional(before->value) : (ind.baseline ? std::optional(ind.baseline->value) : std::nullopt);
  out.previous = previous;
  if (previous && better(v, parse_decimal(*previous).value_or(0))) {
    out.status = Status::at_risk;
    out.explanation = say("Arvo " + value->value + " ei vielä saavuta tavoitetta " + target->value + ", mutta on parempi kuin edellinen " + *previous + ".",
                          "Värdet " + value->value + " når ännu inte målet " + target->value + " men är bättre än det föregående " + *previous + ".",
                          "The value " + value->value + " does not yet meet the target " + target->value + " but is better than the previous " + *previous + ".");
  } else {
    out.status = Status::off_track;
    out.explanation = say("Arvo " + value->value + " ei saavuta tavoitetta " + target->value + (previous ? " eikä ole parantunut (" + *previous + ")." : "."),
                          "Värdet " + value->value + " når inte målet " + target->value + (previous ? " och har inte förbättrats (" + *previous + ")." : "."),
                          "The value " + value->value + " does not meet the target " + target->value + (previous ? " and has not improved (" + *previous + ")." : "."));
  }
  return out;
}

int severity(Status s) { return s == Status::off_track ? 3 : s == Status::at_risk ? 2 : s == Status::on_track ? 1 : 0; }

bool holds_no_post(const Dataset& d, const std::string& person, const Date& day) {
  bool any = false;
  for (const auto& h : d.post_holdings.items) {
    if (h.person_id != person) continue;
    any = true;
    if ((!h.start_date || *h.start_date <= day) && (!h.end_date || day <= *h.end_date)) return false;
  }
  return any;  // a person with no holdings recorded is not known to have left
}

}  // namespace

GoalStatus goal_status(const Dataset& data, const Goal& goal, const std::string& region_id, int year) {
  GoalStatus out{goal.id, region_id, year, Status::no_data, {}, {}};
  int worst = 0, with_data = 0;
  for (const auto& id : goal.indicator_ids) {
    const auto* ind = data.indicators.find(id);
    if (!ind) continue;
    auto s = indicator_status(data, *ind, region_id, year);
    if (s.status != Status::no_data) ++with_data;
    if (severity(s.status) > worst) worst = severity(s.status), out.status = s.status;
    out.indicators.push_back(std::move(s));
  }
  const std::string n = std::to_string(out.indicators.size()), k = std::to_string(with_data);
  if (out.indicators.empty())
    out.explanation = say("Tavoitteelle ei ole kirjattu mittaria.", "Inget mätare har registrerats för målet.", "No indicator is recorded for the goal.");
  else if (with_data == 0)
    out.explanation = say("Yhdelläkään " + n + " mittarista ei ole arvoa ja tavoitetta vuodelle " + y(year) + ".",
                          "Ingen av " + n + " mätare har värde och mål för " + y(year) + ".", "None of " + n + " indicators has a value and a target for " + y(year) + ".");
  else
    out.explanation = say(k + "/" + n + " mittarilla on arvo ja tavoite vuodelle " + y(year) + "; tavoitteen tila on heikoimman mukainen.",
                          k + "/" + n + " mätare har värde och mål för " + y(year) + "; målets läge följer den svagaste.",
                          k + "/" + n + " indicators have a value and a target for " + y(year) + "; the goal is as the weakest of them.");
  return out;
}

const ResponsibilityPair* pair_on(const Dataset& data, const std::string& goal_id, const Date& day) {
  const ResponsibilityPair* found = nullptr;
  for (const auto& p : data.responsibility_pairs.items)
    if (p.goal_id == goal_id && p.start_date <= day && (!p.end_date || day <= *p.end_date) && (!found || found->start_date < p.start_date)) found = &p;
  return found;
}

std::vector<Verdict> follow_up_verdicts(const Dataset& data, const Date& as_of) {
  std::vector<Verdict> out;
  Source source{"doc-003", "", "Tavoitteiden toteutumisen tehostamiseksi ja seuraamiseksi on valmisteltu ns. vastuuparimalli, jonka kehittämiseen ja käyttöönottoon alueen kunnat ja HUS sitoutuvat."};
  for (const auto& goal : data.goals.items) {
    const ResponsibilityPair* latest = nullptr;  // the latest pair begun by as_of
    for (const auto& p : data.responsibility_pairs.items)
      if (p.goal_id == goal.id && p.start_date <= as_of && (!latest || latest->start_date < p.start_date)) latest = &p;
    if (!latest) continue;
    Verdict v;
    v.rule = "goal.follow_up";
    v.rule_version = 1;
    v.subject = goal.id;
    v.subject_name = goal.title;
    v.as_of = as_of;
    v.source = {source};
    v.bearer_ids = {latest->party_id, latest->hus_party_id};
    v.window_from = Date{as_of.year, 1, 1};
    v.window_until = Date{as_of.year, 12, 31};
    v.evidence.push_back({"responsibility_pairs", latest->id, {}});
    const bool ended = latest->end_date && *latest->end_date < as_of;
    const bool left = holds_no_post(data, latest->person_id, as_of) || holds_no_post(data, latest->hus_person_id, as_of);
    std::vector<std::string> missing;
    for (const auto& id : goal.indicator_ids)
      if (!value_of(data, id, latest->party_id, as_of.year - 1)) missing.push_back(id);
    const std::string last = y(as_of.year - 1);
    if (ended || left) {
      v.status = VerdictStatus::due;
      v.findings.push_back({VerdictStatus::due,
                            say("Vastuupari ei ole enää tehtävässään (" + latest->id + "); tavoitteelle nimetään uusi pari.",
                                "Ansvarsparet är inte längre i sitt uppdrag (" + latest->id + "); ett nytt par utses för målet.",
                                "The responsibility pair has left office (" + latest->id + "); a new pair is named for the goal."),
                            source});
    }
    if (!missing.empty()) {
      v.status = VerdictStatus::due;
      std::string list;
      for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
      v.findings.push_back({VerdictStatus::due,
                            say("Vuodelta " + last + " puuttuu arvo: " + list + ".", "Värde saknas för " + last + ": " + list + ".",
                                "No value for " + last + ": " + list + "."),
                            source});
      for (const auto& m : missing) v.missing.push_back(say("Mittarin " + m + " arvo vuodelta " + last, "Värdet för " + m + " för " + last, "The value of " + m + " for " + last));
    }
    if (v.findings.empty()) {
      v.status = VerdictStatus::satisfied;
      v.explanation = say("Tavoitetta seuraa vastuupari, ja jokaisella mittarilla on arvo vuodelta " + last + ".",
                          "Målet följs av ett ansvarspar och varje mätare har ett värde för " + last + ".",
                          "A responsibility pair follows the goal and every indicator has a value for " + last + ".");
    } else {
      v.explanation = say("Vastuuparin on huolehdittava tavoitteen seurannasta: ", "Ansvarsparet ska se till att målet följs upp: ",
                          "The responsibility pair must see to the goal's follow-up: ");
      for (const auto& f : v.findings) v.explanation.fi += f.text.fi + " ", v.explanation.sv += f.text.sv + " ", v.explanation.en += f.text.en + " ";
    }
    out.push_back(std::move(v));
  }
  return out;
}

}  // namespace yp::goals
