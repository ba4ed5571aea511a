// Subjects: who bears a duty in a window, read from the registry as of that window (a municipality
// merged away before the window is not on the roll; one founded during it is).
#pragma once
#include <string>
#include <vector>

#include "program/dataset.h"

namespace yp {

struct Subject {
  std::string id;  // an organisation, body or agreement id; "county+municipality" for a pair
  Text name;
  std::vector<std::string> parties;  // the organisations that bear it together
  const Body* body = nullptr;
  const Agreement* agreement = nullptr;
  std::vector<std::string> area = {};  // a county: the municipalities of its own area during the window
  std::string county = {};        // a municipality: its county during the window
  bool agreement_bears = false;   // the agreement itself bears the duty: it must be in force for it
};

std::vector<Subject> subjects_of(const Dataset& data, const Roll& roll, const Date& window_from, const Date& window_until);

}  // namespace yp
