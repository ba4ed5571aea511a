// Who a session cookie names, remembered for a moment, so that the gate does not read the session
// and its account from the store on every request. An entry serves only while this process has
// changed no account and revoked no session since it was read (access_changes, access/store.h), never past
// the session's expiry, and for at most `fresh_seconds`: a change made by another process (the
// command line, a second server on the same PostgreSQL) takes effect within that time. Thread-safe.
#pragma once
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/principal.h"

namespace yp::http {

class SessionCache {
 public:
  struct Entry {
    Principal principal;
    std::string csrf;
    long long expires = 0;     // seconds since the epoch
    double read_at = 0;        // monotonic seconds
    std::uint64_t changes = 0; // access_changes() when read
  };

  explicit SessionCache(double fresh_seconds = 1.0) : fresh_(fresh_seconds) {}

  // The entry for a session's digest, if it may still be used at `now` (monotonic) and `epoch_now`.
  std::optional<Entry> find(const std::string& digest, double now, long long epoch_now, std::uint64_t changes) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(digest);
    if (it == entries_.end()) return std::nullopt;
    const Entry& e = it->second;
    if (e.changes != changes || now - e.read_at > fresh_ || e.expires <= epoch_now) return std::nullopt;
    return e;
  }
  void put(const std::string& digest, Entry entry) {
    std::lock_guard lock(mutex_);
    if (entries_.size() > 10000) entries_.clear();  // bounded; what is dropped is read again
    entries_[digest] = std::move(entry);
  }

 private:
  double fresh_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace yp::http
