// ResponseCache: successful GET answers memoized per version of the data. The registry is read far
// more than it is written, and a GET's answer depends only on its path, its query, the data and the
// default date; so an answer is reused until the next write bumps the version (or the day changes,
// which is part of the key). Bounded in bytes, keys and answers together: an answer larger than
// `largest` is never kept, and when the next one would pass `capacity`, the cache starts over.
// Thread-safe.
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
  explicit ResponseCache(std::size_t capacity = std::size_t{64} << 20, std::size_t largest = std::size_t{4} << 20)
      : capacity_(capacity), largest_(largest) {}

  // The answer stored for `key` at `version`, if any.
  std::optional<Response> find(const std::string& key, std::uint64_t version) const {
    std::shared_lock lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.version != version) return std::nullopt;
    return it->second.response;
  }
  void store(const std::string& key, std::uint64_t version, const Response& response) {
    const std::size_t size = cost(key, response);
    if (size > largest_) return;
    std::unique_lock lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) {
      bytes_ -= cost(key, it->second.response);
      entries_.erase(it);
    }
    if (bytes_ + size > capacity_) {
      entries_.clear();
      bytes_ = 0;
    }
    entries_[key] = {version, response};
    bytes_ += size;
  }
  // The bytes held now (keys and answers).
  std::size_t bytes() const {
    std::shared_lock lock(mutex_);
    return bytes_;
  }

 private:
  struct Entry {
    std::uint64_t version;
    Response response;
  };
  static std::size_t cost(const std::string& key, const Response& r) {
    std::size_t n = 2 * key.size() + r.body.size() + r.content_type.size() + 128;
    for (const auto& [name, value] : r.headers) n += name.size() + value.size() + 64;
    return n;
  }
  std::size_t capacity_;
  std::size_t largest_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::size_t bytes_ = 0;
};

}  // namespace yp::http
