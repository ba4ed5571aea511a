// `yhdyspinta feed-token`: issues or revokes a token that opens the non-public items of a
// calendar feed.
#include "calendar/cli.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <random>

#include "program/stored_dataset.h"

namespace yp::cli {
namespace {

// Issues a token (printed once, with the feed paths it opens) or revokes one; both take effect at
// once, also in a running server, which reads tokens from the store on every use.
int feed_token(const CommandLine& line, const std::string& scope, const std::string& note, const std::string& revoke) {
  auto store = open_store(line.database);
  auto data = read_store(*store);
  Dataset change;
  if (!revoke.empty()) {
    const auto* t = data.feed_tokens.find(revoke);
    if (!t) return std::cerr << "error: no such token\n", 1;
    if (t->revoked) return std::cerr << "error: the token was revoked on " << t->revoked->iso() << "\n", 1;
    FeedToken ended = *t;
    ended.revoked = today();
    change.feed_tokens.put(ended);
  } else {
    const bool body = data.bodies.find(scope) != nullptr;
    if (!body && !data.organisations.find(scope)) return std::cerr << "error: no body or organisation '" << scope << "'\n", 1;
    std::random_device random;  // the kernel's entropy: a token must not be guessable
    std::string token;
    for (int i = 0; i < 4; ++i) {
      char part[9];
      std::snprintf(part, sizeof part, "%08x", random());
      token += part;
    }
    change.feed_tokens.put({token, scope, today(), std::nullopt, note});
    std::cout << "/api/calendar/" << (body ? "bodies/" : "organisations/") << scope << ".ics?token=" << token << "\n";
  }
  if (auto e = write_dataset(*store, change, line.who)) return std::cerr << "error: " << e->message << "\n", 2;
  return 0;
}

}  // namespace

CommandRunner add_calendar_subcommands(CLI::App& app, const CommandLine& line) {
  struct Options {
    std::string scope, note, revoke;
  };
  auto o = std::make_shared<Options>();
  auto* token_cmd = app.add_subcommand("feed-token", "Issue or revoke a token that opens the non-public items of a calendar feed");
  token_cmd->add_option("--for", o->scope, "the body or organisation whose feed the token opens");
  token_cmd->add_option("--note", o->note, "to whom it is given");
  token_cmd->add_option("--revoke", o->revoke, "revoke this token");
  token_cmd->callback([o] {
    if (o->scope.empty() == o->revoke.empty()) throw CLI::ValidationError("feed-token", "give either --for ID or --revoke TOKEN");
  });

  return [&line, o, token_cmd]() -> std::optional<int> {
    if (*token_cmd) return feed_token(line, o->scope, o->note, o->revoke);
    return std::nullopt;
  };
}

}  // namespace yp::cli
