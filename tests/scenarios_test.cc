// Golden scenarios: each file in tests/scenarios/ adds entities to the repository's data (any
// collection, as in a data file), names a date, and lists the verdicts expected on that date:
//   name: …
//   as_of: YYYY-MM-DD
//   data: {events: […], waivers: […], duties: […], organisations: […], …}
//   steps:            (optional) meeting operations run in order, as the API and CLI run them
//     - {plan: {body_id, date, …}, today?: YYYY-MM-DD}
//     - {decide: {meeting_id, item, text}, refused: "words of the expected error"}
//   expect:
//     - {rule, subject, window_from?, window_until?, status?, counted?, excluded?: [ids], explanation_contains?,
//        explanation_lacks?, law_sections?: [ids], source_contains?, source_lacks?, absent?}
//     - {meeting, item?, status?, quorum?: "present/seats", present?: [person ids], decision?, agreed?: [texts],
//        carried_actions?: [ids], minutes_contain?: [texts], lang?: fi|sv|en}
//     - {action, status}
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "program/verdicts.h"
#include "codec/json_codec.h"
#include "program/validate.h"
#include "meetings/lifecycle.h"
#include "meetings/minutes.h"
#include "meetings/operations.h"
#include "files/yaml_json.h"
#include "support.h"

namespace yp {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::vector<std::string> scenario_files() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(std::string(YP_SOURCE_DIR) + "/tests/scenarios"))
    if (e.path().extension() == ".yaml") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

// Checks one expectation on a meeting (or one of its items) after the steps ran.
void expect_meeting(const Dataset& data, const json& x, const std::string& where) {
  const auto* m = data.meetings.find(x["meeting"].get<std::string>());
  ASSERT_NE(m, nullptr) << where << ": no meeting " << x["meeting"];
  const AgendaItem* item = nullptr;
  if (x.contains("item")) {
    for (const auto& i : m->items)
      if (i.number == x["item"].get<int>()) item = &i;
    ASSERT_NE(item, nullptr) << where << ": no item " << x["item"];
  }
  if (x.contains("status")) {
    EXPECT_EQ(name_of(m->status), x["status"].get<std::string>()) << where;
  }
  if (x.contains("quorum")) {
    auto q = quorum_of(data, *m, item);
    ASSERT_TRUE(q) << where << ": the body keeps no quorum";
    EXPECT_EQ(std::to_string(q->present) + "/" + std::to_string(q->seats), x["quorum"].get<std::string>()) << where;
  }
  if (x.contains("present")) {
    std::vector<std::string> ids;
    for (const auto* p : present_for(*m, item)) ids.push_back(p->person_id);
    EXPECT_EQ(ids, x["present"].get<std::vector<std::string>>()) << where;
  }
  if (x.contains("decision")) {
    EXPECT_EQ(item ? item->decision : "", x["decision"].get<std::string>()) << where;
  }
  if (x.contains("agreed")) {
    EXPECT_EQ(item ? item->agreed : std::vector<std::string>{}, x["agreed"].get<std::vector<std::string>>()) << where;
  }
  if (x.contains("carried_actions")) {
    std::vector<std::string> ids;
    for (const auto* a : carried_actions(data, *m)) ids.push_back(a->id);
    EXPECT_EQ(ids, x["carried_actions"].get<std::vector<std::string>>()) << where;
  }
  if (x.contains("minutes_contain")) {
    const std::string html = minutes_html(data, *m, x.value("lang", "fi"));
    for (const auto& text : x["minutes_contain"]) EXPECT_NE(html.find(text.get<std::string>()), std::string::npos) << where << ": " << text << " not in\n" << html;
  }
}

class Scenario : public ::testing::TestWithParam<std::string> {};

