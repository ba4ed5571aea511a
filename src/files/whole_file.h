// Reading a file whole into memory: the data loader's files, a workbook or PDF written by a library,
// the web application's built files, a Sotkanet file given on the command line.
#pragma once
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace yp::files {

// The file's bytes, or nothing when it cannot be opened.
inline std::optional<std::string> read_whole_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace yp::files
