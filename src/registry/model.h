// Registry model: organisations, persons, posts held over time, and council terms. Plain values with
// no behaviour; `fields` lists each struct's fields once for every codec (JSON, YAML, store).
// Field names follow Popolo (Organization, Person, Post) where they fit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/collection.h"
#include "core/date.h"
#include "core/enums.h"
#include "core/source.h"
#include "core/text.h"

namespace yp {

enum class OrgKind {
  municipality,
  wellbeing_services_county,
  city_organiser,  // the City of Helsinki, which organises its own social and health services
  joint_authority,
  university,
  ministry,
  language_board,
  social_security_institution,
  regional_council,
  other
};
YP_ENUM_NAMES(OrgKind, "municipality", "wellbeing_services_county", "city_organiser",
              "joint_authority", "university", "ministry", "language_board",
              "social_security_institution", "regional_council", "other")

struct Identifier {
  std::string scheme;  // municipality_code, county_code, business_id
  std::string identifier;
};
template <class V>
void fields(V& v, Identifier& x) {
  v.field("scheme", x.scheme);
  v.field("identifier", x.identifier);
}

struct Organisation {
  std::string id;
  OrgKind classification = OrgKind::other;
  Text name;
  std::vector<Identifier> identifiers;
  std::vector<std::string> parent_ids;  // more than one where reality has it
  std::optional<Date> founding_date;
  std::optional<Date> dissolution_date;
  std::optional<long> population;  // with population_date: a dated figure, not a current one
  std::optional<Date> population_date;
  std::string end_reason;                 // why it was dissolved (a merger, a new division)
  std::vector<std::string> successor_ids;  // who took over on its dissolution
  Source source;

