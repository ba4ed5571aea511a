// Refusals of one capability: an Error whose catalog code is the capability's name and a message
// name ("meetings" + "no_item" → "meetings.no_item"), so each capability's code reads its own
// refusals plainly (`refuse(ErrorKind::conflict, "/to", "already", {...})`). The texts are in the
// capability's messages.json (core/messages.h).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace yp {

class Refusals {
 public:
  explicit Refusals(const char* capability) : prefix_(std::string(capability) + ".") {}
  Error operator()(ErrorKind kind, std::string path, const std::string& name, std::vector<Param> params = {}) const {
    return Error::coded(kind, std::move(path), prefix_ + name, std::move(params));
  }
  // A parameter whose value is another of the capability's messages, shown in the reader's
  // language ("meetings.status.held" for the status `held`).
  Param message(const char* param, const std::string& name) const { return {param, prefix_ + name, true, {}}; }

 private:
  std::string prefix_;
};

}  // namespace yp
