// The store on both backends: SQLite in a temporary file and the real PostgreSQL server that
// scripts/test starts on loopback (YP_TEST_POSTGRES). The same suite runs on each.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "codec/json_codec.h"
#include "agreements/commands.h"
#include "bodies/commands.h"
#include "duties/commands.h"
#include "access/store.h"
#include "budget/store.h"
#include "program/live_registry.h"
#include "store/migrations.h"
#include "store/store.h"
#include "core/principal.h"
#include "support.h"

namespace yp {
namespace {

std::string url_for(const std::string& backend) {
  if (backend == "sqlite") return "sqlite:" + test::temp_path("store.db");
  const char* pg = std::getenv("YP_TEST_POSTGRES");
  return pg ? std::string(pg) : "";
}

const Provenance kTestAuthor{"test", "store_test"};

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    url_ = url_for(GetParam());
    const std::string& url = url_;
    if (url.empty()) GTEST_FAIL() << "YP_TEST_POSTGRES is not set: run the suites through scripts/test, which starts PostgreSQL";
    auto opened = Store::open(url);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    store_ = std::move(opened.value());
    if (GetParam() == "postgresql") wipe();
  }
  // PostgreSQL is shared by the tests of a run: each starts from empty tables.
  void wipe() {
    // Every collection's table, and the records kept beside them.
    std::string tables = "audit, sessions, trusted_devices, signin_attempts, read_log, accounts, budget_production, budget_allocation";
    Dataset().for_each_collection([&](const char* name, const auto&) { tables += std::string(", ") + name; });
    ASSERT_FALSE(raw("TRUNCATE " + tables + " CASCADE"));
  }
  std::optional<Error> raw(const std::string& sql) {
    try {
      soci::session s(soci::postgresql, url_.substr(url_.find(':') + 1));  // "postgresql:" + conninfo
      s << sql;
      return std::nullopt;
    } catch (const std::exception& e) {
      return Error::io(e.what());
    }
  }
  std::string url_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, WritesAndReadsBackTheWholeRepositoryData) {
  const Dataset original = test::load_repository_data();
  ASSERT_FALSE(write_dataset(*store_, original, kTestAuthor));
  auto back = read_dataset(*store_);
  ASSERT_TRUE(back.ok()) << back.error().message;
  original.for_each_collection([&](const char* name, const auto& collection) {
    back->for_each_collection([&](const char* other, const auto& theirs) {
      if (std::string_view(name) != other) return;
      ASSERT_EQ(collection.items.size(), theirs.items.size()) << name;
      if constexpr (std::is_same_v<std::decay_t<decltype(collection)>, std::decay_t<decltype(theirs)>>)
        for (const auto& item : collection.items) {
          const auto* stored = theirs.find(item.id);
          ASSERT_TRUE(stored) << name << "/" << item.id;
          EXPECT_EQ(codec::encode(item), codec::encode(*stored)) << name << "/" << item.id;
        }
    });
  });
  EXPECT_FALSE(store_->check_integrity());
}

TEST_P(StoreTest, WritingTwiceReplacesByIdAndKeepsOneRow) {
  const Dataset data = test::load_repository_data();
  ASSERT_FALSE(write_dataset(*store_, data, kTestAuthor));
  Dataset change;
  Person p = *data.persons.find("otto-andersson");
  p.name = "Otto Andersson (muutettu)";
  change.persons.put(p);
  ASSERT_FALSE(write_dataset(*store_, change, kTestAuthor));
  auto back = read_dataset(*store_);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->persons.items.size(), data.persons.items.size());
  EXPECT_EQ(back->persons.find("otto-andersson")->name, "Otto Andersson (muutettu)");
}

TEST_P(StoreTest, AFailingWriteChangesNothing) {
  const Dataset data = test::load_repository_data();
  ASSERT_FALSE(write_dataset(*store_, data, kTestAuthor));
  Dataset bad;
  bad.persons.put({"new-person", "Uusi Henkilö", {}, {}, {}});
  Membership m;
  m.id = "m-bad";
  m.organization_id = "no-such-body";  // the database's foreign key refuses it
  m.person_id = "new-person";
  bad.memberships.put(m);
  EXPECT_TRUE(write_dataset(*store_, bad, kTestAuthor).has_value());
  auto back = read_dataset(*store_);
  ASSERT_TRUE(back.ok());
  EXPECT_FALSE(back->persons.find("new-person"));  // the person of the same transaction is not there either
  EXPECT_FALSE(back->memberships.find("m-bad"));
}

