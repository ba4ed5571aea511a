// Dataset: every capability's collections together, in memory. The loader builds one from files,
// the store reads and writes one (program/stored_dataset.h), the rules and the API read it. It is
// assembled from the list of capabilities (program/capabilities.h): each contributes the struct of
// its collections, so `data.bodies` is the bodies capability's and `data.budget_rules` budget
// monitoring's. Collections are visited in the list's order, within a capability in the order it
// gives: an entity refers only to collections before it, which is also the order they are stored in.
#pragma once
#include <utility>

#include "program/capabilities.h"

namespace yp {

template <class... Manifests>
struct CollectionsOf : Manifests::Collections... {
  template <class F>
  void for_each_collection(F&& f) {
    (static_cast<typename Manifests::Collections&>(*this).for_each_collection(f), ...);
  }
};
template <class... Manifests>
CollectionsOf<Manifests...> collections_of(CapabilityList<Manifests...>);

struct Dataset : decltype(collections_of(Capabilities{})) {
  using Base = decltype(collections_of(Capabilities{}));
  using Base::for_each_collection;
  template <class F>
  void for_each_collection(F&& f) const {
    const_cast<Dataset*>(this)->for_each_collection([&](const char* name, auto& c) { f(name, std::as_const(c)); });
  }

  // Adds every entity of `other`, replacing those with the same id.
  void merge(const Dataset& other);
};

}  // namespace yp
