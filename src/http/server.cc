#include <utility>  // before asio's headers with g++ 12 and C++20 (see STACK.md)

#include "http/server.h"

#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include <algorithm>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <chrono>
#include <list>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "http/problem.h"
#include "http/rate_limit.h"

namespace yp::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

namespace {

// File descriptors kept free for what is not a connection: the database and its journal, the log,
// the PDF renderer's pipes and files.
constexpr std::size_t kReservedDescriptors = 64;
// Connections at most when the descriptors would allow more: each holds buffers, and its answer.
constexpr std::size_t kMostConnections = 10000;
// A refused request's body is read and thrown away for at most this long and this much, so that
// the client reads the answer instead of a reset connection.
constexpr int kLingerSeconds = 2;
constexpr std::size_t kLingerBytes = std::size_t{1} << 20;
constexpr std::size_t kMaxHeaderValue = 8192;

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

// Whether a header's value can be sent as it is: no line break or other control character (which
// would let a value start a header of its own), and not too long for a client to take.
bool sendable(std::string_view value) {
  if (value.size() > kMaxHeaderValue) return false;
  for (const unsigned char c : value)
    if ((c < 0x20 && c != '\t') || c == 0x7f) return false;
  return true;
}

Response internal_error(const std::string& lang) { return coded_problem(500, "internal", "service.internal", {}, lang); }

Response busy(const std::string& lang, int seconds) {
  Response r = coded_problem(503, "busy", "service.busy", {{"seconds", std::to_string(seconds)}}, lang);
  r.headers["Retry-After"] = std::to_string(seconds);
  return r;
}

long long steady_nanos() { return std::chrono::steady_clock::now().time_since_epoch().count(); }

// Bytes that may be held at once for one purpose (request bodies being read, answers being sent):
// taken before, given back after. Thread-safe.
class Budget {
 public:
  explicit Budget(std::size_t limit) : limit_(limit) {}
  bool take(std::size_t bytes) {
    std::size_t now = used_.load();
    while (now + bytes <= limit_ || now == 0)  // one alone is always let through, however large
      if (used_.compare_exchange_weak(now, now + bytes)) return true;
    return false;
  }
  void give(std::size_t bytes) { used_ -= bytes; }

 private:
  std::size_t limit_;
  std::atomic<std::size_t> used_{0};
};

// What `f` answers, or, when it throws anything at all, a 500 (and the log says what).
template <class F>
auto guarded(const std::string& what, const std::string& lang, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const std::exception& e) {
    spdlog::error("{} threw: {}", what, e.what());
  } catch (...) {
    spdlog::error("{} threw something that is not an exception", what);
  }
  return internal_error(lang);
}

class Session;

// What every connection shares with the server.
struct Shared {
  Shared(const Router& r, const ServerOptions& o)
      : router(r),
        options(o),
        limit(o.requests_per_second, o.burst),
        readers(std::max(1, o.workers)),
        writers(std::max(1, o.workers / 2)),
        bodies(o.body_budget),
        answers(o.answer_budget) {}

  const Router& router;
  const ServerOptions& options;
  RateLimit limit;
  // Reads and writes on pools of their own: writes wait for each other and for the database's
  // lock, and reads go on meanwhile.
  asio::thread_pool readers;
  asio::thread_pool writers;
  Budget bodies;
  Budget answers;
  std::atomic<int> active{0};
  std::atomic<int> uploads{0};
  std::mutex sessions_mutex;
  std::list<std::weak_ptr<Session>> sessions;

