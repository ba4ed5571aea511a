// Disclosure check: may client or patient data pass from one register to another on a date, for a
// purpose, given the patient's flags (Kanta notice recorded, prohibition set); and on which basis,
// or why not. The bases and their conditions are data (disclosure_bases); nothing about the patient
// is stored: the flags are only the question's.
#pragma once
#include <string>

#include "core/verdict.h"
#include "program/dataset.h"
#include "core/error.h"

namespace yp {

struct DisclosureQuestion {
  std::string from_register;
  std::string to_register;
  Date date;
  DisclosurePurpose purpose = DisclosurePurpose::care;
  bool kanta_notice = false;
  bool prohibition = false;
};

// holds: the data may pass, on the basis named in the evidence; fails: it may not (the findings
// say why for each basis looked at); Error when a register is unknown.
Result<Verdict> check_disclosure(const Dataset& data, const DisclosureQuestion& q);

}  // namespace yp
