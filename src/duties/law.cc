#include "duties/law.h"

#include <algorithm>

namespace yp {
namespace {

std::string label(const StatuteSection& s) { return s.statute + " " + s.section; }

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
        const std::string by = s->repealed_by.empty() ? "" : " (" + s->repealed_by + ")";
        out.changes.fi += label(*s) + " oli voimassa " + until + " asti" + (by.empty() ? "" : ", kumottu" + by) + "; sen jälkeen " + label(*next) + ". ";
        out.changes.sv += label(*s) + " gällde till " + until + (by.empty() ? "" : ", upphävd" + by) + "; därefter " + label(*next) + ". ";
        out.changes.en += label(*s) + " was in force until " + until + (by.empty() ? "" : ", repealed" + by) + "; then " + label(*next) + ". ";
      }
      s = next;
    }
    if (s && std::find(out.sections.begin(), out.sections.end(), s) == out.sections.end()) out.sections.push_back(s);
  }
  return out;
}

}  // namespace yp
