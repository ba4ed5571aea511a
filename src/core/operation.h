// What a named write operation (meetings, budget monitoring) shares: its arguments arrive as one
// JSON object and are taken out one by one, strictly (a missing or unknown argument is an Error
// pointing at it); it returns a Written, the fragment to store in one transaction and the entity as
// the API answers it. Pure: nothing here reads or writes anything but its arguments.
#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "codec/json_codec.h"
#include "core/collection.h"
#include "core/error.h"

namespace yp {

// Every capability's collections (program/dataset.h), which the core knows only by name: an
// operation's fragment is one, complete wherever an operation is written.
struct Dataset;

template <class Data = Dataset>
struct WrittenOf {
  Data fragment;          // the changed entities, to store in one transaction
  nlohmann::json entity;  // the main one, as the API answers it
  std::string location;   // the address of a newly made entity ("/api/meetings/…"), else empty
};
using Written = WrittenOf<>;

// What an operation that changes one entity of `collection` (a capability's) returns.
template <class T, class Owner, class Data = Dataset>
WrittenOf<Data> written_one(Collection<T> Owner::*collection, T entity, std::string location = "") {
  WrittenOf<Data> w;
  w.entity = codec::encode(entity);
  w.location = std::move(location);
  (static_cast<Owner&>(w.fragment).*collection).put(std::move(entity));
  return w;
}

// A table of named operations, in the order they are listed to people.
template <class Operation>
using OperationTable = std::vector<std::pair<std::string, Operation>>;

// An operation that names who runs it in what it records (budget monitoring, goals).
using ActorOperation = std::function<Result<Written>(const Dataset&, nlohmann::json&, const Date&, const std::string&)>;

// The refusal of an operation no table has: the name asked for, in the reader's words.
inline Error unknown_operation(const std::string& name) { return Error::coded(ErrorKind::not_found, "", "operation.unknown", {{"operation", name}}); }

// Runs the operation called `name` in `table` on `data` with `args` (which must be a JSON object)
// and `rest` (the date, who acts, …); `unknown` when the table has none of that name.
template <class Operation, class Data, class... Rest>
Result<WrittenOf<Data>> run_operation_in(const OperationTable<Operation>& table, const std::string& name, const Data& data, nlohmann::json args,
                                         Error unknown, Rest&&... rest) {
  if (!args.is_object()) return Error::invalid("", "the arguments must be a JSON object");
  for (const auto& [n, op] : table)
    if (n == name) return op(data, args, std::forward<Rest>(rest)...);
  return unknown;
}

// The names of a table's operations, in its order.
template <class Operation>
std::vector<std::string> operation_names_in(const OperationTable<Operation>& table) {
  std::vector<std::string> out;
  for (const auto& entry : table) out.push_back(entry.first);
  return out;
}

// An argument's text, or "" when it is missing or not text: who may run an operation is read
// before its arguments are checked.
inline std::string text_argument(const nlohmann::json& args, const char* key) {
  return args.contains(key) && args[key].is_string() ? args[key].get<std::string>() : std::string();
}

// Removes argument `name` from `args` and decodes it; an Error when it is missing.
template <class T>
Result<T> take(nlohmann::json& args, const std::string& name) {
  if (!args.contains(name)) return Error::coded(ErrorKind::invalid, "/" + name, "codec.required");
  auto value = codec::decode_value<T>(args[name], "/" + name);
  args.erase(name);
  return value;
}

// The same, with `fallback` when the argument is missing.
template <class T>
Result<T> take_or(nlohmann::json& args, const std::string& name, T fallback) {
  if (!args.contains(name)) return fallback;
  return take<T>(args, name);
}

// Removes text argument `name` and returns it without the white space around it; an Error when
// it is missing or blank.
inline Result<std::string> take_text(nlohmann::json& args, const std::string& name) {
  auto value = take<std::string>(args, name);
  if (!value) return value.error();
  const auto first = value->find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return Error::coded(ErrorKind::invalid, "/" + name, "codec.required");
  const auto last = value->find_last_not_of(" \t\r\n");
  return value->substr(first, last - first + 1);
}

// What is left of `args` when every control argument is taken, as the entity the operation adds.
template <class T>
Result<T> rest_as(const nlohmann::json& args) {
  return codec::decode_value<T>(args);
}

// Arguments an operation does not take are an error, not silently ignored.
inline std::optional<Error> nothing_left(const nlohmann::json& args) {
  if (args.empty()) return std::nullopt;
  return Error::coded(ErrorKind::invalid, "/" + args.begin().key(), "codec.unknown_field");
}

}  // namespace yp
