// Loading the national registry plus the five documents: parsing and validating data/ (the
// loader), and the whole `load` path into a fresh SQLite database. Goal: under 200 ms.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "files/loader.h"
#include "program/stored_dataset.h"
#include "store/store.h"

namespace {

const std::string kData = std::string(YP_SOURCE_DIR) + "/data";

void ParseAndValidate(benchmark::State& state) {
  for (auto _ : state) {
    auto report = yp::files::load_files({kData}, yp::Dataset{});
    if (!report.errors.empty()) state.SkipWithError(report.errors[0].c_str());
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(ParseAndValidate)->Unit(benchmark::kMillisecond);

void LoadIntoFreshSqlite(benchmark::State& state) {
  const auto path = std::filesystem::temp_directory_path() / "yp-load-bench.db";
  for (auto _ : state) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
    auto store = yp::Store::open("sqlite:" + path.string());
    if (!store) state.SkipWithError(store.error().message.c_str());
    auto existing = read_dataset(*store.value());
    auto report = yp::files::load_files({kData}, existing.value());
    if (auto e = write_dataset(*store.value(), report.fragment, {"bench", "load_bench"})) state.SkipWithError(e->message.c_str());
  }
}
BENCHMARK(LoadIntoFreshSqlite)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
