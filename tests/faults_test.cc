// Faults of the disk under the real program, each on a small tmpfs mounted for the test: the disk
// fills while the server runs, and the database lies on a read-only disk. A write that cannot be
// stored gets a clear answer (a 507 or 503 problem over HTTP, exit code 2 and a sentence on the
// command line), reads go on, nothing of the refused write is stored or audited, and the database
// passes its integrity check afterwards. Mounting needs root, which CI has.
#include <errno.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "program.h"
#include "program/stored_dataset.h"
#include "store/store.h"
#include "support.h"

namespace yp {
namespace {

using nlohmann::json;

// A tmpfs of `megabytes` mounted on a fresh folder for the life of the object.
class SmallDisk {
 public:
  explicit SmallDisk(int megabytes) : dir_(test::temp_path("disk")), size_("size=" + std::to_string(megabytes) + "m") {
    std::filesystem::create_directories(dir_);
    mounted_ = ::mount("tmpfs", dir_.c_str(), "tmpfs", 0, size_.c_str()) == 0;
    error_ = errno;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(dir_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  std::string why_not() const { return std::strerror(error_); }
  std::string path(const std::string& name) const { return dir_ + "/" + name; }

  // Writes a filler file until the disk refuses more.
  void fill() {
    const int fd = ::open(path("filler").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    ASSERT_GE(fd, 0);
    std::string block(64 * 1024, 'x');
    while (::write(fd, block.data(), block.size()) > 0) {
    }
    EXPECT_EQ(errno, ENOSPC);
    // Partial pages too, so that not even a small journal frame fits.
    while (::write(fd, block.data(), 512) > 0) {
    }
    ::close(fd);
  }
  void free_space() { std::filesystem::remove(path("filler")); }
  bool set_read_only(bool read_only) {
    const unsigned long flags = MS_REMOUNT | (read_only ? MS_RDONLY : 0);
    return ::mount(nullptr, dir_.c_str(), nullptr, flags, size_.c_str()) == 0;
  }

 private:
  std::string dir_;
  std::string size_;
  bool mounted_ = false;
  int error_ = 0;
};

#define NEED_A_DISK(disk)                                                              \
  if (geteuid() != 0) GTEST_SKIP() << "mounting a small disk needs root (CI runs as root)"; \
  ASSERT_TRUE(disk.mounted()) << "cannot mount a tmpfs: " << disk.why_not()

const std::string kPerson = "jan-d-oker-blom";
const std::string kMembership = "m-ita-uusimaa-networks-jan-d-oker-blom-2023-01-01";
const std::string kNomination =
    json{{"person_id", kPerson}, {"role", "member"}, {"seat_category", "elected"}, {"on_behalf_of_id", "county-01"}, {"start_date", "2023-01-01"}}.dump();
const std::string kMembers = "/api/bodies/ita-uusimaa-networks/members?as_of=2023-06-01";

// Persons in a file of their own, to load on top of the repository's data.
std::string extra_persons(int count) {
  const std::string file = test::temp_path("more-persons.yaml");
  std::ofstream out(file);
  out << "persons:\n";
  for (int i = 0; i < count; ++i) out << "  - {id: extra-" << i << ", name: Lisähenkilö " << i << "}\n";
  return file;
}

TEST(Faults, AFullDiskRefusesWritesClearlyAndLosesNothing) {
  SmallDisk disk(16);
  NEED_A_DISK(disk);
  const std::string database = "sqlite:" + disk.path("yhdyspinta.db");
  ASSERT_EQ(test::run({test::binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  ASSERT_EQ(test::create_account(database, "admin", "administrator"), 0);
  unsigned short port = 0;
  const pid_t server = test::serve(database, port, {"--rate-limit", "0"});
  ASSERT_GT(port, 0);
  const auto session = test::sign_in(port, "admin", test::kAccountPassword);
  ASSERT_EQ(session.status, 200);

  disk.fill();
  for (const std::string lang : {"fi", "sv"}) {
    auto refused = test::http(port, "POST", "/api/bodies/ita-uusimaa-networks/memberships", kNomination,
                              session.headers() + "Accept-Language: " + lang + "\r\n");
    ASSERT_EQ(refused.status, 507) << refused.body;
    const auto problem = json::parse(refused.body);
    EXPECT_EQ(problem["title"], lang == "fi" ? "Tallennustila on täynnä" : "Lagringsutrymmet är fullt");
    // In the asker's language, and nothing of the database's own words.
    EXPECT_NE(problem["detail"].get<std::string>().find(lang == "fi" ? "levy on täynnä" : "Disken som rymmer databasen är full"), std::string::npos)
        << refused.body;
    EXPECT_EQ(refused.body.find("INSERT"), std::string::npos) << refused.body;
  }
  // Signing in writes a session: refused as clearly. Reading goes on.
  EXPECT_EQ(test::sign_in(port, "admin", test::kAccountPassword).status, 507);
  auto members = test::http(port, "GET", kMembers);
  ASSERT_EQ(members.status, 200);
  EXPECT_EQ(members.body.find(kPerson), std::string::npos);

  // With room again, the same write goes through once.
  disk.free_space();
  EXPECT_EQ(test::http(port, "POST", "/api/bodies/ita-uusimaa-networks/memberships", kNomination, session.headers()).status, 201);
  EXPECT_NE(test::http(port, "GET", kMembers).body.find(kPerson), std::string::npos);
  EXPECT_EQ(test::stop(server), 0);

  // Loading more on a full disk: a sentence and exit code 2, and nothing of it stored.
  disk.fill();
  const std::string said = test::output_of(test::binary() + " --database " + database + " load --quiet " + extra_persons(2000) + " 2>&1; echo \" exit=$?\"");
  EXPECT_NE(said.find("error: the disk that holds the database is full"), std::string::npos) << said;
  EXPECT_NE(said.find("exit=2"), std::string::npos) << said;
  disk.free_space();

  auto store = Store::open(database);
  ASSERT_TRUE(store.ok()) << store.error().message;
  EXPECT_FALSE(store.value()->check_integrity());
  auto data = read_dataset(*store.value());
  ASSERT_TRUE(data.ok());
  EXPECT_TRUE(data->memberships.find(kMembership));
  EXPECT_FALSE(data->persons.find("extra-0"));
  AuditFilter filter;
  filter.entity = "memberships";
  filter.entity_id = kMembership;
  auto trail = store.value()->read_audit(filter);
  ASSERT_TRUE(trail.ok());
  EXPECT_EQ(trail->size(), 1u);  // the refused attempts left no trace
}

TEST(Faults, AReadOnlyDiskIsSaidPlainlyAndChangesNothing) {
  SmallDisk disk(16);
  NEED_A_DISK(disk);
  const std::string database = "sqlite:" + disk.path("yhdyspinta.db");
  ASSERT_EQ(test::run({test::binary(), "--database", database, "load", "--quiet", test::data_dir()}), 0);
  const auto before = std::filesystem::file_size(disk.path("yhdyspinta.db"));
  ASSERT_TRUE(disk.set_read_only(true));

  for (const std::vector<std::string>& command : {std::vector<std::string>{"load", "--quiet", extra_persons(3)},
                                                  std::vector<std::string>{"serve", "--port", "0"},
                                                  std::vector<std::string>{"meeting", "plan", "body_id=ita-uusimaa-top-management-forum", "date=2026-12-01"}}) {
    std::string line = test::binary() + " --database " + database;
    for (const auto& a : command) line += " " + a;
    const std::string said = test::output_of(line + " 2>&1; echo \" exit=$?\"");
    EXPECT_NE(said.find("cannot be written: " + disk.path("").substr(0, disk.path("").size() - 1) + ": Read-only file system"), std::string::npos)
        << command[0] << ": " << said;
    EXPECT_NE(said.find("exit=2"), std::string::npos) << command[0] << ": " << said;
  }

  ASSERT_TRUE(disk.set_read_only(false));
  EXPECT_EQ(std::filesystem::file_size(disk.path("yhdyspinta.db")), before);
  auto store = Store::open(database);
  ASSERT_TRUE(store.ok()) << store.error().message;
  EXPECT_FALSE(store.value()->check_integrity());
  auto data = read_dataset(*store.value());
  ASSERT_TRUE(data.ok());
  EXPECT_FALSE(data->persons.find("extra-0"));
  EXPECT_FALSE(data->meetings.find("ita-uusimaa-top-management-forum-2026-1"));
}

}  // namespace
}  // namespace yp