  // Returns the identifier in `scheme`, or an empty string.
  std::string identifier(const std::string& scheme) const {
    for (const auto& i : identifiers)
      if (i.scheme == scheme) return i.identifier;
    return {};
  }
};
template <class V>
void fields(V& v, Organisation& x) {
  v.field("id", x.id);
  v.field("classification", x.classification);
  v.field("name", x.name);
  v.field("identifiers", x.identifiers, false);
  v.field("parent_ids", x.parent_ids, false);
  v.field("founding_date", x.founding_date, false);
  v.field("dissolution_date", x.dissolution_date, false);
  v.field("population", x.population, false);
  v.field("population_date", x.population_date, false);
  v.field("end_reason", x.end_reason, false);
  v.field("successor_ids", x.successor_ids, false);
  v.field("source", x.source, false);
}

// A correction of what was recorded: on which day, why, and what was corrected (field names).
// Nothing is edited silently; the audit trail holds the values before and after.
struct Correction {
  Date date;
  std::string reason;
  std::vector<std::string> fields;
};
template <class V>
void fields(V& v, Correction& x) {
  v.field("date", x.date);
  v.field("reason", x.reason);
  v.field("fields", x.fields, false);
}

// A person, with the least personal data the cooperation needs: the name, and the party that
// registered them (whose coordinator keeps the entry; empty for entries loaded from documents).
struct Person {
  std::string id;
  std::string name;
  std::string organisation_id;
  std::vector<Correction> corrections;
  Source source;
};
template <class V>
void fields(V& v, Person& x) {
  v.field("id", x.id);
  v.field("name", x.name);
  v.field("organisation_id", x.organisation_id, false);
  v.field("corrections", x.corrections, false);
  v.field("source", x.source, false);
}

enum class SeatCategory { elected, officeholder };
YP_ENUM_NAMES(SeatCategory, "elected", "officeholder")

// A post is a position in an organisation (the Helsinki mayor); persons hold it over dated periods.
struct Post {
  std::string id;
  std::string organization_id;
  Text label;
  SeatCategory category = SeatCategory::elected;
  Source source;
};
template <class V>
void fields(V& v, Post& x) {
  v.field("id", x.id);
  v.field("organization_id", x.organization_id);
  v.field("label", x.label);
  v.field("category", x.category);
  v.field("source", x.source, false);
}

struct PostHolding {
  std::string id;
  std::string post_id;
  std::string person_id;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::string end_reason;
  std::vector<Correction> corrections;
  Source source;
};
template <class V>
void fields(V& v, PostHolding& x) {
  v.field("id", x.id);
  v.field("post_id", x.post_id);
  v.field("person_id", x.person_id);
  v.field("start_date", x.start_date, false);
  v.field("end_date", x.end_date, false);
  v.field("end_reason", x.end_reason, false);
  v.field("corrections", x.corrections, false);
  v.field("source", x.source, false);
}

enum class TermKind { municipal, regional };
YP_ENUM_NAMES(TermKind, "municipal", "regional")

// Council terms are data, not arithmetic: elections move (2021 was postponed).
struct CouncilTerm {
  std::string id;
  TermKind kind = TermKind::municipal;
  Date start_date;
  Date end_date;
  Text note;
  Source source;
};
template <class V>
void fields(V& v, CouncilTerm& x) {
  v.field("id", x.id);
  v.field("kind", x.kind);
  v.field("start_date", x.start_date);
  v.field("end_date", x.end_date);
  v.field("note", x.note, false);
  v.field("source", x.source, false);
}

// A date within [start, end], either end open when absent.
inline bool within(const Date& day, const std::optional<Date>& start, const std::optional<Date>& end) {
  return (!start || *start <= day) && (!end || day <= *end);
}
// Whether two periods, either end of each open when absent, share a day.
inline bool periods_overlap(const std::optional<Date>& a_start, const std::optional<Date>& a_end, const std::optional<Date>& b_start,
                            const std::optional<Date>& b_end) {
  return (!a_end || !b_start || *b_start <= *a_end) && (!b_end || !a_start || *a_start <= *b_end);
}

// A source document (one of the five in the repository's data) and where it came from.
struct SourceDocument {
  std::string id;
  Text title;
  std::optional<Date> date;
  std::string original_file;
  std::string language;
  Source source;
};
template <class V>
void fields(V& v, SourceDocument& x) {
  v.field("id", x.id);
  v.field("title", x.title);
  v.field("date", x.date, false);
  v.field("original_file", x.original_file, false);
  v.field("language", x.language, false);
  v.field("source", x.source, false);
}

// The registry's collections in the Dataset: the source documents, council terms, organisations, persons, posts and who held them.
// Which national languages an organisation uses officially in a period: a bilingual municipality,
// a bilingual county (which has a national language board, 611/2021 § 33). Dated, with its source:
// the Government decides municipalities' status for ten years at a time.
struct LanguageStatus {
  std::string id;
  std::string organisation_id;
  std::vector<std::string> languages;  // "fi", "sv"
  std::optional<Date> from;
  std::optional<Date> until;
  Source source;

  bool bilingual() const { return languages.size() > 1; }
};
template <class V>
void fields(V& v, LanguageStatus& x) {
  v.field("id", x.id);
  v.field("organisation_id", x.organisation_id);
  v.field("languages", x.languages);
  v.field("from", x.from, false);
  v.field("until", x.until, false);
  v.field("source", x.source);
}

struct RegistryCollections {
  Collection<SourceDocument> documents;
  Collection<CouncilTerm> council_terms;
  Collection<Organisation> organisations;
  Collection<Person> persons;
  Collection<Post> posts;
  Collection<PostHolding> post_holdings;
  Collection<LanguageStatus> language_statuses;

  template <class F>
  void for_each_collection(F&& f) {
    f("documents", documents);
    f("council_terms", council_terms);
    f("organisations", organisations);
    f("persons", persons);
    f("posts", posts);
    f("post_holdings", post_holdings);
    f("language_statuses", language_statuses);
  }

  // Who holds `post_id` on `day`, or an empty string.
  std::string holder_of(const std::string& post_id, const Date& day) const;
  // Organisations whose parent_ids contain `parent_id`.
  std::vector<const Organisation*> children_of(const std::string& parent_id) const;
  // Whether the organisation is bilingual on `day` by a recorded language status.
  bool bilingual_on(const std::string& organisation_id, const Date& day) const;
  // The council term of `kind` containing `day`, if the data has one.
  const CouncilTerm* term_on(TermKind kind, const Date& day) const;
};

}  // namespace yp