  bool take_upload() {
    int now = uploads.load();
    while (now < options.uploads)
      if (uploads.compare_exchange_weak(now, now + 1)) return true;
    return false;
  }
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) { ++shared_.active; }
  ~Session() {
    release_upload();
    release_body();
    --shared_.active;
  }

  void start() { read_head(); }
  // Answers 503 and closes: the server is at its connection limit and nothing could be made room for.
  void start_refused() {
    keep_alive_ = false;
    answer(busy("fi", 1));
  }

  // Whether the connection is waiting for a request's head, and since when (steady nanoseconds),
  // and not yet chosen to make room.
  bool awaiting_head() const { return awaiting_head_.load() && !evicted_.load(); }
  long long head_since() const { return head_since_.load(); }
  // Closes the connection if it is still waiting for the same request's head. Thread-safe.
  void evict() {
    evicted_ = true;
    const long long waiting_since = head_since_.load();
    asio::post(stream_.get_executor(), [self = shared_from_this(), waiting_since] {
      if (!self->awaiting_head_ || self->head_since_ != waiting_since) return;
      beast::error_code ignored;
      self->stream_.socket().close(ignored);
    });
  }

 private:
  void read_head() {
    parser_.emplace();
    parser_->header_limit(16 * 1024);
    // The parser checks a declared length against its limit as the head ends, before the address
    // is known: it gets the largest limit here, and the address's own once the head is read.
    parser_->body_limit(std::max(shared_.options.body_limit, shared_.options.upload_limit));
    head_since_ = steady_nanos();
    evicted_ = false;
    awaiting_head_ = true;
    stream_.expires_after(std::chrono::seconds(shared_.options.head_seconds));
    bhttp::async_read_header(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      self->awaiting_head_ = false;
      self->on_head(ec);
    });
  }

  void on_head(beast::error_code ec) {
    if (ec == bhttp::error::header_limit) return refuse(coded_problem(431, "header_too_large", "request.header", {}, lang_));
    if (ec == bhttp::error::body_limit) return refuse(too_large(shared_.options.upload_limit));
    if (ec) return close();
    const auto& req = parser_->get();
    head_ = Request{};
    head_.method = std::string(req.method_string());
    split_target(std::string(req.target()), head_);
    if (auto it = req.find(bhttp::field::accept_language); it != req.end()) head_.accept_language = std::string(it->value());
    for (const auto& field : req) {
      std::string name(field.name_string());
      std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
      head_.headers[name] = std::string(field.value());
    }
    beast::error_code ignored;
    const auto remote = stream_.socket().remote_endpoint(ignored);
    if (!ignored) head_.peer = remote.address().to_string();
    keep_alive_ = req.keep_alive();
    version_ = req.version();
    lang_ = head_.language();
    what_ = head_.method + " " + head_.path;

    long retry_after = 0;
    if (!shared_.limit.allow(head_.peer, monotonic_seconds(), retry_after)) {
      Response r = coded_problem(429, "too_many", "request.too_many", {{"seconds", std::to_string(retry_after)}}, lang_);
      r.headers["Retry-After"] = std::to_string(retry_after);
      return refuse(std::move(r));
    }
    if (parser_->is_done()) {
      // What is ready without waiting (a memoized answer) is answered here, with no hand-over.
      auto ready = guarded(what_, lang_, [&] { return shared_.router.dispatch_quick(head_); });
      if (ready) return answer(std::move(*ready));
      return run(std::move(head_));
    }
    // A request with a body is first screened on its head (on a worker: the gate may read a
    // session from the database), and its body read only if it passes.
    const auto limit = is_upload() ? shared_.options.upload_limit : shared_.options.body_limit;
    if (const auto length = parser_->content_length(); length && *length > limit) return refuse(too_large(limit));
    parser_->body_limit(limit);
    asio::post(shared_.readers, [self = shared_from_this()] {
      auto refused = guarded("screening " + self->what_, self->lang_, [&] { return self->shared_.router.screen(self->head_); });
      asio::post(self->stream_.get_executor(), [self, refused = std::move(refused)]() mutable {
        if (refused) return self->refuse(std::move(*refused));
        self->read_body();
      });
    });
  }

  bool is_upload() const { return !shared_.options.upload_prefix.empty() && head_.path.starts_with(shared_.options.upload_prefix); }
  Response too_large(std::size_t max) const { return coded_problem(413, "too_large", "request.too_large", {{"max", std::to_string(max)}}, lang_); }

  void read_body() {
    head_.screened = true;
    if (is_upload()) {
      if (!shared_.take_upload()) return refuse(busy(lang_, 10));
      holds_upload_ = true;
    } else {
      // Bodies being read together are bounded in bytes: what this one may come to is taken now.
      const auto declared = parser_->content_length();
      body_bytes_ = declared ? static_cast<std::size_t>(*declared) : shared_.options.body_limit;
      if (!shared_.bodies.take(body_bytes_)) {
        body_bytes_ = 0;
        return refuse(busy(lang_, 2));
      }
    }
    stream_.expires_after(std::chrono::seconds(holds_upload_ ? shared_.options.upload_seconds : shared_.options.body_seconds));
    bhttp::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec2, std::size_t) { self->on_body(ec2); });
  }

  void on_body(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      const auto max = holds_upload_ ? shared_.options.upload_limit : shared_.options.body_limit;
      release_upload();
      release_body();
      return refuse(too_large(max));
    }
    if (ec) return close();
    Request request = std::move(head_);
    request.body = std::move(parser_->get().body());
    run(std::move(request));
  }

  // The handler may wait (on the database, on a PDF): it runs on a worker (reads and writes on
  // pools of their own), and its answer is written back on this connection's strand.
  void run(Request request) {
    auto& pool = request.method == "GET" ? shared_.readers : shared_.writers;
    asio::post(pool, [self = shared_from_this(), request = std::move(request)]() mutable {
      Response response = guarded(self->what_, self->lang_, [&] { return self->shared_.router.dispatch(std::move(request)); });
      self->release_upload();
      self->release_body();
      asio::post(self->stream_.get_executor(), [self, response = std::move(response)]() mutable { self->answer(std::move(response)); });
    });
  }

  // Answers without reading the request's body, then closes the connection.
  void refuse(Response response) {
    keep_alive_ = false;
    lingering_ = true;
    answer(std::move(response));
  }

  void answer(Response response) {
    // Answers being sent are bounded in bytes too: a client that does not read holds its answer.
    if (!shared_.answers.take(response.body.size())) response = busy(lang_, 2);
    else answer_bytes_ = response.body.size();
    auto res = std::make_shared<bhttp::response<bhttp::string_body>>();
    try {
      bool ok = sendable(response.content_type);
      for (const auto& [name, value] : response.headers) ok = ok && sendable(name) && sendable(value);
      for (const auto& c : response.cookies) ok = ok && sendable(c);
      if (!ok) {
        spdlog::error("an answer to {} had a header that cannot be sent; answered 500 instead", what_);
        response = internal_error(lang_);
      }
      res->version(version_);
      res->result(static_cast<bhttp::status>(response.status));
      res->set(bhttp::field::server, "yhdyspinta");
      res->set(bhttp::field::content_type, response.content_type);
      res->set("X-Content-Type-Options", "nosniff");
      res->set("Referrer-Policy", "no-referrer");
      res->set("Cache-Control", "no-store");
      // Answers are data or self-contained documents (minutes with their own inline style): nothing to
      // load, nothing to frame. No Access-Control-Allow-Origin is ever sent: other origins cannot read.
      res->set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
      res->set("X-Frame-Options", "DENY");
      if (shared_.options.hsts) res->set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
      for (const auto& [name, value] : response.headers) res->set(name, value);
      for (const auto& c : response.cookies) res->insert(bhttp::field::set_cookie, c);
      res->body() = std::move(response.body);
      res->keep_alive(keep_alive_);
      res->prepare_payload();
    } catch (const std::exception& e) {
      spdlog::error("an answer could not be made: {}", e.what());
      release_answer();
      return close();
    }
    stream_.expires_after(std::chrono::seconds(shared_.options.body_seconds));
    bhttp::async_write(stream_, *res, [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
      self->release_answer();
      if (ec) return self->close();
      if (self->lingering_) return self->linger();
      if (!res->keep_alive()) return self->close();
      self->read_head();
    });
  }

  // After a refusal: says it has finished sending, reads what the client still sends for a moment,
  // then lets the connection go.
  void linger() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(kLingerSeconds));
    discard();
  }
  void discard() {
    drain_.resize(16 * 1024);
    stream_.async_read_some(asio::buffer(drain_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      self->drained_ += n;
      if (ec || self->drained_ >= kLingerBytes) {
        beast::error_code ignored;
        self->stream_.socket().close(ignored);
        return;
      }
      self->discard();
    });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
  }

  void release_upload() {
    if (holds_upload_.exchange(false)) --shared_.uploads;
  }
  void release_body() {
    if (const auto n = body_bytes_.exchange(0)) shared_.bodies.give(n);
  }
  void release_answer() {
    if (const auto n = std::exchange(answer_bytes_, 0)) shared_.answers.give(n);
  }

  beast::tcp_stream stream_;
  Shared& shared_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Request head_;
  std::string lang_ = "fi";
  std::string what_;  // "METHOD /path", for the log
  bool keep_alive_ = true;
  unsigned version_ = 11;
  bool lingering_ = false;
  std::atomic<bool> holds_upload_{false};
  std::atomic<std::size_t> body_bytes_{0};
  std::size_t answer_bytes_ = 0;  // on the strand only
  std::atomic<bool> awaiting_head_{false};
  std::atomic<bool> evicted_{false};
  std::atomic<long long> head_since_{0};
  std::string drain_;
  std::size_t drained_ = 0;
};

