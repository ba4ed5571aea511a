// ResponseCache: successful GET answers memoized per version of the data. The registry is read far
// more than it is written, and a GET's answer depends only on its path, its query, the data and the
// default date; so an answer is reused until the next write bumps the version (or the day changes,
// which is part of the key). Bounded in bytes, keys and answers together: an answer larger than
// `largest` is never kept, and the answers used longest ago make room for new ones, so that a
// stream of new keys cannot push out the answers in use. Thread-safe.
#pragma once
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/message.h"

namespace yp::http {

class ResponseCache {
 public:
  explicit ResponseCache(std::size_t capacity = std::size_t{64} << 20, std::size_t largest = std::size_t{4} << 20)
      : capacity_(capacity), largest_(largest) {}

  // The answer stored for `key` at `version`, if any.
  std::optional<Response> find(const std::string& key, std::uint64_t version) {
    std::lock_guard lock(mutex_);
    auto it = index_.find(key);
    if (it == index_.end() || it->second->version != version) return std::nullopt;
    order_.splice(order_.begin(), order_, it->second);  // used now
    return it->second->response;
  }
  void store(const std::string& key, std::uint64_t version, const Response& response) {
    const std::size_t size = cost(key, response);
    if (size > largest_) return;
    std::lock_guard lock(mutex_);
    if (auto it = index_.find(key); it != index_.end()) drop(it->second);
    while (!order_.empty() && bytes_ + size > capacity_) drop(std::prev(order_.end()));
    order_.push_front({key, version, response, size});
    index_[key] = order_.begin();
    bytes_ += size;
  }
  // The bytes held now (keys and answers).
  std::size_t bytes() const {
    std::lock_guard lock(mutex_);
    return bytes_;
  }

 private:
  struct Entry {
    std::string key;
    std::uint64_t version;
    Response response;
    std::size_t size;
  };
  using Order = std::list<Entry>;
  void drop(Order::iterator at) {
    bytes_ -= at->size;
    index_.erase(at->key);
    order_.erase(at);
  }
  static std::size_t cost(const std::string& key, const Response& r) {
    std::size_t n = 3 * key.size() + r.body.size() + r.content_type.size() + 160;
    for (const auto& [name, value] : r.headers) n += name.size() + value.size() + 64;
    return n;
  }
  std::size_t capacity_;
  std::size_t largest_;
  mutable std::mutex mutex_;
  Order order_;  // most recently used first
  std::unordered_map<std::string, Order::iterator> index_;
  std::size_t bytes_ = 0;
};

}  // namespace yp::http
