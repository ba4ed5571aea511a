// What the capabilities' routes over the Dataset share: a collection answered whole or by id, and
// a core command's one entity stored under the writers' lock after the grants it needs are checked.
#pragma once
#include <optional>
#include <string>

#include "access/access.h"
#include "http/json_body.h"
#include "http/router.h"
#include "program/live_registry.h"

namespace yp::http {

// A route for a collection: GET /api/<name> lists, GET /api/<name>/{id} reads one.
template <class C, class Owner>
void collection_routes(Router& router, LiveRegistry& reg, const std::string& path, C Owner::*collection) {
  router.add("GET", "/api/" + path, [&reg, collection](const Request&) {
    return reg.read([&](const Dataset& d) { return list((static_cast<const Owner&>(d).*collection).items); });
  });
  router.add("GET", "/api/" + path + "/{id}", [&reg, collection, path](const Request& r) {
    return reg.read([&](const Dataset& d) {
      const auto* item = (static_cast<const Owner&>(d).*collection).find(r.params.at("id"));
      return item ? ok(codec::encode(*item)) : not_found(r, path);
    });
  });
}

// Runs a core command on the current data and stores the one entity it returns, in one
// transaction with its audit entry, applying it in memory only after the commit; first, under the
// same lock, checks that the one asking holds one of the grants `allowed` returns for `action` (a
// message code). Returns the entity or the Error.
template <class T, class C, class Owner, class A, class F>
Result<T> store_one(LiveRegistry& reg, const Request& r, const std::string& action, C Owner::*collection, A&& allowed, F&& command) {
  std::optional<T> entity;
  auto stored = reg.write(provenance_of(r), [&](const Dataset& d) -> Result<Dataset> {
    if (auto denied = authorize(r.principal, allowed(d), action, &d)) return *denied;
    Result<T> result = command(d);
    if (!result) return result.error();
    Dataset fragment;
    (static_cast<Owner&>(fragment).*collection).put(result.value());
    entity = std::move(result.value());
    return fragment;
  });
  if (!stored) return stored.error();
  return std::move(*entity);
}


}  // namespace yp::http
