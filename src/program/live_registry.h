// LiveRegistry: the Dataset in memory, kept equal to the store. Readers share it under a shared
// lock and never wait on the database, not even while a write waits for the database's lock: a
// writer decides and stores its change holding only the writers' lock (one writer at a time), and
// takes the readers' lock only for the moment it applies the committed change in memory. So what
// readers see has always been committed. What another process writes to the same store (the
// command line, a second server on PostgreSQL) is seen through the Dataset's version in the store
// (program/stored_dataset.h): `refresh` reads the Dataset again when it moved, and a write that
// finds it moved reads it again in its own transaction and decides on that.
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
  // `data` as read from `store` when the store's Dataset version (program/stored_dataset.h) was
  // `version`, read before it; -1 when not known (then the first `refresh` only learns it).
  explicit LiveRegistry(Store& store, Dataset data, long long version = -1) : store_(store), data_(std::move(data)), seen_(version) {}

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
  // Deciding under the writers' lock and the store's (in the write's own transaction) also makes
  // an authorization read in `decide` hold for the write: when another process changed the store
  // since this registry last saw it, the Dataset is read again in that transaction and `decide`
  // runs on what is committed, so no change of another process is overwritten or overlooked.
  // With `then`, what it answers is stored in the same transaction and applied with it.
  Result<Dataset> write(const Provenance& who, const std::function<Result<Dataset>(const Dataset&)>& decide, const Consequence& then = {}) {
    // Only writers change data_, one at a time: holding the writers' lock, data_ cannot change
    // under `decide` or between the decision and its application.
    std::lock_guard writing(writer_);
    std::optional<Dataset> fresh;  // what the store held, when another process had changed it
    std::optional<Dataset> fragment;
    long long version = 0;
    auto stored = store_.transact("writing to the database", who, [&](WriteContext& tx) -> std::optional<Error> {
      version = advance_dataset_version(tx);
      if (seen_ >= 0 && version != seen_ + 1) {
        auto read = read_dataset(tx);
        if (!read) return read.error();
        fresh = std::move(read.value());
      }
      const Dataset& base = fresh ? *fresh : data_;
      auto decided = decide(base);
      if (!decided) return decided.error();
      if (then) {
        Dataset after = base;  // a copy only for a write with a consequence (imports, thresholds)
        after.merge(*decided);
        auto more = then(after, tx);
        if (!more) return more.error();
        decided->merge(*more);
      }
      write_fragment(tx, *decided);
      fragment = std::move(decided.value());
      return std::nullopt;
    });
    // What was read is committed even when this write was refused: keep it (the refused write's
    // own version was rolled back with it).
    std::unique_lock lock(mutex_);
    if (fresh) {
      data_ = std::move(*fresh);
      seen_ = version - 1;
      ++version_;
    }
    if (stored) return *stored;
    data_.merge(*fragment);
    seen_ = version;
    ++version_;
    return std::move(*fragment);
  }

  // Reads the Dataset again when the store's version moved since this registry last saw it (a
  // change by another process); the server asks twice a second. Returns whether it did. The first
  // call of a registry made without the version only learns it.
  bool refresh() {
    std::lock_guard writing(writer_);
    auto stored_version = dataset_version(store_);
    if (!stored_version || *stored_version == seen_) return false;
    if (seen_ < 0) {
      seen_ = *stored_version;
      return false;
    }
    long long read_version = 0;
    auto fresh = read_dataset(store_, &read_version);
    if (!fresh) return false;  // seen_ is unchanged: the next call tries again
    std::unique_lock lock(mutex_);
    data_ = std::move(fresh.value());
    seen_ = read_version;
    ++version_;
    return true;
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
  long long seen_ = -1;  // the store's Dataset version data_ holds; -1 until known (writers' lock)
};

}  // namespace yp
