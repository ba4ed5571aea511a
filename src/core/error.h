// Error and Result: errors are values at the core (as in LevelDB's Status). An Error names where
// the problem is (a JSON-pointer-like path to the field) and says what is wrong, so that adapters can
// turn it into "file:line: field" for data files or an RFC 9457 problem for the API.
// A person reads an Error through its code: the message of that code in the catalog
// (core/messages.h), in their language, with the parameters filled in. `message` is the English
// text for logs, tests and errors not yet given a code; `internal` is what went wrong inside (a
// library's or the database's own words) and is logged, never shown.
#pragma once
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "core/text.h"

namespace yp {

// unauthenticated: nobody is signed in where someone must be; forbidden: the one signed in may not
// do this; too_many: refused for now (too many attempts), try again later. io: the storage failed;
// storage_full and read_only are the two storage failures a person can mend.
enum class ErrorKind { invalid, not_found, conflict, io, unauthenticated, forbidden, too_many, storage_full, read_only };

// A parameter of a message: `{name}` in the text becomes `value`; when `message` is true, the value
// is itself a message code, rendered in the reader's language (with the same parameters); when
// `text` is given (a name in three languages), it is shown in the reader's language.
struct Param {
  std::string name;
  std::string value;
  bool message = false;
  Text text = {};
};

struct Error {
  ErrorKind kind = ErrorKind::invalid;
  std::string path;     // e.g. "/bodies/0/seat_quotas/2/count"; empty when not about a field
  std::string message;  // English, for logs and developers
  std::string code;     // the catalog's message for a person, or empty (then `message` is shown)
  std::vector<Param> params;
  std::string internal;  // logged, never answered

  static Error invalid(std::string path, std::string message) {
    return {ErrorKind::invalid, std::move(path), std::move(message), {}, {}, {}};
  }
  static Error not_found(std::string path, std::string message) {
    return {ErrorKind::not_found, std::move(path), std::move(message), {}, {}, {}};
  }
  static Error conflict(std::string path, std::string message) {
    return {ErrorKind::conflict, std::move(path), std::move(message), {}, {}, {}};
  }
  static Error io(std::string message) { return {ErrorKind::io, "", std::move(message), {}, {}, {}}; }
  static Error unauthenticated(std::string message) { return {ErrorKind::unauthenticated, "", std::move(message), {}, {}, {}}; }
  static Error forbidden(std::string message) { return {ErrorKind::forbidden, "", std::move(message), {}, {}, {}}; }
  static Error too_many(std::string message) { return {ErrorKind::too_many, "", std::move(message), {}, {}, {}}; }
  static Error storage_full(std::string message) { return {ErrorKind::storage_full, "", std::move(message), {}, {}, {}}; }
  static Error read_only(std::string message) { return {ErrorKind::read_only, "", std::move(message), {}, {}, {}}; }
  // An error a person reads as the catalog's message `code` with `params`; its `message` is that
  // message in English.
  static Error coded(ErrorKind kind, std::string path, std::string code, std::vector<Param> params = {});

  // A failure of the storage rather than of the request: the same request may succeed later.
  bool about_storage() const { return kind == ErrorKind::io || kind == ErrorKind::storage_full || kind == ErrorKind::read_only; }
  // The last path segment: the field a person would look for.
  std::string field() const {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
  }
  // This error with one more parameter for its message.
  Error with(Param param) &&;
  // The text a person reads, in `lang` ("fi", "sv", "en"): the coded message, else `message`.
  std::string text(const std::string& lang) const;
};

// Either a value or the Error that prevented it.
template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}
  Result(Error error) : state_(std::move(error)) {}
  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(state_); }
  const T& value() const { return std::get<T>(state_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace yp