TEST_P(StoreTest, ANominationSurvivesReopening) {
  const Dataset data = test::load_repository_data();
  ASSERT_FALSE(write_dataset(*store_, data, kTestAuthor));
  Dataset fragment;
  fragment.persons.put({"p1", "Testi Jäsen", {}, {}, {}});
  ASSERT_FALSE(write_dataset(*store_, fragment, kTestAuthor));
  Dataset with_person = data;
  with_person.merge(fragment);
  Membership m;
  m.id = "m1";
  m.organization_id = "helsinki-counties-cooperation-group";
  m.person_id = "p1";
  m.seat_category = SeatCategory::elected;
  m.on_behalf_of_id = "county-01";
  m.start_date = Date{2023, 1, 1};
  auto nominated = nominate(with_person, m);
  ASSERT_TRUE(nominated.ok()) << nominated.error().message;
  Dataset write;
  write.memberships.put(nominated.value());
  ASSERT_FALSE(write_dataset(*store_, write, kTestAuthor));
  store_.reset();
  auto reopened = Store::open(url_);
  ASSERT_TRUE(reopened.ok());
  auto back = read_dataset(*reopened.value());
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(back->memberships.find("m1"));
}

TEST_P(StoreTest, EveryChangeIsAuditedInItsOwnTransaction) {
  const Dataset data = test::load_repository_data();
  ASSERT_FALSE(write_dataset(*store_, data, {"loader", "load data"}));
  const auto loaded = store_->read_audit({"loader", "persons", "otto-andersson", "", "", 10}).value();
  ASSERT_EQ(loaded.size(), 1u);
  EXPECT_TRUE(loaded[0].before.empty());
  EXPECT_EQ(loaded[0].request, "load data");
  // The same data again changes nothing and leaves no trace.
  ASSERT_FALSE(write_dataset(*store_, data, {"loader", "load data again"}));
  EXPECT_TRUE(store_->read_audit({"", "", "", "", "", 10000}).value().back().request == "load data");
  Dataset change;
  Person p = *data.persons.find("otto-andersson");
  p.name = "Otto Andersson (muutettu)";
  change.persons.put(p);
  ASSERT_FALSE(write_dataset(*store_, change, {"alice", "POST /api/persons"}));
  const auto changed = store_->read_audit({"alice", "", "", "", "", 10}).value();
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_NE(changed[0].before.find("\"Otto Andersson\""), std::string::npos);
  EXPECT_NE(changed[0].after.find("(muutettu)"), std::string::npos);
  EXPECT_EQ(changed[0].at.size(), 24u);  // 2026-11-22T10:15:30.123Z
  // A write that fails leaves no audit entry either.
  Dataset bad;
  bad.persons.put({"new-person", "Uusi", {}, {}, {}});
  Membership m;
  m.id = "m-bad";
  m.organization_id = "no-such-body";
  m.person_id = "new-person";
  bad.memberships.put(m);
  EXPECT_TRUE(write_dataset(*store_, bad, {"mallory", "POST"}).has_value());
  EXPECT_TRUE(store_->read_audit({"mallory", "", "", "", "", 10}).value().empty());
  // Accounts and sessions: audited without the password hash; revoked at once.
  Account a;
  a.id = "bob";
  a.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$secret";
  a.grants = {{AccessRole::coordinator, "county-01"}};
  ASSERT_FALSE(put_account(*store_, a, {"admin", "POST /api/accounts"}));
  auto bob = find_account(*store_, "bob");
  ASSERT_TRUE(bob.ok() && bob.value());
  EXPECT_EQ(bob.value()->grants, a.grants);
  const auto account_trail = store_->read_audit({"", "accounts", "bob", "", "", 10}).value();
  ASSERT_EQ(account_trail.size(), 1u);
  EXPECT_EQ(account_trail[0].after.find("argon2"), std::string::npos);
  ASSERT_FALSE(put_session(*store_, {"digest-1", "bob", "csrf", 100, 200, false}, {"bob", "POST /api/session"}));
  ASSERT_FALSE(put_session(*store_, {"digest-2", "bob", "csrf", 100, 200, false}, {"bob", "POST /api/session"}));
  ASSERT_FALSE(revoke_sessions(*store_, "bob", "digest-1", {"bob", "DELETE /api/session"}));
  EXPECT_TRUE(find_session(*store_, "digest-1").value()->revoked);
  EXPECT_FALSE(find_session(*store_, "digest-2").value()->revoked);
  ASSERT_FALSE(revoke_sessions(*store_, "bob", "", {"bob", "DELETE /api/sessions"}));
  EXPECT_TRUE(find_session(*store_, "digest-2").value()->revoked);
  EXPECT_FALSE(find_session(*store_, "digest-3").value());
}

