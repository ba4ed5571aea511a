// A request rate limit per client address: a token bucket per address that refills at `rate`
// tokens a second up to `burst`; each request takes one, and a request that finds none is refused
// (429) with how long until one is back. Safe to use from several threads. Pure: the caller passes
// the time, so that tests need not wait.
#pragma once
#include <algorithm>
#include <chrono>
#include <cmath>
#include <mutex>
#include <string>
#include <unordered_map>

namespace yp::http {

// Seconds on a clock that never goes back, for buckets and freshness (any origin).
inline double monotonic_seconds() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

class RateLimit {
 public:
  // rate <= 0: no limit.
  RateLimit(double rate, double burst) : rate_(rate), burst_(std::max(burst, 1.0)) {}

  bool enabled() const { return rate_ > 0; }

  // Takes a token for `key` at `now` (seconds, any monotonic origin). When there is none, answers
  // false and sets `retry_after` to the whole seconds until there is.
  bool allow(const std::string& key, double now, long& retry_after) {
    if (!enabled()) return true;
    std::lock_guard lock(mutex_);
    // Bounded memory under a flood of addresses: buckets that have filled up again carry nothing
    // worth keeping; only if that is not enough are all forgotten (erring on the side of letting in).
    if (buckets_.size() > 100000) {
      std::erase_if(buckets_, [&](const auto& entry) { return entry.second.tokens + (now - entry.second.at) * rate_ >= burst_; });
      if (buckets_.size() > 100000) buckets_.clear();
    }
    auto [it, fresh] = buckets_.try_emplace(key, Bucket{burst_, now});
    Bucket& b = it->second;
    if (!fresh) {
      b.tokens = std::min(burst_, b.tokens + (now - b.at) * rate_);
      b.at = now;
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return true;
    }
    retry_after = static_cast<long>(std::ceil((1 - b.tokens) / rate_));
    return false;
  }

 private:
  struct Bucket {
    double tokens;
    double at;
  };
  double rate_;
  double burst_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace yp::http
