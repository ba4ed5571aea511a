// HTTP server (Boost.Beast): keep-alive HTTP/1.1 on a few I/O threads, a request size limit
// (413 beyond it), a request rate limit per client address (429 beyond it), security headers on every answer, and a graceful stop that finishes the
// requests in flight. Everything else is the Router's. Beast is confined to server.cc because it
// is slow to compile.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "http/router.h"

namespace yp::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (see Server::port)
  int threads = 2;
  std::size_t body_limit = 1 << 20;
  // Requests to addresses under `upload_prefix` (file imports) may be larger, up to `upload_limit`.
  std::string upload_prefix = kImportPrefix;
  std::size_t upload_limit = std::size_t{512} << 20;
  // Requests a second from one address, with bursts of up to `burst`; 0: no limit (the library's
  // default, for embedding; `yhdyspinta serve` sets one).
  double requests_per_second = 0;
  double burst = 0;
};

class Server {
 public:
  Server(const Router& router, ServerOptions options);
  ~Server();
  // The port actually bound.
  unsigned short port() const;
  // Serves until stop() or SIGINT/SIGTERM (when handle_signals); returns after the stop.
  void run(bool handle_signals);
  // Stops accepting, lets requests in flight finish, then returns from run(). Thread-safe.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace yp::http
