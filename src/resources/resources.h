// Files embedded in the binary at build time (SQL migrations, the OpenAPI document), so that the
// program runs from any directory. CMake generates the table from the files it lists.
#pragma once
#include <string_view>
#include <vector>

namespace yp {

struct Resource {
  std::string_view path;  // relative to src/, e.g. "registry/migrations/001_registry.sql"
  std::string_view content;
};

const std::vector<Resource>& resources();
// The content of the resource at `path`, or an empty view.
std::string_view resource(std::string_view path);

}  // namespace yp
