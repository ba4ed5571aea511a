// ResponseCache: successful GET answers memoized per version of the data. The registry is read far
// more than it is written, and a GET's answer depends only on its path, its query, the data and the
// default date; so an answer is reused until the next write bumps the version (or the day changes,
// which is part of the key). Bounded: when full, it starts over. Thread-safe.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "http/message.h"

namespace yp::http {

class ResponseCache {
 public:
  explicit ResponseCache(size_t capacity = 4096) : capacity_(capacity) {}

  // The answer stored for `key` at `version`, if any.
  std::optional<Response> find(const std::string& key, std::uint64_t version) const {
    std::shared_lock lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.version != version) return std::nullopt;
    return it->second.response;
  }
  void store(const std::string& key, std::uint64_t version, const Response& response) {
    std::unique_lock lock(mutex_);
    if (entries_.size() >= capacity_) entries_.clear();
    entries_[key] = {version, response};
  }

 private:
  struct Entry {
    std::uint64_t version;
    Response response;
  };
  size_t capacity_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace yp::http
