#include "access/read_log.h"

#include <chrono>
#include <ctime>
#include <spdlog/spdlog.h>

namespace yp::http {

ReadLog::ReadLog(Store& store, long retention_days) : store_(store), retention_days_(retention_days), thread_([this] { run(); }) {}

ReadLog::~ReadLog() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
  if (auto e = flush()) spdlog::error("the read log could not be written at the stop: {}", e->message);
}

namespace {

std::size_t bytes_of(const ReadLogEntry& e) { return sizeof e + e.at.size() + e.actor.size() + e.request.size() + e.kind.size() + e.address.size(); }

}  // namespace

std::optional<Error> ReadLog::record(ReadLogEntry entry) {
  std::lock_guard lock(mutex_);
  const std::size_t bytes = bytes_of(entry);
  if (queued_bytes_ + bytes > kMaxQueuedBytes) return Error::coded(ErrorKind::io, "", "readlog.behind");
  queued_bytes_ += bytes;
  queue_.push_back(std::move(entry));
  return std::nullopt;
}

std::optional<Error> ReadLog::flush() {
  std::lock_guard one(flushing_);
  std::vector<ReadLogEntry> batch;
  {
    std::lock_guard lock(mutex_);
    batch.assign(queue_.begin(), queue_.end());
  }
  if (batch.empty()) return std::nullopt;
  if (auto e = append_read_log(store_, batch)) return e;  // kept queued, to be written next time
  std::lock_guard lock(mutex_);
  for (size_t i = 0; i < batch.size(); ++i) queued_bytes_ -= bytes_of(queue_[i]);
  queue_.erase(queue_.begin(), queue_.begin() + static_cast<long>(batch.size()));
  return std::nullopt;
}

void ReadLog::prune() {
  if (retention_days_ <= 0) {
    if (auto e = prune_signin_records(store_, std::time(nullptr))) spdlog::warn("the sign-in records could not be pruned: {}", e->message);
    return;
  }
  const std::time_t before = std::time(nullptr) - retention_days_ * 24L * 3600L;
  std::tm utc{};
  gmtime_r(&before, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
  auto pruned = prune_read_log(store_, text);
  if (!pruned) spdlog::warn("the read log could not be pruned: {}", pruned.error().message);
  if (auto e = prune_signin_records(store_, std::time(nullptr))) spdlog::warn("the sign-in records could not be pruned: {}", e->message);
}

void ReadLog::run() {
  auto next_prune = std::chrono::steady_clock::now();
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, std::chrono::milliseconds(500), [this] { return stopping_; });
    if (stopping_) break;
    lock.unlock();
    if (auto e = flush()) spdlog::warn("the read log could not be written yet: {}", e->message);
    if (std::chrono::steady_clock::now() >= next_prune) {
      prune();
      next_prune = std::chrono::steady_clock::now() + std::chrono::hours(24);
    }
    lock.lock();
  }
}

}  // namespace yp::http
