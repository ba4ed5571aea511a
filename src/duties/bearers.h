// Bearers: what the engine must know of a subject beyond the roll. When it began (a body's founding,
// its agreement's entry into force, an organisation's founding), so that no window is judged before
// its bearer existed; and from when its records are kept here, so that a missing event before that
// day reads "not recorded", not "breached".
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "agreements/in_force.h"  // agreement_start: when an agreement-bound bearer began
#include "duties/subjects.h"
#include "program/dataset.h"

namespace yp {

struct Beginning {
  std::optional<Date> day;  // absent: it began before anything the registry records, or it is unknown (below)
  Text what;                // "founded 1.1.2025", "the agreement in force from 15.9.2023": a partial window's label says it
  // The agreement it rests on needs every party's approval and these are not recorded by the date
  // asked about: when it began is not known, so its windows cannot be judged.
  std::vector<std::string> missing_approvals;
  std::string agreement_id;  // the agreement they are missing from
};

// When the subject began, as of `as_of`.
Beginning beginning_of(const Dataset& data, const Subject& s, const Date& as_of);

// The first day from which the subject's records are kept here: its own record keeping (a body's),
// else the earliest of its parties' and of `also` (the county or HUS that must take part): any of
// them would have recorded the event. Nothing: none are.
std::optional<Date> records_from(const Dataset& data, const Subject& s, const std::vector<std::string>& also = {});

}  // namespace yp
