// Consistency of a Dataset: every reference points at an entity that exists (and of the right
// kind where it matters), dates run forwards, quotas and rules are coherent. Returns every problem
// found, each with a path "/<collection>/<id>/<field…>" so that the loader can name file and line.
#pragma once
#include <vector>

#include "core/dataset.h"
#include "core/error.h"

namespace yp {

std::vector<Error> validate(const Dataset& data);

}  // namespace yp
