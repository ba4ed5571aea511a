// HTTP server (Boost.Beast): keep-alive HTTP/1.1, and everything that keeps one client from taking
// the service down:
// - the head of a request is read first, within `head_seconds`; what can be refused from the head
//   alone (no such route, no one signed in for a write, a wrong media type, too many requests from
//   the address, too many uploads at once) is refused before any body is read;
// - a body has a size limit (413 beyond it, chunked or not) and a time limit;
// - handlers run on a pool of worker threads, never on the I/O threads, so a slow handler (the
//   database waiting for a lock, a PDF being made) never stops the server from reading and answering;
// - at most `max_connections` connections are open (10,000, or what the descriptors allow); at the
//   cap, the connection that has waited longest for a request's head is closed for the new one;
//   when the process runs out of file descriptors the server waits a moment and accepts again;
// - the bytes of bodies being read and of answers being sent are bounded (`body_budget`,
//   `answer_budget`), so that many clients together cannot exhaust memory either;
// - every answer's headers are checked (no line breaks, bounded length) before they are sent;
// - a graceful stop finishes the requests in flight.
// Beast is confined to server.cc because it is slow to compile.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "http/router.h"

namespace yp::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: any free port (see Server::port)
  int threads = 2;             // I/O threads
  int workers = 8;             // threads that run reads (they may wait on the database); half as many run writes
  std::size_t body_limit = 1 << 20;
  // Requests to addresses under `upload_prefix` (file imports) may be larger, up to `upload_limit`,
  // at most `uploads` at a time.
  std::string upload_prefix = kImportPrefix;
  std::size_t upload_limit = std::size_t{512} << 20;
  int uploads = 2;
  // Requests a second from one address, with bursts of up to `burst`; 0: no limit (the library's
  // default, for embedding; `yhdyspinta serve` sets one).
  double requests_per_second = 0;
  double burst = 0;
  // Seconds to send a request's head (also the longest a kept-alive connection waits idle), and
  // to send a body (an upload's: `upload_seconds`).
  int head_seconds = 15;
  int body_seconds = 30;
  int upload_seconds = 300;
  // Open connections at most; 0: as many as the process's file descriptor limit allows, less a
  // reserve for the database, logs and the PDF renderer.
  std::size_t max_connections = 0;
  // Bytes held at once for request bodies being read (imports apart: `uploads` of them at most),
  // and for answers being sent: beyond them, 503 with Retry-After.
  std::size_t body_budget = std::size_t{256} << 20;
  std::size_t answer_budget = std::size_t{512} << 20;
  // Behind a proxy that terminates TLS for this server's only address: tell browsers to come
  // back over HTTPS only (Strict-Transport-Security, a year, subdomains included).
  bool hsts = false;
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