// The connections the process's descriptors allow: the soft limit raised to the hard one, less the
// reserve, and at most kMostConnections.
std::size_t connection_capacity() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1000;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = std::min<rlim_t>(limit.rlim_max, kMostConnections + kReservedDescriptors);
    if (raised.rlim_cur > limit.rlim_cur && ::setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  const auto usable = static_cast<std::size_t>(std::min<rlim_t>(limit.rlim_cur, kMostConnections + kReservedDescriptors));
  return usable > 2 * kReservedDescriptors ? usable - kReservedDescriptors : usable / 2;
}

}  // namespace

struct Server::Impl {
  Impl(const Router& r, ServerOptions o)
      : options(std::move(o)), shared(r, options), ioc(options.threads), acceptor(ioc), signals(ioc), retry(ioc) {
    capacity = options.max_connections ? options.max_connections : connection_capacity();
    tcp::endpoint endpoint(asio::ip::make_address(options.host), options.port);
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  }

  void accept() {
    acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;  // stopping
      if (ec) {
        // Out of descriptors (EMFILE, ENFILE) or memory, or a connection gone before it was taken:
        // the listening socket is fine, so try again in a moment rather than never.
        const double now = monotonic_seconds();
        if (now - last_complaint > 10) {
          spdlog::warn("cannot accept connections for a moment: {}", ec.message());
          last_complaint = now;
        }
        retry.expires_after(std::chrono::milliseconds(50));
        retry.async_wait([this](beast::error_code e) {
          if (!e) accept();
        });
        return;
      }
      beast::error_code ignored;
      socket.set_option(tcp::no_delay(true), ignored);
      switch (make_room()) {
        case Room::yes: {
          auto session = std::make_shared<Session>(std::move(socket), shared);
          std::lock_guard lock(shared.sessions_mutex);
          shared.sessions.push_back(session);
          session->start();
          break;
        }
        case Room::refuse_politely: std::make_shared<Session>(std::move(socket), shared)->start_refused(); break;
        case Room::none: socket.close(ignored); break;  // past even the reserve: not a descriptor more
      }
      accept();
    });
  }

  // Whether a new connection may stay: below the cap, or at it once the connection that has waited
  // longest for a request's head is closed. Connections chosen to make room still hold their
  // descriptor for a moment: a burst beyond the cap is answered 503, and beyond half the reserve
  // more, closed at once. The list of connections is looked through only at the cap.
  enum class Room { yes, refuse_politely, none };
  Room make_room() {
    const std::size_t open = static_cast<std::size_t>(std::max(0, shared.active.load()));
    if (open >= capacity + kReservedDescriptors / 2) return Room::none;
    std::lock_guard lock(shared.sessions_mutex);
    if (open < capacity && shared.sessions.size() < 2 * capacity) return Room::yes;
    shared.sessions.remove_if([](const std::weak_ptr<Session>& s) { return s.expired(); });
    if (shared.sessions.size() < capacity) return Room::yes;
    std::shared_ptr<Session> oldest;
    for (const auto& weak : shared.sessions)
      if (auto s = weak.lock(); s && s->awaiting_head() && (!oldest || s->head_since() < oldest->head_since())) oldest = s;
    if (!oldest) return open >= capacity ? Room::refuse_politely : Room::yes;
    oldest->evict();
    return open >= capacity + kReservedDescriptors / 4 ? Room::refuse_politely : Room::yes;
  }

  // Closes the acceptor and the connections waiting for a request, then waits up to five seconds
  // for the requests in flight before stopping.
  void begin_stop() {
    asio::post(ioc, [this] {
      beast::error_code ignored;
      acceptor.close(ignored);
      retry.cancel();
      signals.cancel();
      {
        std::lock_guard lock(shared.sessions_mutex);
        for (const auto& weak : shared.sessions)
          if (auto s = weak.lock(); s && s->awaiting_head()) s->evict();
      }
      drain(50);
    });
  }
  void drain(int tries) {
    if (shared.active == 0 || tries == 0) return ioc.stop();
    auto timer = std::make_shared<asio::steady_timer>(ioc, std::chrono::milliseconds(100));
    timer->async_wait([this, timer, tries](beast::error_code) { drain(tries - 1); });
  }

  ServerOptions options;
  Shared shared;
  asio::io_context ioc;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::steady_timer retry;
  std::size_t capacity = 0;
  double last_complaint = -100;
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
  impl_->shared.readers.join();
  impl_->shared.writers.join();
}

void Server::stop() { impl_->begin_stop(); }

}  // namespace yp::http