// Importing a month of production replaces that month whole and leaves the others; each replaced
// month is audited with its records and euros before and after.
TEST_P(StoreTest, BudgetMonthsAreReplacedWhole) {
  using budget::month_index;
  budget::Columns first;
  first.add("county-01", "surgery", month_index(2025, 1), 100'00, 1);
  first.add("county-01", "surgery", month_index(2025, 1), 200'00, 2);
  first.add("county-02", "psychiatry", month_index(2025, 2), 300'00, 3);
  const auto before = budget::generation(*store_).value();
  ASSERT_FALSE(budget::replace_months(*store_, budget::Table::production, first, {month_index(2025, 1), month_index(2025, 2)}, kTestAuthor));
  EXPECT_GT(budget::generation(*store_).value(), before);  // what a server read of the figures is now stale
  budget::Columns again;  // January again, corrected: one record instead of two
  again.add("county-01", "surgery", month_index(2025, 1), 250'00, 2);
  ASSERT_FALSE(budget::replace_months(*store_, budget::Table::production, again, {month_index(2025, 1)}, {"controller", "budget import"}));
  auto read = budget::read_months(*store_, budget::Table::production, month_index(2025, 1), month_index(2025, 12));
  ASSERT_TRUE(read.ok()) << read.error().message;
  ASSERT_EQ(read->size(), 2u);
  long long cents = 0;
  for (auto c : read->cents) cents += c;
  EXPECT_EQ(cents, 550'00);
  EXPECT_EQ(budget::read_months(*store_, budget::Table::allocation, 0, 2000).value().size(), 0u);  // the other table is apart
  EXPECT_EQ(budget::read_months(*store_, budget::Table::production, month_index(2025, 2), month_index(2025, 2)).value().size(), 1u);
  const auto trail = store_->read_audit({"controller", "budget_production", "2025-01", "", "", 10}).value();
  ASSERT_EQ(trail.size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(trail[0].before)["records"], 2);
  EXPECT_EQ(nlohmann::json::parse(trail[0].after)["cents"], 250'00);
}

// What a write also changes (LiveRegistry's consequence: a capability's own tables, further
// entities) is in the write's one transaction: a consequence that refuses leaves the figures, the
// registry's tables, the audit trail and what is in memory as they were; one that succeeds stores
// and applies all of it.
TEST_P(StoreTest, AWriteAndItsConsequencesCommitTogetherOrNotAtAll) {
  using budget::month_index;
  LiveRegistry reg(*store_, read_dataset(*store_).value());
  budget::Columns figures;
  figures.add("county-01", "surgery", month_index(2025, 3), 100'00, 1);
  auto source = [](const std::string& id) {
    Dataset d;
    SourceDocument doc;
    doc.id = id;
    doc.title.fi = id;
    d.documents.put(doc);
    return d;
  };
  const auto audited = store_->read_audit({"", "", "", "", "", 10000}).value().size();
  auto refused = reg.write(
      kTestAuthor, [&](const Dataset&) -> Result<Dataset> { return source("doc-written-first"); },
      [&](const Dataset& after, WriteContext& tx) -> Result<Dataset> {
        EXPECT_TRUE(after.documents.find("doc-written-first"));  // the consequence sees the write
        budget::replace_months(tx, budget::Table::production, figures, {month_index(2025, 3)});
        return Error::invalid("/x", "refused after the figures were written");
      });
  ASSERT_FALSE(refused);
  EXPECT_EQ(budget::read_months(*store_, budget::Table::production, 0, 5000).value().size(), 0u);
  EXPECT_FALSE(store_->read_doc("documents", "doc-written-first").value());
  EXPECT_FALSE(reg.read([](const Dataset& d) { return d.documents.find("doc-written-first") != nullptr; }));
  EXPECT_EQ(store_->read_audit({"", "", "", "", "", 10000}).value().size(), audited);

  auto stored = reg.write(
      kTestAuthor, [&](const Dataset&) -> Result<Dataset> { return source("doc-written-first"); },
      [&](const Dataset&, WriteContext& tx) -> Result<Dataset> {
        budget::replace_months(tx, budget::Table::production, figures, {month_index(2025, 3)});
        return source("doc-added-by-the-consequence");
      });
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_EQ(budget::read_months(*store_, budget::Table::production, 0, 5000).value().size(), 1u);
  EXPECT_TRUE(store_->read_doc("documents", "doc-added-by-the-consequence").value());
  EXPECT_TRUE(reg.read([](const Dataset& d) { return d.documents.find("doc-added-by-the-consequence") != nullptr; }));
  EXPECT_EQ(store_->read_audit({"", "", "", "", "", 10000}).value().size(), audited + 3);  // the month and two documents
}

// Frame versions, explanations, responsibility pairs and indicator values are registry entities:
// stored, audited and read back whole.
TEST_P(StoreTest, BudgetAndGoalEntitiesAreStoredAndReadBack) {
  ASSERT_FALSE(write_dataset(*store_, test::load_repository_data(), kTestAuthor));
  Dataset change;
  BudgetFrame f;
  f.id = "frame-2026-spring_frame-1";
  f.rules_id = "hus-budget";
  f.year = 2026;
  f.stage_id = "spring_frame";
  f.version = 1;
  f.fee_shares = {{"county-01", 2026, "250000000.00"}, {"county-01", 2027, "255000000.00"}};
  f.recorded_on = Date{2026, 4, 1};
  f.confirmation = FrameConfirmation{Date{2026, 5, 20}, "uusimaa-top-management-meeting", "", "secretary"};
  change.budget_frames.put(f);
  Measurement m{"budget-deviation-2026-03-county-01", "budget_deviation_percent", "county-01", Date{2026, 4, 10}, "-6.20", {}, {"budget_production/2026-03", "", ""}};
  change.measurements.put(m);
  DeviationExplanation x;
  x.id = "deviation-2026-03-county-01";
  x.member_id = "county-01";
  x.year = 2026;
  x.month = 3;
  x.allocated_euros = "100.00";
  x.realised_euros = "93.80";
  x.deviation_percent = "-6.20";
  x.threshold_percent = "5.00";
  x.measurement_id = m.id;
  x.state = ExplanationState::explained;
  x.steps = {{ExplanationState::requested, Date{2026, 4, 10}, "", ""}, {ExplanationState::explained, Date{2026, 4, 20}, "hus-controller", "Syy."}};
  change.budget_explanations.put(x);
  change.responsibility_pairs.put({"sm-staff-pair-1", "sm-staff", "mia-laiho", "county-01", "otto-andersson", "hus", Date{2026, 1, 1}, Date{2026, 12, 31}, {}});
  change.indicator_values.put({"sm-staff-metric-county-01-2025", "sm-staff-metric", "county-01", 2025, "41.5", "controller", "sotkanet:sample.json", Date{2026, 3, 1}});
  ASSERT_FALSE(write_dataset(*store_, change, {"controller", "test"}));
  auto read = read_dataset(*store_);
  ASSERT_TRUE(read.ok()) << read.error().message;
  const auto* frame = read->budget_frames.find(f.id);
  ASSERT_NE(frame, nullptr);
  EXPECT_EQ(frame->fee_shares.size(), 2u);
  EXPECT_EQ(frame->fee_shares[1].euros, "255000000.00");
  ASSERT_TRUE(frame->confirmation.has_value());
  EXPECT_EQ(frame->confirmation->date, (Date{2026, 5, 20}));
  const auto* explanation = read->budget_explanations.find(x.id);
  ASSERT_NE(explanation, nullptr);
  EXPECT_EQ(explanation->state, ExplanationState::explained);
  EXPECT_EQ(explanation->steps[1].text, "Syy.");
  EXPECT_NE(read->budget_rules.find("hus-budget"), nullptr);
  const auto* pair = read->responsibility_pairs.find("sm-staff-pair-1");
  ASSERT_NE(pair, nullptr);
  EXPECT_EQ(pair->end_date, (Date{2026, 12, 31}));
  const auto* value = read->indicator_values.find("sm-staff-metric-county-01-2025");
  ASSERT_NE(value, nullptr);
  EXPECT_EQ(value->value, "41.5");
  EXPECT_EQ(value->entered_from, "sotkanet:sample.json");
  EXPECT_EQ(read->goals.items.size(), 25u);  // the data's 17 goals of document 001 and 8 of document 003
  EXPECT_EQ(store_->read_audit({"controller", "budget_explanations", x.id, "", "", 10}).value().size(), 1u);
}

TEST_P(StoreTest, ABackupRestoresWhatWasThere) {
  const Dataset data = test::load_repository_data();
  ASSERT_FALSE(write_dataset(*store_, data, kTestAuthor));
  const std::string backup = test::temp_path("backup.db");
  ASSERT_FALSE(store_->backup(backup)) << "backup";
  EXPECT_TRUE(store_->backup(backup).has_value());  // never overwrites
  Dataset change;
  Person p = *data.persons.find("otto-andersson");
  p.name = "Muutettu backupin jälkeen";
  change.persons.put(p);
  ASSERT_FALSE(write_dataset(*store_, change, kTestAuthor));
  const auto audit_before = store_->read_audit({"", "", "", "", "", 10000}).value().size();
  store_.reset();  // no one may use a SQLite file while it is swapped
  auto restored = Store::restore(url_, backup);
  ASSERT_FALSE(restored) << restored->message;
  auto reopened = Store::open(url_);
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_FALSE(reopened.value()->check_integrity());
  auto back = read_dataset(*reopened.value());
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->persons.find("otto-andersson")->name, "Otto Andersson");
  EXPECT_EQ(back->persons.items.size(), data.persons.items.size());
  EXPECT_EQ(back->memberships.items.size(), data.memberships.items.size());
  EXPECT_EQ(reopened.value()->read_audit({"", "", "", "", "", 10000}).value().size(), audit_before - 1);  // the trail as it was
  EXPECT_TRUE(Store::restore(url_, test::temp_path("missing.db")).has_value());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

// Each capability's migrations are found by their path; one file serves both backends unless the
// SQL differs, and a mistake in the tree (two files with one number) is refused, naming them.
TEST(Migrations, OneFileAVersionAndABackendsOwnWhereTheSqlDiffers) {
  const std::vector<Resource> files = {
      {"registry/migrations/001_registry.sql", "CREATE TABLE a (id TEXT);"},
      {"access/migrations/002_access.sqlite.sql", "seq INTEGER PRIMARY KEY AUTOINCREMENT"},
      {"access/migrations/002_access.postgresql.sql", "seq BIGSERIAL PRIMARY KEY"},
      {"access/messages.json", "{}"},
  };
  auto sqlite = migrations_for("sqlite", files);
  ASSERT_TRUE(sqlite) << sqlite.error().message;
  ASSERT_EQ(sqlite.value().size(), 2u);
  EXPECT_EQ(sqlite.value()[0].version, "001_registry.sql");
  EXPECT_EQ(sqlite.value()[1].version, "002_access.sql");
  EXPECT_EQ(sqlite.value()[1].sql, "seq INTEGER PRIMARY KEY AUTOINCREMENT");
  auto postgresql = migrations_for("postgresql", files);
  ASSERT_TRUE(postgresql);
  EXPECT_EQ(postgresql.value()[1].sql, "seq BIGSERIAL PRIMARY KEY");

  auto twice = migrations_for("sqlite", {{"budget/migrations/007_budget.sql", ""}, {"goals/migrations/007_goals.sql", ""}});
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().message.find("goals/migrations/007_goals.sql"), std::string::npos) << twice.error().message;
  EXPECT_FALSE(migrations_for("sqlite", {{"budget/migrations/007_budget.sql", ""}, {"goals/migrations/007_budget.sql", ""}}));
  EXPECT_FALSE(migrations_for("postgresql", {{"access/migrations/006_access.sqlite.sql", ""}}));
  EXPECT_FALSE(migrations_for("sqlite", {{"access/migrations/6_access.sql", ""}}));

  // The tree's own: the same versions for both backends, in order.
  auto ours_sqlite = migrations_for("sqlite", resources());
  auto ours_postgresql = migrations_for("postgresql", resources());
  ASSERT_TRUE(ours_sqlite) << ours_sqlite.error().message;
  ASSERT_TRUE(ours_postgresql) << ours_postgresql.error().message;
  ASSERT_GE(ours_sqlite.value().size(), 10u);
  ASSERT_EQ(ours_sqlite.value().size(), ours_postgresql.value().size());
  for (size_t i = 0; i < ours_sqlite.value().size(); ++i) EXPECT_EQ(ours_sqlite.value()[i].version, ours_postgresql.value()[i].version);
  EXPECT_EQ(ours_sqlite.value().front().version, "001_registry.sql");
}

}  // namespace
}  // namespace yp
