// LiveRegistry: the Dataset in memory, kept equal to the store. Readers share it under a shared
// lock and never wait on the database, not even while a write waits for the database's lock: a
// writer decides and stores its change holding only the writers' lock (one writer at a time), and
// takes the readers' lock only for the moment it applies the committed change in memory. So what
// readers see has always been committed.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <shared_mutex>

#include "store/store.h"

namespace yp {

class LiveRegistry {
 public:
  explicit LiveRegistry(Store& store, Dataset data) : store_(store), data_(std::move(data)) {}

  // Runs `f` on the current dataset under a shared lock and returns its result.
  template <class F>
  auto read(F&& f) const {
    std::shared_lock lock(mutex_);
    return f(data_);
  }

  // Runs `decide` on the current dataset under an exclusive lock; when it returns a fragment
  // (rather than an Error), stores it with its audit entries by `who` and applies it. Returns the
  // fragment or the Error. Deciding under the lock also makes an authorization read in `decide`
  // hold for the write.
  Result<Dataset> write(const Provenance& who, const std::function<Result<Dataset>(const Dataset&)>& decide) {
    // Only writers change data_, one at a time: holding the writers' lock, data_ cannot change
    // under `decide` or between the decision and its application.
    std::lock_guard writing(writer_);
    auto fragment = decide(data_);
    if (!fragment) return fragment;
    if (auto e = store_.write(*fragment, who)) return *e;
    std::unique_lock lock(mutex_);
    data_.merge(*fragment);
    ++version_;
    return fragment;
  }

  // Counts the writes applied; what was read at one version stays true until it changes.
  std::uint64_t version() const { return version_.load(); }

  Store& store() { return store_; }

 private:
  Store& store_;
  std::mutex writer_;
  mutable std::shared_mutex mutex_;
  Dataset data_;
  std::atomic<std::uint64_t> version_{0};
};

}  // namespace yp
