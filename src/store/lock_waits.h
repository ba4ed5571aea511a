// LockWaits: how long write transactions waited for the database's lock, measured by
// WriteTransaction and shown by /api/health, so that waiting is seen and not only bounded.
// Thread-safe.
#pragma once
#include <atomic>

namespace yp {

// How long write transactions waited for the database's lock: the last wait and the longest, in
// microseconds, and how many waited longer than a second.
struct LockWaits {
  std::atomic<long long> last_us{0};
  std::atomic<long long> longest_us{0};
  std::atomic<long long> over_a_second{0};

  void record(long long us) {
    last_us = us;
    long long seen = longest_us.load();
    while (us > seen && !longest_us.compare_exchange_weak(seen, us)) {
    }
    if (us > 1'000'000) ++over_a_second;
  }
};

}  // namespace yp
