// Loader: reads data files (YAML, one collection per top-level key) and reference CSVs
// (municipalities, wellbeing services counties) into a Dataset fragment, checks the fragment
// together with what is already stored, and reports every problem as "file:line: field: message".
// A batch is all or nothing: the caller stores the fragment only when no error was found.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "program/dataset.h"
#include "core/error.h"

namespace yp::files {

struct LoadReport {
  Dataset fragment;             // what the files hold, ready to store
  std::vector<std::string> errors;  // "file:line: field 'x': message", empty when the batch is good
  size_t files = 0;
};

// Expands directories (recursively, sorted) into .yaml/.yml/.csv files and statute .xml files.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths);

// Reads `paths` and validates them against `existing` (the store's current content).
LoadReport load_files(const std::vector<std::string>& paths, const Dataset& existing,
                      const std::function<void(const std::string&)>& on_file = {});

}  // namespace yp::files
