// PDF from HTML with a real renderer: Debian's WeasyPrint, run as a separate process on temporary
// files. Returns the PDF's bytes, or an Error when the renderer is missing or fails.
#pragma once
#include <string>

#include "core/error.h"

namespace yp::files {

Result<std::string> html_to_pdf(const std::string& html);

}  // namespace yp::files