TEST_P(Scenario, GivesTheExpectedVerdicts) {
  std::ifstream in(GetParam());
  std::stringstream text;
  text << in.rdbuf();
  auto parsed = files::parse_yaml(text.str());
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  const json& doc = parsed->value;
  auto as_of = Date::parse(doc.at("as_of").get<std::string>());
  ASSERT_TRUE(as_of);

  static const Dataset base = test::load_repository_data();
  Dataset data = base;
  if (doc.contains("data")) {
    bool ok = true;
    data.for_each_collection([&](const char* name, auto& collection) {
      if (!doc["data"].contains(name)) return;
      using T = typename std::decay_t<decltype(collection.items)>::value_type;
      auto items = codec::decode_value<std::vector<T>>(doc["data"][name], std::string("/data/") + name);
      if (!items) {
        ADD_FAILURE() << "line " << parsed->line_of(items.error().path) << ": " << items.error().path << " " << items.error().message;
        ok = false;
        return;
      }
      for (auto& item : items.value()) collection.put(std::move(item));
    });
    ASSERT_TRUE(ok);
    for (const auto& e : validate(data)) ADD_FAILURE() << e.path << ": " << e.message;
  }

  if (doc.contains("steps")) {
    const auto& steps = doc["steps"];
    for (size_t i = 0; i < steps.size(); ++i) {
      const json& step = steps[i];
      const std::string where = GetParam() + ":" + std::to_string(parsed->line_of("/steps/" + std::to_string(i)));
      std::string op;
      for (const auto& name : meeting_operation_names())
        if (step.contains(name)) op = name;
      ASSERT_FALSE(op.empty()) << where << ": no meeting operation in " << step.dump();
      Date today = *as_of;
      if (step.contains("today")) today = *Date::parse(step["today"].get<std::string>());
      auto result = run_meeting_operation(data, op, step[op], today);
      if (step.contains("refused")) {
        ASSERT_FALSE(result.ok()) << where << ": " << op << " was expected to be refused";
        const std::string said = result.error().path + " " + result.error().message;
        EXPECT_NE(said.find(step["refused"].get<std::string>()), std::string::npos) << where << ": " << said;
        continue;
      }
      ASSERT_TRUE(result.ok()) << where << ": " << op << ": " << result.error().path << " " << result.error().message;
      data.merge(result->fragment);
    }
  }

  const auto verdicts = all_verdicts(data, *as_of);
  const auto& expectations = doc.at("expect");
  ASSERT_FALSE(expectations.empty());
  for (size_t i = 0; i < expectations.size(); ++i) {
    const json& x = expectations[i];
    const int line = parsed->line_of("/expect/" + std::to_string(i));
    if (x.contains("meeting")) {
      expect_meeting(data, x, GetParam() + ":" + std::to_string(line));
      continue;
    }
    if (x.contains("action")) {
      const auto* a = data.actions.find(x["action"].get<std::string>());
      ASSERT_NE(a, nullptr) << GetParam() << ":" << line << ": no action " << x["action"];
      EXPECT_EQ(name_of(a->status), x.at("status").get<std::string>()) << GetParam() << ":" << line;
      continue;
    }
    // An expectation with a key the runner does not know would pass without checking anything.
    static const std::set<std::string> kKnown{"rule", "subject", "window_from", "window_until", "status", "counted", "excluded",
                                              "explanation_contains", "explanation_lacks", "law_sections", "source_contains", "source_lacks",
                                              "absent"};
    for (const auto& [key, value] : x.items()) EXPECT_TRUE(kKnown.count(key)) << GetParam() << ":" << line << ": unknown expectation '" << key << "'";
    std::vector<const Verdict*> found;
    for (const auto& v : verdicts) {
      if (v.rule != x.at("rule") || v.subject != x.at("subject")) continue;
      if (x.contains("window_from") && (!v.window_from || v.window_from->iso() != x["window_from"].get<std::string>())) continue;
      if (x.contains("window_until") && (!v.window_until || v.window_until->iso() != x["window_until"].get<std::string>())) continue;
      found.push_back(&v);
    }
    if (x.value("absent", false)) {
      EXPECT_TRUE(found.empty()) << GetParam() << ":" << line << ": expected no verdict";
      continue;
    }
    ASSERT_EQ(found.size(), 1u) << GetParam() << ":" << line << ": expected exactly one verdict for " << x.dump();
    const Verdict& v = *found[0];
    const std::string where = GetParam() + ":" + std::to_string(line) + " (" + v.explanation.en + ")";
    if (x.contains("status")) {
      EXPECT_EQ(name_of(v.status), x["status"].get<std::string>()) << where;
    }
    if (x.contains("counted")) {
      EXPECT_EQ(static_cast<long>(v.counted.size()), x["counted"].get<long>()) << where;
    }
    if (x.contains("excluded")) {
      std::vector<std::string> ids;
      for (const auto& e : v.excluded) ids.push_back(e.id);
      EXPECT_EQ(ids, x["excluded"].get<std::vector<std::string>>()) << where;
    }
    if (x.contains("explanation_contains")) {
      EXPECT_NE(v.explanation.en.find(x["explanation_contains"].get<std::string>()), std::string::npos) << where;
    }
    if (x.contains("explanation_lacks")) {
      EXPECT_EQ(v.explanation.en.find(x["explanation_lacks"].get<std::string>()), std::string::npos) << where;
    }
    if (x.contains("law_sections")) {
      EXPECT_EQ(v.law_sections, x["law_sections"].get<std::vector<std::string>>()) << where;
    }
    if (x.contains("source_contains")) {
      const auto wanted = x["source_contains"].get<std::string>();
      EXPECT_TRUE(std::any_of(v.source.begin(), v.source.end(), [&](const Source& s) { return s.passage.find(wanted) != std::string::npos; }))
          << where << ": no source passage contains " << wanted;
    }
    if (x.contains("source_lacks")) {
      const auto unwanted = x["source_lacks"].get<std::string>();
      EXPECT_TRUE(std::none_of(v.source.begin(), v.source.end(), [&](const Source& s) { return s.passage.find(unwanted) != std::string::npos; }))
          << where << ": a source passage contains " << unwanted;
    }
    for (const char* lang : {"fi", "sv", "en"}) EXPECT_FALSE(v.explanation.in(lang).empty()) << where;
  }
}

INSTANTIATE_TEST_SUITE_P(Files, Scenario, ::testing::ValuesIn(scenario_files()), [](const auto& info) {
  std::string name = fs::path(info.param).stem().string();
  for (auto& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
});

}  // namespace
}  // namespace yp
