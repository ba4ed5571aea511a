// `yhdyspinta budget …`: the HUS budget monitoring from the command line. `generate` writes
// synthetic production and allocation files (labelled synthetic in their first line); `import`
// stores a production or allocation file, each month in it replacing that month whole (a bad file
// changes nothing) and requests HUS to explain each significant month; `report` prints the monthly report from the store, or from two files given, its
// significance judged by the agreement's threshold parameter as of the year's end (or --threshold).
#pragma once
#include <string>

#include "program/dataset.h"
#include "program/capability.h"
#include "program/command_line.h"
#include "store/store.h"

namespace yp::cli {

struct BudgetGenerate {
  int year = 2025;
  long long records = 100000;
  unsigned long long seed = 1;
  std::string production_path;
  std::string plan_path;
};
int budget_generate(const BudgetGenerate& options);

struct BudgetReport {
  int year = 2025;
  int through_month = 12;
  std::string production_path;  // both empty: read the store
  std::string plan_path;
  std::string threshold_percent;  // empty: the agreement's parameter
  std::string member;             // empty: every member
  bool quiet = false;
};
int budget_report(Store& store, const Dataset& data, const BudgetReport& options);

struct BudgetImport {
  std::string path;
  bool allocation = false;  // else production
  bool quiet = false;
};
// Also raises an explanation request for every significant member-month the import leaves (printed,
// one id a line).
int budget_import(Store& store, const Dataset& data, const BudgetImport& options, const Provenance& who, const Date& today);

// `yhdyspinta budget generate|report|import|run`, for the manifest (program/capability.h).
CommandRunner add_budget_subcommands(CLI::App& app, const CommandLine& line);

}  // namespace yp::cli
