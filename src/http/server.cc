#include <utility>  // before asio's headers with g++ 12 and C++20 (see STACK.md)

#include "http/server.h"

#include "http/problem.h"
#include "http/rate_limit.h"

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace yp::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

void split_target(const std::string& target, Request& r) {
  const auto q = target.find('?');
  r.path = url_decode(target.substr(0, q));
  if (q == std::string::npos) return;
  const std::string query = target.substr(q + 1);
  size_t start = 0;
  while (start <= query.size()) {
    size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    const std::string pair = query.substr(start, end - start);
    if (!pair.empty()) {
      const auto eq = pair.find('=');
      r.query[url_decode(pair.substr(0, eq))] = eq == std::string::npos ? "" : url_decode(pair.substr(eq + 1));
    }
    start = end + 1;
  }
}

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, const Router& router, const ServerOptions& options, RateLimit& limit, std::atomic<int>& active)
      : stream_(std::move(socket)), router_(router), options_(options), limit_(limit), active_(active) {
    ++active_;
  }
  ~Session() { --active_; }

  void start() { read(); }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(options_.body_limit);
    stream_.expires_after(std::chrono::seconds(30));
    // The header first: the address decides how large a body may be.
    bhttp::async_read_header(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) return self->on_read(ec);
      if (!self->options_.upload_prefix.empty() && self->parser_->get().target().starts_with(self->options_.upload_prefix)) {
        self->parser_->body_limit(self->options_.upload_limit);
        self->stream_.expires_after(std::chrono::seconds(300));
      }
      bhttp::async_read(self->stream_, self->buffer_, *self->parser_, [self](beast::error_code ec2, std::size_t) { self->on_read(ec2); });
    });
  }

  void on_read(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted) return close();
    if (ec == bhttp::error::body_limit) return answer(Response{413, "application/problem+json",
                                                               R"({"type":"https://yhdyspinta.invalid/problems/too_large","title":"Request too large","status":413})", {}},
                                                      false, 11);
    if (ec) return close();
    auto& req = parser_->get();
    Request r;
    r.method = std::string(req.method_string());
    split_target(std::string(req.target()), r);
    r.body = req.body();
    if (auto it = req.find(bhttp::field::accept_language); it != req.end()) r.accept_language = std::string(it->value());
    for (const auto& field : req) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      r.headers[name] = std::string(field.value());
    }
    beast::error_code ignored;
    const auto remote = stream_.socket().remote_endpoint(ignored);
    if (!ignored) r.peer = remote.address().to_string();
    Response response;
    long retry_after = 0;
    if (!limit_.allow(r.peer, monotonic_seconds(), retry_after)) {
      response = problem(429, "too_many", "too many requests from this address; try again in " + std::to_string(retry_after) + " s", r.language());
      response.headers["Retry-After"] = std::to_string(retry_after);
      return answer(std::move(response), req.keep_alive(), req.version());
    }
    try {
      response = router_.dispatch(std::move(r));
    } catch (const std::exception& e) {
      response = Response{500, "application/problem+json",
                          R"({"type":"https://yhdyspinta.invalid/problems/internal","title":"Internal error","status":500})", {}};
    }
    answer(std::move(response), req.keep_alive(), req.version());
  }

  void answer(Response response, bool keep_alive, unsigned version) {
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>(static_cast<bhttp::status>(response.status), version);
    res->set(bhttp::field::server, "yhdyspinta");
    res->set(bhttp::field::content_type, response.content_type);
    res->set("X-Content-Type-Options", "nosniff");
    res->set("Referrer-Policy", "no-referrer");
    res->set("Cache-Control", "no-store");
    // Answers are data or self-contained documents (minutes with their own inline style): nothing to
    // load, nothing to frame. No Access-Control-Allow-Origin is ever sent: other origins cannot read.
    res->set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    res->set("X-Frame-Options", "DENY");
    for (const auto& [name, value] : response.headers) res->set(name, value);
    res->body() = std::move(response.body);
    res->keep_alive(keep_alive);
    res->prepare_payload();
    bhttp::async_write(stream_, *res, [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
      if (ec || !res->keep_alive()) return self->close();
      self->read();
    });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  const Router& router_;
  const ServerOptions& options_;
  RateLimit& limit_;
  std::atomic<int>& active_;
};

}  // namespace

struct Server::Impl {
  Impl(const Router& r, ServerOptions o)
      : router(r), options(std::move(o)), limit(options.requests_per_second, options.burst), ioc(options.threads), acceptor(ioc), signals(ioc) {
    tcp::endpoint endpoint(asio::ip::make_address(options.host), options.port);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  }

  void accept() {
    acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
      if (ec) return;  // the acceptor was closed: stopping
      socket.set_option(tcp::no_delay(true));
      std::make_shared<Session>(std::move(socket), router, options, limit, active)->start();
      accept();
    });
  }

  // Closes the acceptor, then waits up to five seconds for open connections before stopping.
  void begin_stop() {
    asio::post(ioc, [this] {
      beast::error_code ignored;
      acceptor.close(ignored);
      signals.cancel();
      drain(50);
    });
  }
  void drain(int tries) {
    if (active == 0 || tries == 0) return ioc.stop();
    auto timer = std::make_shared<asio::steady_timer>(ioc, std::chrono::milliseconds(100));
    timer->async_wait([this, timer, tries](beast::error_code) { drain(tries - 1); });
  }

  const Router& router;
  ServerOptions options;
  RateLimit limit;
  asio::io_context ioc;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  std::atomic<int> active{0};
};

Server::Server(const Router& router, ServerOptions options) : impl_(std::make_unique<Impl>(router, std::move(options))) {}
Server::~Server() = default;

unsigned short Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::run(bool handle_signals) {
  if (handle_signals) {
    impl_->signals.add(SIGINT);
    impl_->signals.add(SIGTERM);
    impl_->signals.async_wait([this](beast::error_code ec, int) {
      if (!ec) impl_->begin_stop();
    });
  }
  impl_->accept();
  std::vector<std::thread> threads;
  for (int i = 1; i < impl_->options.threads; ++i) threads.emplace_back([this] { impl_->ioc.run(); });
  impl_->ioc.run();
  for (auto& t : threads) t.join();
}

void Server::stop() { impl_->begin_stop(); }

}  // namespace yp::http
