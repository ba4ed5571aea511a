#include "files/pdf.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "files/whole_file.h"

namespace yp::files {

Result<std::string> html_to_pdf(const std::string& html) {
  namespace fs = std::filesystem;
  char pattern[] = "/tmp/yp-pdf.XXXXXX";
  const char* dir = mkdtemp(pattern);
  if (!dir) return Error::io("cannot make a temporary folder for the PDF");
  const fs::path in = fs::path(dir) / "minutes.html", out = fs::path(dir) / "minutes.pdf";
  std::ofstream(in, std::ios::binary) << html;
  // Bounded: a renderer that hangs is stopped rather than holding a worker for ever.
  const std::string command = "timeout -k 5 " + std::to_string(kPdfSeconds) + " weasyprint --quiet '" + in.string() + "' '" + out.string() + "' 2>" +
                              (fs::path(dir) / "log").string();
  const int status = std::system(command.c_str());
  std::string pdf;
  if (status == 0) pdf = read_whole_file(out).value_or("");
  std::error_code ignored;
  fs::remove_all(dir, ignored);
  if (status != 0 || pdf.empty())
    return Error::io("the PDF renderer (weasyprint) failed or is not installed (exit " + std::to_string(WEXITSTATUS(status)) + ")");
  return pdf;
}

}  // namespace yp::files
