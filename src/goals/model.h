// Goals that parties promised each other, and how they are followed: a plan or agreement's
// priorities, their goals, each goal's indicators (definition, unit, which direction is better,
// baseline, a target per year, the source), the responsibility pairs that answer for a goal (one
// person from the municipal or county side, one from HUS, dated), and the indicators' values per
// year and region with who entered them and from where. What a document names without a value is
// left unrecorded, never invented. Plain values, no behaviour; numbers are exact decimal text.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/collection.h"
#include "core/date.h"
#include "core/enums.h"
#include "core/source.h"
#include "core/text.h"

namespace yp {

struct Priority {
  std::string id;
  std::string agreement_id;
  int number = 0;
  Text title;
  std::string body_id;  // the group that follows it, where the document names one
  Source source;
};
template <class V>
void fields(V& v, Priority& x) {
  v.field("id", x.id);
  v.field("agreement_id", x.agreement_id);
  v.field("number", x.number);
  v.field("title", x.title);
  v.field("body_id", x.body_id, false);
  v.field("source", x.source, false);
}

struct Goal {
  std::string id;
  std::string priority_id;
  Text title;
  std::vector<std::string> indicator_ids;
  Text note;  // e.g. where the goal's own text is when the source does not hold it
  Source source;
};
template <class V>
void fields(V& v, Goal& x) {
  v.field("id", x.id);
  v.field("priority_id", x.priority_id);
  v.field("title", x.title);
  v.field("indicator_ids", x.indicator_ids, false);
  v.field("note", x.note, false);
  v.field("source", x.source, false);
}

enum class Direction { unrecorded, higher_is_better, lower_is_better };
YP_ENUM_NAMES(Direction, "unrecorded", "higher_is_better", "lower_is_better")

struct YearValue {
  int year = 0;
  std::string value;  // a decimal number written with a point
  Source source;
};
template <class V>
void fields(V& v, YearValue& x) {
  v.field("year", x.year);
  v.field("value", x.value);
  v.field("source", x.source, false);
}

struct Indicator {
  std::string id;
  Text title;
  Text definition;
  std::string unit;
  Direction direction = Direction::unrecorded;
  std::optional<YearValue> baseline;
  std::vector<YearValue> targets;
  std::string sotkanet_id;  // THL's Sotkanet indicator number, where it is one
  Source source;
};
template <class V>
void fields(V& v, Indicator& x) {
  v.field("id", x.id);
  v.field("title", x.title);
  v.field("definition", x.definition, false);
  v.field("unit", x.unit, false);
  v.field("direction", x.direction, false);
  v.field("baseline", x.baseline, false);
  v.field("targets", x.targets, false);
  v.field("sotkanet_id", x.sotkanet_id, false);
  v.field("source", x.source, false);
}

// Two persons from two parties answer for a goal together from `start_date` (to `end_date`).
struct ResponsibilityPair {
  std::string id;
  std::string goal_id;
  std::string person_id;        // the municipal or county side
  std::string party_id;         // their organisation
  std::string hus_person_id;    // HUS's side
  std::string hus_party_id = "hus";
  Date start_date;
  std::optional<Date> end_date;
  Source source;
};
template <class V>
void fields(V& v, ResponsibilityPair& x) {
  v.field("id", x.id);
  v.field("goal_id", x.goal_id);
  v.field("person_id", x.person_id);
  v.field("party_id", x.party_id);
  v.field("hus_person_id", x.hus_person_id);
  v.field("hus_party_id", x.hus_party_id, false);
  v.field("start_date", x.start_date);
  v.field("end_date", x.end_date, false);
  v.field("source", x.source, false);
}

// One value of an indicator for a region (an organisation) and year, as entered or imported.
struct IndicatorValue {
  std::string id;  // indicator, region, year: "<indicator>-<region>-<year>"
  std::string indicator_id;
  std::string region_id;
  int year = 0;
  std::string value;
  std::string entered_by;  // an account, or "cli:<user>"
  std::string entered_from;  // "sotkanet:<file>", "api", …
  Date entered_on;
};
template <class V>
void fields(V& v, IndicatorValue& x) {
  v.field("id", x.id);
  v.field("indicator_id", x.indicator_id);
  v.field("region_id", x.region_id);
  v.field("year", x.year);
  v.field("value", x.value);
  v.field("entered_by", x.entered_by, false);
  v.field("entered_from", x.entered_from, false);
  v.field("entered_on", x.entered_on);
}

// The goals' collections in the Dataset.
struct GoalsCollections {
  Collection<Priority> priorities;
  Collection<Indicator> indicators;
  Collection<Goal> goals;
  Collection<ResponsibilityPair> responsibility_pairs;
  Collection<IndicatorValue> indicator_values;

  template <class F>
  void for_each_collection(F&& f) {
    f("priorities", priorities);
    f("indicators", indicators);
    f("goals", goals);
    f("responsibility_pairs", responsibility_pairs);
    f("indicator_values", indicator_values);
  }
};

}  // namespace yp
