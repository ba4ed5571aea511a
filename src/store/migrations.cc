#include "store/migrations.h"

#include <map>
#include <regex>

namespace yp {

Result<std::vector<Migration>> migrations_for(std::string_view backend, const std::vector<Resource>& files) {
  static const std::regex name(R"(^[a-z_]+/migrations/((\d{3})_[a-z0-9_]+)(\.(sqlite|postgresql))?\.sql$)");
  struct Found {
    std::string stem;  // "006_access"
    std::vector<std::string> paths;
    const Resource* common = nullptr;
    std::map<std::string, const Resource*> specific;  // by backend
  };
  std::map<std::string, Found> by_number;
  for (const auto& file : files) {
    std::cmatch m;
    const std::string path(file.path);
    if (path.find("/migrations/") == std::string::npos) continue;
    if (!std::regex_match(path.c_str(), m, name)) return Error::io("a migration's file is not named NNN_name.sql: " + path);
    Found& f = by_number[m[2]];
    if (!f.stem.empty() && f.stem != m[1].str())
      return Error::io("two migrations are numbered " + m[2].str() + ": " + f.paths.front() + " and " + path);
    const bool taken = m[4].matched ? f.specific.count(m[4].str()) > 0 : f.common != nullptr;
    if (taken) return Error::io("two migrations are numbered " + m[2].str() + ": " + f.paths.front() + " and " + path);
    f.stem = m[1];
    f.paths.push_back(path);
    if (m[4].matched) f.specific[m[4].str()] = &file;
    else f.common = &file;
  }
  std::vector<Migration> out;
  for (const auto& [number, f] : by_number) {
    const bool both = f.specific.count("sqlite") && f.specific.count("postgresql");
    if (!f.common && !both) return Error::io("migration " + f.stem + " has a file for one backend only: " + f.paths.front());
    if (f.common && !f.specific.empty()) return Error::io("migration " + f.stem + " has a common file and one for a backend: " + f.paths.front());
    auto chosen = f.specific.find(std::string(backend));
    const Resource* r = chosen != f.specific.end() ? chosen->second : f.common;
    if (!r) return Error::io("migration " + f.stem + " has no file for " + std::string(backend));
    out.push_back({f.stem + ".sql", std::string(r->path), r->content});
  }
  return out;
}

}  // namespace yp
