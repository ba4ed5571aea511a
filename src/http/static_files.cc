#include "http/static_files.h"

#include <filesystem>

#include "files/whole_file.h"

namespace yp::http {
namespace {

std::string content_type_of(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},         {".svg", "image/svg+xml"},                 {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},                  {".woff", "font/woff"},
      {".txt", "text/plain; charset=utf-8"}, {".webmanifest", "application/manifest+json"}};
  const auto dot = path.find_last_of('.');
  if (dot != std::string::npos)
    if (auto it = types.find(path.substr(dot)); it != types.end()) return it->second;
  return "application/octet-stream";
}

// Styles are set inline by the design system's components (styled-components), hence
// 'unsafe-inline' for styles only; scripts come from this origin alone.
constexpr const char* kPagePolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

}  // namespace

Result<StaticFiles> StaticFiles::load(const std::string& folder) {
  namespace fs = std::filesystem;
  StaticFiles out;
  std::error_code ec;
  if (!fs::is_regular_file(fs::path(folder) / "index.html", ec)) return Error::not_found("/web", folder + "/index.html does not exist");
  for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const std::string relative = "/" + fs::relative(it->path(), folder).generic_string();
    out.files_[relative] = {content_type_of(relative), files::read_whole_file(it->path()).value_or("")};
  }
  if (ec) return Error::io("reading " + folder + ": " + ec.message());
  return out;
}

std::optional<Response> StaticFiles::serve(const std::string& path) const {
  if (path == "/api" || path.rfind("/api/", 0) == 0) return std::nullopt;
  auto it = files_.find(path);
  const bool asset = it != files_.end() && path.rfind("/assets/", 0) == 0;
  if (it == files_.end() || path == "/") it = files_.find("/index.html");
  Response r{200, it->second.content_type, it->second.body, {}};
  r.headers["Cache-Control"] = asset ? "public, max-age=31536000, immutable" : "no-cache";
  r.headers["Content-Security-Policy"] = kPagePolicy;
  return r;
}

}  // namespace yp::http
