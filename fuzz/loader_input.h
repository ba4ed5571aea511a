// Feeds one fuzz input to the real data loader as a file of the given extension, against the
// repository's data, and checks the loader's contract: an input is either loaded or refused with
// at least one "file:line" error, never a crash.
#pragma once
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "files/loader.h"

namespace yp::fuzz {

inline void load_as(const uint8_t* data, size_t size, const std::string& extension) {
  static const std::string path = "/tmp/yp-fuzz-" + std::to_string(::getpid()) + extension;
  static const Dataset existing = [] {
    auto report = files::load_files({std::string(YP_SOURCE_DIR) + "/data"}, Dataset{});
    if (!report.errors.empty()) std::abort();
    return report.fragment;
  }();
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  auto report = files::load_files({path}, existing);
  for (const auto& e : report.errors)
    if (e.rfind(path, 0) != 0) std::abort();  // every error names the file it is about
}

}  // namespace yp::fuzz
