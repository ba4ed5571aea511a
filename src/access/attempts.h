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
    if (attempts_.size() > 100000) attempts_.clear();  // bounded memory under a flood of addresses
    return true;
  }

 private:
  int max_;
  long window_;
  std::mutex mutex_;
  std::map<std::string, std::deque<long>> attempts_;
};

}  // namespace yp
