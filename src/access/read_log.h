// ReadLog: who read personal data or what the public may not read, kept as 906/2019 § 17 asks
// ("tietojärjestelmien käytöstä ... kerätään tarpeelliset lokitiedot"): each such read by someone
// signed in (the routes are marked `x-read-log` in the OpenAPI document) is queued and written to
// the store's read log in batches by a thread of its own, at least twice a second, so that a read
// does not wait on the database. A read that cannot be queued (the store has fallen far behind) is
// refused rather than served unlogged. Entries older than the retention are pruned once a day, and
// so, on the same thread, are the sign-in records that have run out (attempt windows a day old,
// devices no longer trusted).
// Thread-safe.
#pragma once
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include "access/store.h"
#include "store/store.h"

namespace yp::http {

class ReadLog {
 public:
  // `retention_days` <= 0: nothing is pruned.
  ReadLog(Store& store, long retention_days);
  // Writes what is still queued, then stops the thread.
  ~ReadLog();
  ReadLog(const ReadLog&) = delete;
  ReadLog& operator=(const ReadLog&) = delete;

  // Queues one read; the Error (503: the log cannot keep up) when the queue is full.
  std::optional<Error> record(ReadLogEntry entry);
  // Writes what is queued now; the store's Error if it fails (the entries stay queued).
  std::optional<Error> flush();

  // The queue's bound, in bytes of the entries it holds.
  static constexpr std::size_t kMaxQueuedBytes = std::size_t{64} << 20;

 private:
  void run();
  void prune();

  Store& store_;
  long retention_days_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<ReadLogEntry> queue_;
  std::size_t queued_bytes_ = 0;
  bool stopping_ = false;
  std::mutex flushing_;
  std::thread thread_;
};

}  // namespace yp::http
