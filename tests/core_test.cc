// Unit tests of the core values and the JSON codec: strict dates, strict decoding with paths.
#include <gtest/gtest.h>

#include "calendar/ical.h"
#include "codec/json_codec.h"
#include "core/bodies.h"
#include "core/date.h"

namespace yp {
namespace {

TEST(Date, ParsesOnlyRealDays) {
  EXPECT_TRUE(Date::parse("2024-02-29"));
  EXPECT_FALSE(Date::parse("2023-02-29"));
  EXPECT_FALSE(Date::parse("2024-13-01"));
  EXPECT_FALSE(Date::parse("2024-1-01"));
  EXPECT_FALSE(Date::parse("31.3.2024"));
  EXPECT_EQ(Date::parse("2024-03-31")->finnish(), "31.3.2024");
}

TEST(Date, OrdersAndCountsDays) {
  EXPECT_LT(*Date::parse("2022-12-31"), *Date::parse("2023-01-01"));
  EXPECT_EQ(Date::parse("2023-01-01")->days_since_epoch() - Date::parse("2022-12-31")->days_since_epoch(), 1);
  EXPECT_EQ(Date::parse("1970-01-01")->days_since_epoch(), 0);
}

TEST(Codec, RoundTripsABody) {
  Body b;
  b.id = "x";
  b.name = {"Ryhmä", "Grupp", "Group"};
  b.seat_quotas.push_back({"org", SeatCategory::officeholder, 2, {}, {"doc-000", "2.", "passage"}});
  b.cadence = {CadenceKind::at_least_per_year, 2, std::nullopt, {}};
  auto back = codec::decode_value<Body>(codec::encode(b));
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->name, b.name);
  ASSERT_EQ(back->seat_quotas.size(), 1u);
  EXPECT_EQ(back->seat_quotas[0].category, SeatCategory::officeholder);
  EXPECT_EQ(back->seat_quotas[0].source.passage, "passage");
  EXPECT_EQ(back->cadence.times, 2);
}

TEST(Codec, NamesTheFieldOfEveryMistake) {
  using nlohmann::json;
  auto missing = codec::decode_value<Body>(json{{"name", "x"}, {"classification", "network"}, {"level", "operational"}, {"may_decide", false}});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().path, "/id");

  auto bad_enum = codec::decode_value<Body>(json{{"id", "x"}, {"name", "x"}, {"classification", "club"}, {"level", "operational"}, {"may_decide", false}});
  ASSERT_FALSE(bad_enum.ok());
  EXPECT_EQ(bad_enum.error().path, "/classification");
  EXPECT_NE(bad_enum.error().message.find("cooperation_group"), std::string::npos);

  auto typo = codec::decode_value<Body>(json{{"id", "x"}, {"name", "x"}, {"classification", "network"}, {"level", "operational"}, {"may_decide", false}, {"may_decde", true}});
  ASSERT_FALSE(typo.ok());
  EXPECT_EQ(typo.error().path, "/may_decde");

  auto bad_date = codec::decode_value<Membership>(json{{"id", "m"}, {"organization_id", "b"}, {"person_id", "p"}, {"role", "member"}, {"start_date", "2023-02-30"}});
  ASSERT_FALSE(bad_date.ok());
  EXPECT_EQ(bad_date.error().path, "/start_date");

  auto nested = codec::decode_value<Body>(json{{"id", "x"}, {"name", "x"}, {"classification", "network"}, {"level", "operational"}, {"may_decide", false},
                                               {"seat_quotas", json::array({{{"party_id", "a"}, {"category", "elected"}, {"count", "two"}}})}});
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.error().path, "/seat_quotas/0/count");
}

TEST(Ical, FoldsLongLinesOnCharacterBoundariesAndEscapesText) {
  CalendarItem item{"x", Date{2025, 1, 15},
                    Text{"Hyvinvointialueen ja kunnan neuvottelu; Espoo, Länsi-Uusimaa ääkkösiä ääkkösiä ääkkösiä ääkkösiä", "", ""}, {}};
  const std::string feed = ical_feed(Text{"Vuosikello", "", ""}, {item}, "fi", Date{2026, 11, 22});
  size_t start = 0;
  std::string unfolded;
  while (start < feed.size()) {
    const size_t end = feed.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "every line ends with CRLF";
    const std::string line = feed.substr(start, end - start);
    EXPECT_LE(line.size(), 75u) << line;
    // A fold never splits a UTF-8 sequence: no line starts with a continuation byte after the space.
    if (!line.empty() && line[0] == ' ') {
      ASSERT_GT(line.size(), 1u);
      EXPECT_NE(static_cast<unsigned char>(line[1]) & 0xC0, 0x80);
      unfolded += line.substr(1);
    } else {
      unfolded += "\n" + line;
    }
    start = end + 2;
  }
  EXPECT_NE(unfolded.find("SUMMARY:Hyvinvointialueen ja kunnan neuvottelu\\; Espoo\\, Länsi-Uusimaa ääkkösiä"), std::string::npos) << unfolded;
  EXPECT_NE(unfolded.find("DTSTART;VALUE=DATE:20250115"), std::string::npos);
  EXPECT_NE(unfolded.find("DTEND;VALUE=DATE:20250116"), std::string::npos);
}

}  // namespace
}  // namespace yp
