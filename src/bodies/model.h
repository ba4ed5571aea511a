// Cooperation bodies and their memberships. A body declares how it is composed (seat quotas per
// party and category, chair and vice-chair rules, guests by invitation) and how often it meets; a
// membership records who sits in it, on whose behalf, from when to when. The composition check
// (bodies/composition.h) compares the two on a date.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/collection.h"
#include "registry/model.h"

namespace yp {

enum class BodyKind {
  cooperation_group,
  political_forum,
  management_forum,
  steering_group,
  working_group,
  network,
  advisory_board,
  expert_group,
  project,
  preparation_group,
  theme_group,
  national_language_board  // kansalliskielilautakunta: a statutory board of a bilingual organiser
};
YP_ENUM_NAMES(BodyKind, "cooperation_group", "political_forum", "management_forum", "steering_group",
              "working_group", "network", "advisory_board", "expert_group", "project",
              "preparation_group", "theme_group", "national_language_board")

enum class BodyLevel { strategic, operational };
YP_ENUM_NAMES(BodyLevel, "strategic", "operational")

// A seat quota: how many seats of one category a party fills. Some seats are held by virtue of a
// post (the Helsinki mayor); `posts` lists those posts, each filling one of `count` seats.
struct SeatQuota {
  std::string party_id;
  SeatCategory category = SeatCategory::elected;
  int count = 0;
  std::vector<std::string> posts;
  Source source;
};
template <class V>
void fields(V& v, SeatQuota& x) {
  v.field("party_id", x.party_id);
  v.field("category", x.category);
  v.field("count", x.count);
  v.field("posts", x.posts, false);
  v.field("source", x.source, false);
}

enum class Role { chair, vice_chair, member, deputy_member, secretary, guest };
YP_ENUM_NAMES(Role, "chair", "vice_chair", "member", "deputy_member", "secretary", "guest")

// Who may hold the chair or a vice-chair: a person holding one of `posts`, or one nominated by
// `party_id` in `category`, or (a rotating chair) one sitting for any party of `rotation`.
// `rank` orders vice-chairs (1 = first vice-chair).
struct ChairRule {
  Role role = Role::chair;
  int rank = 1;
  std::string party_id;
  std::optional<SeatCategory> category;
  std::vector<std::string> posts;
  std::vector<std::string> rotation;
  Source source;
};
template <class V>
void fields(V& v, ChairRule& x) {
  v.field("role", x.role);
  v.field("rank", x.rank, false);
  v.field("party_id", x.party_id, false);
  v.field("category", x.category, false);
  v.field("posts", x.posts, false);
  v.field("rotation", x.rotation, false);
  v.field("source", x.source, false);
}

// Posts whose holders attend on the chair's invitation: guests, not members.
struct GuestRule {
  std::string post_id;
  Text condition;
  Source source;
};
template <class V>
void fields(V& v, GuestRule& x) {
  v.field("post_id", x.post_id);
  v.field("condition", x.condition, false);
  v.field("source", x.source, false);
}

enum class CadenceKind { at_least_per_year, once_per_council_term, as_needed, regularly, unspecified };
YP_ENUM_NAMES(CadenceKind, "at_least_per_year", "once_per_council_term", "as_needed", "regularly",
              "unspecified")

struct Cadence {
  CadenceKind kind = CadenceKind::unspecified;
  int times = 0;  // for at_least_per_year
  std::optional<TermKind> term_kind;  // for once_per_council_term
  Source source;
};
template <class V>
void fields(V& v, Cadence& x) {
  v.field("kind", x.kind);
  v.field("times", x.times, false);
  v.field("term_kind", x.term_kind, false);
  v.field("source", x.source, false);
}

struct Body {
  std::string id;
  Text name;
  BodyKind classification = BodyKind::cooperation_group;
  BodyLevel level = BodyLevel::strategic;
  bool may_decide = false;
  Source may_decide_source;
  std::string agreement_id;
  std::string parent_body_id;  // a subgroup names its parent
  std::vector<std::string> party_ids;
  std::string convener_id;
  std::string secretary_organization_id;
  std::vector<SeatQuota> seat_quotas;
  std::vector<ChairRule> chair_rules;
  std::vector<GuestRule> guests;
  Cadence cadence;
  std::vector<Text> tasks;
  std::optional<Date> founding_date;
  std::vector<Correction> corrections;  // changes of its rules, each with its day and reason
  Source source;

  int total_seats() const {
    int total = 0;
    for (const auto& q : seat_quotas) total += q.count;
    return total;
  }
};
template <class V>
void fields(V& v, Body& x) {
  v.field("id", x.id);
  v.field("name", x.name);
  v.field("classification", x.classification);
  v.field("level", x.level);
  v.field("may_decide", x.may_decide);
  v.field("may_decide_source", x.may_decide_source, false);
  v.field("agreement_id", x.agreement_id, false);
  v.field("parent_body_id", x.parent_body_id, false);
  v.field("party_ids", x.party_ids, false);
  v.field("convener_id", x.convener_id, false);
  v.field("secretary_organization_id", x.secretary_organization_id, false);
  v.field("seat_quotas", x.seat_quotas, false);
  v.field("chair_rules", x.chair_rules, false);
  v.field("guests", x.guests, false);
  v.field("cadence", x.cadence, false);
  v.field("tasks", x.tasks, false);
  v.field("founding_date", x.founding_date, false);
  v.field("corrections", x.corrections, false);
  v.field("source", x.source, false);
}

enum class Basis { nominated, by_virtue_of_post };
YP_ENUM_NAMES(Basis, "nominated", "by_virtue_of_post")

// Popolo Membership: a person in a body, in a role, on behalf of a party, over dated period.
struct Membership {
  std::string id;
  std::string organization_id;  // the body
  std::string person_id;
  Role role = Role::member;
  std::optional<SeatCategory> seat_category;
  std::string on_behalf_of_id;
  std::string deputy_of_id;  // a membership id: whose deputy this is
  Basis basis = Basis::nominated;
  std::string post_id;  // with by_virtue_of_post
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::string end_reason;
  Source source;

  bool active_on(const Date& day) const { return within(day, start_date, end_date); }
  // Members hold seats; deputies, secretaries and guests do not.
  bool holds_seat() const { return role == Role::chair || role == Role::vice_chair || role == Role::member; }
};
template <class V>
void fields(V& v, Membership& x) {
  v.field("id", x.id);
  v.field("organization_id", x.organization_id);
  v.field("person_id", x.person_id);
  v.field("role", x.role);
  v.field("seat_category", x.seat_category, false);
  v.field("on_behalf_of_id", x.on_behalf_of_id, false);
  v.field("deputy_of_id", x.deputy_of_id, false);
  v.field("basis", x.basis, false);
  v.field("post_id", x.post_id, false);
  v.field("start_date", x.start_date, false);
  v.field("end_date", x.end_date, false);
  v.field("end_reason", x.end_reason, false);
  v.field("source", x.source, false);
}

// The bodies' collections in the Dataset: the bodies and their memberships.
struct BodiesCollections {
  Collection<Body> bodies;
  Collection<Membership> memberships;

  template <class F>
  void for_each_collection(F&& f) {
    f("bodies", bodies);
    f("memberships", memberships);
  }

  // Memberships of a body active on `day`.
  std::vector<const Membership*> members_of(const std::string& body_id, const Date& day) const;
};

// The columns a membership is stored with for the database to enforce (program/stored_dataset.h).
inline std::vector<std::pair<std::string, std::string>> stored_columns(const Membership& m) {
  return {{"organization_id", m.organization_id}, {"person_id", m.person_id}};
}

}  // namespace yp
