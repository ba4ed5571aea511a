// Counts attempts per key (a client's address) in a sliding window, to refuse a burst of sign-in
// attempts before any password is checked. Safe to use from several threads. Pure: the caller
// passes the time.
#pragma once
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace yp {

class AttemptWindow {
 public:
  AttemptWindow(int max_attempts, long window_seconds) : max_(max_attempts), window_(window_seconds) {}

  // Records an attempt by `key` at `now` (seconds) and says whether it is within the limit; when
  // not, `retry_after` is how many seconds until the oldest attempt leaves the window.
  bool allow(const std::string& key, long now, long& retry_after) {
    std::lock_guard lock(mutex_);
    auto& times = attempts_[key];
    while (!times.empty() && times.front() <= now - window_) times.pop_front();
    if (static_cast<int>(times.size()) >= max_) {
      retry_after = times.front() + window_ - now;
      return false;
    }
    times.push_back(now);
    // Bounded memory under a flood of addresses: those with no attempt left in the window go
    // first; only if that is not enough are all forgotten.
    if (attempts_.size() > 100000) {
      for (auto it = attempts_.begin(); it != attempts_.end();) {
        auto& times_of = it->second;
        while (!times_of.empty() && times_of.front() <= now - window_) times_of.pop_front();
        it = times_of.empty() ? attempts_.erase(it) : std::next(it);
      }
      if (attempts_.size() > 100000) attempts_.clear();
    }
    return true;
  }

 private:
  int max_;
  long window_;
  std::mutex mutex_;
  std::map<std::string, std::deque<long>> attempts_;
};

}  // namespace yp
