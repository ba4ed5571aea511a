#include "support.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "files/loader.h"

namespace yp::test {

std::string data_dir() {
  const char* env = std::getenv("YP_DATA_DIR");
  return env ? env : std::string(YP_SOURCE_DIR) + "/data";
}

Dataset load_repository_data() {
  auto report = files::load_files({data_dir()}, Dataset{});
  for (const auto& e : report.errors) ADD_FAILURE() << e;
  return report.fragment;
}

std::string temp_path(const std::string& name) {
  static std::atomic<int> counter{0};
  // A folder of this process's own, made new: named by the process id alone, a later process with
  // the same id (the test run starts thousands) found the earlier one's databases still there.
  static const std::filesystem::path dir = [] {
    std::string pattern = (std::filesystem::temp_directory_path() / "yp-test-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot make a temporary folder for the tests");
    return std::filesystem::path(pattern);
  }();
  return (dir / (std::to_string(counter++) + "-" + name)).string();
}

std::string fresh_postgres_database(const std::string& name) {
  const char* url = std::getenv("YP_TEST_POSTGRES");
  if (!url) return "";
  std::string conninfo = std::string(url).substr(std::string(url).find(':') + 1);
  try {
    soci::session admin(soci::postgresql, conninfo);
    admin << "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
    admin << "CREATE DATABASE " + name;
  } catch (const std::exception& e) {
    ADD_FAILURE() << "cannot make the PostgreSQL database " << name << ": " << e.what();
    return "";
  }
  const auto at = conninfo.find("dbname=");
  const auto end = conninfo.find(' ', at);
  conninfo.replace(at, end == std::string::npos ? std::string::npos : end - at, "dbname=" + name);
  return "postgresql:" + conninfo;
}

HttpResult http(unsigned short port, const std::string& method, const std::string& target, const std::string& body,
                const std::string& extra_headers) {
  HttpResult result;
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return result;
  }
  std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra_headers;
  if (!body.empty() || method == "POST") {
    if (extra_headers.find("Content-Type:") == std::string::npos) request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  }
  request += "\r\n" + body;
  size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  std::string raw;
  char buffer[65536];
  ssize_t n;
  while ((n = ::recv(fd, buffer, sizeof buffer, 0)) > 0) raw.append(buffer, static_cast<size_t>(n));
  ::close(fd);
  const auto head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos) return result;
  result.status = std::atoi(raw.c_str() + raw.find(' ') + 1);
  size_t pos = raw.find("\r\n") + 2;
  while (pos < head_end) {
    size_t end = raw.find("\r\n", pos);
    std::string line = raw.substr(pos, end - pos);
    auto colon = line.find(':');
    std::string name = line.substr(0, colon);
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name == "set-cookie") result.cookies.push_back(line.substr(colon + 2));
    result.headers.emplace(name, line.substr(colon + 2));  // a repeated header keeps its first value here
    pos = end + 2;
  }
  result.body = raw.substr(head_end + 4);
  return result;
}

SignedIn sign_in(unsigned short port, const std::string& account, const std::string& password) {
  SignedIn out;
  const std::string body = "{\"account\":\"" + account + "\",\"password\":\"" + password + "\"}";
  auto r = http(port, "POST", "/api/session", body);
  out.status = r.status;
  if (r.status != 200) return out;
  for (const auto& set : r.cookies)
    if (set.rfind("yp_session=", 0) == 0) out.cookie = set.substr(0, set.find(';'));
    else if (set.rfind("yp_device=", 0) == 0) out.device = set.substr(0, set.find(';'));
  const auto at = r.body.find("\"csrf_token\":\"");
  if (at != std::string::npos) out.csrf = r.body.substr(at + 14, 64);
  return out;
}

}  // namespace yp::test
