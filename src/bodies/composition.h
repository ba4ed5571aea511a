// body.composition: a body's seat holders on a date against its seat quotas (per party and
// category), the posts that hold seats ex officio, and its chair and vice-chair rules. A pure
// function of the Dataset; no I/O.
#pragma once
#include <vector>

#include "core/verdict.h"
#include "program/dataset.h"

namespace yp {

Verdict check_body_composition(const Dataset& data, const Body& body, const Date& as_of);
// The check on every body that declares quotas or chair rules: the bodies' verdict producer.
std::vector<Verdict> body_composition_verdicts(const Dataset& data, const Date& as_of);

}  // namespace yp
