// Unit tests of the core values and the JSON codec: strict dates, strict decoding with paths.
#include <gtest/gtest.h>

#include "calendar/ical.h"
#include "codec/json_codec.h"
#include "bodies/model.h"
#include "core/date.h"
#include "core/limits.h"
#include "core/messages.h"
#include "files/statute_xml.h"

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

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

TEST(Date, AWrittenDayIsIsoOrFinnishAndJustAsStrict) {
  EXPECT_EQ(Date::parse_written("1.12.2026"), (Date{2026, 12, 1}));
  EXPECT_EQ(Date::parse_written("01.02.2024"), (Date{2024, 2, 1}));
  EXPECT_EQ(Date::parse_written("29.2.2024"), (Date{2024, 2, 29}));
  EXPECT_EQ(Date::parse_written("2026-12-01"), (Date{2026, 12, 1}));
  for (const char* bad : {"29.2.2023", "31.4.2026", "1.13.2026", "0.1.2026", "1.1.26", "1.1.02026", "1..2026", "1.1.2026.", "123.1.2026", "1. 1.2026", "", "1,1,2026"})
    EXPECT_FALSE(Date::parse_written(bad)) << bad;
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


// Every message a person may read is in the catalog in all three languages, once; every code the
// sources name (Error::coded, coded_problem, a `{…, true}` parameter, an action) is in it; the
// capabilities' test suites beside them are not sources of messages.
TEST(Messages, EveryCodeHasItsTextInEachLanguage) {
  const auto report = inspect_catalog();
  for (const auto& p : report.problems) ADD_FAILURE() << p;
  EXPECT_GT(report.codes.size(), 50u);
  std::set<std::string> used;
  const std::regex code("\"((?:access|action|accounts|budget|calendar|codec|date|entity|json|list|meetings|number|readlog|request|service|session|signin|storage|text)\\.[a-z_.]+)\"");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(YP_SOURCE_DIR) + "/src")) {
    if (entry.path().extension() != ".cc" && entry.path().extension() != ".h") continue;
    // A capability's test suite names files and fixtures, not messages ("budget.db").
    if (entry.path().stem().string().ends_with("_test")) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string all = text.str();
    for (std::sregex_iterator it(all.begin(), all.end(), code), end; it != end; ++it) used.insert((*it)[1]);
  }
  EXPECT_GT(used.size(), 40u);
  for (const auto& c : used) {
    if (c.back() == '.') continue;  // a prefix that code completes ("entity." + a collection)
    EXPECT_TRUE(has_message(c)) << c << " is used in the sources but has no message";
  }
}

TEST(Messages, ParametersAreFilledInTheReadersLanguage) {
  const Error e = Error::coded(ErrorKind::forbidden, "", "access.sign_in_to", {{"action", "action.record_event", true}});
  EXPECT_EQ(e.message, "Sign in to record this event.");
  EXPECT_EQ(e.text("fi"), "Kirjaudu sisään, jotta voit kirjata tätä tapahtumaa.");
  EXPECT_EQ(e.text("sv"), "Logga in för att registrera den här händelsen.");
  EXPECT_EQ(render_message("no.such.code", {}, "fi"), "no.such.code");
}

TEST(Limits, TextsAreCheckedAsTheyComeIn) {
  EXPECT_TRUE(valid_utf8("Hyvinvointialue, välfärdsområde"));
  EXPECT_FALSE(valid_utf8("\xff"));
  EXPECT_FALSE(valid_utf8("\xc0\xaf"));          // an overlong '/'
  EXPECT_FALSE(valid_utf8("\xed\xa0\x80"));      // a surrogate
  EXPECT_FALSE(valid_utf8("\xf4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(valid_utf8("\xe2\x82"));           // cut short
  EXPECT_TRUE(is_id("county-01"));
  EXPECT_TRUE(is_id("m-x-2023-01-01"));
  EXPECT_FALSE(is_id("meeting:x"));
  EXPECT_FALSE(is_id("-x"));
  EXPECT_FALSE(is_id(std::string(129, 'a')));
  EXPECT_EQ(field_class("/items/3/title/sv"), FieldClass::name);
  EXPECT_EQ(field_class("/party_ids/2"), FieldClass::id);
  EXPECT_EQ(field_class("/description/fi"), FieldClass::text);
  EXPECT_TRUE(check_field("/title", std::string(500, 'a')) == std::nullopt);
  EXPECT_FALSE(check_field("/title", std::string(501, 'a')) == std::nullopt);
  EXPECT_TRUE(check_field("/title", std::string(250, 'a') + std::string(125, '\xc3') ) != std::nullopt);  // not UTF-8
  auto deep = codec::parse_json(std::string(33, '[') + std::string(33, ']'));
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().code, "json.too_deep");
  EXPECT_TRUE(codec::parse_json("[\"[[[[\"]").ok());  // brackets in strings are not nesting
  auto date = codec::decode_value<Date>(nlohmann::json("9999-01-01"));
  ASSERT_FALSE(date.ok());
  EXPECT_EQ(date.error().code, "date.out_of_range");
}

// A subsection of numbered items (KohdatMomentti) is part of the section's text, each item on its
// own line: 611/2021 § 114 is one such subsection and was read as empty before.
TEST(StatuteXml, ASubsectionOfNumberedItemsKeepsEveryItem) {
  const std::string xml = R"(<?xml version="1.0"?>
<saa:Saados xmlns:saa="http://www.finlex.fi/xml/saados" xmlns:saa1="http://www.finlex.fi/xml/saados1">
 <saa:Pykala saa1:identifiointiTunnus="114 §">
  <saa:SaadosOtsikkoKooste>Tiedottaminen</saa:SaadosOtsikkoKooste>
  <saa:KohdatMomentti>
   <saa:MomenttiJohdantoKooste>Saatavilla on oltava vähintään:</saa:MomenttiJohdantoKooste>
   <saa:MomenttiKohtaKooste>1) hyvinvointialuestrategia;</saa:MomenttiKohtaKooste>
   <saa:MomenttiKohtaKooste>7) hyvinvointialueiden yhteistoimintaa koskevat sopimukset;</saa:MomenttiKohtaKooste>
  </saa:KohdatMomentti>
  <saa:MomenttiKooste>Toinen momentti.</saa:MomenttiKooste>
 </saa:Pykala>
</saa:Saados>)";
  auto parsed = files::parse_statute("fi/asd20210611.xml", xml);
  ASSERT_TRUE(parsed) << parsed.error().message;
  const auto& s = parsed.value().sections.at("114 §");
  EXPECT_EQ(s.text, "Saatavilla on oltava vähintään:\n1) hyvinvointialuestrategia;\n7) hyvinvointialueiden yhteistoimintaa koskevat sopimukset;\n\nToinen momentti.");
}

}  // namespace
}  // namespace yp
