// `yhdyspinta meeting <operation>` runs a meeting's named operations (meetings/operations.h);
// `yhdyspinta minutes` prints a meeting's minutes as HTML or writes them as PDF.
#include "meetings/cli.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>

#include "files/pdf.h"
#include "meetings/minutes.h"
#include "meetings/operations.h"

namespace yp::cli {

CommandRunner add_meetings_subcommands(CLI::App& app, const CommandLine& line) {
  struct Options {
    std::string meeting_id, lang = "fi", pdf_path;
    bool full = false;
    std::string operation;
    std::vector<std::string> arguments;
  };
  auto o = std::make_shared<Options>();
  auto* minutes_cmd = app.add_subcommand("minutes", "Print a meeting's minutes as HTML, or write them as PDF");
  minutes_cmd->add_option("meeting", o->meeting_id, "the meeting's id")->required();
  minutes_cmd->add_option("--lang", o->lang, "fi, sv or en")->check(CLI::IsMember({"fi", "sv", "en"}));
  minutes_cmd->add_option("--pdf", o->pdf_path, "write a PDF to this file instead of printing HTML");
  minutes_cmd->add_flag("--full", o->full, "include the content of confidential items (for the body's own archive)");

  auto* meeting_cmd = app.add_subcommand("meeting", "Run a meeting: plan, prefill, add_item, attach, move, attend, attend_item, disqualify, "
                                                   "decide, agree, add_action, action_status, checkers (arguments name=text or name:=JSON)");
  meeting_cmd->add_option("operation", o->operation, "the operation")->required()->check(CLI::IsMember(meeting_operation_names()));
  meeting_cmd->add_option("arguments", o->arguments, "e.g. meeting_id=… item:=1 text=…");
  meeting_cmd->footer("Examples:\n  yhdyspinta meeting plan body_id=helsinki-counties-cooperation-group date=2026-12-10 place=Kaupungintalo\n"
                      "  yhdyspinta meeting move meeting_id=helsinki-counties-cooperation-group-2026-1 to=invited\n"
                      "  yhdyspinta meeting agree meeting_id=… item:=1 text='Sovitaan virkamiestapaamisesta.'");

  return [&line, o, minutes_cmd, meeting_cmd]() -> std::optional<int> {
    if (*meeting_cmd)
      return run_operation(line, o->arguments, [&](const Dataset& d, nlohmann::json args) { return run_meeting_operation(d, o->operation, std::move(args), today()); });
    if (*minutes_cmd) {
      auto store = open_store(line.database);
      const auto data = read_store(*store);
      const auto* meeting = data.meetings.find(o->meeting_id);
      if (!meeting) return std::cerr << "error: no meeting '" << o->meeting_id << "'\n", 1;
      if (auto none = no_minutes_of(*meeting)) return std::cerr << "error: " << none->text(o->lang) << "\n", 1;
      const std::string html = minutes_html(data, *meeting, o->lang, o->full ? Audience::everything : Audience::public_reader);
      if (o->pdf_path.empty()) return std::cout << html, 0;
      auto pdf = files::html_to_pdf(html);
      if (!pdf) return std::cerr << "error: " << pdf.error().message << "\n", 2;
      std::ofstream(o->pdf_path, std::ios::binary) << pdf.value();
      std::cerr << "wrote " << o->pdf_path << "\n";
      return 0;
    }
    return std::nullopt;
  };
}

}  // namespace yp::cli
