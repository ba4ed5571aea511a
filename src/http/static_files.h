// The web application's built files (web/dist), read into memory once and served from the same
// origin as the API. A path that names a file gets it; any other path that is not under /api/
// gets index.html, so that the application's own routes (/bodies/…) open on reload. Files under
// assets/ carry a content hash in their names and are cached for a year; index.html never is.
// The pages get a Content-Security-Policy that lets them load their own scripts, styles and fonts
// and nothing from elsewhere.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "core/error.h"
#include "http/message.h"

namespace yp::http {

class StaticFiles {
 public:
  // Reads every file below `folder`; an error when it has no index.html.
  static Result<StaticFiles> load(const std::string& folder);

  // The answer for a GET of `path`, or nothing when `path` is under /api/ (for the API's 404).
  std::optional<Response> serve(const std::string& path) const;

  size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content_type;
    std::string body;
  };
  std::map<std::string, File> files_;  // "/index.html", "/assets/index-3f2a.js", …
};

}  // namespace yp::http
