// PDF from HTML with a real renderer: Debian's WeasyPrint, run as a separate process on temporary
// files, stopped after kPdfSeconds. Returns the PDF's bytes, or an Error when the renderer is
// missing, fails or takes too long.
#pragma once
#include <string>

#include "core/error.h"

namespace yp::files {

inline constexpr int kPdfSeconds = 60;

Result<std::string> html_to_pdf(const std::string& html);

}  // namespace yp::files
