// Consistency of a Dataset: every id can be named in an address, and each capability's part (its
// manifest's `validate`, in the list's order) finds that every reference points at an entity that
// exists (and of the right kind where it matters), dates run forwards, quotas and rules are
// coherent. Returns every problem found, each with a path "/<collection>/<id>/<field…>" so that
// the loader can name file and line.
#pragma once
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "program/dataset.h"
#include "core/error.h"

namespace yp {

std::vector<Error> validate(const Dataset& data);

// Runs the dataset validator on `data` plus `candidate` and returns the first problem that
// concerns the candidate, with its path made relative to the candidate ("/person_id").
template <class T, class C, class Owner>
std::optional<Error> first_problem(const Dataset& data, C Owner::*collection, const char* name, const T& candidate) {
  Dataset probe;
  probe.organisations = data.organisations;
  probe.persons = data.persons;
  probe.posts = data.posts;
  probe.bodies = data.bodies;
  probe.agreements = data.agreements;
  probe.statute_sections = data.statute_sections;
  probe.documents = data.documents;
  probe.meetings = data.meetings;
  if constexpr (std::is_same_v<T, Membership>) probe.memberships = data.memberships;
  (static_cast<Owner&>(probe).*collection).put(candidate);
  const std::string prefix = std::string("/") + name + "/" + candidate.id;
  for (auto& e : validate(probe))
    if (e.path.rfind(prefix + "/", 0) == 0) {
      e.path = e.path.substr(prefix.size());
      return e;
    }
  return std::nullopt;
}


}  // namespace yp
