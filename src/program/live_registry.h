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

#include "program/stored_dataset.h"

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

  // What a write also changes in its own transaction, decided from the data as the write leaves
  // it and from what the database holds (read through the transaction): a fragment to add to it.
  // Budget monitoring's imports use it to raise the explanations their figures call for.
  using Consequence = std::function<Result<Dataset>(const Dataset& after, WriteContext& tx)>;

  // Runs `decide` on the current dataset; when it returns a fragment (rather than an Error),
  // stores it with its audit entries by `who` and applies it. Returns the fragment or the Error.
  // Deciding under the writers' lock also makes an authorization read in `decide` hold for the
  // write. With `then`, what it answers is stored in the same transaction and applied with it.
  Result<Dataset> write(const Provenance& who, const std::function<Result<Dataset>(const Dataset&)>& decide, const Consequence& then = {}) {
    // Only writers change data_, one at a time: holding the writers' lock, data_ cannot change
    // under `decide` or between the decision and its application.
    std::lock_guard writing(writer_);
    auto fragment = decide(data_);
    if (!fragment) return fragment;
    auto stored = store_.transact("writing to the database", who, [&](WriteContext& tx) -> std::optional<Error> {
      if (then) {
        Dataset after = data_;  // a copy only for a write with a consequence (imports, thresholds)
        after.merge(*fragment);
        auto more = then(after, tx);
        if (!more) return more.error();
        fragment->merge(*more);
      }
      write_fragment(tx, *fragment);
      return std::nullopt;
    });
    if (stored) return *stored;
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
