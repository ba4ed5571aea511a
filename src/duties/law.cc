#include "duties/law.h"

#include <algorithm>

namespace yp {
namespace {

std::string label(const StatuteSection& s) { return s.statute + " " + s.section; }

// English puts the sign first: "612/2021 § 24" for "24 §".
std::string english_label(const StatuteSection& s) {
  std::string number = s.section;
  if (number.size() > 2 && number.ends_with("§")) number = number.substr(0, number.rfind(' '));
  return s.statute + " § " + number;
}

}  // namespace

QuotedLaw quoted_law(const Dataset& data, const std::vector<std::string>& ids, const Date& from, const Date& day) {
  QuotedLaw out;
  for (const auto& id : ids) {
    const StatuteSection* s = data.statute_sections.find(id);
    // Follow the successors while the section had ended by the day; a loop in the data stops at
    // the number of sections (validation refuses one, this only keeps a bad store from hanging).
    for (size_t hops = 0; s && s->in_force_until && *s->in_force_until < day && !s->succeeded_by.empty() && hops < data.statute_sections.items.size();
         ++hops) {
      const StatuteSection* next = data.statute_sections.find(s->succeeded_by);
      if (!next) break;
      if (from <= *s->in_force_until) {
        const std::string until = s->in_force_until->finnish();
        const std::string& law = s->repealed_by;
        out.changes.fi += label(*s) + " oli voimassa " + until + " asti" + (law.empty() ? "" : " (kumottu lailla " + law + ")") + "; siitä eteenpäin " + label(*next) + ". ";
        out.changes.sv += label(*s) + " gällde till " + until + (law.empty() ? "" : " (upphävd genom lag " + law + ")") + "; därefter " + label(*next) + ". ";
        out.changes.en += english_label(*s) + " was in force until " + until + (law.empty() ? "" : " (repealed by " + law + ")") + "; from then on, " +
                          english_label(*next) + ". ";
      }
      s = next;
    }
    // A section not yet in force on the day is not quoted (611/2021 § 13 a for 2023).
    if (s && s->in_force_from && day < *s->in_force_from) continue;
    if (s && std::find(out.sections.begin(), out.sections.end(), s) == out.sections.end()) out.sections.push_back(s);
  }
  return out;
}

void quote_law_words(const Dataset& data, Verdict& v) {
  if (v.law_sections.empty()) return;
  v.law = {};
  for (const auto& id : v.law_sections) {
    const auto* section = data.statute_sections.find(id);
    if (!section) continue;
    const std::string head = v.law_sections.size() > 1 ? label(*section) + ": " : "";
    auto add = [&](std::string& to, const std::string& text) {
      if (!text.empty()) to += (to.empty() ? "" : "\n\n") + head + text;
    };
    add(v.law.fi, section->text.fi);
    add(v.law.sv, section->text.sv);
  }
}

}  // namespace yp
